package org.ipu.assembly.web.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.voting.control.EmergencyBallotRequest;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The console's roll-call form: a delegation's whole split, a line a request, in one ballot. */
class EmergencySplitFormTest {

  private static final LocalDateTime AT = LocalDateTime.of(2027, 4, 13, 10, 0);

  private static EmergencySplitForm form() {
    return EmergencySplitForm.of(
        new EmergencySnapshot(
            5,
            "Selection of the emergency item",
            VoteMethod.ROLL_CALL,
            VoteState.OPEN,
            "K",
            AT,
            AT,
            null,
            null,
            null,
            null,
            List.of(
                request("A", "Floods", 10L),
                request("B+C", "Crisis", 11L),
                request("D", "Drought", 12L)),
            null,
            null,
            null));
  }

  private static EmergencySnapshot.EmergencyRequestView request(
      String label, String title, Long vote) {
    return new EmergencySnapshot.EmergencyRequestView(
        label, title, "Niger", List.of(), vote, null, null);
  }

  @Test
  void aLineARequestInAgendaOrder() {
    EmergencySplitForm form = form();
    assertThat(form.getSelectionId()).isEqualTo(5);
    assertThat(form.getLines())
        .extracting(EmergencySplitForm.Line::getRequest, EmergencySplitForm.Line::getCss)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "A"),
            org.assertj.core.groups.Tuple.tuple("B+C", "B-C"),
            org.assertj.core.groups.Tuple.tuple("D", "D"));
  }

  @Test
  void theBallotCarriesEachLineFilledAnEmptyCountAsZeroAndLeavesEmptyLinesOut() {
    EmergencySplitForm form = form();
    EmergencySplitForm.Line a = form.getLines().get(0);
    a.setYes(10);
    a.setNo(8);
    EmergencySplitForm.Line d = form.getLines().get(2);
    d.setAbstain(18);

    EmergencyBallotRequest ballot = form.ballot("key-1");

    assertThat(ballot.idempotencyKey()).isEqualTo("key-1");
    assertThat(ballot.requests())
        .containsExactly(
            new EmergencyBallotRequest.RequestSplit("A", 10, 8, 0),
            new EmergencyBallotRequest.RequestSplit("D", 0, 0, 18));

    form.clear();
    assertThat(form.ballot("key-2").requests()).isEmpty();
    assertThat(a.getYes()).isNull();
  }

  @Test
  void eachRequestRefusedIsNamedWithItsReasonInTheReadersLanguage() {
    InvalidRequest refused =
        new InvalidRequest(
            List.of(
                new InvalidRequest.FieldProblem(
                    "requests.A", "ballot.exceeds-usable-votes", List.of(11, 10)),
                new InvalidRequest.FieldProblem(
                    "requests.B+C", "ballot.exceeds-usable-votes", List.of(19, 18))));

    List<String> english = EmergencySplitForm.refusals(refused, Language.EN);
    assertThat(english).hasSize(2);
    assertThat(english.get(0)).startsWith("A: ").contains("11", "10");
    assertThat(english.get(1)).startsWith("B+C: ").contains("19", "18");
    assertThat(english.get(0))
        .isEqualTo("A: " + Language.EN.text("error.ballot.exceeds-usable-votes", 11, 10));
    assertThat(EmergencySplitForm.refusals(refused, Language.FR).get(0))
        .isEqualTo("A : " + Language.FR.text("error.ballot.exceeds-usable-votes", 11, 10));
  }
}
