package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.ipu.assembly.devdb.EmbeddedDatabase;
import org.ipu.assembly.platform.audit.AuditFindings;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditRecord;
import org.ipu.assembly.platform.audit.AuditReport;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.platform.audit.ChainVerifier;
import org.ipu.assembly.voting.control.VoteAuditEntries;
import org.junit.jupiter.api.Test;

/**
 * The votes' old audit chains (V3, {@code k=v|k=v}) are carried over to the platform trail: an
 * intact trail verifies there, poisoned keys included, and a tampered one is still reported.
 */
class CarryVoteAuditOverTest {

  static final LocalDateTime AT = LocalDateTime.of(2025, 10, 1, 9, 30, 0, 120_000_000);

  @Test
  void anIntactTrailVerifiesAfterTheCarryOverAndATamperedOneIsStillReported() throws Exception {
    Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
    Path folder = Files.createTempDirectory(target, "flyway-db");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0, "assembly")) {
      Flyway.configure()
          .dataSource(db.jdbcUrl(), "assembly", "test-password")
          .locations("classpath:db/migration")
          .target("3")
          .load()
          .migrate();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "assembly", "test-password")) {
        oldTrail(c);
      }
      Flyway.configure()
          .dataSource(db.jdbcUrl(), "assembly", "test-password")
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "assembly", "test-password")) {
        List<AuditRecord> records = records(c);
        Map<String, List<AuditHead>> heads = heads(c);
        AuditFindings findings = new AuditFindings();
        var chains = ChainVerifier.verify(records, heads, findings);

        assertThat(findings.problems())
            .extracting(AuditReport.Problem::subject)
            .isNotEmpty()
            .allMatch(s -> s.startsWith("vote:2"));
        assertThat(findings.problems())
            .extracting(AuditReport.Problem::code)
            .contains("audit.broken-link");
        AuditSubject fr = VoteAuditEntries.delegation(1, 1);
        assertThat(chains.chain(fr).get(0).payload(VoteAuditEntries.BALLOT).orElseThrow().key())
            .isEqualTo("k1|yes=999|no=0");
        assertThat(chains.chain(VoteAuditEntries.vote(1)).get(0).payload(VoteAuditEntries.CREATED))
            .hasValueSatisfying(p -> assertThat(p.subject()).isEqualTo("A|b=c \"é\"\nمرحبا"));
        var closed =
            chains
                .chain(VoteAuditEntries.vote(1))
                .get(2)
                .payload(VoteAuditEntries.CLOSED)
                .orElseThrow();
        Map<AuditSubject, AuditHead> delegationHeads = new TreeMap<>();
        chains
            .within(VoteAuditEntries.vote(1))
            .forEach((s, ch) -> delegationHeads.put(s, ch.get(ch.size() - 1).head()));
        assertThat(closed.delegationChains()).isEqualTo(AuditHashing.digest(delegationHeads));
        assertThat(closed.yes()).isEqualTo(9);
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "SELECT audit_hash FROM ballot WHERE vote_id = 1 AND parliament_id = 1")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(chains.chain(fr).get(0).getHash());
        }
      }
    }
  }

  private static void oldTrail(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO assembly_session (id, number, city, country_code, opens_on, closes_on)"
              + " VALUES (1, 152, 'Geneva', 'CH', '2025-10-01', '2025-10-05')");
      s.execute("INSERT INTO parliament (id, country_code) VALUES (1, 'FR'), (2, 'KE')");
      for (int vote = 1; vote <= 2; vote++) {
        s.execute(
            "INSERT INTO vote (id, session_id, subject, method, majority_rule, state, created_at,"
                + " audit_head) VALUES ("
                + vote
                + ", 1, 'A', 'ELECTRONIC', 'SIMPLE', 'CLOSED', '2025-10-01 09:00:00', '"
                + AuditHead.GENESIS_HASH
                + "')");
        s.execute(
            "INSERT INTO vote_electorate (vote_id, parliament_id, entitlement, delegates_present,"
                + " usable_votes) VALUES ("
                + vote
                + ", 1, 10, 1, 10), ("
                + vote
                + ", 2, 10, 1, 10)");
      }
    }
    for (long vote = 1; vote <= 2; vote++) {
      List<LegacyVoteAudit.Old> fr = new ArrayList<>();
      append(
          fr, vote, 1, "BALLOT", "parliament=1|version=1|yes=5|no=5|abstain=0|key=k1|yes=999|no=0");
      append(fr, vote, 1, "BALLOT_CHANGED", "parliament=1|version=2|yes=9|no=1|abstain=0|key=k3");
      List<LegacyVoteAudit.Old> ke = new ArrayList<>();
      append(ke, vote, 2, "BALLOT", "parliament=2|version=1|yes=0|no=10|abstain=0|key=k2|garbage");
      Map<Long, AuditHead> heads = new HashMap<>();
      heads.put(1L, new AuditHead(2, fr.get(1).hash()));
      heads.put(2L, new AuditHead(1, ke.get(0).hash()));
      List<LegacyVoteAudit.Old> own = new ArrayList<>();
      append(
          own,
          vote,
          0,
          "CREATED",
          "subject=A|b=c \"é\"\nمرحبا|method=ELECTRONIC|majority=SIMPLE"
              + "|quorum=QuorumRule[basis=NONE, numerator=0, denominator=1]");
      append(own, vote, 0, "OPENED", "delegations=2|usable=20");
      append(
          own,
          vote,
          0,
          "CLOSED",
          "yes=9|no=11|abstain=0|cast=20|required=11|outcome=REJECTED|delegationChains="
              + LegacyVoteAudit.legacyDigest(heads));
      List<LegacyVoteAudit.Old> all = new ArrayList<>(own);
      all.addAll(fr);
      all.addAll(ke);
      if (vote == 2) {
        // Tampered before the carry-over: a ballot's counts changed in place.
        var first = fr.get(0);
        all.set(
            own.size(),
            new LegacyVoteAudit.Old(
                first.vote(),
                first.chain(),
                first.sequence(),
                first.kind(),
                first.entry().replace("yes=5", "yes=6"),
                first.actor(),
                first.at(),
                first.prevHash(),
                first.hash()));
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO audit_entry (vote_id, chain, sequence, kind, entry, actor, recorded_at,"
                  + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (var e : all) {
          insert.setLong(1, e.vote());
          insert.setLong(2, e.chain());
          insert.setInt(3, e.sequence());
          insert.setString(4, e.kind());
          insert.setString(5, e.entry());
          insert.setString(6, e.actor());
          insert.setObject(7, e.at());
          insert.setString(8, e.prevHash());
          insert.setString(9, e.hash());
          insert.executeUpdate();
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "UPDATE vote SET audit_sequence = 3, audit_head = '"
                + own.get(2).hash()
                + "' WHERE id = "
                + vote);
        s.execute(
            "UPDATE vote_electorate SET audit_sequence = 2, audit_head = '"
                + fr.get(1).hash()
                + "' WHERE parliament_id = 1 AND vote_id = "
                + vote);
        s.execute(
            "UPDATE vote_electorate SET audit_sequence = 1, audit_head = '"
                + ke.get(0).hash()
                + "' WHERE parliament_id = 2 AND vote_id = "
                + vote);
        s.execute(
            "INSERT INTO ballot (vote_id, parliament_id, ballot_version, yes_votes, no_votes,"
                + " abstain_votes, cast_by, cast_at, idempotency_key, audit_sequence, audit_hash)"
                + " VALUES ("
                + vote
                + ", 1, 1, 5, 5, 0, 'delegate.fr', '2025-10-01 09:00:00', 'k1|yes=999|no=0', 1, '"
                + fr.get(0).hash()
                + "')");
      }
    }
  }

  private static void append(
      List<LegacyVoteAudit.Old> chain, long vote, long ch, String kind, String entry) {
    String prev = chain.isEmpty() ? AuditHead.GENESIS_HASH : chain.get(chain.size() - 1).hash();
    var draft =
        new LegacyVoteAudit.Old(
            vote, ch, chain.size() + 1, kind, entry, "secretariat", AT, prev, "");
    chain.add(
        new LegacyVoteAudit.Old(
            vote,
            ch,
            chain.size() + 1,
            kind,
            entry,
            "secretariat",
            AT,
            prev,
            LegacyVoteAudit.legacyHash(draft)));
  }

  private static List<AuditRecord> records(Connection c) throws Exception {
    List<AuditRecord> records = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT subject, subject_type, sequence, kind, payload, actor, recorded_at,"
                    + " prev_hash, hash FROM audit_record")) {
      while (rs.next()) {
        records.add(
            new AuditRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDateTime.class),
                rs.getString(8),
                rs.getString(9)));
      }
    }
    return records;
  }

  private static Map<String, List<AuditHead>> heads(Connection c) throws Exception {
    Map<String, List<AuditHead>> heads = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, audit_sequence, audit_head FROM vote")) {
      while (rs.next()) {
        heads.put(
            VoteAuditEntries.vote(rs.getLong(1)).key(),
            List.of(AuditHead.of(rs.getInt(2), rs.getString(3))));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT vote_id, parliament_id, audit_sequence, audit_head FROM vote_electorate"
                    + " WHERE audit_sequence > 0")) {
      while (rs.next()) {
        heads.put(
            VoteAuditEntries.delegation(rs.getLong(1), rs.getLong(2)).key(),
            List.of(AuditHead.of(rs.getInt(3), rs.getString(4))));
      }
    }
    return heads;
  }
}
