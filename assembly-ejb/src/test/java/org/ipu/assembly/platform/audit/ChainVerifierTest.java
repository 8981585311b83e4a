package org.ipu.assembly.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Chains link and hash; every kind of tampering is reported; garbage never makes it throw. */
class ChainVerifierTest {

  record Note(String text, int n) {}

  static final AuditKind<Note> NOTED = AuditKind.of("test.noted", Note.class);
  static final AuditSubject VOTE = AuditSubject.of("vote", 42);
  static final AuditSubject DELEGATION = VOTE.then("delegation", 7);
  static final LocalDateTime AT = LocalDateTime.of(2025, 10, 1, 9, 30, 0, 5_000_000);

  static List<AuditRecord> chain(AuditSubject subject, int length) {
    List<AuditRecord> chain = new ArrayList<>();
    AuditHead head = AuditHead.GENESIS;
    for (int i = 0; i < length; i++) {
      AuditRecord r =
          new AuditRecord(
              subject,
              head,
              NOTED.name(),
              AuditJson.write(new Note("entry|" + i + "=\n", i)),
              "secretariat",
              AT.plusSeconds(i));
      chain.add(r);
      head = r.head();
    }
    return chain;
  }

  static AuditRecord copy(AuditRecord r, String payload, int sequence, String prevHash) {
    return new AuditRecord(
        r.getSubject(),
        r.getSubjectType(),
        sequence,
        r.getKind(),
        payload,
        r.getActor(),
        r.getRecordedAt(),
        prevHash,
        r.getHash());
  }

  static List<String> codes(List<AuditRecord> records, Map<String, List<AuditHead>> heads) {
    AuditFindings findings = new AuditFindings();
    ChainVerifier.verify(records, heads, findings);
    return findings.problems().stream().map(AuditReport.Problem::code).toList();
  }

  static Map<String, List<AuditHead>> headsOf(List<AuditRecord> chain) {
    return Map.of(chain.get(0).getSubject(), List.of(chain.get(chain.size() - 1).head()));
  }

  @Test
  void anIntactChainEndingAtItsHeadHasNoProblem() {
    List<AuditRecord> chain = chain(VOTE, 5);
    assertThat(codes(chain, headsOf(chain))).isEmpty();
    assertThat(chain.get(2).payload(NOTED)).contains(new Note("entry|2=\n", 2));
  }

  @Test
  void aChangedPayloadIsReported() {
    List<AuditRecord> chain = new ArrayList<>(chain(VOTE, 4));
    AuditRecord r = chain.get(1);
    chain.set(1, copy(r, AuditJson.write(new Note("entry|1=\n", 999)), 2, r.getPrevHash()));
    assertThat(codes(chain, headsOf(chain))).containsExactly("audit.altered");
  }

  @Test
  void aDeletedEntryIsReported() {
    List<AuditRecord> chain = new ArrayList<>(chain(VOTE, 4));
    Map<String, List<AuditHead>> heads = headsOf(chain);
    chain.remove(1);
    assertThat(codes(chain, heads)).contains("audit.gap", "audit.broken-link", "audit.head");
  }

  @Test
  void reorderedEntriesAreReported() {
    List<AuditRecord> chain = chain(VOTE, 4);
    Map<String, List<AuditHead>> heads = headsOf(chain);
    AuditRecord second = chain.get(1);
    AuditRecord third = chain.get(2);
    List<AuditRecord> swapped =
        List.of(
            chain.get(0),
            copy(third, third.getPayload(), 2, third.getPrevHash()),
            copy(second, second.getPayload(), 3, second.getPrevHash()),
            chain.get(3));
    assertThat(codes(swapped, heads)).contains("audit.broken-link", "audit.altered");
  }

  @Test
  void aTruncatedChainIsReportedAgainstItsRecordedHead() {
    List<AuditRecord> chain = chain(VOTE, 4);
    assertThat(codes(chain.subList(0, 3), headsOf(chain))).containsExactly("audit.head");
    assertThat(codes(List.of(), headsOf(chain))).containsExactly("audit.head");
  }

  @Test
  void aChainNobodyRecordsAHeadForIsReported() {
    assertThat(codes(chain(DELEGATION, 2), Map.of())).containsExactly("audit.head");
  }

