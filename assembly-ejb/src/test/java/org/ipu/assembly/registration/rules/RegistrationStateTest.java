package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.RegistrationState.APPROVED;
import static org.ipu.assembly.registration.rules.RegistrationState.DRAFT;
import static org.ipu.assembly.registration.rules.RegistrationState.RETURNED;
import static org.ipu.assembly.registration.rules.RegistrationState.SUBMITTED;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The states of a delegation's registration and what each allows. */
class RegistrationStateTest {

  @Test
  void aSubmittedDelegationWaitsForTheSecretariat() {
    assertThat(SUBMITTED.editable()).isFalse();
    assertThat(SUBMITTED.maySubmit()).isFalse();
    assertThat(SUBMITTED.mayDecide()).isTrue();
    assertThatThrownBy(SUBMITTED::afterChange)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Secretariat");
  }

  @Test
  void aDraftStaysADraftWhenChangedAndMayBeSubmitted() {
    assertThat(DRAFT.editable()).isTrue();
    assertThat(DRAFT.afterChange()).isEqualTo(DRAFT);
    assertThat(DRAFT.maySubmit()).isTrue();
    assertThat(DRAFT.mayDecide()).isFalse();
  }

  @Test
  void aReturnedDelegationStaysReturnedWhenMendedAndMayBeSubmittedAgain() {
    assertThat(RETURNED.editable()).isTrue();
    assertThat(RETURNED.afterChange()).isEqualTo(RETURNED);
    assertThat(RETURNED.maySubmit()).isTrue();
    assertThat(RETURNED.mayDecide()).isFalse();
  }

  @Test
  void aChangeAfterApprovalMakesItADraftThatNeedsApprovalAgain() {
    assertThat(APPROVED.editable()).isTrue();
    assertThat(APPROVED.maySubmit()).isFalse();
    assertThat(APPROVED.mayDecide()).isFalse();
    RegistrationState changed = APPROVED.afterChange();
    assertThat(changed).isEqualTo(DRAFT);
    assertThat(changed.maySubmit()).isTrue();
  }

  @Test
  void onlyASubmittedOneIsDecidedAndOnlyDraftsAndReturnedOnesAreSubmitted() {
    EnumSet<RegistrationState> decidable = EnumSet.noneOf(RegistrationState.class);
    EnumSet<RegistrationState> submittable = EnumSet.noneOf(RegistrationState.class);
    EnumSet<RegistrationState> editable = EnumSet.noneOf(RegistrationState.class);
    for (RegistrationState s : RegistrationState.values()) {
      if (s.mayDecide()) {
        decidable.add(s);
      }
      if (s.maySubmit()) {
        submittable.add(s);
        assertThat(s.editable()).as("%s may be submitted so it may be edited", s).isTrue();
      }
      if (s.editable()) {
        editable.add(s);
        assertThat(s.afterChange().maySubmit())
            .as("after a change to %s, it may be submitted", s)
            .isTrue();
        assertThat(s.afterChange().mayDecide()).isFalse();
      }
      assertThat(s.mayDecide() && s.maySubmit()).as("%s both", s).isFalse();
    }
    assertThat(decidable).containsExactly(SUBMITTED);
    assertThat(submittable).containsExactlyInAnyOrder(DRAFT, RETURNED);
    assertThat(editable).containsExactlyInAnyOrder(DRAFT, RETURNED, APPROVED);
  }

  @Test
  void aChangeIsIdempotent() {
    for (RegistrationState s : EnumSet.of(DRAFT, RETURNED, APPROVED)) {
      assertThat(s.afterChange().afterChange()).isEqualTo(s.afterChange());
    }
  }
}
