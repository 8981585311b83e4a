package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.junit.jupiter.api.Test;

/** Request records refused by their Bean Validation constraints, with a stable code per field. */
class RequestCheckTest {

  private static InvalidRequest refusal(Runnable check) {
    try {
      check.run();
    } catch (InvalidRequest refused) {
      return refused;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aValidBallotGivesItsSplit() {
    assertThat(new BallotRequest(7, 5, new BigDecimal("3"), "key-1").split())
        .isEqualTo(new BallotSplit(7, 5, 3));
  }

  @Test
  void everyFieldOfABallotIsNamedInTheOrderOfTheRequest() {
    InvalidRequest refused =
        refusal(() -> new BallotRequest(new BigDecimal("12.5"), null, 1001, " ").split());

    assertThat(refused.getKind()).isEqualTo(AssemblyException.Kind.INVALID);
    assertThat(refused.getCode()).isEqualTo("ballot.count.invalid");
    assertThat(refused.getProblems())
        .extracting(InvalidRequest.FieldProblem::field, InvalidRequest.FieldProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("yes", "ballot.count.invalid"),
            org.assertj.core.groups.Tuple.tuple("no", "ballot.count.invalid"),
            org.assertj.core.groups.Tuple.tuple("abstain", "ballot.count.invalid"),
            org.assertj.core.groups.Tuple.tuple("idempotencyKey", "ballot.key.invalid"));
    assertThat(refused.getProblems().get(3).arguments())
        .containsExactly(1, BallotRequest.MAX_KEY_LENGTH);
  }

  @Test
  void aCountIsReadExactly() {
    assertThat(
            refusal(() -> new BallotRequest(new BigDecimal("1e309"), 0, 0, "k").split()).getCode())
        .isEqualTo("ballot.count.invalid");
    assertThat(refusal(() -> new BallotRequest(-1, 0, 0, "k").split()).getCode())
        .isEqualTo("ballot.count.invalid");
    assertThat(refusal(() -> new BallotRequest(1, 0, 0, "k".repeat(101)).split()).getCode())
        .isEqualTo("ballot.key.invalid");
  }

  @Test
  void aKeyIsMadeOfLettersDigitsAndFewSignsOnly() {
    for (String key : new String[] {"k1|yes=999|no=0", "k2|garbage", "clé", "a b", "k\n"}) {
      InvalidRequest refused = refusal(() -> new BallotRequest(1, 0, 0, key).split());
      assertThat(refused.getCode()).as(key).isEqualTo("ballot.key.invalid");
      assertThat(refused.getArguments()).as(key).containsExactly(1, BallotRequest.MAX_KEY_LENGTH);
    }
    assertThat(new BallotRequest(1, 0, 0, "3f2b6c1e-8a4d-4f7e-9c1a-2b3c4d5e6f70").split())
        .isEqualTo(new BallotSplit(1, 0, 0));
    assertThat(new BallotRequest(1, 0, 0, "1701234567.123_x:y").split())
        .isEqualTo(new BallotSplit(1, 0, 0));
  }

  @Test
  void aNameWithControlOrDirectionOverrideCharactersIsRefused() {
    for (String name :
        new String[] {"Anna\u202Enimda", "Anna\u2066x\u2069", "Anna\nSmith", "A\u0000"}) {
      assertThat(
              refusal(() -> new NewAccount("focal.de", name, "a@b.org", "en", 3L).validate())
                  .getCode())
          .isEqualTo("account.name.invalid");
    }
    new NewAccount("focal.eg", "محمد عبد الله", "m@b.org", "ar", 3L).validate();
    new NewAccount("focal.fr", "Anne-Sophie d’Aubigné", "a@b.org", "fr", 3L).validate();
  }

  @Test
  void aVoteNamesAnUnknownMethodWithTheValueSent() {
    InvalidRequest refused =
        refusal(
            () ->
                new NewVote("Budget", "SHOW_OF_HANDS", "simple", null, null, null, null, null, null)
                    .validate());

    assertThat(refused.getCode()).isEqualTo("vote.method.invalid");
    assertThat(refused.getArguments()).containsExactly("SHOW_OF_HANDS");
    assertThat(refused.getProblems()).hasSize(1);
    assertThat(
            new NewVote(
                    "Budget", " roll_call ", "TWO_THIRDS", "ENTITLEMENTS", 1, 2, null, null, null)
                .validate())
        .isNotNull();
    assertThat(
            refusal(
                    () ->
                        new NewVote("B", null, null, "DELEGATIONS", 0.5, 2, null, null, null)
                            .validate())
                .getCode())
        .isEqualTo("vote.quorum.invalid");
  }

  @Test
  void anAccountNamesEveryMissingFieldAndAnUnknownLanguage() {
    InvalidRequest refused =
        refusal(() -> new NewAccount("focal.de", "Anna", null, "de", 3L).validate());

    assertThat(refused.getCode()).isEqualTo("account.email.required");
    assertThat(refused.getProblems())
        .extracting(InvalidRequest.FieldProblem::field, InvalidRequest.FieldProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("email", "account.email.required"),
            org.assertj.core.groups.Tuple.tuple("language", "account.language.invalid"));
    assertThat(
            new NewAccount(" Focal.DE ", " Anna ", "anna@bundestag.example", " ", 3L)
                .normalized()
                .language())
        .isEqualTo("en");
  }
}
