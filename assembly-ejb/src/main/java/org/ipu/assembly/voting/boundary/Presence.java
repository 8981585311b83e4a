package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.entity.PresenceState;
import org.ipu.assembly.voting.entity.Vote;

/**
 * Who is in the plenary: delegates check in on their tablets, the Secretariat confirms (or marks
 * presence itself). Confirmed presence decides a delegation's usable votes when a vote opens. The
 * head of a delegation designates the delegates who may cast its ballot.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Presence {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private Clock clock;

  /** A delegate checks in; the Secretariat still has to confirm. Already present stays present. */
  @RolesAllowed(DELEGATE)
  public PlenaryPresence checkIn() {
    Account caller = accounts.caller();
    PlenaryPresence presence = of(caller, session());
    if (presence.getState() != PresenceState.PRESENT) {
      presence.change(PresenceState.REQUESTED, caller.getUsername(), Timestamps.now(clock));
    }
    return presence;
  }

  /** The signed-in delegate's presence (absent, unsaved, if they never checked in). */
  @RolesAllowed(DELEGATE)
  public PlenaryPresence mine() {
    Account caller = accounts.caller();
    AssemblySession session = session();
    return find(caller, session).orElseGet(() -> absent(caller, session));
  }

  /** The Secretariat confirms a delegate present, or marks one absent. */
  @RolesAllowed(SECRETARIAT)
  public PlenaryPresence mark(long accountId, PresenceState state) {
    if (state == null || state == PresenceState.REQUESTED) {
      throw AssemblyException.invalid("presence.state.invalid");
    }
    Account delegate = em.find(Account.class, accountId);
    if (delegate == null || delegate.getRole() != Role.DELEGATE) {
      throw AssemblyException.notFound("presence.not-a-delegate", accountId);
    }
    PlenaryPresence presence = of(delegate, session());
    presence.change(state, accounts.callerName(), Timestamps.now(clock));
    return presence;
  }

  @RolesAllowed(SECRETARIAT)
  public List<PlenaryPresence> all() {
    return em.createNamedQuery(PlenaryPresence.OF_SESSION, PlenaryPresence.class)
        .setParameter("session", session().getId())
        .getResultList();
  }

  /** The head of delegation lets another delegate of the same parliament cast its ballot. */
  @RolesAllowed(DELEGATE)
  public void designate(long accountId) {
    Account head = accounts.caller();
    if (!head.isHeadOfDelegation()) {
      throw AssemblyException.forbidden("presence.not-head");
    }
    Account delegate = em.find(Account.class, accountId);
    if (delegate == null
        || delegate.getRole() != Role.DELEGATE
        || !delegate.getParliament().equals(head.getParliament())) {
      throw AssemblyException.notFound("presence.not-a-delegate", accountId);
    }
    long session = session().getId();
    if (!isDesignated(accountId, session)) {
      em.createNativeQuery(
              "INSERT INTO casting_designation (session_id, account_id, designated_by) VALUES (?, ?, ?)")
          .setParameter(1, session)
          .setParameter(2, accountId)
          .setParameter(3, head.getId())
          .executeUpdate();
    }
  }

  /** Whether the signed-in delegate may cast the delegation's ballot (head, or designated). */
  @RolesAllowed(DELEGATE)
  public boolean isCaster() {
    Account caller = accounts.caller();
    return caller.isHeadOfDelegation() || isDesignated(caller.getId(), session().getId());
  }

  /**
   * Refuses unless the signed-in delegate is confirmed present in the vote's Assembly and heads the
   * delegation or was designated; returns the delegation's parliament. One query: it runs for every
   * ballot.
   */
  @RolesAllowed(DELEGATE)
  public long requireMayCast(long voteId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.parliament_id, a.head_of_delegation, p.state,"
                    + " (SELECT COUNT(*) FROM casting_designation d WHERE d.session_id = v.session_id AND d.account_id = a.id)"
                    + " FROM vote v JOIN account a ON a.username = ? AND a.active = TRUE"
                    + " LEFT JOIN plenary_presence p ON p.session_id = v.session_id AND p.account_id = a.id WHERE v.id = ?")
            .setParameter(1, accounts.callerName())
            .setParameter(2, voteId)
            .getResultList();
    if (rows.isEmpty()) {
      throw em.find(Vote.class, voteId) == null
          ? AssemblyException.notFound("vote.not-found", voteId)
          : AssemblyException.forbidden("auth.no-account");
    }
    Object[] row = (Object[]) rows.get(0);
    if (row[0] == null) {
      throw AssemblyException.forbidden("auth.no-account");
    }
    if (!PresenceState.PRESENT.name().equals(row[2])) {
      throw AssemblyException.forbidden("ballot.not-present");
    }
    if (!isTrue(row[1]) && ((Number) row[3]).longValue() == 0) {
      throw AssemblyException.forbidden("ballot.not-designated");
    }
    return ((Number) row[0]).longValue();
  }

  private static boolean isTrue(Object flag) {
    return flag instanceof Boolean b ? b : flag instanceof Number n && n.intValue() != 0;
  }

  private boolean isDesignated(long accountId, long sessionId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM casting_designation WHERE session_id = ? AND account_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  /** The delegate's presence row, created (absent) when first needed. */
  private PlenaryPresence of(Account delegate, AssemblySession session) {
    return find(delegate, session)
        .orElseGet(
            () -> {
              PlenaryPresence created = absent(delegate, session);
              em.persist(created);
              return created;
            });
  }

  private Optional<PlenaryPresence> find(Account delegate, AssemblySession session) {
    return em.createNamedQuery(PlenaryPresence.OF_ACCOUNT, PlenaryPresence.class)
        .setParameter("session", session.getId())
        .setParameter("account", delegate.getId())
        .getResultStream()
        .findFirst();
  }

  private PlenaryPresence absent(Account delegate, AssemblySession session) {
    return new PlenaryPresence(
        session.getId(),
        delegate.getId(),
        delegate.getParliament().getId(),
        accounts.callerName(),
        Timestamps.now(clock));
  }

  private AssemblySession session() {
    return roster.currentSession().orElseThrow(() -> AssemblyException.notFound("session.none"));
  }
}
