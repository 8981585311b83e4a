package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditJson;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.control.VoteAuditEntries;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.voting.rules.QuorumRule;

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

  /** The first link of a carried-over chain that did not verify under the old rules. */
  static final String UNVERIFIED = sha256("not verified when carried over from audit_entry");

  /** An old entry whose text could not be read into its kind's record. */
  public record LegacyEntry(String kind, String entry) {}

  static final AuditKind<LegacyEntry> UNREADABLE =
      AuditKind.of("legacy.unreadable", LegacyEntry.class);

  record Old(
      long vote,
      long chain,
      int sequence,
      String kind,
      String entry,
      String actor,
      LocalDateTime at,
      String prevHash,
      String hash) {}

  private static final Pattern CREATED =
      Pattern.compile(
          "subject=(.*)\\|method=(\\w+)\\|majority=(\\w+)\\|quorum=QuorumRule\\[basis=(\\w+),"
              + " numerator=(-?\\d+), denominator=(-?\\d+)\\]",
          Pattern.DOTALL);
  private static final Pattern REPLACEMENT =
      Pattern.compile("subject=(.*)\\|replaces=(\\d+)", Pattern.DOTALL);
  private static final Pattern OPENED =
      Pattern.compile("delegations=(\\d+)\\|usable=(\\d+)(?:\\|rollCallLetter=(.))?");
  private static final Pattern CLOSED =
      Pattern.compile(
          "yes=(\\d+)\\|no=(\\d+)\\|abstain=(\\d+)\\|cast=(\\d+)\\|required=(\\d+)"
              + "\\|outcome=(\\w+)\\|delegationChains=([0-9a-f]{64})");
  private static final Pattern ANNULLED = Pattern.compile("reason=(.*)", Pattern.DOTALL);
  private static final Pattern SECRET = Pattern.compile("parliament=(\\d+)");
  private static final Pattern BALLOT =
      Pattern.compile(
          "parliament=(\\d+)\\|version=(\\d+)\\|yes=(\\d+)\\|no=(\\d+)\\|abstain=(\\d+)\\|key=(.*)",
          Pattern.DOTALL);

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<Long, Map<Long, List<Old>>> votes = new TreeMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT vote_id, chain, sequence, kind, entry, actor, recorded_at, prev_hash, hash"
                    + " FROM audit_entry ORDER BY vote_id, chain, sequence");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Old old =
            new Old(
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
    for (Map.Entry<Long, Map<Long, List<Old>>> vote : votes.entrySet()) {
      carryOver(c, vote.getKey(), vote.getValue());
    }
  }

  private static void carryOver(Connection c, long voteId, Map<Long, List<Old>> chains)
      throws SQLException {
    // Delegation chains first: the vote's closing entry seals their new heads.
    Map<AuditSubject, AuditHead> oldHeads = new TreeMap<>();
    Map<AuditSubject, AuditHead> newHeads = new TreeMap<>();
    Map<Long, AuditHead> oldHeadsById = new TreeMap<>();
    for (Map.Entry<Long, List<Old>> chain : chains.entrySet()) {
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
      List<Old> old = chain.getValue();
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
    List<Old> own = chains.get(0L);
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
              new Seal(legacyDigest(oldHeadsById), newSeal));
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

  /** The old seal as the close computed it, and the new one to write where it matched. */
  record Seal(String old, String replacement) {}

  /** Writes a chain anew; answers its new head. */
  private static AuditHead write(
      Connection c, AuditSubject subject, List<Old> old, AuditHead recorded, Seal seal)
      throws SQLException {
    boolean verified = verifiesUnderTheOldRules(old);
    AuditHead head = verified ? AuditHead.GENESIS : new AuditHead(0, UNVERIFIED);
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
      for (Old entry : old) {
        Converted converted = convert(entry, seal);
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

  record Converted(String kind, Record payload) {}

  static Converted convert(Old old, Seal seal) {
    String e = Objects.requireNonNullElse(old.entry(), "");
    Matcher m;
    try {
      switch (Objects.requireNonNullElse(old.kind(), "")) {
        case "CREATED" -> {
          if ((m = CREATED.matcher(e)).matches()) {
            return new Converted(
                VoteAuditEntries.CREATED.name(),
                new VoteAuditEntries.VoteCreated(
                    m.group(1),
                    VoteMethod.valueOf(m.group(2)),
                    MajorityRule.valueOf(m.group(3)),
                    new QuorumRule(
                        QuorumRule.Basis.valueOf(m.group(4)),
                        Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6))),
                    null));
          }
          if ((m = REPLACEMENT.matcher(e)).matches()) {
            return new Converted(
                VoteAuditEntries.CREATED.name(),
                new VoteAuditEntries.VoteCreated(
                    m.group(1), null, null, null, Long.parseLong(m.group(2))));
          }
        }
        case "OPENED" -> {
          if ((m = OPENED.matcher(e)).matches()) {
            return new Converted(
                VoteAuditEntries.OPENED.name(),
                new VoteAuditEntries.VoteOpened(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
          }
        }
        case "CLOSED" -> {
          if ((m = CLOSED.matcher(e)).matches()) {
            String sealed = m.group(7);
            return new Converted(
                VoteAuditEntries.CLOSED.name(),
                new VoteAuditEntries.VoteClosed(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    Outcome.valueOf(m.group(6)),
                    seal != null && sealed.equals(seal.old()) ? seal.replacement() : sealed));
          }
        }
        case "ANNULLED" -> {
          if ((m = ANNULLED.matcher(e)).matches()) {
            return new Converted(
                VoteAuditEntries.ANNULLED.name(), new VoteAuditEntries.VoteAnnulled(m.group(1)));
          }
        }
        case "SECRET_BALLOT" -> {
          if ((m = SECRET.matcher(e)).matches()) {
            return new Converted(
                VoteAuditEntries.SECRET_BALLOT.name(),
                new VoteAuditEntries.SecretBallotCast(Long.parseLong(m.group(1))));
          }
        }
        case "BALLOT", "BALLOT_CHANGED" -> {
          if ((m = BALLOT.matcher(e)).matches()) {
            return new Converted(
                old.kind().equals("BALLOT")
                    ? VoteAuditEntries.BALLOT.name()
                    : VoteAuditEntries.BALLOT_CHANGED.name(),
                new VoteAuditEntries.BallotCast(
                    Long.parseLong(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6)));
          }
        }
        default -> {}
      }
    } catch (RuntimeException unreadable) {
      // falls through to a legacy entry
    }
    return new Converted(UNREADABLE.name(), new LegacyEntry(old.kind(), old.entry()));
  }

  /** The old chain links and hashes from the genesis, in sequence. */
  static boolean verifiesUnderTheOldRules(List<Old> chain) {
    String previous = AuditHead.GENESIS_HASH;
    int expected = 1;
    for (Old e : chain) {
      if (e.sequence() != expected
          || !previous.equals(e.prevHash())
          || e.at() == null
          || !legacyHash(e).equals(e.hash())) {
        return false;
      }
      previous = e.hash();
      expected++;
    }
    return true;
  }

  private static boolean matches(AuditHead recorded, List<Old> old) {
    return recorded.sequence() == old.size()
        && recorded.hash().equals(old.get(old.size() - 1).hash());
  }

  /** The V2/V3 hash of an entry. */
  static String legacyHash(Old e) {
    return sha256(
        String.join(
            "\n",
            e.prevHash(),
            e.chain() == 0 ? Long.toString(e.vote()) : e.vote() + "/" + e.chain(),
            Integer.toString(e.sequence()),
            e.kind(),
            e.entry(),
            e.actor(),
            e.at().toString()));
  }

  /** The V3 digest of the delegation chains' heads, by parliament id. */
  static String legacyDigest(Map<Long, AuditHead> heads) {
    StringBuilder content = new StringBuilder();
    new TreeMap<>(heads)
        .forEach(
            (chain, head) ->
                content
                    .append(chain)
                    .append(':')
                    .append(head.sequence())
                    .append(':')
                    .append(head.hash())
                    .append('\n'));
    return sha256(content.toString());
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

  private static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
