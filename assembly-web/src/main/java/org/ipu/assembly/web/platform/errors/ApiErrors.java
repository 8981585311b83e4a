package org.ipu.assembly.web.platform.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.web.platform.i18n.Language;

/** Builds {@link ApiError}s in the client's language (its {@code Accept-Language}). */
@ApplicationScoped
public class ApiErrors {

  private final Jsonb jsonb = JsonbBuilder.create();

  public ApiError error(int status, String code, List<Locale> languages, Object... arguments) {
    Language language = Language.bestFor(languages.iterator());
    return new ApiError(status, code, language.text("error." + code, arguments));
  }

  public Response.ResponseBuilder response(
      int status, String code, List<Locale> languages, Object... arguments) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(error(status, code, languages, arguments));
  }

  /** 400 for a request refused by its constraints: the first problem, and each field's. */
  public Response.ResponseBuilder invalid(InvalidRequest invalid, List<Locale> languages) {
    Language language = Language.bestFor(languages.iterator());
    List<ApiError.FieldError> fields =
        invalid.getProblems().stream()
            .map(
                p ->
                    new ApiError.FieldError(
                        p.field(),
                        p.code(),
                        language.text("error." + p.code(), p.arguments().toArray())))
            .toList();
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(400, invalid.getCode(), fields.get(0).message(), fields));
  }

  /** 503 {@code service.unavailable}: the database is out of reach; try again after Retry-After. */
  public Response.ResponseBuilder unavailable(List<Locale> languages) {
    return response(503, "service.unavailable", languages)
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
  }

  /** Writes 503 {@code service.unavailable} with Retry-After straight to a servlet response. */
  public void writeUnavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "service.unavailable");
  }

  /** Writes the error straight to a servlet response (used before JAX-RS is reached). */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      Object... arguments)
      throws IOException {
    ApiError error =
        error(status, code, Language.acceptable(request.getHeader("Accept-Language")), arguments);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(jsonb.toJson(error));
    response.flushBuffer();
  }
}
