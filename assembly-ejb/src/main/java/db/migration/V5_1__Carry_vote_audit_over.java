package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditJson;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.control.VoteAuditEntries;

/**
 * Carries the votes' audit chains over from {@code audit_entry} (V2/V3: {@code k=v|k=v} text, chain
 * 0 or a parliament id per vote) to the platform trail ({@code audit_record}): each old chain is
 * first checked with the old rules (links, hashes, the head on its vote or electorate row, the seal
 * of the delegation chains), then written anew with typed payloads and new hashes; the heads on the
 * vote and electorate rows, the ballots' and secret participations' audit hashes and the closing
 * entry's seal follow the new chains. Whatever did not check out is carried over so that the new
 * verification still reports it: a chain that did not verify starts from a link that is not the
 * genesis, a head that did not match is left as it was, a seal that did not match is kept as it
 * was, and an entry whose text cannot be read becomes a {@code legacy.unreadable} entry with the
 * text kept. {@code audit_entry} stays as the read-only archive of the old hashes (nothing writes
 * it any more).
 */
public class V5_1__Carry_vote_audit_over extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<Long, Map<Long, List<LegacyVoteAudit.Old>>> votes = new TreeMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT vote_id, chain, sequence, kind, entry, actor, recorded_at, prev_hash, hash"
                    + " FROM audit_entry ORDER BY vote_id, chain, sequence");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        LegacyVoteAudit.Old old =
            new LegacyVoteAudit.Old(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDateTime.class),
                rs.getString(8),
                rs.getString(9));
        votes
            .computeIfAbsent(old.vote(), v -> new TreeMap<>())
            .computeIfAbsent(old.chain(), ch -> new ArrayList<>())
            .add(old);
      }
    }
    for (Map.Entry<Long, Map<Long, List<LegacyVoteAudit.Old>>> vote : votes.entrySet()) {
      carryOver(c, vote.getKey(), vote.getValue());
    }
  }

  private static void carryOver(
      Connection c, long voteId, Map<Long, List<LegacyVoteAudit.Old>> chains) throws SQLException {
    // Delegation chains first: the vote's closing entry seals their new heads.
    Map<AuditSubject, AuditHead> oldHeads = new TreeMap<>();
    Map<AuditSubject, AuditHead> newHeads = new TreeMap<>();
    Map<Long, AuditHead> oldHeadsById = new TreeMap<>();
    for (Map.Entry<Long, List<LegacyVoteAudit.Old>> chain : chains.entrySet()) {
      if (chain.getKey() == 0) {
        continue;
      }
      long parliament = chain.getKey();
      AuditSubject subject = VoteAuditEntries.delegation(voteId, parliament);
      AuditHead recorded =
          head(
              c,
              "SELECT audit_sequence, audit_head FROM vote_electorate"
                  + " WHERE vote_id = ? AND parliament_id = ?",
              voteId,
              parliament);
      AuditHead written = write(c, subject, chain.getValue(), recorded, null);
      List<LegacyVoteAudit.Old> old = chain.getValue();
      oldHeadsById.put(parliament, new AuditHead(old.size(), old.get(old.size() - 1).hash()));
      oldHeads.put(subject, new AuditHead(old.size(), old.get(old.size() - 1).hash()));
      newHeads.put(subject, written);
      if (recorded != null && matches(recorded, old)) {
        update(
            c,
            "UPDATE vote_electorate SET audit_sequence = ?, audit_head = ?"
                + " WHERE vote_id = ? AND parliament_id = ?",
            written,
            voteId,
            parliament);
      }
    }
    List<LegacyVoteAudit.Old> own = chains.get(0L);
    if (own != null) {
      AuditHead recorded =
          head(c, "SELECT audit_sequence, audit_head FROM vote WHERE id = ?", voteId, null);
      String newSeal = AuditHashing.digest(newHeads);
      AuditHead written =
          write(
              c,
              VoteAuditEntries.vote(voteId),
              own,
              recorded,
              new LegacyVoteAudit.Seal(LegacyVoteAudit.legacyDigest(oldHeadsById), newSeal));
      if (recorded != null && matches(recorded, own)) {
        update(
            c,
            "UPDATE vote SET audit_sequence = ?, audit_head = ? WHERE id = ?",
            written,
            voteId,
            null);
      }
    }
  }

  /** Writes a chain anew; answers its new head. */
  private static AuditHead write(
      Connection c,
      AuditSubject subject,
      List<LegacyVoteAudit.Old> old,
      AuditHead recorded,
      LegacyVoteAudit.Seal seal)
      throws SQLException {
    boolean verified = LegacyVoteAudit.verifiesUnderTheOldRules(old);
    AuditHead head = verified ? AuditHead.GENESIS : new AuditHead(0, LegacyVoteAudit.UNVERIFIED);
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO audit_record (subject, sequence, subject_type, kind, payload, actor,"
                    + " recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement ballot =
            c.prepareStatement(
                "UPDATE ballot SET audit_hash = ? WHERE vote_id = ? AND parliament_id = ?"
                    + " AND audit_sequence = ? AND audit_hash = ?");
        PreparedStatement secret =
            c.prepareStatement(
                "UPDATE secret_participation SET audit_hash = ? WHERE vote_id = ?"
                    + " AND audit_sequence = ? AND audit_hash = ?")) {
      for (LegacyVoteAudit.Old entry : old) {
        LegacyVoteAudit.Converted converted = LegacyVoteAudit.convert(entry, seal);
        int sequence = head.sequence() + 1;
        String payload = AuditJson.write(converted.payload());
        String hash =
            AuditHashing.hash(
                head.hash(),
                subject.key(),
                sequence,
                converted.kind(),
                payload,
                entry.actor(),
                entry.at());
        insert.setString(1, subject.key());
        insert.setInt(2, sequence);
        insert.setString(3, subject.type());
        insert.setString(4, converted.kind());
        insert.setString(5, payload);
        insert.setString(6, entry.actor());
        insert.setObject(7, entry.at());
        insert.setString(8, head.hash());
        insert.setString(9, hash);
        insert.executeUpdate();
        if (entry.chain() != 0) {
          ballot.setString(1, hash);
          ballot.setLong(2, entry.vote());
          ballot.setLong(3, entry.chain());
          ballot.setInt(4, entry.sequence());
          ballot.setString(5, entry.hash());
          ballot.executeUpdate();
        } else if ("SECRET_BALLOT".equals(entry.kind())) {
          secret.setString(1, hash);
          secret.setLong(2, entry.vote());
          secret.setInt(3, entry.sequence());
          secret.setString(4, entry.hash());
          secret.executeUpdate();
        }
        head = new AuditHead(sequence, hash);
      }
    }
    return head;
  }

  private static boolean matches(AuditHead recorded, List<LegacyVoteAudit.Old> old) {
    return recorded.sequence() == old.size()
        && recorded.hash().equals(old.get(old.size() - 1).hash());
  }

  private static AuditHead head(Connection c, String sql, long a, Long b) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, a);
      if (b != null) {
        s.setLong(2, b);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? AuditHead.of(rs.getInt(1), rs.getString(2)) : null;
      }
    }
  }

  private static void update(Connection c, String sql, AuditHead head, long a, Long b)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, head.sequence());
      s.setString(2, head.hash());
      s.setLong(3, a);
      if (b != null) {
        s.setLong(4, b);
      }
      s.executeUpdate();
    }
  }
}
