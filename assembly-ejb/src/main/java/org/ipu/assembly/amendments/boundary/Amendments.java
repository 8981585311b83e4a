package org.ipu.assembly.amendments.boundary;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.amendments.control.AmendmentAudit;
import org.ipu.assembly.amendments.control.AmendmentsChanged;
import org.ipu.assembly.amendments.control.Consolidation;
import org.ipu.assembly.amendments.control.Drafts;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.control.Views.SegmentView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDelegate;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Amending;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Deadline;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Refusal;
import org.ipu.assembly.amendments.rules.TextLimits;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Amendments to published drafts. A Member Parliament's focal point tables, changes and withdraws
 * the parliament's own amendments, and confirms (or declines) co-sponsoring another's, until the
 * deadline: from then on the server refuses all of it ({@code amendment.deadline-passed}). The
 * Secretariat may table or change any amendment at any time; one it tables after the deadline is
 * marked late and audited as such. An amendment applies to the paragraph's current text or is
 * refused with the reason; a change names the version it was made on. Everyone signed in reads the
 * amendments and the consolidated list.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE})
public class Amendments {

  /** The most co-sponsors one amendment may name. */
  public static final int MAX_CO_SPONSORS = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private Drafts drafts;
  @Inject private Consolidation consolidation;
  @Inject private AuditTrail trail;
  @Inject private Event<AmendmentsChanged> changed;
  @Inject private Clock clock;

  /** Every amendment to a published draft, withdrawn ones included, by number. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public List<AmendmentView> all(long draftId, Locale locale) {
    DraftResolution draft = readable(draftId);
    var numbers = Drafts.numbers(drafts.paragraphs(draft));
    boolean secretariat = isSecretariat();
    return drafts.amendments(draft).stream()
        .map(a -> drafts.view(a, numbers, locale, secretariat))
        .toList();
  }

  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public AmendmentView amendment(long id, Locale locale) {
    Amendment amendment = drafts.amendment(id);
    readable(amendment.getDraft().getId());
    return view(amendment, locale);
  }

  /** The committee's consolidated list of a published draft, its text in {@code language}. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public ConsolidatedList consolidated(long draftId, String language, Locale locale) {
    DraftResolution draft = readable(draftId);
    return consolidation.of(
        draft, DraftResolutions.language(language), locale, isSecretariat(), clock);
  }

  /**
   * The amendment as it would be tabled, shown as a tracked change on the paragraph's current text;
   * refused with the reason, as tabling would be, when it does not apply. Nothing is saved.
   */
  public List<SegmentView> preview(long draftId, AmendmentInput input) {
    if (input == null) {
      throw AssemblyException.invalid("amendment.kind.invalid");
    }
    DraftResolution draft = drafts.published(draftId);
    DraftLanguage language =
        DraftLanguage.of(input.language())
            .orElseThrow(() -> AssemblyException.invalid("amendment.language.invalid"));
    DraftParagraph paragraph = paragraphOf(draft, input.paragraph());
    Change change = checkedChange(draft, paragraph, language, input);
    return Drafts.segments(Drafts.tracked(Words.of(paragraph.text(language)), change));
  }

