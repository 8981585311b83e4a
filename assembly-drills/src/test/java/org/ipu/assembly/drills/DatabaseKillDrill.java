package org.ipu.assembly.drills;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ipu.assembly.testkit.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * kill -9 of the database (MariaDB and its wrapper) in the middle of a vote, then a restart of the
 * database alone: while it is down every ballot is answered 503 {@code service.unavailable} with
 * Retry-After and a message in the tablet's language (or not at all), never a receipt and never a
 * 500; pages show the error page, not a stack trace; once it is back the JDBC pool recovers without
 * restarting Payara, every receipt is in the tally and every screen ends on the closed result.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DatabaseKillDrill {

  private static final DrillServer SERVER = new DrillServer();
  private static final long DOWN_MILLIS = 6000;

  @BeforeAll
  static void start() throws Exception {
    SERVER.startFresh();
  }

  @AfterAll
  static void stop() throws Exception {
    SERVER.stop();
  }

  @Test
  void ballotsWaitForTheDatabaseAndReceiptsSurvive() throws Exception {
    long began = System.currentTimeMillis();
    long payara = SERVER.payaraPid();
    LiveVote vote = new LiveVote(SERVER);
    vote.open("Drill: database killed mid-vote", 20, 1);
    vote.watch(4);
    LiveVote.Bystander bystander = vote.bystanders().get(0);
    try (BrowserTablet tablet = BrowserTablet.open(SERVER.baseUrl())) {
      tablet.signIn(bystander.username(), LiveVote.DRILL_PASSWORD);
      vote.startCasting();
      Thread.sleep(6000);
      long killedAt = System.currentTimeMillis();
      SERVER.killDatabase();
      long deadAt = System.currentTimeMillis();
      Thread.sleep(1000);
      Map<String, Answer> pages =
          Map.of(
              "/login.xhtml", SERVER.newClient().anonymous().get("/login.xhtml"),
              "/hall/index.xhtml", SERVER.newClient().anonymous().get("/hall/index.xhtml"));
      vote.watch(1);
      tablet.cast(1, 0, 0);
      BrowserTablet.Said tabletSaid = tablet.awaitAnswer(Duration.ofSeconds(15));
      Thread.sleep(Math.max(0, DOWN_MILLIS - (System.currentTimeMillis() - deadAt)));
      long restartingAt = System.currentTimeMillis();
      Duration databaseStart = SERVER.startDatabase();
      long backAt = SERVER.databaseReadyAt();
      Optional<Long> firstReceipt = vote.firstReceiptSentAfter(deadAt, 60_000);
      String tabletCounted = tablet.awaitMessage("Your ballot is counted.", Duration.ofSeconds(60));
      String tabletReceipt = tablet.receipt();
      vote.expect(new LiveVote.Expected(bystander.parliamentId(), 1, 0, 0));
      Thread.sleep(5000);
      vote.stopCasting();
      JsonObject closed = vote.close();
      List<Screen> behind = vote.awaitScreens("CLOSED", 30_000);
      List<String> problems =
          Reconciliation.of(vote, closed, vote.storedBallots(), vote.auditReport());

      List<Delegation.Attempt> attempts = vote.attempts();
      List<Delegation.Attempt> duringOutage =
          attempts.stream()
              .filter(a -> a.sentAt() > deadAt && a.answeredAt() < restartingAt)
              .toList();
      Map<String, Set<String>> messages =
          vote.delegations().stream()
              .collect(
                  Collectors.groupingBy(
                      Delegation::language,
                      Collectors.flatMapping(
                          d ->
                              d.attempts().stream()
                                  .filter(a -> a.status() == 503)
                                  .map(Delegation.Attempt::message),
                          Collectors.toSet())));
      Map<String, Object> figures = vote.ballotFigures();
      figures.put("requestsDuringOutage", duringOutage.size());
      figures.put(
          "slowest503Millis",
          attempts.stream()
              .filter(a -> a.status() == 503)
              .mapToLong(a -> a.answeredAt() - a.sentAt())
              .max()
              .orElse(-1));
      figures.put("databaseDownSeconds", Drill.seconds(backAt - killedAt));
      figures.put("databaseStartSeconds", Drill.seconds(databaseStart.toMillis()));
      figures.put(
          "readyToFirstReceiptSeconds",
          firstReceipt.map(t -> Drill.seconds(t - backAt)).orElse(-1.0));
      figures.put(
          "killToFirstReceiptSeconds",
          firstReceipt.map(t -> Drill.seconds(t - killedAt)).orElse(-1.0));
      figures.put("closedTotals", closed.getJsonObject("totals").toString());
      figures.put("drillSeconds", Drill.seconds(System.currentTimeMillis() - began));
      Drill.report("database-kill", figures);

      assertThat(problems).as("reconciliation").isEmpty();
      assertThat(duringOutage).as("ballots sent while the database was down").isNotEmpty();
      assertThat(duringOutage)
          .as("while the database is down: 503 service.unavailable or no answer")
          .allSatisfy(
              a -> {
                if (a.answered()) {
                  assertThat(a.status()).as(a.toString()).isEqualTo(503);
                  assertThat(a.contentType()).startsWith("application/json");
                  assertThat(a.code()).isEqualTo("service.unavailable");
                  assertThat(a.message()).isNotBlank();
                  assertThat(a.retryAfter())
                      .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
                }
              });
      assertThat(duringOutage)
          .as("503s while the database is down")
          .anyMatch(a -> a.status() == 503);
      assertThat(attempts)
          .as("a 503 comes at once (no retry inside the server)")
          .filteredOn(a -> a.status() == 503)
          .allSatisfy(
              a -> assertThat(a.answeredAt() - a.sentAt()).as(a.toString()).isLessThan(5000));
      assertThat(messages.keySet())
          .as("languages answered")
          .containsExactlyInAnyOrder("en", "fr", "es", "ar");
      assertThat(messages.values())
          .as("one message per language")
          .allSatisfy(m -> assertThat(m).hasSize(1));
      assertThat(messages.values().stream().flatMap(Set::stream).distinct().count())
          .as("four different texts")
          .isEqualTo(4);
      assertThat(attempts)
          .as("every answer is a receipt or a 503 JSON error")
          .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(-1, 200, 201, 503));
      pages.forEach(
          (page, answer) -> {
            assertThat(answer.status()).as(page).isIn(500, 503);
            assertThat(answer.body())
                .as(page + " shows the error page, no stack trace")
                .contains("id=\"error-message\"")
                .doesNotContain(".java:")
                .doesNotContain("SQLException")
                .doesNotContain("EclipseLink");
          });
      assertThat(messages.get("en"))
          .as("the tablet page says what the API says")
          .containsExactly(tabletSaid.text());
      assertThat(tabletSaid.kind())
          .as("the tablet keeps the ballot to send it again")
          .contains("warn");
      assertThat(tabletCounted).isEqualTo("Your ballot is counted.");
      assertThat(tabletReceipt).startsWith("Receipt no.");
      assertThat(firstReceipt).as("a receipt once the database is back").isPresent();
      assertThat(SERVER.payaraPid()).as("Payara Server was not restarted").isEqualTo(payara);
      assertThat(behind).as("screens not on the closed result").isEmpty();
    } finally {
      vote.abandon();
      vote.stopScreens();
    }
  }
}
