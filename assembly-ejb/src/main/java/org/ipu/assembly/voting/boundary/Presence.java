package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.accounts.entity.Roles.DELEGATE;
import static org.ipu.assembly.accounts.entity.Roles.FOCAL_POINT;
import static org.ipu.assembly.accounts.entity.Roles.OBSERVER;
import static org.ipu.assembly.accounts.entity.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.entity.PresenceState;

/**
 * Who is in the plenary: delegates check in on their tablets, the Secretariat confirms (or marks
 * presence itself). Confirmed presence decides a delegation's usable votes when a vote opens.
 * The head of a delegation designates the delegates who may cast its ballot.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Presence {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;

  /** A delegate checks in; the Secretariat still has to confirm. Already present stays present. */
  @RolesAllowed(DELEGATE)
  public PlenaryPresence checkIn() {
    Account caller = accounts.caller();
    PlenaryPresence presence = of(caller, session());
    if (presence.getState() != PresenceState.PRESENT) {
      presence.change(PresenceState.REQUESTED, caller.getUsername(), PlenaryVoting.now());
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
    presence.change(state, accounts.callerName(), PlenaryVoting.now());
    return presence;
  }

  @RolesAllowed(SECRETARIAT)
  public List<PlenaryPresence> all() {
    return em.createNamedQuery(PlenaryPresence.OF_SESSION, PlenaryPresence.class)
        .setParameter("session", session().getId()).getResultList();
  }

  /** The head of delegation lets another delegate of the same parliament cast its ballot. */
  @RolesAllowed(DELEGATE)
  public void designate(long accountId) {
    Account head = accounts.caller();
    if (!head.isHeadOfDelegation()) {
      throw AssemblyException.forbidden("presence.not-head");
    }
    Account delegate = em.find(Account.class, accountId);
    if (delegate == null || delegate.getRole() != Role.DELEGATE
        || !delegate.getParliament().equals(head.getParliament())) {
      throw AssemblyException.notFound("presence.not-a-delegate", accountId);
    }
    long session = session().getId();
    if (!isDesignated(accountId, session)) {
      em.createNativeQuery("INSERT INTO casting_designation (session_id, account_id, designated_by) VALUES (?, ?, ?)")
          .setParameter(1, session).setParameter(2, accountId).setParameter(3, head.getId()).executeUpdate();
    }
  }

  /** Whether the signed-in delegate may cast the delegation's ballot (head, or designated). */
  @RolesAllowed(DELEGATE)
  public boolean isCaster() {
    Account caller = accounts.caller();
    return caller.isHeadOfDelegation() || isDesignated(caller.getId(), session().getId());
  }

  /** Refuses unless the delegate is confirmed present and heads the delegation or was designated. */
  @PermitAll
  public void requireMayCast(Account delegate, long sessionId) {
    PlenaryPresence presence = em.createNamedQuery(PlenaryPresence.OF_ACCOUNT, PlenaryPresence.class)
        .setParameter("session", sessionId).setParameter("account", delegate.getId())
        .getResultStream().findFirst().orElse(null);
    if (presence == null || presence.getState() != PresenceState.PRESENT) {
      throw AssemblyException.forbidden("ballot.not-present");
    }
    if (!delegate.isHeadOfDelegation() && !isDesignated(delegate.getId(), sessionId)) {
      throw AssemblyException.forbidden("ballot.not-designated");
    }
  }

  /** Delegates confirmed present, per parliament. */
  @PermitAll
  public Map<Long, Integer> presentCounts(long sessionId) {
    Map<Long, Integer> counts = new HashMap<>();
    em.createNamedQuery(PlenaryPresence.PRESENT_COUNTS, Object[].class).setParameter("session", sessionId)
        .getResultList()
        .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    return counts;
  }

  private boolean isDesignated(long accountId, long sessionId) {
    return !em.createNativeQuery("SELECT 1 FROM casting_designation WHERE session_id = ? AND account_id = ?")
        .setParameter(1, sessionId).setParameter(2, accountId).getResultList().isEmpty();
  }

  /** The delegate's presence row, created (absent) when first needed. */
  private PlenaryPresence of(Account delegate, AssemblySession session) {
    return find(delegate, session).orElseGet(() -> {
      PlenaryPresence created = absent(delegate, session);
      em.persist(created);
      return created;
    });
  }

  private Optional<PlenaryPresence> find(Account delegate, AssemblySession session) {
    return em.createNamedQuery(PlenaryPresence.OF_ACCOUNT, PlenaryPresence.class)
        .setParameter("session", session.getId()).setParameter("account", delegate.getId())
        .getResultStream().findFirst();
  }

  private PlenaryPresence absent(Account delegate, AssemblySession session) {
    return new PlenaryPresence(session.getId(), delegate.getId(), delegate.getParliament().getId(),
        accounts.callerName(), PlenaryVoting.now());
  }

  private AssemblySession session() {
    return roster.currentSession().orElseThrow(() -> AssemblyException.notFound("session.none"));
  }
}
