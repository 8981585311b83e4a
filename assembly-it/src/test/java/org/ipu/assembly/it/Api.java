package org.ipu.assembly.it;

import jakarta.json.JsonStructure;
import java.net.http.HttpResponse;
import org.ipu.assembly.testkit.AssemblyClient;
import org.ipu.assembly.testkit.Caller;

/**
 * A REST client as a tablet uses the API: HTTP Basic, JSON in and out. A thin face of the test
 * kit's {@link Caller}, on one {@link AssemblyClient} every test shares.
 */
public final class Api {

  /** A JSON answer with its status. */
  public record Answer(int status, String contentType, String body) {

    static Answer of(org.ipu.assembly.testkit.Answer answer) {
      return new Answer(answer.status(), answer.contentType(), answer.body());
    }

    private org.ipu.assembly.testkit.Answer kit() {
      return new org.ipu.assembly.testkit.Answer(
          status, contentType, java.util.Optional.empty(), body);
    }

    public JsonStructure json() {
      return kit().json();
    }

    public String code() {
      return json().asJsonObject().getString("code");
    }

    public String message() {
      return json().asJsonObject().getString("message");
    }

    /** This answer, if its status is the expected one (else an assertion error with the body). */
    public Answer expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected " + expected + ", got " + status + ": " + body);
      }
      return this;
    }
  }

  private static final AssemblyClient CLIENT = AssemblyClient.to(Deployments.base().toString());

  private volatile Caller caller;

  private Api(Caller caller) {
    this.caller = caller.accepting("application/json, */*;q=0.1");
  }

  public static Api as(String username, String password) {
    return new Api(CLIENT.as(username, password));
  }

  public static Api anonymous() {
    return new Api(CLIENT.anonymous());
  }

  /** The test kit's caller behind this client (for ballots sent until answered, sign-in, ...). */
  public Caller caller() {
    return caller;
  }

  public Api inLanguage(String language) {
    caller = caller.inLanguage(language);
    return this;
  }

  public Answer get(String path) throws Exception {
    return Answer.of(caller.get(path));
  }

  public Answer post(String path, String json) throws Exception {
    return Answer.of(caller.post(path, json));
  }

  public Answer put(String path, String json) throws Exception {
    return Answer.of(caller.put(path, json));
  }

  /** Any method, any content type, any body: for the malformed-input tests. */
  public Answer send(String method, String path, String contentType, String body) throws Exception {
    return Answer.of(caller.send(method, path, contentType, body));
  }

  /** Any method and content type with a body of bytes: a file as it is (a photo). */
  public Answer send(String method, String path, String contentType, byte[] body) throws Exception {
    return Answer.of(caller.send(method, path, contentType, body));
  }

  /** The same sent in chunks, its length not announced. */
  public Answer sendStreamed(String method, String path, String contentType, byte[] body)
      throws Exception {
    return Answer.of(caller.sendStreamed(method, path, contentType, body));
  }

  /** A GET of a file (an image): status, headers and the body as bytes. */
  public HttpResponse<byte[]> download(String path) throws Exception {
    return caller.download(path);
  }
}
