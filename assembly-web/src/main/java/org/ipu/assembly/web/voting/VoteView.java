package org.ipu.assembly.web.voting;

import java.time.LocalDateTime;
import java.util.Map;
import org.ipu.assembly.voting.entity.Vote;

/**
 * A vote in a list: what it is about (in English, and in the other languages it is given in), how
 * it is taken, where it stands; for a request's vote in an emergency item selection, the selection
 * and the request; for a closed result voided after the fact, when, why and (Secretariat only) by
 * whom. The public lists carry neither an annulment's reason nor who voided a result ({@link
 * #published}).
 */
public record VoteView(
    long id,
    String subject,
    Map<String, String> subjectTranslations,
    String method,
    String majority,
    String state,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    LocalDateTime closesAt,
    Integer yes,
    Integer no,
    Integer abstain,
    Integer required,
    String outcome,
    Long replacesVoteId,
    String annulReason,
    Long emergencySelectionId,
    String emergencyRequest,
    LocalDateTime voidedAt,
    String voidReason,
    String voidedBy) {

  static VoteView of(Vote v) {
    return new VoteView(
        v.getId(),
        v.getSubject(),
        v.subjectTranslations(),
        v.getMethod().name(),
        v.getMajorityRule().name(),
        v.getState().name(),
        v.getOpenedAt(),
        v.getClosedAt(),
        v.getClosesAt(),
        v.getResultYes(),
        v.getResultNo(),
        v.getResultAbstain(),
        v.getResultRequired(),
        v.getResultOutcome() == null ? null : v.getResultOutcome().name(),
        v.getReplacesVoteId(),
        v.getAnnulReason(),
        v.getEmergencySelectionId(),
        v.getEmergencyRequest(),
        v.getVoidedAt(),
        v.getVoidReason(),
        v.getVoidedBy());
  }

  /** What anyone reads of the vote: without the Secretariat's annulment reason or officer. */
  static VoteView published(Vote v) {
    VoteView all = of(v);
    return new VoteView(
        all.id,
        all.subject,
        all.subjectTranslations,
        all.method,
        all.majority,
        all.state,
        all.openedAt,
        all.closedAt,
        all.closesAt,
        all.yes,
        all.no,
        all.abstain,
        all.required,
        all.outcome,
        all.replacesVoteId,
        null,
        all.emergencySelectionId,
        all.emergencyRequest,
        all.voidedAt,
        all.voidReason,
        null);
  }
}
