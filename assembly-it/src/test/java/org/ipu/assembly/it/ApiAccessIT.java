package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Deployments.DEMO_PASSWORD;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may use which REST resource, and how the API refuses: JSON with a stable code. */
class ApiAccessIT extends IntegrationTest {

  private static Fixtures.Parliament ours;
  private static Fixtures.Parliament theirs;

  private final Api secretariat = Api.as("secretariat", DEMO_PASSWORD);
  private Api focalPoint;

  @BeforeAll
  static void parliamentsOfItsOwn() throws Exception {
    ours = Plenary.parliament(68_400_000, 0);
    theirs = Plenary.parliament(56_000_000, 0);
  }

  @BeforeEach
  void signIn() {
    focalPoint = Api.as(ours.focalPoint(), DEMO_PASSWORD);
  }

  @Test
  void withoutSignInTheApiAnswers401AsJson() throws Exception {
    Api.Answer answer = Api.anonymous().get("/api/parliaments");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.code()).isEqualTo("auth.required");
  }

  @Test
  void aWrongPasswordIsRefusedInTheClientsLanguage() throws Exception {
    Api.Answer answer =
        Api.as(theirs.focalPoint(), "not-the-password").inLanguage("fr").get("/api/accounts/me");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.code()).isEqualTo("auth.invalid");
    assertThat(answer.message()).contains("mot de passe");
  }

  @Test
  void theSecretariatListsTheMemberParliamentsWithGroupsAndStatus() throws Exception {
    Api.Answer answer = secretariat.get("/api/parliaments");

    assertThat(answer.status()).isEqualTo(200);
    JsonArray parliaments = answer.json().asJsonArray();
    assertThat(parliaments.size()).isGreaterThan(170);
    JsonObject france =
        parliaments.getValuesAs(JsonObject.class).stream()
            .filter(p -> "FR".equals(p.getString("countryCode", null)))
            .findFirst()
            .orElseThrow();
    assertThat(france.getString("name")).isEqualTo("France");
    assertThat(france.getString("status")).isEqualTo("MEMBER");
    assertThat(france.getJsonArray("groups").getString(0)).isEqualTo("TWELVE_PLUS");
  }

  @Test
  void aFocalPointCannotListEveryParliament() throws Exception {
    Api.Answer answer = focalPoint.get("/api/parliaments");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.code()).isEqualTo("auth.forbidden");
  }

  @Test
  void aFocalPointSeesItsOwnParliamentButNotAnothers() throws Exception {
    long own =
        focalPoint
            .get("/api/accounts/me")
            .json()
            .asJsonObject()
            .getJsonNumber("parliamentId")
            .longValue();
    long others =
        Api.as(theirs.focalPoint(), DEMO_PASSWORD)
            .get("/api/accounts/me")
            .json()
            .asJsonObject()
            .getJsonNumber("parliamentId")
            .longValue();

    assertThat(focalPoint.get("/api/parliaments/" + own).status()).isEqualTo(200);
    Api.Answer other = focalPoint.get("/api/parliaments/" + others);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.code()).isEqualTo("auth.other-parliament");
  }

  @Test
  void theSecretariatOpensAFocalPointAccountThatCanThenSignIn() throws Exception {
    long parliament = ours.id();
    String username = ours.focalPoint() + ".second";
    String email = username + "@example.org";

    Api.Answer created =
        secretariat.post(
            "/api/accounts", Invited.newAccount(username, "Anna Schmidt", email, "de", parliament));
    assertThat(created.code()).isEqualTo("account.language.invalid");
    created =
        secretariat.post(
            "/api/accounts", Invited.newAccount(username, "Anna Schmidt", email, "en", parliament));

    assertThat(created.status()).isEqualTo(201);
    assertThat(Invited.acceptInvitation(email, "a-long-password")).isEqualTo(username);
    Api.Answer me = Api.as(username, "a-long-password").get("/api/accounts/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().asJsonObject().getString("role")).isEqualTo("FOCAL_POINT");
    assertThat(
            secretariat
                .post(
                    "/api/accounts",
                    Invited.newAccount(
                        username, "Someone Else", "else@example.org", "en", parliament))
                .code())
        .isEqualTo("account.username.taken");
  }

  @Test
  void aFocalPointOpensDelegateAccountsForItsOwnParliamentOnly() throws Exception {
    long ownId =
        focalPoint
            .get("/api/accounts/me")
            .json()
            .asJsonObject()
            .getJsonNumber("parliamentId")
            .longValue();
    long others =
        Api.as(theirs.focalPoint(), DEMO_PASSWORD)
            .get("/api/accounts/me")
            .json()
            .asJsonObject()
            .getJsonNumber("parliamentId")
            .longValue();
    String username = ours.head() + ".new";
    String email = username + "@example.org";

    Api.Answer own =
        focalPoint.post(
            "/api/accounts/delegates",
            Invited.newAccount(username, "Claire Martin", email, "fr", ownId));
    Api.Answer other =
        focalPoint.post(
            "/api/accounts/delegates",
            Invited.newAccount(username + "-ke", "Not Mine", "ke-" + email, "en", others));

    assertThat(own.status()).isEqualTo(201);
    assertThat(own.json().asJsonObject().getString("role")).isEqualTo("DELEGATE");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.code()).isEqualTo("auth.other-parliament");
    Invited.acceptInvitation(email, "a-long-password");
    assertThat(Api.as(username, "a-long-password").get("/api/plenary/presence/me").status())
        .isEqualTo(200);
  }

  @Test
  void aLoginAccountAloneIsNoDelegateOfTheAssembly() throws Exception {
    String username = ours.head() + ".unregistered";
    String email = username + "@example.org";
    focalPoint
        .post(
            "/api/accounts/delegates",
            Invited.newAccount(username, "Not Registered", email, "en", ours.id()))
        .expect(201);
    Invited.acceptInvitation(email, "a-long-password");
    Api unregistered = Api.as(username, "a-long-password");
    long id = Plenary.accounts().get(username);

    assertThat(unregistered.post("/api/plenary/check-in", "").code())
        .as("no approved registration accredits the account")
        .isEqualTo("presence.not-accredited");
    assertThat(secretariat.put("/api/plenary/presence/" + id, "{\"state\": \"PRESENT\"}").code())
        .isEqualTo("presence.not-accredited");
    assertThat(
            Api.as(ours.head(), DEMO_PASSWORD)
                .post("/api/plenary/designations", "{\"accountId\": " + id + "}")
                .code())
        .isEqualTo("presence.not-a-delegate");
  }

  @Test
  void theApiIsDescribedByAnOpenApiDocument() throws Exception {
    Api.Answer openapi = Api.anonymous().get("/openapi");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("openapi", "/api/votes/{id}/ballots", "/api/parliaments");
  }

  @Test
  void aFocalPointCannotOpenAccounts() throws Exception {
    Api.Answer answer =
        focalPoint.post(
            "/api/accounts", Invited.newAccount("sneaky", "X", "sneaky@example.org", "en", 1));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(secretariat.get("/api/accounts").body()).doesNotContain("\"sneaky\"");
  }

  @Test
  void badInputGetsA4xxJsonErrorNeverAStackTrace() throws Exception {
    assertThat(secretariat.post("/api/accounts", "{\"username\": ").code())
        .isEqualTo("request.malformed");
    assertThat(secretariat.post("/api/accounts", "{\"parliamentId\": \"abc\"}").code())
        .isEqualTo("request.malformed");
    assertThat(secretariat.post("/api/accounts", "{}").code())
        .isEqualTo("account.username.invalid");
    Api.Answer unknown =
        secretariat.post(
            "/api/accounts",
            Invited.newAccount("nobody.here", "N", "nobody@example.org", "en", 999999));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("parliament.not-found");
    assertThat(secretariat.get("/api/no-such-thing").code()).isEqualTo("request.not-found");
  }
}