  /** The Member Parliaments of the draft's Assembly, which may sponsor and co-sponsor. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public List<ParliamentName> memberParliaments(long draftId, Locale locale) {
    DraftResolution draft = readable(draftId);
    return em
        .createNamedQuery(Membership.OF_SESSION, Membership.class)
        .setParameter("session", draft.getSession())
        .getResultList()
        .stream()
        .filter(m -> m.getStatus() == MembershipStatus.MEMBER)
        .map(m -> Drafts.name(m.getParliament(), locale))
        .sorted(
            java.util.Comparator.comparing(
                ParliamentName::name, java.text.Collator.getInstance(locale)))
        .toList();
  }

  /** Tables an amendment to a published draft. */
  public AmendmentView table(long draftId, AmendmentInput input, Locale locale) {
    if (input == null) {
      throw AssemblyException.invalid("amendment.kind.invalid");
    }
    Account caller = accounts.caller();
    DraftResolution draft = drafts.locked(draftId);
    long sponsorId = sponsorOf(caller, input.sponsor(), draft);
    requirePublished(draft);
    boolean secretariat = caller.getRole() == Role.SECRETARIAT;
    Deadline.Tabling tabling = draft.deadline().tabling(clock, secretariat);
    requireOpen(draft, tabling);
    Parliament sponsor = member(draft, sponsorId, "amendment.sponsor-not-member");
    DraftLanguage language =
        DraftLanguage.of(input.language())
            .orElseThrow(() -> AssemblyException.invalid("amendment.language.invalid"));
    DraftParagraph paragraph = paragraphOf(draft, input.paragraph());
    Change change = checkedChange(draft, paragraph, language, input);
    List<Long> coSponsors = coSponsors(draft, sponsorId, input.coSponsors());
    boolean late = tabling == Deadline.Tabling.LATE;
    Amendment amendment =
        new Amendment(
            draft,
            drafts.nextNumber(draft),
            sponsor,
            language,
            paragraph,
            change,
            justification(input.justification()),
            late,
            Timestamps.now(clock),
            caller.getUsername());
    amendment.nameCoSponsors(coSponsors);
    em.persist(amendment);
    em.flush();
    audit(amendment, "tabled", late);
    changed.fire(new AmendmentsChanged(draftId));
    return view(amendment, locale);
  }

  /**
   * Changes an amendment, as read at {@code input.version()}: its change (on the paragraph's
   * current text: this is how one marked for review is rewritten), justification, co-sponsors.
   */
  public AmendmentView change(long id, AmendmentInput input, Locale locale) {
    if (input == null) {
      throw AssemblyException.invalid("amendment.kind.invalid");
    }
    Amendment amendment = drafts.amendment(id);
    DraftResolution draft = drafts.locked(amendment.getDraft().getId());
    Account caller = changeable(amendment, draft);
    Drafts.requireVersion(amendment, input.version(), "amendment");
    DraftParagraph paragraph = paragraphOf(draft, input.paragraph());
    Change change = checkedChange(draft, paragraph, amendment.language(), input);
    List<Long> coSponsors = coSponsors(draft, amendment.getSponsor().getId(), input.coSponsors());
    amendment.rewrite(
        paragraph, change, justification(input.justification()), Timestamps.now(clock));
    amendment.nameCoSponsors(coSponsors);
    em.flush();
    audit(amendment, "changed", caller.getRole() == Role.SECRETARIAT && !draftOpen(draft));
    changed.fire(new AmendmentsChanged(draft.getId()));
    return view(amendment, locale);
  }

  /** Withdraws an amendment, as read at {@code version}. */
  public AmendmentView withdraw(long id, Long version, Locale locale) {
    Amendment amendment = drafts.amendment(id);
    DraftResolution draft = drafts.locked(amendment.getDraft().getId());
    Account caller = changeable(amendment, draft);
    Drafts.requireVersion(amendment, version, "amendment");
    amendment.withdraw(Timestamps.now(clock));
    em.flush();
    audit(amendment, "withdrawn", caller.getRole() == Role.SECRETARIAT && !draftOpen(draft));
    changed.fire(new AmendmentsChanged(draft.getId()));
    return view(amendment, locale);
  }

  /**
   * The parliament's focal point confirms that it co-sponsors the amendment (it was named), before
   * the deadline: the list freezes then.
   */
  @RolesAllowed(FOCAL_POINT)
  public AmendmentView confirm(long id, long parliamentId, Locale locale) {
    Amendment amendment = coSponsorship(id, parliamentId);
    amendment.confirmCoSponsor(parliamentId, Timestamps.now(clock), accounts.callerName());
    em.flush();
    trail.append(
        AmendmentAudit.subject(amendment.getDraft().getId()),
        AmendmentAudit.CO_SPONSORSHIP,
        new AmendmentAudit.CoSponsorship(amendment.getNumber(), parliamentId, true));
    changed.fire(new AmendmentsChanged(amendment.getDraft().getId()));
    return view(amendment, locale);
  }

