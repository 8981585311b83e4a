package org.ipu.assembly.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/visa-letters.xhtml}: the requests for a visa-support letter of the current
 * Assembly's approved delegations, pending first; the Secretariat signs each off, then downloads
 * the letter.
 */
@Named
@ViewScoped
public class VisaLettersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisaLetters letters;
  @Inject private LanguageBacking language;

  private List<VisaRequestView> rows;

  /** The requests, pending ones first, each group by delegation as the boundary orders them. */
  public List<VisaRequestView> getRows() {
    if (rows == null) {
      try {
        rows =
            letters.requests().stream()
                .map(r -> VisaRequestView.of(r, language.getCurrent()))
                .sorted(java.util.Comparator.comparing(VisaRequestView::signed))
                .toList();
      } catch (AssemblyException refused) {
        language.refuse(refused);
        rows = List.of();
      }
    }
    return rows;
  }

  /** Signs the participant's letter off. */
  public void signOff(long participantId) {
    try {
      VisaRequestView signed =
          VisaRequestView.of(letters.signOff(participantId), language.getCurrent());
      language.inform("visa-letters.signed", signed.name());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    rows = null;
  }

  /** When and by whom, in the page's language. */
  public String signedOff(VisaRequestView row) {
    return row.signedAt() == null
        ? ""
        : language
            .getCurrent()
            .text(
                "visa-letters.signed-by",
                row.signedBy(),
                java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.MEDIUM)
                    .withLocale(language.getLocale())
                    .format(row.signedAt()));
  }
}
