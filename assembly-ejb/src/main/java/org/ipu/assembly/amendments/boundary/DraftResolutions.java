package org.ipu.assembly.amendments.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.amendments.control.AmendmentAudit;
import org.ipu.assembly.amendments.control.AmendmentsChanged;
import org.ipu.assembly.amendments.control.Drafts;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Deadline;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.DraftSplitter;
import org.ipu.assembly.amendments.rules.DraftSplitter.Split;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Rebasing;
import org.ipu.assembly.amendments.rules.TextLimits;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * Draft resolutions at the current Assembly. The Secretariat creates a draft from pasted text
 * (split into paragraphs), corrects it paragraph by paragraph, publishes it and chooses the voting
 * order; everyone signed in reads a published draft. A correction of a published paragraph carries
 * each amendment whose words it did not touch to the new text and marks the others as needing
 * review, never moving them by guess. Every change is audited on the draft's chain and announced on
 * the amendments channel after it commits.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed(SECRETARIAT)
public class DraftResolutions {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @Inject private Drafts drafts;
  @Inject private Roster roster;
  @Inject private AssemblySettings settings;
  @Inject private AuditTrail trail;
  @Inject private Event<AmendmentsChanged> changed;
  @Inject private Clock clock;

  /** The drafts of the current Assembly: all for the Secretariat, the published ones for others. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public List<DraftView> all(String language) {
    AssemblySession session = roster.requireCurrentSession();
    boolean secretariat = context.isCallerInRole(SECRETARIAT);
    return em
        .createNamedQuery(DraftResolution.OF_SESSION, DraftResolution.class)
        .setParameter("session", session)
        .getResultList()
        .stream()
        .filter(d -> secretariat || d.isPublished())
        .map(d -> drafts.view(d, language(language), clock))
        .toList();
  }

  /** A draft: any for the Secretariat, a published one for others ({@code draft.not-found}). */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public DraftView draft(long id, String language) {
    DraftResolution draft =
        context.isCallerInRole(SECRETARIAT) ? drafts.draft(id) : drafts.published(id);
    return drafts.view(draft, language(language), clock);
  }

