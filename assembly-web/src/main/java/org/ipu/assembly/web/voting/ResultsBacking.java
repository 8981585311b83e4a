package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ipu.assembly.voting.boundary.EmergencySelections;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code hall/results.xhtml}: every closed vote of the current Assembly, newest first, and every
 * closed selection of the emergency item with its arithmetic in words.
 */
@Named
@RequestScoped
public class ResultsBacking {

  @Inject private PlenaryVoting voting;
  @Inject private EmergencySelections emergencies;
  @Inject private LanguageBacking language;

  private List<Vote> closed;
  private List<EmergencySnapshot> selections;

  public List<Vote> getClosed() {
    if (closed == null) {
      closed = voting.votes().stream().filter(v -> v.getState() == VoteState.CLOSED).toList();
    }
    return closed;
  }

  /** The closed selections of the emergency item, newest first. */
  public List<EmergencySnapshot> getSelections() {
    if (selections == null) {
      selections = emergencies.all().stream().filter(s -> s.state() == VoteState.CLOSED).toList();
    }
    return selections;
  }

  /** The selection's arithmetic in words, in the page's language. */
  public String arithmetic(EmergencySnapshot selection) {
    return EmergencyTexts.sentence(selection, language.getCurrent());
  }
}
