package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import org.ipu.assembly.platform.push.ChannelChange;
import org.ipu.assembly.platform.push.ChannelChanged;
import org.ipu.assembly.registration.control.Accreditations;
import org.ipu.assembly.registration.control.Accreditations.AccreditedDelegate;
import org.ipu.assembly.registration.entity.Accreditation;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.control.CastingStanding;
import org.ipu.assembly.voting.control.CastingStandings;
import org.ipu.assembly.voting.control.CommitteeSeats;
import org.ipu.assembly.voting.control.DelegateCaster;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.entity.PresenceState;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.rules.CommitteeCasting;

/**
 * Who is in the plenary: the delegates the approved registration accredits for the Assembly check
 * in on their tablets, the Secretariat confirms (or marks presence itself). Confirmed presence
 * decides a delegation's usable votes when a vote opens. The head of a delegation designates the
 * delegates who may cast its ballot. A change the Secretariat makes is pushed on {@code
 * /ws/presence} after commit (the frame names the delegate's account only), so that the delegate's
 * tablet shows it at once.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class Presence {

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Accreditations accreditations;
  @Inject private Roster roster;
  @Inject private Clock clock;
  @Inject private CastingStandings standings;
  @Inject private CommitteeSeats seats;
  @Inject private Event<ChannelChange> changes;

  /**
   * A delegate checks in; the Secretariat still has to confirm. Already present stays present. Only
   * a delegate accredited by the Assembly's approved registration checks in.
   */
  @RolesAllowed(DELEGATE)
  public PlenaryPresence checkIn() {
    Account caller = accounts.caller();
    AssemblySession session = session();
    PlenaryPresence presence = of(accredited(caller.getId(), session), session);
    if (presence.getState() != PresenceState.PRESENT) {
      presence.change(PresenceState.REQUESTED, caller.getUsername(), Timestamps.now(clock));
    }
    return presence;
  }

  /**
   * An accredited delegate entered the plenary hall (scanned at the door): as when checking in on
   * the tablet, the Secretariat still confirms. Whether presence was asked for (false: already
   * present).
   */
  @RolesAllowed(SECRETARIAT)
  public boolean enteredHall(long accountId) {
    AssemblySession session = session();
    PlenaryPresence presence = of(accredited(accountId, session), session);
    if (presence.getState() == PresenceState.PRESENT) {
      return false;
    }
    presence.change(PresenceState.REQUESTED, accounts.callerName(), Timestamps.now(clock));
    return true;
  }

  /** The signed-in delegate's presence (absent, unsaved, if they never checked in). */
  @RolesAllowed(DELEGATE)
  public PlenaryPresence mine() {
    Account caller = accounts.caller();
    AssemblySession session = session();
    return find(caller.getId(), session)
        .orElseGet(() -> absent(caller.getId(), caller.getParliament().getId(), session));
  }

  /** The Secretariat confirms an accredited delegate present, or marks one absent. */
  @RolesAllowed(SECRETARIAT)
  public PlenaryPresence mark(long accountId, PresenceState state) {
    if (state == null || state == PresenceState.REQUESTED) {
      throw AssemblyException.invalid("presence.state.invalid");
    }
    Account delegate = em.find(Account.class, accountId);
    if (delegate == null || delegate.getRole() != Role.DELEGATE) {
      throw AssemblyException.notFound("presence.not-a-delegate", accountId);
    }
    AssemblySession session = session();
    PlenaryPresence presence = of(accredited(accountId, session), session);
    presence.change(state, accounts.callerName(), Timestamps.now(clock));
    changes.fire(new ChannelChanged(PresenceChannel.CHANNEL, accountId, true));
    return presence;
  }

  /**
   * The Secretariat confirms many delegates present at once (a delegation, or a filtered list), or
   * marks them absent: all of them or, if one cannot be marked, none (its refusal).
   */
  @RolesAllowed(SECRETARIAT)
  public List<PlenaryPresence> markAll(List<Long> accountIds, PresenceState state) {
    if (accountIds == null || accountIds.isEmpty() || accountIds.contains(null)) {
      throw AssemblyException.invalid("presence.selection.empty");
    }
    return accountIds.stream().distinct().map(id -> mark(id, state)).toList();
  }

  @RolesAllowed(SECRETARIAT)
  public List<PlenaryPresence> all() {
    return em.createNamedQuery(PlenaryPresence.OF_SESSION, PlenaryPresence.class)
        .setParameter("session", session().getId())
        .getResultList();
  }

  /** The delegates the approved registrations accredit for the current Assembly. */
  @RolesAllowed(SECRETARIAT)
  public List<AccreditedDelegate> delegates() {
    return accreditations.all(session().getId());
  }

  /** The head of delegation lets another accredited delegate of its delegation cast its ballot. */
  @RolesAllowed(DELEGATE)
  public void designate(long accountId) {
    AssemblySession session = session();
    Account caller = accounts.caller();
    AccreditedDelegate head =
        accreditations
            .of(caller.getId(), session.getId())
            .filter(AccreditedDelegate::head)
            .orElseThrow(() -> AssemblyException.forbidden("presence.not-head"));
    accreditations
        .of(accountId, session.getId())
        .filter(d -> d.parliament().equals(head.parliament()))
        .orElseThrow(() -> AssemblyException.notFound("presence.not-a-delegate", accountId));
    if (!isDesignated(accountId, session.getId())) {
      em.createNativeQuery(
              "INSERT INTO casting_designation (session_id, account_id, designated_by) VALUES (?, ?, ?)")
          .setParameter(1, session.getId())
          .setParameter(2, accountId)
          .setParameter(3, caller.getId())
          .executeUpdate();
    }
  }

  /** Whether the signed-in delegate may cast the delegation's ballot (head, or designated). */
  @RolesAllowed(DELEGATE)
  public boolean isCaster() {
    long caller = accounts.caller().getId();
    long session = session().getId();
    return accreditations.of(caller, session).map(AccreditedDelegate::head).orElse(false)
        || isDesignated(caller, session);
  }

  /**
   * Refuses unless the signed-in delegate is accredited for the vote's Assembly, confirmed present
   * there, and heads the delegation or was designated; returns the delegation's parliament. One
   * query: it runs for every ballot. In a committee vote, the delegation's member of the committee
   * present casts instead, or else its substitute present ({@link CommitteeCasting}): neither the
   * head nor a designation makes a caster there.
   */
  @RolesAllowed(DELEGATE)
  public long requireMayCast(long voteId) {
    Object[] row = presentDelegate(voteId);
    if (row[5] != null) {
      committeeRefusal(row)
          .ifPresent(
              code -> {
                throw AssemblyException.forbidden(code);
              });
    } else if (!Accreditation.HEAD.name().equals(row[1]) && ((Number) row[3]).longValue() == 0) {
      throw AssemblyException.forbidden("ballot.not-designated");
    }
    return ((Number) row[0]).longValue();
  }

  /**
   * Refuses a delegate's own share in a committee vote: there one delegate casts the Member's one
   * vote.
   */
  @RolesAllowed(DELEGATE)
  public void requireNoCommittee(long voteId) {
    Vote vote = em.find(Vote.class, voteId);
    if (vote != null && vote.committee().isPresent()) {
      throw AssemblyException.conflict("ballot.committee-one-caster");
    }
  }

  /** Why the delegate of the row may not cast in its committee vote; empty when they may. */
  private Optional<String> committeeRefusal(Object[] row) {
    return CommitteeCasting.refusal(
        seats.of(
            ((Number) row[6]).longValue(),
            Committee.valueOf((String) row[5]),
            ((Number) row[0]).longValue()),
        ((Number) row[4]).longValue());
  }

  /**
   * Refuses unless the signed-in delegate is accredited for the vote's Assembly and confirmed
   * present there: any such delegate may cast their own share of their delegation's votes.
   */
  @RolesAllowed(DELEGATE)
  public DelegateCaster requirePresentDelegate(long voteId) {
    Object[] row = presentDelegate(voteId);
    return new DelegateCaster(((Number) row[4]).longValue(), ((Number) row[0]).longValue());
  }

  /**
   * The signed-in delegate's parliament, accreditation, presence, designations and account id for
   * the vote's Assembly, once accredited and present; else refused.
   */
  private Object[] presentDelegate(long voteId) {
    Object[] row = delegateRow(voteId);
    if (row[0] == null) {
      throw AssemblyException.forbidden("presence.not-accredited");
    }
    if (!PresenceState.PRESENT.name().equals(row[2])) {
      throw AssemblyException.forbidden("ballot.not-present");
    }
    return row;
  }

  /**
   * What the signed-in delegate's tablet shows for the vote: their presence, whether they cast the
   * delegation's ballot, why they may not cast and the delegation's ballot that counts now.
   */
  @RolesAllowed(DELEGATE)
  public CastingStanding standing(long voteId) {
    Object[] row = delegateRow(voteId);
    String state = row[2] == null ? PresenceState.ABSENT.name() : (String) row[2];
    Vote vote = em.find(Vote.class, voteId);
    if (row[0] != null && row[5] != null) {
      Optional<String> refusal = committeeRefusal(row);
      return standings.of(
          vote, ((Number) row[0]).longValue(), state, refusal.isEmpty(), refusal.orElse(null));
    }
    boolean caster = Accreditation.HEAD.name().equals(row[1]) || ((Number) row[3]).longValue() > 0;
    return standings.of(
        vote,
        row[0] == null ? null : ((Number) row[0]).longValue(),
        state,
        row[0] != null && caster);
  }

  /**
   * The signed-in delegate's parliament, accreditation, presence, designations and account id for
   * the vote's Assembly (parliament and accreditation null when not accredited there).
   */
  private Object[] delegateRow(long voteId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT d.parliament_id, pt.accredited, p.state,"
                    + " (SELECT COUNT(*) FROM casting_designation c WHERE c.session_id = v.session_id AND c.account_id = a.id),"
                    + " a.id, v.committee, v.session_id"
                    + " FROM vote v JOIN account a ON a.username = ? AND a.active = TRUE"
                    + " LEFT JOIN (participant pt JOIN delegation d ON d.id = pt.delegation_id)"
                    + " ON pt.account_id = a.id AND pt.accredited IS NOT NULL AND d.session_id = v.session_id"
                    + " LEFT JOIN plenary_presence p ON p.session_id = v.session_id AND p.account_id = a.id WHERE v.id = ?")
            .setParameter(1, accounts.callerName())
            .setParameter(2, voteId)
            .getResultList();
    if (rows.isEmpty()) {
      throw em.find(Vote.class, voteId) == null
          ? AssemblyException.notFound("vote.not-found", voteId)
          : AssemblyException.forbidden("auth.no-account");
    }
    return (Object[]) rows.get(0);
  }

  private boolean isDesignated(long accountId, long sessionId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM casting_designation WHERE session_id = ? AND account_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  /** The account's accreditation for the Assembly; refused when it has none. */
  private AccreditedDelegate accredited(long accountId, AssemblySession session) {
    return accreditations
        .of(accountId, session.getId())
        .orElseThrow(() -> AssemblyException.forbidden("presence.not-accredited"));
  }

  /** The delegate's presence row, created (absent) when first needed. */
  private PlenaryPresence of(AccreditedDelegate delegate, AssemblySession session) {
    return find(delegate.accountId(), session)
        .orElseGet(
            () -> {
              PlenaryPresence created =
                  absent(delegate.accountId(), delegate.parliament().getId(), session);
              em.persist(created);
              return created;
            });
  }

  private Optional<PlenaryPresence> find(long accountId, AssemblySession session) {
    return em.createNamedQuery(PlenaryPresence.OF_ACCOUNT, PlenaryPresence.class)
        .setParameter("session", session.getId())
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  private PlenaryPresence absent(long accountId, long parliamentId, AssemblySession session) {
    return new PlenaryPresence(
        session.getId(), accountId, parliamentId, accounts.callerName(), Timestamps.now(clock));
  }

  private AssemblySession session() {
    return roster.requireCurrentSession();
  }
}