  /** The parliament's focal point declines (or takes back) co-sponsoring, before the deadline. */
  @RolesAllowed(FOCAL_POINT)
  public AmendmentView decline(long id, long parliamentId, Locale locale) {
    Amendment amendment = coSponsorship(id, parliamentId);
    amendment.dropCoSponsor(parliamentId);
    em.flush();
    trail.append(
        AmendmentAudit.subject(amendment.getDraft().getId()),
        AmendmentAudit.CO_SPONSORSHIP,
        new AmendmentAudit.CoSponsorship(amendment.getNumber(), parliamentId, false));
    changed.fire(new AmendmentsChanged(amendment.getDraft().getId()));
    return view(amendment, locale);
  }

  /**
   * The presiding officer's voting order (Secretariat): every tabled amendment's number once, or
   * none to go back to the proposed order.
   */
  @RolesAllowed(SECRETARIAT)
  public ConsolidatedList chooseVotingOrder(
      long draftId, VotingOrderInput input, String language, Locale locale) {
    DraftResolution draft = drafts.locked(draftId);
    requirePublished(draft);
    Drafts.requireVersion(draft, input == null ? null : input.version(), "draft");
    List<Integer> numbers = input.order() == null ? List.of() : input.order();
    Map<Integer, Long> ids = new java.util.HashMap<>();
    for (Amendment amendment : drafts.amendments(draft)) {
      if (amendment.isTabled()) {
        ids.put(amendment.getNumber(), amendment.getId());
      }
    }
    if (!numbers.isEmpty()
        && (numbers.size() != ids.size()
            || new LinkedHashSet<>(numbers).size() != numbers.size()
            || !ids.keySet().containsAll(numbers))) {
      throw AssemblyException.invalid("amendment.voting-order.incomplete", ids.size());
    }
    draft.chooseVotingOrder(numbers.stream().map(ids::get).toList());
    em.flush();
    trail.append(
        AmendmentAudit.subject(draftId),
        AmendmentAudit.VOTING_ORDER,
        new AmendmentAudit.VotingOrderChosen(numbers));
    changed.fire(new AmendmentsChanged(draftId));
    return consolidation.of(draft, DraftResolutions.language(language), locale, true, clock);
  }

  private Amendment coSponsorship(long id, long parliamentId) {
    Amendment amendment = drafts.amendment(id);
    DraftResolution draft = drafts.locked(amendment.getDraft().getId());
    accounts.requireMayActFor(parliamentId);
    requirePublished(draft);
    if (!amendment.isTabled()) {
      throw AssemblyException.conflict("amendment.withdrawn");
    }
    requireOpen(draft, draft.deadline().tabling(clock, false));
    if (amendment.coSponsor(parliamentId).isEmpty()) {
      throw AssemblyException.notFound("amendment.co-sponsor.not-named", parliamentId);
    }
    return amendment;
  }

  /** The caller may change the amendment now: its sponsor's focal point before the deadline. */
  private Account changeable(Amendment amendment, DraftResolution draft) {
    Account caller = accounts.requireMayActFor(amendment.getSponsor().getId());
    requireAuthorisedDelegate(caller, draft);
    requirePublished(draft);
    if (!amendment.isTabled()) {
      throw AssemblyException.conflict("amendment.withdrawn");
    }
    requireOpen(draft, draft.deadline().tabling(clock, caller.getRole() == Role.SECRETARIAT));
    return caller;
  }

  private boolean draftOpen(DraftResolution draft) {
    return draft.deadline().open(clock);
  }

  private void requireOpen(DraftResolution draft, Deadline.Tabling tabling) {
    if (tabling == Deadline.Tabling.CLOSED) {
      throw AssemblyException.conflict(
          "amendment.deadline-passed",
          draft.deadline().announced().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
          draft.deadline().zone().getId());
    }
  }

  private static void requirePublished(DraftResolution draft) {
    if (!draft.isPublished()) {
      throw AssemblyException.conflict("amendment.draft-not-published");
    }
  }

  private DraftResolution readable(long draftId) {
    return drafts.readable(draftId, isSecretariat());
  }

  private boolean isSecretariat() {
    return accounts.caller().getRole() == Role.SECRETARIAT;
  }

