package org.ipu.assembly.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries, pages and API alike: no framing by other sites, no content
 * sniffing, no address sent to other sites, no camera, microphone or location for any page but the
 * check-in desk, which reads badges with the camera on its own page ({@value #DESK}), HSTS when
 * served over HTTPS, and a Content-Security-Policy: everything from the Assembly's own address
 * only, no plugins, forms posted only to the Assembly, and no inline script. The policy is written
 * once, as PrimeFaces' {@value #POLICY} in {@code web.xml}: PrimeFaces, in CSP mode, sends it for
 * every page with the page's nonce added to {@code script-src} and gives that nonce to its scripts
 * and to a script that binds the inline event handlers; every other answer gets it as it is. The
 * page's header replaces the one set here (one policy per answer, never two intersecting).
 */
// Error pages too: the page rendered for a 403 or 404 gets the wrapper, so its policy is one.
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /** The context parameter holding the policy. */
  static final String POLICY = "primefaces.CSP_POLICY";

  private String policy;

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  /** The check-in desk's page, the one that may use the camera. */
  static final String DESK = "/secretariat/check-in.xhtml";

  static final String DESK_PERMISSIONS_POLICY =
      "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

  @Override
  public void init() throws ServletException {
    policy = getServletContext().getInitParameter(POLICY);
    if (policy == null || policy.isBlank()) {
      throw new ServletException("web.xml names no " + POLICY);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy",
        DESK.equals(request.getServletPath()) ? DESK_PERMISSIONS_POLICY : PERMISSIONS_POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getServletPath();
    boolean page = !path.startsWith("/api/") && !path.startsWith("/ws/");
    chain.doFilter(request, page ? new OnePolicy(response) : response);
  }

  /** PrimeFaces adds its policy (with the page's nonce): it replaces the one without. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
