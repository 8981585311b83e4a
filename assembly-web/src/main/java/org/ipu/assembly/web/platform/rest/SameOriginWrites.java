package org.ipu.assembly.web.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipu.assembly.web.platform.errors.ApiErrors;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * Guards the API's changes against cross-site request forgery. A page on another site can make a
 * signed-in browser send a form (plain text, URL-encoded, multipart) with the session cookie, but
 * not a JSON request: so a {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} must say it
 * carries JSON, even with no body (415 {@code request.unsupported-media-type}); and one that the
 * browser marks as coming from another site ({@code Sec-Fetch-Site} {@code cross-site} or {@code
 * same-site}, or an {@code Origin} other than the server's own address) is refused with 403 {@code
 * request.cross-origin}. Tablets, scripts and tests send neither header and are not concerned.
 *
 * <p>A method marked {@link Upload} takes a file instead (a badge photo: {@code image/jpeg} or
 * {@code image/png}, as its {@code @Consumes} says). That is as safe: another site's page can send
 * neither those types nor a {@code PUT} without the browser first asking the server (a CORS
 * preflight), which this server never grants; and the check of the site comes first all the same.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class SameOriginWrites implements ContainerRequestFilter {

  private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject private ApiErrors errors;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!CHANGES.contains(request.getMethod())) {
      return;
    }
    if (fromAnotherSite(request)) {
      request.abortWith(
          errors
              .response(
                  403,
                  "request.cross-origin",
                  Language.acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
              .build());
    } else if (!accepts(resource == null ? null : resource.getResourceMethod(), request)) {
      request.abortWith(
          errors
              .response(
                  415,
                  "request.unsupported-media-type",
                  Language.acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
              .build());
    }
  }

  private static boolean accepts(Method method, ContainerRequestContext request) {
    MediaType sent = typeOrNone(request);
    return accepted(method).stream().anyMatch(type -> MediaType.valueOf(type).isCompatible(sent));
  }

  /** The media types a change may carry: JSON, or the types an {@link Upload} consumes. */
  static List<String> accepted(Method method) {
    if (method == null || !method.isAnnotationPresent(Upload.class)) {
      return List.of(MediaType.APPLICATION_JSON);
    }
    Consumes consumes = method.getAnnotation(Consumes.class);
    return consumes == null
        ? List.of()
        : Arrays.stream(consumes.value())
            .flatMap(types -> Arrays.stream(types.split(",")))
            .map(String::strip)
            .filter(type -> !type.contains("*"))
            .toList();
  }

  private static MediaType typeOrNone(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    return type == null || type.isWildcardType() ? new MediaType("none", "none") : type;
  }

  /** Whether the browser says the request comes from a page of another site. */
  static boolean fromAnotherSite(ContainerRequestContext request) {
    String site = request.getHeaderString("Sec-Fetch-Site");
    if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
      return true;
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return false;
    }
    String forwarded = request.getHeaderString("X-Forwarded-Host");
    String host = forwarded != null ? forwarded : request.getHeaderString("Host");
    return !sameAuthority(origin, host);
  }

  /**
   * Whether an {@code Origin} (scheme, host, port if not the default) names the host the request
   * was sent to ({@code Host}: host, port if not the default), as the browser wrote both.
   */
  static boolean sameAuthority(String origin, String host) {
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      String authority = URI.create(origin.trim()).getRawAuthority();
      return authority != null
          && authority.toLowerCase(Locale.ROOT).equals(host.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException notAnOrigin) {
      return false;
    }
  }
}