  private long sponsorOf(Account caller, Long sponsor, DraftResolution draft) {
    long parliament;
    if (sponsor == null) {
      if (caller.getParliament() == null) {
        throw AssemblyException.invalid("amendment.sponsor.required");
      }
      parliament = caller.getParliament().getId();
    } else {
      accounts.requireMayActFor(sponsor);
      parliament = sponsor;
    }
    requireAuthorisedDelegate(caller, draft);
    return parliament;
  }

  /** A delegate acts on amendments only if its parliament's focal point authorised it. */
  private void requireAuthorisedDelegate(Account caller, DraftResolution draft) {
    if (caller.getRole() == Role.DELEGATE
        && em.find(
                AmendmentDelegate.class,
                new AmendmentDelegate.Key(draft.getSession().getId(), caller.getId()))
            == null) {
      throw AssemblyException.forbidden("amendment.delegate-not-authorised");
    }
  }

  /**
   * The delegates of the parliament at the current Assembly and whether each may table and change
   * its amendments (its focal points and the Secretariat).
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public List<AuthorisedDelegate> delegates(long parliamentId) {
    accounts.requireMayActFor(parliamentId);
    long session = roster.requireCurrentSession().getId();
    Set<Long> authorised = new java.util.HashSet<>();
    em.createNamedQuery(AmendmentDelegate.OF_PARLIAMENT, AmendmentDelegate.class)
        .setParameter("session", session)
        .setParameter("parliament", parliamentId)
        .getResultList()
        .forEach(d -> authorised.add(d.getAccountId()));
    return em
        .createQuery(
            "SELECT a FROM Account a WHERE a.parliament.id = :parliament AND a.role = :role"
                + " ORDER BY a.fullName, a.username",
            Account.class)
        .setParameter("parliament", parliamentId)
        .setParameter("role", Role.DELEGATE)
        .getResultList()
        .stream()
        .map(
            a ->
                new AuthorisedDelegate(
                    a.getId(), a.getUsername(), a.getFullName(), authorised.contains(a.getId())))
        .toList();
  }

  /**
   * The parliament's focal point authorises one of its delegates to table and change its amendments
   * at the current Assembly, or takes that back ({@code authorised} false); audited.
   */
  @RolesAllowed(FOCAL_POINT)
  public List<AuthorisedDelegate> authorise(long parliamentId, long accountId, boolean authorised) {
    accounts.requireMayActFor(parliamentId);
    Account delegate = em.find(Account.class, accountId);
    if (delegate == null
        || delegate.getRole() != Role.DELEGATE
        || delegate.getParliament() == null
        || delegate.getParliament().getId() != parliamentId) {
      throw AssemblyException.notFound("amendment.delegate-not-found", accountId);
    }
    long session = roster.requireCurrentSession().getId();
    AmendmentDelegate existing =
        em.find(AmendmentDelegate.class, new AmendmentDelegate.Key(session, accountId));
    if (authorised && existing == null) {
      em.persist(
          new AmendmentDelegate(
              session, accountId, parliamentId, accounts.callerName(), Timestamps.now(clock)));
    } else if (!authorised && existing != null) {
      em.remove(existing);
    }
    em.flush();
    trail.append(
        AuditSubject.of("amendment-delegates", session).then("parliament", parliamentId),
        AmendmentAudit.DELEGATE,
        new AmendmentAudit.DelegateAuthorised(accountId, authorised));
    return delegates(parliamentId);
  }

  /** The parliament, a Member at the draft's Assembly (not an associate or observer). */
  private Parliament member(DraftResolution draft, long parliamentId, String code) {
    return em.createNamedQuery(Membership.OF_PARLIAMENT, Membership.class)
        .setParameter("session", draft.getSession())
        .setParameter("parliament", parliamentId)
        .getResultStream()
        .filter(m -> m.getStatus() == MembershipStatus.MEMBER)
        .findFirst()
        .map(Membership::getParliament)
        .orElseThrow(() -> AssemblyException.invalid(code, parliamentId));
  }

  private DraftParagraph paragraphOf(DraftResolution draft, Long paragraphId) {
    if (paragraphId == null) {
      throw AssemblyException.invalid("amendment.paragraph.required");
    }
    return drafts.paragraph(draft, paragraphId);
  }

