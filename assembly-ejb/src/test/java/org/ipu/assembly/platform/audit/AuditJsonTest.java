package org.ipu.assembly.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one serializer of audit payloads: canonical, exact round trips, never throws on reading. */
class AuditJsonTest {

  enum Colour {
    RED,
    GREEN
  }

  record Inner(String text, Integer maybe) {}

  record Payload(
      String key,
      long id,
      int count,
      boolean flag,
      Colour colour,
      LocalDateTime at,
      BigDecimal amount,
      List<String> tags,
      Map<String, Inner> inner) {}

  record Ballot(long parliament, int yes, String key) {}

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> pieces =
        Arbitraries.of(
                "|",
                "=",
                "\"",
                "\\",
                "\n",
                "\r\n",
                "\u0000",
                "\u2028",
                "\ud800",
                "\udc00",
                "\ud83d\ude00",
                "k1|yes=999|no=0",
                "k2|garbage",
                "}",
                "{\"a\":1}",
                "é",
                "مرحبا",
                "\u202e",
                "'",
                "%",
                "_",
                "\t",
                "null",
                " ")
            .list()
            .ofMaxSize(8)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(anyChars, pieces);
  }

  @Property(tries = 500)
  void everyStringComesBackExactly(@ForAll("hostile") String key, @ForAll("hostile") String tag) {
    Payload p =
        new Payload(
            key,
            Long.MIN_VALUE,
            -3,
            true,
            Colour.GREEN,
            LocalDateTime.of(2025, 3, 1, 12, 0, 0, 123_000_000),
            new BigDecimal("12.50"),
            java.util.Arrays.asList(tag, null, key),
            Map.of(tag, new Inner(key, null), "z" + tag, new Inner("", 7)));

    String json = AuditJson.write(p);

    assertThat(AuditJson.read(json, Payload.class)).contains(p);
    assertThat(json.chars()).allMatch(c -> c >= 0x20 && c <= 0x7e);
    assertThat(AuditJson.isCanonical(json)).isTrue();
  }

  @Property(tries = 300)
  void theSameValueGivesTheSameText(@ForAll("hostile") String a, @ForAll("hostile") String b) {
    Map<String, Object> one = new java.util.LinkedHashMap<>();
    one.put(a, 1);
    one.put(b + "x", List.of(b));
    Map<String, Object> other = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    other.putAll(one);

    assertThat(AuditJson.write(one)).isEqualTo(AuditJson.write(other));
  }

  @Test
  void membersAreSortedAndNothingIsPadded() {
    assertThat(AuditJson.write(new Ballot(7, 3, "k|=\"")))
        .isEqualTo("{\"key\":\"k|=\\\"\",\"parliament\":7,\"yes\":3}");
  }

  @Property(tries = 1000)
  void readingGarbageNeverThrows(@ForAll("hostile") String garbage) {
    assertThat(AuditJson.read(garbage, Ballot.class)).isNotNull();
    assertThat(AuditJson.canonical(garbage)).isNotNull();
    assertThat(AuditJson.isCanonical(garbage)).isIn(true, false);
  }

  @Test
  void textThatIsNotThatRecordReadsAsNothing() {
    assertThat(AuditJson.read(null, Ballot.class)).isEmpty();
    assertThat(AuditJson.read("", Ballot.class)).isEmpty();
    assertThat(AuditJson.read("parliament=7|yes=3|key=k", Ballot.class)).isEmpty();
    assertThat(AuditJson.read("{\"parliament\":7,\"yes\":3,\"key\":\"k\"} x", Ballot.class))
        .isEmpty();
    assertThat(AuditJson.read("{\"parliament\":\"7\",\"yes\":3,\"key\":\"k\"}", Ballot.class))
        .isEmpty();
    assertThat(AuditJson.read("{\"parliament\":7.5,\"yes\":3,\"key\":\"k\"}", Ballot.class))
        .isEmpty();
    assertThat(AuditJson.read("{\"yes\":3,\"key\":\"k\"}", Ballot.class)).isEmpty();
    assertThat(AuditJson.read("{\"parliament\":1e400,\"yes\":3,\"key\":1}", Ballot.class))
        .isEmpty();
    assertThat(AuditJson.read("[1,2]", Ballot.class)).isEmpty();
    assertThat(AuditJson.read("{\"parliament\":7,\"yes\":3,\"key\":\"\\ud800\"}", Ballot.class))
        .contains(new Ballot(7, 3, "\ud800"));
  }

  @Test
  void onlyTheCanonicalTextIsCanonical() {
    assertThat(AuditJson.isCanonical("{\"a\":1,\"b\":2}")).isTrue();
    assertThat(AuditJson.isCanonical("{\"b\":2,\"a\":1}")).isFalse();
    assertThat(AuditJson.isCanonical("{\"a\": 1}")).isFalse();
    assertThat(AuditJson.isCanonical("{\"a\":\"é\"}")).isFalse();
    assertThat(AuditJson.isCanonical("{\"a\":1,\"a\":1}")).isFalse();
    assertThat(AuditJson.isCanonical("{\"a\":-0}")).isFalse();
  }

  @Test
  void writingWhatAPayloadCannotHoldIsRefused() {
    record WithDouble(double d) {}
    assertThatThrownBy(() -> AuditJson.write(new WithDouble(0.1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
