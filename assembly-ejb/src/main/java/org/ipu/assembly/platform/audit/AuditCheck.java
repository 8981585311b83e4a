package org.ipu.assembly.platform.audit;

import java.util.Map;

/**
 * What a component adds to the verification of the whole trail (a CDI bean; {@link
 * AuditVerification} finds every one). A component that lets the trail keep its chains' heads needs
 * none.
 */
public interface AuditCheck {

  /**
   * The heads this component keeps on rows of its own (the chains it appends to with {@link
   * AuditTrail#append(AuditSubject, AuditHead, AuditKind, Record, java.time.LocalDateTime)}): each
   * chain must end exactly there.
   */
  Map<AuditSubject, AuditHead> recordedHeads();

  /**
   * Checks that need the component's knowledge (a seal over several chains, a result recomputed
   * from entries), over the trail as read. Reports what it finds; should not throw (if it does, the
   * verification reports that too).
   */
  void check(AuditChains trail, AuditFindings findings);
}
