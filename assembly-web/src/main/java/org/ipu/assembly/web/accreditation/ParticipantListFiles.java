package org.ipu.assembly.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.ipu.assembly.accreditation.boundary.ParticipantList;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The list of participants as a file: PDF, CSV or XLSX, in the language asked for with {@code
 * ?lang=} (en, fr, es, ar), else the client's {@code Accept-Language}, else English.
 */
@ApplicationScoped
public class ParticipantListFiles {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private DocumentRenderer documents;

  /**
   * The listing in the format, as an answer to download.
   *
   * @param format pdf, csv or xlsx (the resources' paths admit no other)
   * @param listing the listing for the language chosen
   */
  Response file(
      String format,
      String lang,
      HttpHeaders headers,
      Function<Language, ParticipantList.Listing> listing) {
    Language language = Language.of(lang, headers);
    ParticipantList.Listing list = listing.apply(language);
    String name = ParticipantListDocument.fileName(list, language) + "." + format;
    Response.ResponseBuilder answer =
        switch (format) {
          case "pdf" ->
              Response.ok(
                  documents.pdf(
                      ParticipantListDocument.TEMPLATE,
                      ParticipantListDocument.model(list, language),
                      language.locale()),
                  "application/pdf");
          case "csv" ->
              Response.ok(
                  ParticipantListDocument.csv(list, language).getBytes(StandardCharsets.UTF_8),
                  "text/csv; charset=UTF-8");
          case "xlsx" -> Response.ok(ParticipantListDocument.xlsx(list, language), XLSX);
          default -> throw new IllegalArgumentException("no such format: " + format);
        };
    return answer
        .header("Content-Language", language.code())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
