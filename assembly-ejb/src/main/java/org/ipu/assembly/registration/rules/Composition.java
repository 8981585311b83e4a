package org.ipu.assembly.registration.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A delegation's composition checked against the rules of the Statutes: how many delegates it
 * registers against its limit, and what breaks a rule (a breach blocks submission) or deserves a
 * warning (the single-sex delegation and its consequence).
 *
 * @param delegates the members of parliament registered
 * @param delegateLimit the most it may register
 * @param findings breaches first, then warnings
 */
public record Composition(int delegates, int delegateLimit, List<Finding> findings) {

  public Composition {
    findings = List.copyOf(findings);
  }

  /** Checks the participants of a delegation. */
  public static Composition check(
      DelegationFacts delegation, List<ParticipantFacts> participants, CompositionLimits limits) {
    List<ParticipantFacts> delegates =
        participants.stream().filter(p -> p.category().isDelegate()).toList();
    int limit = limits.delegateLimit(delegation);
    List<Finding> breaches = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    if (delegates.size() > limit) {
      breaches.add(sizeLimit(delegation, limit, delegates.size()));
    }
    long heads = participants.stream().filter(ParticipantFacts::head).count();
    if (participants.stream().anyMatch(p -> p.head() && !p.category().isDelegate())) {
      breaches.add(Finding.breach("delegation.head-not-delegate"));
    }
    if (delegates.isEmpty()) {
      breaches.add(Finding.breach("delegation.no-delegate"));
    } else if (heads == 0) {
      breaches.add(Finding.breach("delegation.no-head"));
    }
    if (heads > 1) {
      breaches.add(Finding.breach("delegation.several-heads", (int) heads));
    }
    if (!delegation.observer()
        && !delegates.isEmpty()
        && delegates.stream().map(ParticipantFacts::gender).distinct().count() == 1) {
      int inARow = delegation.singleSexInARow() + 1;
      warnings.add(
          inARow >= delegation.sanctionAfter()
              ? Finding.warning("delegation.single-sex-sanction", inARow)
              : Finding.warning("delegation.single-sex", inARow, delegation.sanctionAfter()));
    }
    breaches.addAll(warnings);
    return new Composition(delegates.size(), limit, breaches);
  }

  /** Whether one more delegate would go over the limit. */
  public boolean full() {
    return delegates >= delegateLimit;
  }

  /** The finding that refuses one delegate more than {@code limit}. */
  public static Finding sizeLimit(DelegationFacts delegation, int limit, int delegates) {
    if (delegation.observer()) {
      return Finding.breach("delegation.observer-size-limit", delegates, limit);
    }
    return delegation.genderSanction()
        ? Finding.breach("delegation.size-limit-sanctioned", delegates, limit)
        : Finding.breach("delegation.size-limit", delegates, limit);
  }

  /** Whether something breaks a rule: submission is refused until it is mended. */
  public boolean blocksSubmission() {
    return findings.stream().anyMatch(Finding::breach);
  }
}
