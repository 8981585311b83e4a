package org.ipu.assembly.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.ipu.assembly.web.registration.DelegationBacking;
import org.ipu.assembly.web.roster.ParliamentBacking;

/**
 * The focal point's delegation page ({@code focal/delegation.xhtml}): the visa-support letters of
 * its parliament's approved delegation that the Secretariat has signed off, to download.
 */
@Named
@RequestScoped
public class OwnVisaLettersBacking {

  @Inject private VisaLetters letters;
  @Inject private Accounts accounts;
  @Inject private DelegationBacking delegation;
  @Inject private LanguageBacking language;

  private List<VisaRequestView> signed;

  /** The letters signed off (none if the delegation is not approved or nobody asked). */
  public List<VisaRequestView> getSigned() {
    if (signed == null) {
      try {
        signed =
            letters
                .requestsOf(ParliamentBacking.shown(delegation.getParliament(), accounts))
                .stream()
                .filter(VisaLetters.VisaRequest::signed)
                .map(r -> VisaRequestView.of(r, language.getCurrent()))
                .toList();
      } catch (AssemblyException none) {
        signed = List.of();
      }
    }
    return signed;
  }
}
