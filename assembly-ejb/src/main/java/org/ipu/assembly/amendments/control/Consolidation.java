package org.ipu.assembly.amendments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.amendments.control.Views.ListedParagraph;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Conflicts;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphNumber;
import org.ipu.assembly.amendments.rules.VotingOrder;

/**
 * The committee's consolidated list of a draft: every amendment tabled, grouped by the paragraph it
 * amends (or follows) in the order of the draft, each with its conflicts, the amendments identical
 * to it, its place in the voting order (proposed, or as the presiding officer chose), the decision
 * on it and, while undecided, the adopted amendments that make it fall.
 */
@Dependent
public class Consolidation {

  @Inject private Drafts drafts;

  public ConsolidatedList of(
      DraftResolution draft,
      DraftLanguage language,
      Locale locale,
      boolean secretariat,
      Clock clock) {
    List<DraftParagraph> paragraphs = drafts.paragraphs(draft);
    Map<Long, ParagraphNumber> numbers = Drafts.numbers(paragraphs);
    List<Amendment> tabled = drafts.amendments(draft).stream().filter(Amendment::isTabled).toList();
    List<Tabled> rules = new ArrayList<>();
    Map<Long, Amendment> byId = new HashMap<>();
    for (Amendment amendment : tabled) {
      rules.add(new Tabled(amendment.getId(), amendment.language().code(), amendment.change()));
      byId.put(amendment.getId(), amendment);
    }
    List<Long> proposed =
        VotingOrder.proposed(
            paragraphs.stream().map(p -> String.valueOf(p.getId())).toList(), rules);
    List<Long> chosen = draft.votingOrder();
    List<Long> order = chosen.isEmpty() ? proposed : VotingOrder.reordered(proposed, chosen);
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i + 1);
    }
    Map<Long, AmendmentDecision> decisions = drafts.decisions(draft);
    List<Tabled> adopted = new ArrayList<>();
    for (Amendment amendment : tabled) {
      AmendmentDecision decision = decisions.get(amendment.getId());
      if (decision != null && decision.getDecision().adopted()) {
        adopted.add(DecisionRecording.tabled(amendment, decision));
      }
    }
    Map<Long, ListedAmendment> listed = new LinkedHashMap<>();
    for (Tabled one : rules) {
      List<Integer> conflicts = new ArrayList<>();
      List<Integer> identical = new ArrayList<>();
      for (Tabled other : rules) {
        if (Conflicts.conflict(one, other)) {
          conflicts.add(byId.get(other.id()).getNumber());
        } else if (one.id() != other.id() && Conflicts.identical(one, other)) {
          identical.add(byId.get(other.id()).getNumber());
        }
      }
      AmendmentView view = drafts.view(byId.get(one.id()), numbers, locale, secretariat);
      AmendmentDecision decision = decisions.get(one.id());
      List<Integer> fallsBecauseOf = new ArrayList<>();
      if (decision == null) {
        // proposed: an adopted amendment on the same words makes this one impossible
        for (Tabled other : adopted) {
          if (Conflicts.conflict(one, other)) {
            fallsBecauseOf.add(byId.get(other.id()).getNumber());
          }
        }
      }
      listed.put(
          one.id(),
          new ListedAmendment(
              view,
              position.getOrDefault(one.id(), 0),
              conflicts,
              identical,
              decision == null ? null : Drafts.view(decision, List.of()),
              fallsBecauseOf));
    }
    Map<Long, List<ListedAmendment>> byParagraph = new HashMap<>();
    List<ListedAmendment> removed = new ArrayList<>();
    for (Amendment amendment : tabled) {
      ListedAmendment entry = listed.get(amendment.getId());
      if (amendment.getParagraph().isRemoved()) {
        removed.add(entry);
      } else {
        byParagraph
            .computeIfAbsent(amendment.getParagraph().getId(), k -> new ArrayList<>())
            .add(entry);
      }
    }
    List<ListedParagraph> listedParagraphs = new ArrayList<>();
    for (DraftParagraph paragraph : paragraphs) {
      List<ListedAmendment> amendments =
          new ArrayList<>(byParagraph.getOrDefault(paragraph.getId(), List.of()));
      amendments.sort(DOCUMENT_ORDER);
      ParagraphNumber number = numbers.get(paragraph.getId());
      String text = paragraph.text(language);
      listedParagraphs.add(
          new ListedParagraph(
              paragraph.getId(),
              paragraph.getKind().name(),
              number.citation(),
              number.mark(),
              text == null ? paragraph.text(DraftLanguage.EN) : text,
              amendments));
    }
    return new ConsolidatedList(
        drafts.view(draft, language, clock),
        language.code(),
        tabled.size(),
        listedParagraphs,
        removed,
        order.stream().map(id -> byId.get(id).getNumber()).toList(),
        !chosen.isEmpty());
  }

  /** Within a paragraph: deletions of it first, then by the words amended, new paragraphs last. */
  private static final Comparator<ListedAmendment> DOCUMENT_ORDER =
      Comparator.comparingInt((ListedAmendment a) -> rank(a.amendment()))
          .thenComparingInt(a -> a.amendment().from())
          .thenComparingInt(a -> a.amendment().number());

  private static int rank(AmendmentView amendment) {
    return switch (amendment.kind()) {
      case "DELETE_PARAGRAPH" -> 0;
      case "WORDS" -> 1;
      default -> 2;
    };
  }
}
