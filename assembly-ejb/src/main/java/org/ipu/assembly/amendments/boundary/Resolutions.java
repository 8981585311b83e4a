package org.ipu.assembly.amendments.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.amendments.control.Adoptions;
import org.ipu.assembly.amendments.control.AkomaNtoso;
import org.ipu.assembly.amendments.control.Consolidation;
import org.ipu.assembly.amendments.control.Drafts;
import org.ipu.assembly.amendments.control.ResolutionViews.AmendmentRecord;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionParagraphView;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionSummary;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.entity.Resolution;
import org.ipu.assembly.amendments.entity.ResolutionParagraph;
import org.ipu.assembly.amendments.rules.Adoption;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.NewVote;

/**
 * From the committee's text to the adopted resolution. The Secretariat records that the committee
 * adopted its text (the text as amended, stored as it reads then) and that the plenary adopted it
 * by consensus; a plenary vote records its own result. An adopted resolution is public: anyone
 * reads it, with the record of every amendment, in its languages and in Akoma Ntoso.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed(SECRETARIAT)
public class Resolutions {

  @Inject private Accounts accounts;
  @Inject private Drafts drafts;
  @Inject private Adoptions adoptions;
  @Inject private Consolidation consolidation;
  @Inject private Roster roster;
  @Inject private Clock clock;
  @Inject private PlenaryVoting voting;
  @Resource private SessionContext context;

  /** A vote's subject is at most this long: a long title is cut. */
  private static final int MAX_SUBJECT = 500;

  /** The committee adopts the draft's text as amended now. */
  public ResolutionView committeeAdopts(long draftId, String language) {
    Resolution resolution = adoptions.committeeAdopts(draftId, accounts.callerName());
    return view(resolution, language(language));
  }

  /**
   * The plenary adopted the committee's text by consensus, as read at {@code version} ({@code
   * resolution.vote-pending} while a vote on it is set up or open).
   */
  public ResolutionView adoptedByConsensus(long resolutionId, Long version, String language) {
    requireVersion(version);
    adoptions.awaitingPlenary(resolutionId);
    requireNoVote(resolutionId);
    return view(
        adoptions.adoptedByConsensus(resolutionId, version, accounts.callerName()),
        language(language));
  }

  /**
   * Sets up the plenary's vote on the committee's text, as read at {@code version}: a weighted vote
   * by simple majority in the method given (electronic by default), which the Secretariat opens and
   * closes on its console; its close records the resolution adopted or rejected. Returns the vote.
   */
  public long putToVote(long resolutionId, Long version, String method) {
    requireVersion(version);
    Resolution resolution = adoptions.awaitingPlenary(resolutionId);
    Drafts.requireVersion(resolution, version, "resolution");
    requireNoVote(resolutionId);
    String subject = "Adoption of the resolution: " + resolution.title(DraftLanguage.EN.code());
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
    }
    return voting
        .createDeciding(
            new NewVote(subject, method, "SIMPLE", null, null, null, null, null, null),
            Adoptions.VOTED_AS,
            resolutionId)
        .getId();
  }

  private void requireNoVote(long resolutionId) {
    if (voting.pendingOn(Adoptions.VOTED_AS, resolutionId)) {
      throw AssemblyException.conflict("resolution.vote-pending");
    }
  }

  private static void requireVersion(Long version) {
    if (version == null) {
      throw AssemblyException.invalid("resolution.version.missing");
    }
  }

  /** The resolution made of a draft, for the Secretariat's page (empty before the committee). */
  public Optional<ResolutionView> ofDraft(long draftId, String language) {
    return adoptions.ofDraft(drafts.draft(draftId)).map(r -> view(r, language(language)));
  }

  /**
   * A resolution in {@code language} (its English text where it has none in it): anyone reads an
   * adopted one, the Secretariat every one ({@code resolution.not-found} otherwise).
   */
  @PermitAll
  public ResolutionView resolution(long id, String language) {
    return view(readable(id), language(language));
  }

  /** The resolutions the plenary adopted at the current Assembly, titled in {@code language}. */
  @PermitAll
  public List<ResolutionSummary> adopted(String language) {
    DraftLanguage wanted = language(language);
    AssemblySession session = roster.requireCurrentSession();
    return adoptions.adopted(session.getId()).stream()
        .map(
            r ->
                new ResolutionSummary(
                    r.getId(),
                    r.getDraft().getId(),
                    r.getDraft().getCommittee().name(),
                    title(r, textLanguage(r, wanted)),
                    r.getAdoption().name(),
                    r.getDecidedAt(),
                    session.getZone().getId()))
        .toList();
  }

  /**
   * The resolution as an Akoma Ntoso {@code statement} named {@code resolution}, in a language its
   * text exists in ({@code akn.language.missing} otherwise).
   */
  @PermitAll
  public byte[] akomaNtoso(long id, String language) {
    Resolution resolution = readable(id);
    String code = language(language).code();
    if (resolution.title(code) == null) {
      throw AssemblyException.invalid("akn.language.missing");
    }
    DraftResolution draft = resolution.getDraft();
    AssemblySession session = draft.getSession();
    Instant known =
        resolution.getDecidedAt() == null
            ? resolution.getCommitteeAdoptedAt()
            : resolution.getDecidedAt();
    AkomaNtoso.Work work =
        new AkomaNtoso.Work(
            session.getNumber(),
            draft.getCommittee().name(),
            draft.getId(),
            draft.getEdition(),
            known.atZone(session.getZone()).toLocalDate(),
            session.getZone(),
            "resolution");
    List<AkomaNtoso.Paragraph> paragraphs = new ArrayList<>();
    for (ResolutionParagraph p : resolution.paragraphs(code)) {
      paragraphs.add(new AkomaNtoso.Paragraph(p.getPosition() + 1L, p.getKind(), p.getText()));
    }
    return AkomaNtoso.statement(
        work, new AkomaNtoso.Text(code, resolution.title(code), paragraphs));
  }

  private Resolution readable(long id) {
    Resolution resolution = adoptions.resolution(id);
    if (resolution.getState() != Adoption.ADOPTED && !context.isCallerInRole(SECRETARIAT)) {
      throw AssemblyException.notFound("resolution.not-found", id);
    }
    return resolution;
  }

  private ResolutionView view(Resolution resolution, DraftLanguage wanted) {
    DraftLanguage language = textLanguage(resolution, wanted);
    String code = language.code();
    DraftResolution draft = resolution.getDraft();
    ConsolidatedList list =
        consolidation.of(draft, language, Locale.forLanguageTag(code), false, clock);
    List<AmendmentRecord> record = new ArrayList<>();
    list.paragraphs().forEach(p -> p.amendments().forEach(a -> record.add(record(a))));
    list.removedParagraphs().forEach(a -> record.add(record(a)));
    record.sort(Comparator.comparingInt(AmendmentRecord::number));
    return new ResolutionView(
        resolution.getId(),
        resolution.getVersion(),
        draft.getId(),
        draft.getCommittee().name(),
        draft.getSession().getNumber(),
        resolution.getState().name(),
        resolution.getAdoption() == null ? null : resolution.getAdoption().name(),
        code,
        languages(resolution),
        title(resolution, language),
        resolution.paragraphs(code).stream()
            .map(
                p ->
                    new ResolutionParagraphView(
                        p.getKind().name(), p.getCitation(), p.getMark(), p.getText()))
            .toList(),
        resolution.getCommitteeAdoptedAt(),
        resolution.getDecidedAt(),
        resolution.getVoteId(),
        resolution.getVotesYes(),
        resolution.getVotesNo(),
        resolution.getVotesAbstain(),
        record,
        draft.getSession().getZone().getId(),
        resolution.getState().awaitsPlenary()
            && context.isCallerInRole(SECRETARIAT)
            && voting.pendingOn(Adoptions.VOTED_AS, resolution.getId()));
  }

  private static AmendmentRecord record(ListedAmendment listed) {
    DecisionView decision = listed.decision();
    return new AmendmentRecord(
        listed.amendment().number(),
        listed.amendment().sponsor(),
        listed.amendment().citation(),
        decision == null ? null : decision.decision(),
        decision == null ? null : decision.revisedText(),
        decision == null ? null : decision.other(),
        decision == null ? null : decision.source());
  }

  /** The languages of the committee's text, in the order of the draft's languages. */
  private static List<String> languages(Resolution resolution) {
    List<String> languages = new ArrayList<>();
    for (DraftLanguage language : DraftLanguage.values()) {
      if (resolution.title(language.code()) != null) {
        languages.add(language.code());
      }
    }
    return languages;
  }

  /** The language asked for if the text exists in it, English otherwise. */
  private static DraftLanguage textLanguage(Resolution resolution, DraftLanguage wanted) {
    return resolution.title(wanted.code()) != null ? wanted : DraftLanguage.EN;
  }

  private static String title(Resolution resolution, DraftLanguage language) {
    return resolution.title(language.code());
  }

  private static DraftLanguage language(String code) {
    return DraftLanguage.of(code == null || code.isBlank() ? "en" : code)
        .orElseThrow(() -> AssemblyException.invalid("resolution.language.invalid"));
  }
}
