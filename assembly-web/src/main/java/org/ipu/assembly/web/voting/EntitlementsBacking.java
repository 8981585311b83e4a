package org.ipu.assembly.web.voting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.rules.Entitlement;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/** {@code secretariat/entitlements.xhtml}: each parliament's votes now, and why. */
@Named
@ViewScoped
public class EntitlementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One parliament's line: name, the rules' breakdown, and the delegates present. */
  public record Row(
      String name,
      String status,
      long population,
      String votingRight,
      int minimum,
      int bonus,
      int sanction,
      int entitlement,
      int present,
      int usable,
      boolean capped)
      implements Serializable {}

  @Inject private PlenaryVoting voting;
  @Inject private LanguageBacking language;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows =
        voting.entitlements().stream()
            .map(
                d -> {
                  Entitlement e = d.entitlement();
                  return new Row(
                      d.membership().getParliament().name(language.getLocale()),
                      d.membership().getStatus().name(),
                      d.membership().getPopulation(),
                      e.votingRight().name(),
                      e.minimumVotes(),
                      e.populationBonus(),
                      e.votesRemovedBySanction(),
                      e.entitlement(),
                      e.delegatesPresent(),
                      e.usableVotes(),
                      e.cappedByPresence());
                })
            .sorted(
                Comparator.comparing(Row::status)
                    .thenComparing(Row::name, Collator.getInstance(language.getLocale())))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public int getTotalEntitlement() {
    return rows.stream().mapToInt(Row::entitlement).sum();
  }

  public int getTotalUsable() {
    return rows.stream().mapToInt(Row::usable).sum();
  }
}
