package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input on every REST endpoint (no or wrong credentials, bodies that are not JSON,
 * wrong types and out-of-range values in every field, oversize bodies, unknown ids): each gets a
 * 4xx JSON error with a stable code, never a 500, and nothing is written.
 */
class MalformedInputIT extends IntegrationTest {

  /** An endpoint with a body: who calls it, and a valid body as field name to JSON value. */
  private record BodyEndpoint(String method, String path, Api caller, Map<String, String> fields) {}

  private static final String LONG_TEXT = "\"" + "x".repeat(10_000) + "\"";
  private static final List<String> NOT_JSON =
      List.of(
          "",
          "{",
          "[]",
          "null",
          "42",
          "\"text\"",
          "{\"a\":",
          "not json",
          "{\"yes\": 1,}",
          "\u0000");
  private static final List<String> WRONG_FOR_NUMBER =
      List.of(
          "\"abc\"",
          "12.5",
          "{}",
          "[]",
          "true",
          "2147483648",
          "-1",
          "1e309",
          "99999999999999999999");
  private static final List<String> WRONG_FOR_TEXT =
      List.of("{}", "[]", LONG_TEXT, "12", "true", "\"half \\ud800 a pair\"");

  @Test
  void everyGeneratedBadRequestGetsA4xxJsonErrorAndWritesNothing() throws Exception {
    Fixtures.Parliament own = Plenary.presentParliament(68_400_000, 1);
    long other = Plenary.parliament(56_000_000, 0).id();
    long vote = Plenary.open("Malformed input", "ELECTRONIC", "SIMPLE");
    long rollCall = Plenary.open("Malformed roll call", "ROLL_CALL", "SIMPLE");
    long ownDelegate = own.accountId(own.delegates().get(0));
    Api head = Plenary.delegate(own.head());
    String before = state(vote, rollCall);

    List<BodyEndpoint> endpoints =
        List.of(
            new BodyEndpoint(
                "POST",
                "/api/accounts",
                SECRETARIAT,
                fields(
                    "username",
                    "\"someone.new\"",
                    "fullName",
                    "\"Some One\"",
                    "email",
                    "\"some@example.org\"",
                    "language",
                    "\"fr\"",
                    "parliamentId",
                    String.valueOf(other))),
            new BodyEndpoint(
                "POST",
                "/api/accounts/delegates",
                SECRETARIAT,
                fields(
                    "username",
                    "\"another.new\"",
                    "fullName",
                    "\"Some One\"",
                    "email",
                    "\"another@example.org\"",
                    "language",
                    "\"es\"",
                    "parliamentId",
                    String.valueOf(other))),
            new BodyEndpoint(
                "POST",
                "/api/votes",
                SECRETARIAT,
                fields(
                    "subject",
                    "\"A subject\"",
                    "method",
                    "\"ELECTRONIC\"",
                    "majority",
                    "\"SIMPLE\"")),
            new BodyEndpoint(
                "POST",
                "/api/votes/" + vote + "/ballots",
                head,
                fields("yes", "1", "no", "1", "abstain", "0", "idempotencyKey", "\"k-malformed\"")),
            new BodyEndpoint(
                "POST",
                "/api/votes/" + rollCall + "/roll-call/" + other,
                SECRETARIAT,
                fields("yes", "1", "no", "1", "abstain", "0", "idempotencyKey", "\"k-roll-call\"")),
            new BodyEndpoint(
                "POST",
                "/api/votes/" + vote + "/annul",
                SECRETARIAT,
                fields("reason", "\"A reason\"")),
            new BodyEndpoint(
                "PUT",
                "/api/plenary/presence/" + ownDelegate,
                SECRETARIAT,
                fields("state", "\"PRESENT\"")),
            new BodyEndpoint(
                "POST",
                "/api/plenary/designations",
                head,
                fields("accountId", String.valueOf(ownDelegate))));

    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (BodyEndpoint e : endpoints) {
      for (String body : NOT_JSON) {
        cases++;
        check(e, send(e, body), failures, "body " + body);
      }
      cases++;
      check(e, send(e, json(e.fields()) + " {}"), failures, "a second value after the body");
      cases++;
      check(e, send(e, json(e.fields()) + " x"), failures, "text after the body");
      cases++;
      java.io.ByteArrayOutputStream notUtf8 = new java.io.ByteArrayOutputStream();
      String body = json(e.fields());
      notUtf8.writeBytes(
          (body.substring(0, body.length() - 1) + ", \"note\": \"")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      notUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'});
      check(
          e,
          e.caller().send(e.method(), e.path(), "application/json", notUtf8.toByteArray()),
          failures,
          "bytes that are not UTF-8");
      cases++;
      check(
          e, send(e, "{\"padding\": \"" + "x".repeat(200_000) + "\"}"), failures, "oversize body");
      cases++;
      check(
          e,
          e.caller().send(e.method(), e.path(), "text/plain", json(e.fields())),
          failures,
          "text/plain");
      cases++;
      check(
          e,
          Api.anonymous().send(e.method(), e.path(), "application/json", json(e.fields())),
          failures,
          "no credentials");
      cases++;
      check(
          e,
          Api.as("nobody." + cases, "wrong-password")
              .send(e.method(), e.path(), "application/json", json(e.fields())),
          failures,
          "wrong password");
      for (String field : e.fields().keySet()) {
        boolean number = e.fields().get(field).matches("-?\\d+");
        for (String wrong : number ? WRONG_FOR_NUMBER : WRONG_FOR_TEXT) {
          Map<String, String> mutated = new LinkedHashMap<>(e.fields());
          mutated.put(field, wrong);
          cases++;
          check(
              e,
              send(e, json(mutated)),
              failures,
              field + "=" + (wrong.length() > 20 ? "long text" : wrong));
        }
      }
    }
    for (String id : List.of("999999999", "-1", "abc", "1.5", "99999999999999999999")) {
      for (String path :
          List.of(
              "/api/parliaments/" + id,
              "/api/votes/" + id,
              "/api/public/votes/" + id,
              "/api/public/votes/" + id + "/results.csv")) {
        cases++;
        Api.Answer a = SECRETARIAT.get(path);
        if (a.status() < 400
            || a.status() >= 500
            || !a.contentType().startsWith("application/json")) {
          failures.add("GET " + path + " -> " + a.status() + " " + a.body());
        }
      }
      for (String action : List.of("open", "close")) {
        cases++;
        Api.Answer a = SECRETARIAT.post("/api/votes/" + id + "/" + action, "");
        if (a.status() < 400 || a.status() >= 500) {
          failures.add(
              "POST /api/votes/" + id + "/" + action + " -> " + a.status() + " " + a.body());
        }
      }
    }

    assertThat(failures).as(cases + " generated cases").isEmpty();
    assertThat(cases).isGreaterThan(150);
    assertThat(state(vote, rollCall)).as("nothing was written").isEqualTo(before);
  }

  private static Api.Answer send(BodyEndpoint e, String body) throws Exception {
    try {
      return e.caller().send(e.method(), e.path(), "application/json", body);
    } catch (java.net.http.HttpTimeoutException timeout) {
      return new Api.Answer(
          -1, "", "timed out: " + (body.length() > 30 ? body.substring(0, 30) : body));
    }
  }

  private static void check(BodyEndpoint e, Api.Answer a, List<String> failures, String what) {
    boolean json = a.contentType().startsWith("application/json");
    String code = json && a.status() >= 400 ? codeOf(a) : null;
    if (a.status() < 400
        || a.status() >= 500
        || code == null
        || !code.matches("[a-z]+(\\.[a-z-]+)+")) {
      failures.add(
          e.method()
              + " "
              + e.path()
              + " ["
              + what
              + "] -> "
              + a.status()
              + " "
              + (a.body().length() > 200 ? a.body().substring(0, 200) : a.body()));
    }
  }

  private static String codeOf(Api.Answer a) {
    try {
      return a.code();
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  /** What bad input must never change: accounts, votes, the two votes' audit chains, presence. */
  private static String state(long vote, long rollCall) throws Exception {
    return SECRETARIAT.get("/api/accounts").body().length()
        + "|"
        + SECRETARIAT.get("/api/votes").body()
        + "|"
        + Plenary.snapshot(vote).getInt("auditSequence")
        + "|"
        + Plenary.snapshot(rollCall).getInt("auditSequence")
        + "|"
        + SECRETARIAT.get("/api/plenary/presence").body();
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  private static String json(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) ->
            json.append(json.length() > 1 ? ", " : "")
                .append('"')
                .append(name)
                .append("\": ")
                .append(value));
    return json.append('}').toString();
  }
}
