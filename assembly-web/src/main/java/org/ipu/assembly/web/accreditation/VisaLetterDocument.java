package org.ipu.assembly.web.accreditation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A visa-support letter in the participant's working language ({@code visa-letter.ftlx}): to whom
 * it may concern, the IPU invites the participant, of their parliament's delegation, to the
 * Assembly in its city on its dates; signed off by the Secretariat's officer on the day.
 */
public final class VisaLetterDocument {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(VisaLetterDocument.class, "visa-letter.ftlx");

  private VisaLetterDocument() {}

  /** The language the letter is written in: the participant's working language. */
  static Language language(VisaLetters.VisaLetter letter) {
    return Language.byCode(letter.workingLanguage()).orElse(Language.EN);
  }

  /** The template's model. */
  public static Map<String, Object> model(VisaLetters.VisaLetter letter, Language language) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    AssemblySession assembly = letter.assembly();
    String parliament = letter.parliament().name(language.locale());
    Map<String, Object> model = new HashMap<>();
    model.put("title", language.text("visa-letter.title"));
    model.put("sender", language.text("visa-letter.sender"));
    model.put("date", dates.format(letter.signedAt().toLocalDate()));
    model.put(
        "reference",
        language.text("visa-letter.reference", String.valueOf(letter.participantId())));
    model.put("to", language.text("visa-letter.to"));
    model.put(
        "invitation",
        language.text(
            "visa-letter.invitation",
            letter.participant(),
            parliament,
            String.valueOf(assembly.getNumber()),
            assembly.cityIn(language.code()),
            dates.format(assembly.getOpensOn()),
            dates.format(assembly.getClosesOn())));
    model.put("request", language.text("visa-letter.request", letter.participant()));
    model.put(
        "signed",
        language.text(
            "visa-letter.signed", letter.officer(), dates.format(letter.signedAt().toLocalDate())));
    model.put("participant", letter.participant());
    return model;
  }
}
