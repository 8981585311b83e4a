package org.ipu.assembly.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.ipu.assembly.accounts.boundary.SignIn;
import org.ipu.assembly.accounts.boundary.SignInResult;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.errors.DatabaseUnavailable;

/**
 * Signs people in. Pages: the sign-in form calls {@code SecurityContext.authenticate} and the HTTP
 * session remembers the caller; a protected page without a caller redirects to the sign-in page.
 * REST: an {@code Authorization: Basic} header is checked on every request and never creates a
 * session (1,500 tablets would otherwise leave 1,500 sessions per vote); a protected {@code /api}
 * resource without a caller answers 401 with a JSON error, never a redirect; when the accounts
 * cannot be read (database out of reach) a Basic request answers 503 {@code service.unavailable}.
 * The password is checked by {@link SignIn}: an attempt it does not try (too many failures) is 429
 * {@code auth.slow-down} or {@code auth.locked} with {@code Retry-After} on the API, a message on
 * the form.
 */
@ApplicationScoped
public class AssemblyAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * The request attribute holding the {@link SignInResult} of a sign-in that was not tried (wait,
   * or locked), for the sign-in form's message.
   */
  public static final String HELD = AssemblyAuthentication.class.getName() + ".held";

  @Inject private SignIn signIn;

  @Inject private ApiErrors apiErrors;

  /** What the session keeps of a caller signed in with the form. */
  private record SignedIn(String name, Set<String> groups) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final String SESSION_KEY = AssemblyAuthentication.class.getName();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      SignInResult result =
          signIn.check(form.getCaller(), form.getPasswordAsString(), from(request));
      if (!result.signedIn()) {
        if (result.held()) {
          request.setAttribute(HELD, result);
        }
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(SESSION_KEY, new SignedIn(result.username(), Set.of(result.role())));
      return context.notifyContainerAboutLogin(result.username(), Set.of(result.role()));
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<SignInResult> result;
      try {
        result = checkBasic(authorization.substring(6).trim(), from(request));
      } catch (RuntimeException storeFailed) {
        if (DatabaseUnavailable.causes(storeFailed)) {
          return unavailable(request, response);
        }
        throw storeFailed;
      }
      if (result.isPresent() && result.get().signedIn()) {
        return context.notifyContainerAboutLogin(
            result.get().username(), Set.of(result.get().role()));
      }
      if (result.isPresent() && result.get().held()) {
        return tooManyFailures(request, response, result.get());
      }
      return unauthorized(request, response, "auth.invalid");
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(request, response, "auth.required");
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?continue="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  /** The Basic credentials checked, or empty when they are not Basic credentials at all. */
  private Optional<SignInResult> checkBasic(String encoded, String address) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    return Optional.of(
        signIn.check(decoded.substring(0, colon), decoded.substring(colon + 1), address));
  }

  /** The address the attempt comes from, as the server sees it. */
  private static String from(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /** 429: the attempt was not tried; {@code Retry-After} says when the next one will be. */
  private AuthenticationStatus tooManyFailures(
      HttpServletRequest request, HttpServletResponse response, SignInResult held) {
    try {
      response.setHeader("Retry-After", Long.toString(held.retryAfterSeconds()));
      apiErrors.write(request, response, 429, held.heldCode(), held.retryAfterSeconds());
    } catch (IOException e) {
      response.setStatus(429);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /**
   * The accounts cannot be read (database out of reach): 503, try again, rather than a 500 or a
   * false 401.
   */
  private AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      apiErrors.writeUnavailable(request, response);
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String code) {
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Assembly\", charset=\"UTF-8\"");
      apiErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, code);
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
