package org.ipu.assembly.web.voting;

import java.time.LocalDateTime;
import org.ipu.assembly.voting.entity.Vote;

/**
 * A vote in a list: what it is about, how it is taken, where it stands; for a request's vote in an
 * emergency item selection, the selection and the request.
 */
public record VoteView(
    long id,
    String subject,
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
    String emergencyRequest) {

  static VoteView of(Vote v) {
    return new VoteView(
        v.getId(),
        v.getSubject(),
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
        v.getEmergencyRequest());
  }
}
