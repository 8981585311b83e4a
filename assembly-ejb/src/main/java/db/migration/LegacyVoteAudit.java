package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.voting.control.VoteAuditEntries;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.voting.rules.QuorumRule;

/**
 * The votes' audit entries as V2/V3 wrote them ({@code k=v|k=v} text in {@code audit_entry}): the
 * old rules that {@link V5_1__Carry_vote_audit_over} checks them with (links, hashes, the seal's
 * digest), and each entry's text read into the typed payload of the platform trail, or kept as a
 * {@code legacy.unreadable} entry when it cannot be read.
 */
final class LegacyVoteAudit {

  private LegacyVoteAudit() {}

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

  /** The old seal as the close computed it, and the new one to write where it matched. */
  record Seal(String old, String replacement) {}

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
