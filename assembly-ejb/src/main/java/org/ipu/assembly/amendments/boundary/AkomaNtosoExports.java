package org.ipu.assembly.amendments.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.amendments.control.AkomaNtoso;
import org.ipu.assembly.amendments.control.Consolidation;
import org.ipu.assembly.amendments.control.Drafts;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.amendments.control.Views.ListedParagraph;
import org.ipu.assembly.amendments.control.Views.ParagraphView;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * A draft resolution and its amendments in Akoma Ntoso 3.0 ({@link AkomaNtoso}), read from the
 * consolidated list: the draft as a {@code statement}, the amendments tabled as an {@code
 * amendmentList} in the list's order. In English or French, or in Spanish or Arabic when the whole
 * draft (title and every paragraph) is written in it ({@code akn.language.missing} otherwise).
 * Whoever reads the consolidated list reads these; only the Secretariat an unpublished draft.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class AkomaNtosoExports {

  @Inject private Accounts accounts;
  @Inject private Drafts drafts;
  @Inject private Consolidation consolidation;
  @Inject private Clock clock;

  /** The draft as a {@code statement}, in {@code language} (en, fr, es, ar). */
  public byte[] statement(long draftId, String language) {
    Export export = export(draftId, language);
    return AkomaNtoso.statement(export.work(), export.text());
  }

  /** The amendments tabled to the draft as an {@code amendmentList}, in {@code language}. */
  public byte[] amendmentList(long draftId, String language) {
    Export export = export(draftId, language);
    List<AmendmentView> amendments = new ArrayList<>();
    for (ListedParagraph paragraph : export.list().paragraphs()) {
      paragraph.amendments().stream().map(ListedAmendment::amendment).forEach(amendments::add);
    }
    export.list().removedParagraphs().stream()
        .map(ListedAmendment::amendment)
        .forEach(amendments::add);
    return AkomaNtoso.amendmentList(export.work(), export.text(), amendments);
  }

  private record Export(AkomaNtoso.Work work, AkomaNtoso.Text text, ConsolidatedList list) {}

  private Export export(long draftId, String code) {
    DraftLanguage language =
        DraftLanguage.of(code == null ? "" : code)
            .orElseThrow(() -> AssemblyException.invalid("akn.language.invalid"));
    boolean secretariat = accounts.caller().getRole() == Role.SECRETARIAT;
    DraftResolution draft = secretariat ? drafts.draft(draftId) : drafts.published(draftId);
    ConsolidatedList list =
        consolidation.of(
            draft, language, Locale.forLanguageTag(language.code()), secretariat, clock);
    if (!language.official() && !writtenIn(draft, list, language)) {
      throw AssemblyException.invalid("akn.language.missing");
    }
    List<AkomaNtoso.Paragraph> paragraphs =
        list.paragraphs().stream()
            .map(
                p ->
                    new AkomaNtoso.Paragraph(
                        p.paragraphId(), ParagraphKind.valueOf(p.kind()), p.text()))
            .toList();
    return new Export(
        work(draft), new AkomaNtoso.Text(language.code(), list.draft().title(), paragraphs), list);
  }

  private static boolean writtenIn(
      DraftResolution draft, ConsolidatedList list, DraftLanguage language) {
    if (draft.titleAsEntered(language) == null) {
      return false;
    }
    for (ParagraphView paragraph : list.draft().paragraphs()) {
      String text = language == DraftLanguage.ES ? paragraph.es() : paragraph.ar();
      if (text == null || text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Named by its Assembly, committee, id and edition; dated by its publication (else the opening).
   */
  private static AkomaNtoso.Work work(DraftResolution draft) {
    AssemblySession session = draft.getSession();
    Instant published = draft.getPublishedAt();
    LocalDate date =
        published == null
            ? session.getOpensOn()
            : published.atZone(session.getZone()).toLocalDate();
    return new AkomaNtoso.Work(
        session.getNumber(),
        draft.getCommittee().name(),
        draft.getId(),
        draft.getEdition(),
        date,
        session.getZone(),
        "draftResolution");
  }
}
