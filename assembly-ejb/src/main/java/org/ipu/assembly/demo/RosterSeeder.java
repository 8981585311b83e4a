package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The roster's demo data: the 152nd Assembly (Geneva, current) and the parliaments of {@code
 * demo/parliaments.csv} (approximate populations, geopolitical groups, Associate Members,
 * observers, three Members marked suspended for the demo only), each with its membership.
 */
@Dependent
public class RosterSeeder implements DemoSeeder {

  @PersistenceContext private EntityManager em;

  @Override
  public int order() {
    return 100;
  }

  @Override
  public void seed() {
    AssemblySession session =
        new AssemblySession(
            152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 15));
    session.nameCity("Genève", "Ginebra", "جنيف");
    session.makeCurrent();
    em.persist(session);
    try (InputStream in = RosterSeeder.class.getResourceAsStream("/demo/parliaments.csv");
        CSVParser rows =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord row : rows) {
        String code = row.get("code");
        Parliament parliament =
            code.isEmpty()
                ? Parliament.ofBody(
                    Map.of(
                        "en", row.get("name_en"),
                        "fr", row.get("name_fr"),
                        "es", row.get("name_es"),
                        "ar", row.get("name_ar")))
                : Parliament.ofCountry(code);
        em.persist(parliament);
        Membership membership =
            new Membership(
                session,
                parliament,
                MembershipStatus.valueOf(row.get("status")),
                Boolean.parseBoolean(row.get("suspended")),
                Long.parseLong(row.get("population")));
        membership.placeIn(groups(row.get("groups")));
        em.persist(membership);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<GeoGroup> groups(String field) {
    if (field.isBlank()) {
      return EnumSet.noneOf(GeoGroup.class);
    }
    return Arrays.stream(field.split("\\|"))
        .map(GeoGroup::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(GeoGroup.class)));
  }
}