  private List<Long> coSponsors(DraftResolution draft, long sponsorId, List<Long> given) {
    if (given == null) {
      return List.of();
    }
    Set<Long> distinct = new LinkedHashSet<>(given);
    distinct.remove(null);
    distinct.remove(sponsorId);
    if (distinct.size() > MAX_CO_SPONSORS) {
      throw AssemblyException.invalid("amendment.co-sponsors.too-many", MAX_CO_SPONSORS);
    }
    for (Long id : distinct) {
      member(draft, id, "amendment.co-sponsor.not-member");
    }
    return new ArrayList<>(distinct);
  }

  private static String justification(String text) {
    String problem =
        TextLimits.problemMultiline(
            "amendment.justification", text, TextLimits.JUSTIFICATION, false);
    if (problem != null) {
      throw AssemblyException.invalid(problem, TextLimits.JUSTIFICATION);
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The change the input describes, refused with the reason unless it applies to the text now. */
  private Change checkedChange(
      DraftResolution draft, DraftParagraph paragraph, DraftLanguage language, AmendmentInput in) {
    if (paragraph.text(language) == null) {
      throw AssemblyException.invalid("amendment.language.no-text", language.code());
    }
    String textProblem =
        TextLimits.problem("amendment.text", in.text(), TextLimits.PARAGRAPH, false);
    String originalProblem =
        TextLimits.problem("amendment.text", in.original(), TextLimits.PARAGRAPH, false);
    if (textProblem != null || originalProblem != null) {
      throw AssemblyException.invalid(
          textProblem != null ? textProblem : originalProblem, TextLimits.PARAGRAPH);
    }
    if (in.revision() == null) {
      throw AssemblyException.invalid("amendment.revision.required");
    }
    String id = String.valueOf(paragraph.getId());
    int revision = in.revision();
    Change change;
    switch (in.kind() == null ? "" : in.kind()) {
      case "WORDS" -> {
        if (in.from() == null || in.to() == null) {
          throw AssemblyException.invalid("amendment.range.required");
        }
        if (in.from() < 0 || in.to() < in.from()) {
          throw AssemblyException.invalid("amendment.range-outside");
        }
        List<String> expected = Words.of(in.original());
        if (expected.size() != in.to() - in.from()) {
          throw AssemblyException.invalid("amendment.words-differ");
        }
        change =
            new Change.WordChange(id, revision, in.from(), in.to(), expected, Words.of(in.text()));
      }
      case "NEW_PARAGRAPH" -> {
        ParagraphKind kind;
        try {
          kind = ParagraphKind.valueOf(in.newKind() == null ? "" : in.newKind());
        } catch (IllegalArgumentException unknown) {
          throw AssemblyException.invalid("amendment.new-kind.invalid");
        }
        change = new Change.NewParagraph(id, revision, kind, Words.of(in.text()));
      }
      case "DELETE_PARAGRAPH" ->
          change = new Change.ParagraphDeletion(id, revision, Words.of(in.original()));
      default -> throw AssemblyException.invalid("amendment.kind.invalid");
    }
    Refusal refusal = Amending.check(Drafts.base(drafts.paragraphs(draft), language), change);
    if (refusal != null) {
      throw refusal.code().equals("amendment.paragraph-outdated")
          ? AssemblyException.conflict(refusal.code())
          : AssemblyException.invalid(refusal.code());
    }
    return change;
  }

  private void audit(Amendment amendment, String change, boolean late) {
    trail.append(
        AmendmentAudit.subject(amendment.getDraft().getId()),
        late ? AmendmentAudit.LATE_AMENDMENT : AmendmentAudit.AMENDMENT,
        new AmendmentAudit.AmendmentChanged(
            amendment.getNumber(),
            amendment.getId(),
            amendment.getSponsor().getId(),
            change,
            late));
  }

  private AmendmentView view(Amendment amendment, Locale locale) {
    return drafts.view(
        amendment,
        Drafts.numbers(drafts.paragraphs(amendment.getDraft())),
        locale,
        isSecretariat());
  }
}
