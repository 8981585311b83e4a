package org.ipu.assembly.web.accreditation;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.accreditation.boundary.BadgeCard;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.platform.documents.QrCode;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Badges as the template {@code badge.ftlx} prints them, in the language of the print run: the
 * category on a band of its colour, the Assembly, the photo, the name, the delegation (the
 * country's name in that language), "Head of delegation" where so, and the QR code of the badge's
 * token.
 */
public final class BadgeSheet {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(BadgeSheet.class, "badge.ftlx");

  /** Badges per rendered part: the page's progress bar moves on after each part. */
  public static final int PER_PART = 20;

  /** One badge as the template reads it ({@code photo} and {@code qr} are data URIs). */
  public record Badge(
      String category,
      String categoryLabel,
      String givenNames,
      String familyName,
      String delegation,
      boolean head,
      String photo,
      String qr) {}

  private BadgeSheet() {}

  /** The models of the document's parts, {@value #PER_PART} badges each. */
  public static List<Map<String, Object>> parts(
      List<BadgeCard> cards, String assembly, Language language) {
    Map<String, String> texts = Map.of("badge.head", language.text("badge.head"));
    List<Map<String, Object>> parts = new ArrayList<>();
    for (int from = 0; from < cards.size(); from += PER_PART) {
      List<Badge> badges = new ArrayList<>();
      for (BadgeCard card : cards.subList(from, Math.min(cards.size(), from + PER_PART))) {
        badges.add(badge(card, language));
      }
      Map<String, Object> model = new HashMap<>();
      model.put("title", language.text("badge.title"));
      model.put("assembly", assembly);
      model.put("badges", badges);
      model.put("t", texts);
      parts.add(model);
    }
    return parts;
  }

  static Badge badge(BadgeCard card, Language language) {
    String given =
        card.title() == null || card.title().isBlank()
            ? card.givenNames()
            : card.title() + " " + card.givenNames();
    return new Badge(
        card.category().name(),
        language.text("ParticipantCategory." + card.category().name()),
        given,
        card.familyName(),
        card.parliament().name(language.locale()),
        card.head(),
        card.photo() == null
            ? ""
            : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(card.photo()),
        QrCode.dataUri(card.token()));
  }
}
