package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

/**
 * Accounts opened as the Assembly opens them, by invitation: the test reads the mail GreenMail
 * received and sets the password through the link, as the person would.
 */
public final class Invited {

  private Invited() {}

  /** Sets the password through the invitation mailed to {@code email}; returns the user name. */
  public static String acceptInvitation(String email, String password) throws Exception {
    Mailbox.Mail mail = Mailbox.awaitMailTo(email);
    Api.Answer answer =
        Api.anonymous()
            .post(
                "/api/public/invitations/accept",
                Json.createObjectBuilder()
                    .add("token", mail.token())
                    .add("password", password)
                    .build()
                    .toString());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().asJsonObject().getString("username");
  }

  /** A JSON body for {@code POST /api/accounts} or {@code /api/accounts/delegates}. */
  public static String newAccount(
      String username, String fullName, String email, String language, long parliamentId) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("fullName", fullName)
        .add("email", email)
        .add("language", language)
        .add("parliamentId", parliamentId)
        .build()
        .toString();
  }
}