  /** Creates a draft from pasted text, split into paragraphs; not published yet. */
  public DraftView create(DraftInput input) {
    if (input == null || input.committee() == null) {
      throw AssemblyException.invalid("draft.committee.required");
    }
    AssemblySession session = roster.requireCurrentSession();
    DraftResolution draft = new DraftResolution(session, input.committee());
    draft.describe(
        title(input.titleEn(), true),
        title(input.titleFr(), true),
        title(input.titleEs(), false),
        title(input.titleAr(), false),
        coRapporteurs(input.coRapporteurs()),
        deadline(session, input.deadline(), input.timeZone()));
    Map<DraftLanguage, List<Split>> texts = new HashMap<>();
    texts.put(DraftLanguage.EN, split(input.textEn(), true));
    texts.put(DraftLanguage.FR, split(input.textFr(), true));
    texts.put(DraftLanguage.ES, split(input.textEs(), false));
    texts.put(DraftLanguage.AR, split(input.textAr(), false));
    List<Split> english = texts.get(DraftLanguage.EN);
    for (DraftLanguage language : DraftLanguage.values()) {
      List<Split> other = texts.get(language);
      if (!other.isEmpty() && !kinds(other).equals(kinds(english))) {
        throw AssemblyException.invalid(
            "draft.languages-differ", language.code(), english.size(), other.size());
      }
    }
    Drafts.requireOrder(kinds(english));
    em.persist(draft);
    for (int i = 0; i < english.size(); i++) {
      DraftParagraph paragraph =
          new DraftParagraph(
              draft,
              i,
              english.get(i).kind(),
              english.get(i).text(),
              texts.get(DraftLanguage.FR).get(i).text());
      for (DraftLanguage optional : List.of(DraftLanguage.ES, DraftLanguage.AR)) {
        if (!texts.get(optional).isEmpty()) {
          paragraph.write(optional, texts.get(optional).get(i).text());
        }
      }
      em.persist(paragraph);
    }
    em.flush();
    trail.append(
        AmendmentAudit.subject(draft.getId()),
        AmendmentAudit.DRAFT_CREATED,
        new AmendmentAudit.DraftCreated(draft.getCommittee().name(), english.size()));
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /** Changes the titles, co-rapporteurs and deadline (moving the deadline is audited). */
  public DraftView describe(long id, DraftDescription input) {
    DraftResolution draft = drafts.locked(id);
    Drafts.requireVersion(draft, input.version(), "draft");
    draft.describe(
        title(input.titleEn(), true),
        title(input.titleFr(), true),
        title(input.titleEs(), false),
        title(input.titleAr(), false),
        coRapporteurs(input.coRapporteurs()),
        deadline(draft.getSession(), input.deadline(), input.timeZone()));
    em.flush();
    audit(draft, "described");
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /** Publishes the draft: Member Parliaments read it and table amendments until the deadline. */
  public DraftView publish(long id, Long version) {
    DraftResolution draft = drafts.locked(id);
    Drafts.requireVersion(draft, version, "draft");
    if (draft.isPublished()) {
      throw AssemblyException.conflict("draft.published");
    }
    if (drafts.paragraphs(draft).isEmpty()) {
      throw AssemblyException.invalid("draft.text.empty");
    }
    draft.publish(Timestamps.now(clock));
    em.flush();
    audit(draft, "published");
    changed.fire(new AmendmentsChanged(id));
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /** Adds a paragraph after another (or first). */
  public DraftView addParagraph(long id, ParagraphInput input) {
    DraftResolution draft = drafts.locked(id);
    ParagraphKind kind = kind(input.kind());
    List<DraftParagraph> paragraphs = new ArrayList<>(drafts.paragraphs(draft));
    int at = 0;
    if (input.after() != null) {
      at = paragraphs.indexOf(drafts.paragraph(draft, input.after())) + 1;
    }
    DraftParagraph paragraph =
        new DraftParagraph(
            draft, at, kind, paragraphText(input.en(), true), paragraphText(input.fr(), true));
    paragraph.write(DraftLanguage.ES, paragraphText(input.es(), false));
    paragraph.write(DraftLanguage.AR, paragraphText(input.ar(), false));
    paragraphs.add(at, paragraph);
    Drafts.requireOrder(paragraphs.stream().map(DraftParagraph::getKind).toList());
    em.persist(paragraph);
    renumber(paragraphs);
    draft.corrected();
    em.flush();
    trail.append(
        AmendmentAudit.subject(id),
        AmendmentAudit.PARAGRAPH_CHANGED,
        new AmendmentAudit.ParagraphChanged(
            paragraph.getId(), "added", List.of(), List.of(), List.of()));
    changed.fire(new AmendmentsChanged(id));
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /**
   * Corrects a paragraph (its kind, its text in each language). On a published draft, each
   * amendment to a corrected text whose words the correction left alone follows them to the new
   * revision; the others are marked as needing review, with the correction shown.
   */
  public DraftView correct(long id, long paragraphId, ParagraphInput input) {
    DraftResolution draft = drafts.locked(id);
    DraftParagraph paragraph = drafts.paragraph(draft, paragraphId);
    Drafts.requireVersion(paragraph, input.version(), "draft.paragraph");
    ParagraphKind kind = kind(input.kind());
    List<DraftParagraph> paragraphs = drafts.paragraphs(draft);
    List<ParagraphKind> kinds = new ArrayList<>();
    for (DraftParagraph p : paragraphs) {
      kinds.add(p.equals(paragraph) ? kind : p.getKind());
    }
    Drafts.requireOrder(kinds);
    boolean kindChanged = kind != paragraph.getKind();
    paragraph.moveTo(paragraph.getPosition(), kind);
    List<String> languages = new ArrayList<>();
    write(paragraph, DraftLanguage.EN, paragraphText(input.en(), true), languages);
    write(paragraph, DraftLanguage.FR, paragraphText(input.fr(), true), languages);
    write(paragraph, DraftLanguage.ES, paragraphText(input.es(), false), languages);
    write(paragraph, DraftLanguage.AR, paragraphText(input.ar(), false), languages);
    List<Integer> carried = new ArrayList<>();
    List<Integer> review = new ArrayList<>();
    for (Amendment amendment : drafts.tabledOn(paragraph)) {
      DraftLanguage language = amendment.language();
      if (!languages.contains(language.code()) || amendment.isNeedsReview()) {
        continue;
      }
      String now = paragraph.text(language);
      if (now == null) {
        amendment.markForReview();
        review.add(amendment.getNumber());
        continue;
      }
      Rebasing.Rebased rebased =
          Rebasing.rebase(
              Words.of(amendment.getBaseText()),
              Words.of(now),
              paragraph.revision(language),
              amendment.change());
      if (rebased instanceof Rebasing.Kept kept) {
        amendment.carriedTo(kept.change(), now);
        carried.add(amendment.getNumber());
      } else {
        amendment.markForReview();
        review.add(amendment.getNumber());
      }
    }
    if (!languages.isEmpty() || kindChanged) {
      draft.corrected();
    }
    em.flush();
    trail.append(
        AmendmentAudit.subject(id),
        AmendmentAudit.PARAGRAPH_CHANGED,
        new AmendmentAudit.ParagraphChanged(paragraphId, "corrected", languages, carried, review));
    changed.fire(new AmendmentsChanged(id));
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /** Removes a paragraph: the amendments to it are marked as needing review. */
  public DraftView removeParagraph(long id, long paragraphId, Long version) {
    DraftResolution draft = drafts.locked(id);
    DraftParagraph paragraph = drafts.paragraph(draft, paragraphId);
    Drafts.requireVersion(paragraph, version, "draft.paragraph");
    List<DraftParagraph> paragraphs = new ArrayList<>(drafts.paragraphs(draft));
    paragraphs.remove(paragraph);
    Drafts.requireOrder(paragraphs.stream().map(DraftParagraph::getKind).toList());
    List<Integer> review = new ArrayList<>();
    for (Amendment amendment : drafts.tabledOn(paragraph)) {
      if (!(amendment.change() instanceof Change.NewParagraph)) {
        amendment.markForReview();
        review.add(amendment.getNumber());
      }
    }
    paragraph.remove();
    renumber(paragraphs);
    draft.corrected();
    em.flush();
    trail.append(
        AmendmentAudit.subject(id),
        AmendmentAudit.PARAGRAPH_CHANGED,
        new AmendmentAudit.ParagraphChanged(paragraphId, "removed", List.of(), List.of(), review));
    changed.fire(new AmendmentsChanged(id));
    return drafts.view(draft, DraftLanguage.EN, clock);
  }

  /** Where the paragraph's texts changed, it says so in {@code languages}. */
  private static void write(
      DraftParagraph paragraph, DraftLanguage language, String text, List<String> languages) {
    if (paragraph.write(language, text)) {
      languages.add(language.code());
    }
  }

  private static void renumber(List<DraftParagraph> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      paragraphs.get(i).moveTo(i, paragraphs.get(i).getKind());
    }
  }

  private void audit(DraftResolution draft, String change) {
    trail.append(
        AmendmentAudit.subject(draft.getId()),
        AmendmentAudit.DRAFT_CHANGED,
        new AmendmentAudit.DraftChanged(
            change, draft.getEdition(), draft.deadline().announced().toString()));
  }

  static DraftLanguage language(String code) {
    return DraftLanguage.of(code).orElse(DraftLanguage.EN);
  }

  private static String title(String text, boolean required) {
    String problem = TextLimits.problem("draft.title", text, TextLimits.TITLE, required);
    if (problem != null) {
      throw AssemblyException.invalid(problem, TextLimits.TITLE);
    }
    return text == null || text.isBlank() ? null : Words.normalise(text);
  }

  private static String coRapporteurs(String text) {
    String problem = TextLimits.problem("draft.co-rapporteurs", text, TextLimits.TITLE, true);
    if (problem != null) {
      throw AssemblyException.invalid(problem, TextLimits.TITLE);
    }
    return Words.normalise(text);
  }

  private static String paragraphText(String text, boolean required) {
    String problem = TextLimits.problem("draft.paragraph", text, TextLimits.PARAGRAPH, required);
    if (problem != null) {
      throw AssemblyException.invalid(problem, TextLimits.PARAGRAPH);
    }
    return text == null || text.isBlank() ? null : Words.normalise(text);
  }

  private static ParagraphKind kind(String kind) {
    try {
      return ParagraphKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException unknown) {
      throw AssemblyException.invalid("draft.paragraph.kind");
    }
  }

  private static List<Split> split(String pasted, boolean required) {
    String problem = TextLimits.problemMultiline("draft.text", pasted, TextLimits.PASTED, required);
    if (problem != null) {
      throw AssemblyException.invalid(problem, TextLimits.PASTED);
    }
    List<Split> paragraphs = DraftSplitter.split(pasted);
    if (paragraphs.size() > TextLimits.PARAGRAPHS) {
      throw AssemblyException.invalid("draft.text.too-many", TextLimits.PARAGRAPHS);
    }
    for (Split paragraph : paragraphs) {
      if (paragraph.text().length() > TextLimits.PARAGRAPH) {
        throw AssemblyException.invalid("draft.paragraph.too-long", TextLimits.PARAGRAPH);
      }
    }
    return paragraphs;
  }

  private static List<ParagraphKind> kinds(List<Split> paragraphs) {
    return paragraphs.stream().map(Split::kind).toList();
  }

  private Deadline deadline(AssemblySession session, Instant deadline, String timeZone) {
    ZoneId zone;
    try {
      zone = timeZone == null || timeZone.isBlank() ? session.getZone() : ZoneId.of(timeZone);
    } catch (DateTimeException unknown) {
      throw AssemblyException.invalid("draft.time-zone.invalid");
    }
    if (deadline != null) {
      return new Deadline(deadline, zone);
    }
    return new Deadline(
        session
            .getOpensOn()
            .atStartOfDay(zone)
            .minus(settings.values(session.getId()).get(Setting.AMENDMENTS_DEADLINE))
            .toInstant(),
        zone);
  }
}