  @Test
  void aHeadAtGenesisWithNoChainIsInOrder() {
    assertThat(codes(List.of(), Map.of(VOTE.key(), List.of(AuditHead.of(0, null))))).isEmpty();
  }

  @Test
  void everyRecordedHeadMustAgree() {
    List<AuditRecord> chain = chain(VOTE, 2);
    Map<String, List<AuditHead>> heads =
        Map.of(VOTE.key(), List.of(chain.get(1).head(), chain.get(0).head()));
    assertThat(codes(chain, heads)).containsExactly("audit.head");
  }

  @Test
  void aRehashedEntryBreaksTheNextLink() {
    List<AuditRecord> chain = new ArrayList<>(chain(VOTE, 3));
    AuditRecord first = chain.get(0);
    AuditRecord forged =
        new AuditRecord(
            VOTE,
            AuditHead.GENESIS,
            NOTED.name(),
            AuditJson.write(new Note("forged", 0)),
            first.getActor(),
            first.getRecordedAt());
    chain.set(0, forged);
    assertThat(codes(chain, headsOf(chain))).containsExactly("audit.broken-link");
  }

  @Test
  void theSealOverSeveralHeadsChangesWithAnyOfThem() {
    List<AuditRecord> a = chain(DELEGATION, 3);
    List<AuditRecord> b = chain(VOTE.then("delegation", 8), 2);
    Map<AuditSubject, AuditHead> heads = new HashMap<>();
    heads.put(DELEGATION, a.get(2).head());
    heads.put(VOTE.then("delegation", 8), b.get(1).head());
    String sealed = AuditHashing.digest(heads);

    assertThat(AuditHashing.digest(new java.util.TreeMap<>(heads))).isEqualTo(sealed);
    heads.put(DELEGATION, a.get(1).head());
    assertThat(AuditHashing.digest(heads)).isNotEqualTo(sealed);
    heads.remove(DELEGATION);
    assertThat(AuditHashing.digest(heads)).isNotEqualTo(sealed);
  }

  @Test
  void subjectsRoundTripAndRefuseWhatNeedsEscaping() {
    assertThat(DELEGATION.key()).isEqualTo("vote:42/delegation:7");
    assertThat(DELEGATION.type()).isEqualTo("vote/delegation");
    assertThat(AuditSubject.parse("vote:42/delegation:7")).contains(DELEGATION);
    assertThat(DELEGATION.parent()).contains(VOTE);
    assertThat(AuditSubject.parse("vote:4|2")).isEmpty();
    assertThat(AuditSubject.parse("vote")).isEmpty();
    assertThat(AuditSubject.parse("vote:42/")).isEmpty();
    assertThat(AuditSubject.parse(null)).isEmpty();
  }

  @Provide
  Arbitrary<AuditRecord> garbage() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(80).injectNull(0.2),
            Arbitraries.of(
                "vote:42", "vote:42/delegation:7", "{\"n\":1,\"text\":\"x\"}", "0".repeat(64)));
    Arbitrary<Integer> sequence = Arbitraries.integers().between(-2, 5);
    Arbitrary<LocalDateTime> at = Arbitraries.of(AT, null);
    return Combinators.combine(text, text, sequence, text, text, text, at, text)
        .as(
            (subject, type, seq, kind, payload, actor, when, prev) ->
                new AuditRecord(subject, type, seq, kind, payload, actor, when, prev, prev));
  }

  @Provide
  Arbitrary<List<AuditRecord>> garbageChains() {
    return garbage().list().ofMaxSize(6);
  }

  @Property(tries = 500)
  void garbageIsReportedNeverThrown(
      @ForAll("garbageChains") List<AuditRecord> records, @ForAll("garbage") AuditRecord one) {
    List<AuditRecord> all = new ArrayList<>(records);
    all.add(one);
    all.add(null);
    all.addAll(chain(VOTE, 2));
    Map<String, List<AuditHead>> heads = new HashMap<>();
    heads.put(VOTE.key(), java.util.Arrays.asList(null, AuditHead.GENESIS));
    heads.put("not a subject", List.of(AuditHead.GENESIS));
    AuditFindings findings = new AuditFindings();

    AuditChains chains = ChainVerifier.verify(all, heads, findings);

    assertThat(findings.problems()).isNotEmpty();
    assertThat(chains.chain(VOTE)).isNotEmpty();
  }
}
