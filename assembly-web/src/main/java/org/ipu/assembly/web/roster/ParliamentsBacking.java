package org.ipu.assembly.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/** {@code secretariat/parliaments.xhtml}: the parliaments of the current Assembly. */
@Named
@ViewScoped
public class ParliamentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One row of the table, with the name already in the page's language (for sorting and filtering).
   */
  public record Row(
      long id,
      String countryCode,
      String name,
      MembershipStatus status,
      boolean suspended,
      long population,
      List<String> groups)
      implements Serializable {}

  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private List<Row> rows;
  private final Map<MembershipStatus, Long> counts = new EnumMap<>(MembershipStatus.class);
  private long suspended;

  @PostConstruct
  public void load() {
    counts.clear();
    rows =
        roster.currentMemberships().stream()
            .map(
                m ->
                    new Row(
                        m.getParliament().getId(),
                        m.getParliament().getCountryCode(),
                        m.getParliament().name(language.getLocale()),
                        m.getStatus(),
                        m.isSuspended(),
                        m.getPopulation(),
                        m.getGroups().stream().map(Enum::name).sorted().toList()))
            .sorted(
                Comparator.comparing(Row::status)
                    .thenComparing(Row::name, Collator.getInstance(language.getLocale())))
            .toList();
    rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
    suspended = rows.stream().filter(Row::suspended).count();
  }

  public List<Row> getRows() {
    return rows;
  }

  public long count(MembershipStatus status) {
    return counts.getOrDefault(status, 0L);
  }

  public long getSuspended() {
    return suspended;
  }

  public MembershipStatus[] getStatuses() {
    return MembershipStatus.values();
  }
}
