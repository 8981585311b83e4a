package org.ipu.assembly.web.platform.rest;

import jakarta.ws.rs.core.Response;
import org.ipu.assembly.web.platform.i18n.Language;

/** A PDF the API answers with: shown in the browser, named after what it is and its language. */
public final class PdfAnswer {

  private PdfAnswer() {}

  /** The PDF, in {@code language}, to be saved as {@code <name>-<language>.pdf}. */
  public static Response of(byte[] pdf, Language language, String name) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Language", language.code())
        .header(
            "Content-Disposition", "inline; filename=\"" + name + "-" + language.code() + ".pdf\"")
        .build();
  }
}
