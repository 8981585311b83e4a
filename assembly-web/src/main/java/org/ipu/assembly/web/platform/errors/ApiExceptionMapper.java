package org.ipu.assembly.web.platform.errors;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Turns every exception that reaches the API into a JSON {@link ApiError}. A database out of reach
 * is 503 {@code service.unavailable} with Retry-After, never a 500: the client tries again.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Inject private ApiErrors errors;

  @Context private HttpHeaders headers;

  @Context private SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof InvalidRequest invalid) {
      return errors.invalid(invalid, languages()).build();
    }
    if (cause instanceof AssemblyException refused) {
      return respond(
          status(refused.getKind()), refused.getCode(), refused.getArguments().toArray());
    }
    if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
      return security.getUserPrincipal() == null
          ? respond(401, "auth.required")
          : respond(403, "auth.forbidden");
    }
    WebApplicationException tooLarge = tooLarge(thrown);
    if (tooLarge != null) {
      // The body limit's own refusal (an upload's says its limit), else the general one.
      return tooLarge.getResponse().getEntity() instanceof ApiError
          ? tooLarge.getResponse()
          : respond(413, "request.too-large");
    }
    if (isMalformedBody(cause)) {
      LOG.log(Level.INFO, "unreadable request body: {0}", String.valueOf(cause));
      return respond(400, "request.malformed");
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return switch (status) {
        case 404 -> respond(404, "request.not-found");
        case 405 -> respond(405, "request.method-not-allowed");
        case 406 -> respond(406, "request.not-acceptable");
        case 413 -> respond(413, "request.too-large");
        case 415 -> respond(415, "request.unsupported-media-type");
        default -> status < 500 ? respond(status, "request.malformed") : serverError(thrown);
      };
    }
    if (DatabaseUnavailable.causes(thrown)) {
      LOG.log(
          Level.WARNING,
          "API request failed: the database is unavailable ({0})",
          String.valueOf(thrown));
      return errors.unavailable(languages()).build();
    }
    if (violatesAConstraint(thrown)) {
      // Two requests raced to write the same unique row (e.g. one idempotency key sent by two
      // delegations at once): the database kept one; the other is told, and nothing is half-done.
      LOG.log(
          Level.INFO, "API request refused by a database constraint: {0}", String.valueOf(thrown));
      return respond(409, "request.conflict");
    }
    return serverError(thrown);
  }

  private List<Locale> languages() {
    return Language.acceptable(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static boolean violatesAConstraint(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private Response serverError(Throwable thrown) {
    LOG.log(Level.SEVERE, "API request failed", thrown);
    return respond(500, "server.error");
  }

  private Response respond(int status, String code, Object... arguments) {
    return errors.response(status, code, languages(), arguments).build();
  }

  private static int status(AssemblyException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
    };
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The body limit's 413, which may surface inside a reader's own exception; else null. */
  private static WebApplicationException tooLarge(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
        return web;
      }
    }
    return null;
  }

  private static boolean isMalformedBody(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }
}
