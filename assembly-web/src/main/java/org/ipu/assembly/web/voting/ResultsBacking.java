package org.ipu.assembly.web.voting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ipu.assembly.voting.boundary.EmergencySelections;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VotePage;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.ResultsPage;
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

  private VotePage closed;
  private List<EmergencySnapshot> selections;

  /**
   * The page of closed votes asked for ({@code ?page=}, from 0; 20 a page), the latest closed
   * first: never more than a page read, whatever the history. A page number that is not one shows
   * the first.
   */
  public List<Vote> getClosed() {
    return page().votes();
  }

  /** The vote's subject in the page's language where it has one, else in English. */
  public String subject(Vote vote) {
    return vote.subjectIn(language.getCode());
  }

  /** How many closed votes there are. */
  public long getTotal() {
    return page().total();
  }

  /** The page shown, from 0. */
  public int getPage() {
    return page().page().page();
  }

  /** How many pages hold the closed votes. */
  public int getPages() {
    return page().page().pages(page().total());
  }

  private VotePage page() {
    if (closed == null) {
      closed = voting.closed(ResultsPage.of(requestedPage(), ResultsPage.DEFAULT_SIZE));
    }
    return closed;
  }

  private static int requestedPage() {
    String page =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    if (page == null
        || page.isEmpty()
        || page.length() > 6
        || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 0;
    }
    return Integer.parseInt(page);
  }

  /** When a result was voided, to the minute (UTC). */
  public String voidedOn(Vote vote) {
    return VotingTimes.utc(vote.getVoidedAt());
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
