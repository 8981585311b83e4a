package org.ipu.assembly.amendments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.amendments.control.Views.AmendedParagraphView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.TextAsAmended;
import org.ipu.assembly.amendments.rules.TextAsAmended.Decided;
import org.ipu.assembly.amendments.rules.Words;

/**
 * The text of a draft as amended, generated from its text and the decisions recorded at the moment
 * it is asked for (nothing stored): the same decisions give the same text, byte for byte.
 */
@Dependent
public class AmendedText {

  @Inject private Drafts drafts;

  public TextAsAmendedView of(DraftResolution draft, DraftLanguage language) {
    Map<Long, AmendmentDecision> decisions = drafts.decisions(draft);
    List<Decided> decided = new ArrayList<>();
    List<Integer> adopted = new ArrayList<>();
    for (Amendment amendment : drafts.amendments(draft)) {
      if (!amendment.isTabled()) {
        continue;
      }
      AmendmentDecision decision = decisions.get(amendment.getId());
      Tabled tabled =
          new Tabled(amendment.getId(), amendment.language().code(), amendment.change());
      decided.add(
          decision == null
              ? new Decided(amendment.getNumber(), tabled, null, null)
              : new Decided(
                  amendment.getNumber(), tabled, decision.getDecision(), decision.revised()));
      if (decision != null && decision.getDecision().adopted()) {
        adopted.add(amendment.getNumber());
      }
    }
    TextAsAmended.Result result =
        TextAsAmended.of(Drafts.base(drafts.paragraphs(draft), language), language.code(), decided);
    String title = draft.title(language);
    if (result instanceof TextAsAmended.Blocked blocked) {
      return new TextAsAmendedView(
          draft.getId(),
          title,
          language.code(),
          adopted,
          blocked.code(),
          blocked.amendments(),
          List.of());
    }
    List<AmendedParagraphView> paragraphs = new ArrayList<>();
    for (TextAsAmended.Paragraph p : ((TextAsAmended.Generated) result).paragraphs()) {
      paragraphs.add(
          new AmendedParagraphView(
              p.id(),
              p.kind().name(),
              p.state().name(),
              p.number() == null ? "" : p.number().citation(),
              p.number() == null ? "" : p.number().mark(),
              Words.join(p.clean()),
              Drafts.segments(p.segments()),
              p.amendments()));
    }
    return new TextAsAmendedView(
        draft.getId(), title, language.code(), adopted, null, List.of(), paragraphs);
  }
}
