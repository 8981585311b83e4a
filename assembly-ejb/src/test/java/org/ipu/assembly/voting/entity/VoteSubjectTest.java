package org.ipu.assembly.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.junit.jupiter.api.Test;

/**
 * A vote's subject in English and, where given, in French, Spanish and Arabic: blank ones are
 * absent, each is plain text, and a vote set up again after an annulment keeps them.
 */
class VoteSubjectTest {

  private static Vote vote() {
    return new Vote(
        1,
        "Amendment 3 to the draft resolution",
        VoteMethod.ELECTRONIC,
        MajorityRule.SIMPLE,
        QuorumRule.none(),
        LocalDateTime.of(2027, 4, 13, 10, 0));
  }

  @Test
  void theTranslationsGivenAreKeptAndBlankOnesAreAbsent() {
    Vote vote = vote();
    vote.translateSubject(" Amendement 3 au projet de résolution ", "  ", "التعديل 3");
    assertThat(vote.subjectTranslations())
        .isEqualTo(Map.of("fr", "Amendement 3 au projet de résolution", "ar", "التعديل 3"));
    assertThat(vote.replacement(LocalDateTime.of(2027, 4, 13, 11, 0)).subjectTranslations())
        .as("the vote set up in place of an annulled one")
        .isEqualTo(vote.subjectTranslations());
  }

  @Test
  void aTranslationIsPlainTextOfAtMost500Characters() {
    Vote vote = vote();
    assertThatThrownBy(() -> vote.translateSubject("Amendement\u202e 3", null, null))
        .isInstanceOf(AssemblyException.class)
        .extracting(e -> ((AssemblyException) e).getCode())
        .isEqualTo("vote.subject.invalid");
    assertThatThrownBy(() -> vote.translateSubject(null, "x".repeat(501), null))
        .isInstanceOf(AssemblyException.class);
    assertThat(vote.subjectTranslations()).isEmpty();
  }
}
