package org.ipu.assembly.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries, pages and API alike: no framing by other sites, no content
 * sniffing, no address sent to other sites, no camera, microphone or location for any page but the
 * check-in desk, which reads badges with the camera on its own page ({@value #DESK}), HSTS when
 * served over HTTPS, and a Content-Security-Policy that the pages satisfy: everything from the
 * Assembly's own address only, no plugins, forms posted only to the Assembly. It still allows the
 * inline scripts that JSF and PrimeFaces write into pages ({@code 'unsafe-inline'}; nonces are not
 * in place yet).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  /** The check-in desk's page, the one that may use the camera. */
  static final String DESK = "/secretariat/check-in.xhtml";

  static final String DESK_PERMISSIONS_POLICY =
      "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy",
        DESK.equals(request.getServletPath()) ? DESK_PERMISSIONS_POLICY : PERMISSIONS_POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
