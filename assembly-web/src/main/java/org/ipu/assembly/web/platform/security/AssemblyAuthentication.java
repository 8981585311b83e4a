package org.ipu.assembly.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.errors.DatabaseUnavailable;

/**
 * Signs people in. Pages: the sign-in form calls {@code SecurityContext.authenticate} and the HTTP
 * session remembers the caller; a protected page without a caller redirects to the sign-in page.
 * REST: an {@code Authorization: Basic} header is checked on every request and never creates a
 * session (1,500 tablets would otherwise leave 1,500 sessions per vote); a protected {@code /api}
 * resource without a caller answers 401 with a JSON error, never a redirect; when the accounts
 * cannot be read (database out of reach) a Basic request answers 503 {@code service.unavailable}.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/assembly",
    callerQuery =
        "SELECT password_hash FROM account WHERE username = ? AND active = TRUE"
            + " AND password_hash IS NOT NULL",
    groupsQuery = "SELECT role FROM account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
public class AssemblyAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;

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
      CredentialValidationResult result = identityStores.validate(normalized(form));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request.getSession(true);
        request.changeSessionId();
        request
            .getSession()
            .setAttribute(
                SESSION_KEY,
                new SignedIn(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      CredentialValidationResult result;
      try {
        result = validateBasic(authorization.substring(6).trim());
      } catch (RuntimeException storeFailed) {
        if (DatabaseUnavailable.causes(storeFailed)) {
          return unavailable(request, response);
        }
        throw storeFailed;
      }
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
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

  private CredentialValidationResult validateBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return identityStores.validate(
        normalized(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1))));
  }

  /** Usernames are stored in lower case; people type them as they like. */
  private static UsernamePasswordCredential normalized(UsernamePasswordCredential credential) {
    return new UsernamePasswordCredential(
        credential.getCaller().trim().toLowerCase(Locale.ROOT), credential.getPassword());
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
