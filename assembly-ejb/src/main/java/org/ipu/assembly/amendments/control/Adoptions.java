package org.ipu.assembly.amendments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ipu.assembly.amendments.control.Views.AmendedParagraphView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.entity.Resolution;
import org.ipu.assembly.amendments.entity.ResolutionParagraph;
import org.ipu.assembly.amendments.rules.Adoption;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.audit.AuditTrail;

/**
 * The way from the committee's text to the adopted resolution, whoever records a step (the
 * Secretariat from its page or the API; a plenary vote's close through the same methods). The
 * committee adopts its text once every amendment tabled has a decision and the text as amended can
 * be generated: that text is stored as the committee's final text, a version of its own. The
 * plenary then decides on it once. Every step goes on the draft's audit chain.
 */
@Dependent
public class Adoptions {

  /** What a plenary vote on a committee's text decides, for voting ({@code Vote#decides}). */
  public static final String VOTED_AS = "RESOLUTION";

  @PersistenceContext private EntityManager em;
  @Inject private Drafts drafts;
  @Inject private AmendedText amendedText;
  @Inject private AuditTrail trail;
  @Inject private Event<AmendmentsChanged> changed;
  @Inject private Clock clock;

  /** The resolution made of the draft, if its committee has adopted its text. */
  public Optional<Resolution> ofDraft(DraftResolution draft) {
    return em.createNamedQuery(Resolution.OF_DRAFT, Resolution.class)
        .setParameter("draft", draft)
        .getResultStream()
        .findFirst();
  }

  /** The resolution ({@code resolution.not-found} if none). */
  public Resolution resolution(long id) {
    Resolution resolution = em.find(Resolution.class, id);
    if (resolution == null) {
      throw AssemblyException.notFound("resolution.not-found", id);
    }
    return resolution;
  }

  /** The resolutions the plenary adopted at an Assembly, by committee. */
  public List<Resolution> adopted(long sessionId) {
    return em.createNamedQuery(Resolution.ADOPTED_IN_SESSION, Resolution.class)
        .setParameter("session", sessionId)
        .setParameter("state", Adoption.ADOPTED)
        .getResultList();
  }

  /**
   * The committee adopts the draft's text as amended now: stored in English and French, and in
   * Spanish and Arabic where the draft is written wholly in them. Refused with a stable code, and
   * nothing written, while amendments await a decision, while adopted ones conflict, before the
   * deadline or when the committee has adopted a text already.
   */
  public Resolution committeeAdopts(long draftId, String by) {
    DraftResolution draft = drafts.locked(draftId);
    if (!draft.isPublished()) {
      throw AssemblyException.conflict("amendment.draft-not-published");
    }
    if (draft.deadline().open(clock)) {
      throw AssemblyException.conflict(
          "resolution.before-deadline",
          draft.deadline().announced().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
          draft.deadline().zone().getId());
    }
    if (ofDraft(draft).isPresent()) {
      throw AssemblyException.conflict("resolution.committee-text.exists");
    }
    Map<Long, AmendmentDecision> decisions = drafts.decisions(draft);
    List<Integer> undecided =
        drafts.amendments(draft).stream()
            .filter(a -> a.isTabled() && !decisions.containsKey(a.getId()))
            .map(Amendment::getNumber)
            .toList();
    if (!undecided.isEmpty()) {
      throw AssemblyException.conflict("resolution.amendments-undecided", listed(undecided));
    }
    Resolution resolution = new Resolution(draft, clock.instant(), by);
    List<DraftParagraph> paragraphs = drafts.paragraphs(draft);
    List<String> languages = new ArrayList<>();
    for (DraftLanguage language : DraftLanguage.values()) {
      if (!language.official() && !writtenWhollyIn(draft, paragraphs, language)) {
        continue;
      }
      TextAsAmendedView text = amendedText.of(draft, language);
      if (text.blocked() != null) {
        throw AssemblyException.conflict(
            text.blocked(),
            text.blocking().stream().map(Adoptions::listed).collect(Collectors.joining("; ")));
      }
      List<ResolutionParagraph> stored = new ArrayList<>();
      for (AmendedParagraphView p : text.paragraphs()) {
        if (!"DELETED".equals(p.state())) {
          stored.add(
              new ResolutionParagraph(
                  language.code(),
                  stored.size(),
                  ParagraphKind.valueOf(p.kind()),
                  p.citation(),
                  p.mark(),
                  p.text()));
        }
      }
      resolution.text(language.code(), text.title(), stored);
      languages.add(language.code());
    }
    em.persist(resolution);
    em.flush();
    audit(resolution, languages);
    return resolution;
  }

  /** The plenary adopted the committee's text by consensus (read at {@code version}). */
  public Resolution adoptedByConsensus(long resolutionId, Long version, String by) {
    Resolution resolution = awaitingPlenary(resolutionId);
    Drafts.requireVersion(resolution, version, "resolution");
    resolution.adoptedByConsensus(clock.instant(), by);
    em.flush();
    audit(resolution, List.of());
    return resolution;
  }

  /** The plenary's vote on the committee's text closed: adopted or rejected, with its totals. */
  public Resolution voted(
      long resolutionId, boolean adopted, long voteId, int yes, int no, int abstain, String by) {
    Resolution resolution = awaitingPlenary(resolutionId);
    resolution.voted(adopted, voteId, yes, no, abstain, clock.instant(), by);
    em.flush();
    audit(resolution, List.of());
    return resolution;
  }

  /** The resolution, locked, while it awaits the plenary ({@code resolution.decided} otherwise). */
  public Resolution awaitingPlenary(long resolutionId) {
    Resolution resolution = resolution(resolutionId);
    em.lock(resolution, LockModeType.PESSIMISTIC_WRITE);
    if (!resolution.getState().awaitsPlenary()) {
      throw AssemblyException.conflict("resolution.decided");
    }
    return resolution;
  }

  private void audit(Resolution resolution, List<String> languages) {
    long draftId = resolution.getDraft().getId();
    trail.append(
        AmendmentAudit.subject(draftId),
        AmendmentAudit.RESOLUTION,
        new AmendmentAudit.ResolutionDecided(
            resolution.getId(),
            resolution.getState().name(),
            resolution.getAdoption() == null ? null : resolution.getAdoption().name(),
            languages,
            resolution.getVoteId()));
    changed.fire(new AmendmentsChanged(draftId));
  }

  /** Whether the draft's title and every paragraph are written in {@code language}. */
  private static boolean writtenWhollyIn(
      DraftResolution draft, List<DraftParagraph> paragraphs, DraftLanguage language) {
    return draft.titleAsEntered(language) != null
        && paragraphs.stream().allMatch(p -> p.text(language) != null);
  }

  private static String listed(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
