package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteSubjectTest {

  private static final List<String> BASE = Words.of("Calls upon all parliaments to act");

  @Test
  void aReplacementSaysWhichWordsBecomeWhich() {
    Change change =
        new Change.WordChange(
            "1", 1, 2, 4, Words.of("all parliaments"), Words.of("every parliament"));
    assertThat(VoteSubject.of(3, "Peace  and\nsecurity", "OP2", BASE, change))
        .isEqualTo(
            "Amendment 3 to Peace and security, OP2: replace “all parliaments” with “every parliament”");
  }

  @Test
  void insertionsDeletionsAndParagraphsInWords() {
    assertThat(
            VoteSubject.inWords(
                BASE, new Change.WordChange("1", 1, 1, 1, List.of(), Words.of("urgently"))))
        .isEqualTo("insert “urgently” after “Calls”");
    assertThat(
            VoteSubject.inWords(
                BASE, new Change.WordChange("1", 1, 0, 0, List.of(), Words.of("Also"))))
        .isEqualTo("insert “Also” at the beginning");
    assertThat(
            VoteSubject.inWords(
                BASE, new Change.WordChange("1", 1, 5, 6, Words.of("act"), List.of())))
        .isEqualTo("delete “act”");
    assertThat(
            VoteSubject.inWords(
                BASE,
                new Change.NewParagraph("1", 1, ParagraphKind.OPERATIVE, Words.of("New text"))))
        .isEqualTo("add a new paragraph after it: “New text”");
    assertThat(VoteSubject.inWords(BASE, new Change.ParagraphDeletion("1", 1, BASE)))
        .isEqualTo("delete the paragraph “Calls upon all parliaments to act”");
  }

  @Test
  void aLongSubjectIsCutToWhatAVoteTakes() {
    String title = "T".repeat(600);
    String subject =
        VoteSubject.of(1, title, "PP1", BASE, new Change.ParagraphDeletion("1", 1, BASE));
    assertThat(subject).hasSize(VoteSubject.MAX).endsWith("…");
  }
}
