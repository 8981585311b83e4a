package org.ipu.assembly.amendments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.CoSponsorView;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.ParagraphView;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.control.Views.SegmentView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.CoSponsor;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.Numbering;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.ParagraphNumber;
import org.ipu.assembly.amendments.rules.Segment;
import org.ipu.assembly.amendments.rules.TrackedChange;
import org.ipu.assembly.amendments.rules.WordDiff;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * Drafts, paragraphs and amendments as stored, found and locked, and as the boundaries hand them
 * out.
 */
@Dependent
public class Drafts {

  @PersistenceContext private EntityManager em;

  /** The draft ({@code draft.not-found} if none). */
  public DraftResolution draft(long id) {
    DraftResolution draft = em.find(DraftResolution.class, id);
    if (draft == null) {
      throw AssemblyException.notFound("draft.not-found", id);
    }
    return draft;
  }

  /**
   * The draft, locked for the transaction: its amendments are numbered and its paragraphs corrected
   * one change at a time.
   */
  public DraftResolution locked(long id) {
    DraftResolution draft = em.find(DraftResolution.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (draft == null) {
      throw AssemblyException.notFound("draft.not-found", id);
    }
    return draft;
  }

  /** The published draft, for Member Parliaments ({@code draft.not-found} while unpublished). */
  public DraftResolution published(long id) {
    DraftResolution draft = draft(id);
    if (!draft.isPublished()) {
      throw AssemblyException.notFound("draft.not-found", id);
    }
    return draft;
  }

  /** The draft as its reader may see it: any for the Secretariat, a published one for others. */
  public DraftResolution readable(long id, boolean secretariat) {
    return secretariat ? draft(id) : published(id);
  }

  /** The paragraphs of the draft in order (removed ones left out). */
  public List<DraftParagraph> paragraphs(DraftResolution draft) {
    return em.createNamedQuery(DraftParagraph.OF_DRAFT, DraftParagraph.class)
        .setParameter("draft", draft)
        .getResultList();
  }

  /** The paragraph of the draft ({@code draft.paragraph-not-found} if none, or removed). */
  public DraftParagraph paragraph(DraftResolution draft, long paragraphId) {
    DraftParagraph paragraph = em.find(DraftParagraph.class, paragraphId);
    if (paragraph == null || !paragraph.getDraft().equals(draft) || paragraph.isRemoved()) {
      throw AssemblyException.notFound("draft.paragraph-not-found", paragraphId);
    }
    return paragraph;
  }

  /** Every amendment of the draft, withdrawn ones included, by number. */
  public List<Amendment> amendments(DraftResolution draft) {
    return em.createNamedQuery(Amendment.OF_DRAFT, Amendment.class)
        .setParameter("draft", draft)
        .getResultList();
  }

  /** The amendments tabled (not withdrawn) to a paragraph. */
  public List<Amendment> tabledOn(DraftParagraph paragraph) {
    return em.createNamedQuery(Amendment.OF_PARAGRAPH, Amendment.class)
        .setParameter("paragraph", paragraph)
        .setParameter("state", Amendment.State.TABLED)
        .getResultList();
  }

  /** The decisions recorded on the draft's amendments, by amendment id. */
  public Map<Long, AmendmentDecision> decisions(DraftResolution draft) {
    Map<Long, AmendmentDecision> byAmendment = new HashMap<>();
    em.createNamedQuery(AmendmentDecision.OF_DRAFT, AmendmentDecision.class)
        .setParameter("draft", draft)
        .getResultList()
        .forEach(d -> byAmendment.put(d.getAmendment().getId(), d));
    return byAmendment;
  }

  /** A decision as handed out; {@code proposedToFall} the numbers an adopted one makes fall. */
  public static DecisionView view(AmendmentDecision decision, List<Integer> proposedToFall) {
    return new DecisionView(
        decision.getAmendment().getId(),
        decision.getAmendment().getNumber(),
        decision.getVersion(),
        decision.getDecision().name(),
        decision.getRevisedWords(),
        decision.getOther() == null ? null : decision.getOther().getNumber(),
        decision.getSource().name(),
        decision.getDecidedAt().toInstant(java.time.ZoneOffset.UTC),
        decision.getDecidedBy(),
        proposedToFall);
  }

  public Amendment amendment(long id) {
    Amendment amendment = em.find(Amendment.class, id);
    if (amendment == null) {
      throw AssemblyException.notFound("amendment.not-found", id);
    }
    return amendment;
  }

  /** The next number in the draft's list (the draft locked). */
  public int nextNumber(DraftResolution draft) {
    Integer last =
        em.createNamedQuery(Amendment.LAST_NUMBER, Integer.class)
            .setParameter("draft", draft)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /** Refuses with {@code <what>.changed-meanwhile} unless {@code read} is the entity's version. */
  public static void requireVersion(VersionedEntity entity, Long read, String what) {
    if (read == null || read != entity.getVersion()) {
      throw AssemblyException.conflict(what + ".changed-meanwhile");
    }
  }

  /**
   * The draft's text in a language as the rules see it (paragraphs with no text in it left out).
   */
  public static List<BaseParagraph> base(List<DraftParagraph> paragraphs, DraftLanguage language) {
    List<BaseParagraph> base = new ArrayList<>();
    for (DraftParagraph paragraph : paragraphs) {
      if (paragraph.text(language) != null) {
        base.add(paragraph.base(language));
      }
    }
    return base;
  }

  /** The paragraphs' numbers today, by paragraph id. */
  public static Map<Long, ParagraphNumber> numbers(List<DraftParagraph> paragraphs) {
    List<ParagraphNumber> numbers =
        Numbering.of(paragraphs.stream().map(DraftParagraph::getKind).toList());
    Map<Long, ParagraphNumber> byId = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      byId.put(paragraphs.get(i).getId(), numbers.get(i));
    }
    return byId;
  }

  /** Refuses an order of paragraphs that is not a resolution's (preamble after operative...). */
  public static void requireOrder(List<ParagraphKind> kinds) {
    String problem = Numbering.problem(kinds);
    if (problem != null) {
      throw AssemblyException.invalid(problem);
    }
  }

  public DraftView view(DraftResolution draft, DraftLanguage language, Clock clock) {
    List<DraftParagraph> paragraphs = paragraphs(draft);
    Map<Long, ParagraphNumber> numbers = numbers(paragraphs);
    int amendments = (int) amendments(draft).stream().filter(Amendment::isTabled).count();
    return new DraftView(
        draft.getId(),
        draft.getVersion(),
        draft.getCommittee().name(),
        draft.title(language),
        draft.titleAsEntered(DraftLanguage.EN),
        draft.titleAsEntered(DraftLanguage.FR),
        draft.titleAsEntered(DraftLanguage.ES),
        draft.titleAsEntered(DraftLanguage.AR),
        draft.getCoRapporteurs(),
        draft.deadline().closes(),
        draft.deadline().zone().getId(),
        draft.deadline().announced().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        draft.deadline().open(clock),
        draft.getState().name(),
        draft.getEdition(),
        amendments,
        paragraphs.stream().map(p -> paragraphView(p, numbers.get(p.getId()))).toList());
  }

  public static ParagraphView paragraphView(DraftParagraph p, ParagraphNumber number) {
    return new ParagraphView(
        p.getId(),
        p.getVersion(),
        p.getKind().name(),
        number.citation(),
        number.mark(),
        p.text(DraftLanguage.EN),
        p.text(DraftLanguage.FR),
        p.text(DraftLanguage.ES),
        p.text(DraftLanguage.AR),
        p.revision(DraftLanguage.EN),
        p.revision(DraftLanguage.FR),
        p.revision(DraftLanguage.ES),
        p.revision(DraftLanguage.AR));
  }

  /**
   * An amendment as handed out; {@code names} gives parliaments' names by id, {@code secretariat}
   * whether the reader may see who entered it.
   */
  public AmendmentView view(
      Amendment amendment, Map<Long, ParagraphNumber> numbers, Locale locale, boolean secretariat) {
    DraftParagraph paragraph = amendment.getParagraph();
    DraftLanguage language = amendment.language();
    Change change = amendment.change();
    List<String> base = Words.of(amendment.getBaseText());
    List<Segment> tracked =
        switch (amendment.getKind()) {
          case WORDS -> TrackedChange.of(base, (Change.WordChange) change);
          case NEW_PARAGRAPH ->
              List.of(new Segment(Segment.Kind.INSERTED, ((Change.NewParagraph) change).words()));
          case DELETE_PARAGRAPH -> List.of(new Segment(Segment.Kind.DELETED, base));
        };
    List<Segment> correction =
        amendment.isNeedsReview() && !paragraph.isRemoved() && paragraph.text(language) != null
            ? WordDiff.between(base, Words.of(paragraph.text(language)))
            : List.of();
    ParagraphNumber number = numbers.get(paragraph.getId());
    int from = 0;
    int to = 0;
    String original = "";
    String text = "";
    String newKind = null;
    if (change instanceof Change.WordChange words) {
      from = words.from();
      to = words.to();
      original = Words.join(words.expected());
      text = Words.join(words.replacement());
    } else if (change instanceof Change.NewParagraph added) {
      text = Words.join(added.words());
      newKind = added.kind().name();
    } else {
      original = Words.join(((Change.ParagraphDeletion) change).expected());
    }
    return new AmendmentView(
        amendment.getId(),
        amendment.getVersion(),
        amendment.getDraft().getId(),
        amendment.getNumber(),
        name(amendment.getSponsor(), locale),
        amendment.getCoSponsors().stream().map(c -> coSponsor(c, locale)).toList(),
        language.code(),
        amendment.getKind().name(),
        paragraph.getId(),
        number == null ? "" : number.citation(),
        change.version(),
        from,
        to,
        original,
        text,
        newKind,
        amendment.getJustification(),
        amendment.getState().name(),
        amendment.isLate(),
        amendment.isNeedsReview(),
        segments(tracked),
        segments(correction),
        amendment.getTabledAt().toInstant(java.time.ZoneOffset.UTC),
        secretariat ? amendment.getTabledBy() : null);
  }

  /** A change to a paragraph that read {@code base}, as a tracked change. */
  public static List<Segment> tracked(List<String> base, Change change) {
    if (change instanceof Change.WordChange words) {
      return TrackedChange.of(base, words);
    }
    if (change instanceof Change.NewParagraph added) {
      return List.of(new Segment(Segment.Kind.INSERTED, added.words()));
    }
    return List.of(new Segment(Segment.Kind.DELETED, base));
  }

  public static List<SegmentView> segments(List<Segment> segments) {
    return segments.stream().map(s -> new SegmentView(s.kind().name(), s.text())).toList();
  }

  public static ParliamentName name(Parliament parliament, Locale locale) {
    return new ParliamentName(
        parliament.getId(), parliament.getCountryCode(), parliament.name(locale));
  }

  private CoSponsorView coSponsor(CoSponsor coSponsor, Locale locale) {
    Parliament parliament = em.find(Parliament.class, coSponsor.getParliamentId());
    return new CoSponsorView(
        parliament.getId(),
        parliament.getCountryCode(),
        parliament.name(locale),
        coSponsor.isConfirmed());
  }
}
