package org.ipu.assembly.web.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Applies the language switch: {@code ?lang=fr} on any page sets the visitor's language, kept in a
 * cookie (a year, this site only) rather than a session. Pages post their forms in UTF-8, and this
 * filter, the first to read a parameter, says so. Being the first, it also refuses a form over
 * {@value #MAX_FORM_BYTES} bytes with 413 before anything reads it: no page posts that much (a
 * photo goes as a file upload, limited on its own).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The largest form a page may post (URL-encoded); the largest page form is a few kilobytes. */
  static final long MAX_FORM_BYTES = 512 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && request.getContentType() != null
        && request.getContentType().startsWith("application/x-www-form-urlencoded")
        && request.getContentLengthLong() > MAX_FORM_BYTES) {
      refuseTooLarge(request, response);
      return;
    }
    // Reading a parameter decodes the whole form: a browser's form post names no charset, and
    // without this it would be read as ISO-8859-1 ("Contraseña" would not sign in).
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    String lang = request.getParameter("lang");
    if (lang != null
        && Language.byCode(lang).isPresent()
        && !LanguageBacking.cookie(request).orElse("").equals(lang)) {
      response.addHeader(
          "Set-Cookie",
          LanguageBacking.COOKIE
              + "="
              + lang
              + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
              + (request.isSecure() ? "; Secure" : ""));
    }
    chain.doFilter(request, response);
  }

  /**
   * The 413 page, written here: the error page would be a JSF view, and JSF reads a post's form
   * (which the server refuses to parse, being too large) to tell whether it is a postback.
   */
  private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Language visitor = Language.bestFor(request.getLocales().asIterator());
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader("Connection", "close");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + visitor.code()
                + "\" dir=\""
                + visitor.direction()
                + "\"><head><meta charset=\"utf-8\"/><title>"
                + visitor.text("error.page.413")
                + "</title></head><body><h1>"
                + visitor.text("error.page.413")
                + "</h1><p>"
                + visitor.text("error.page.413.detail")
                + "</p><p><a href=\"/\">"
                + visitor.text("error.page.back")
                + "</a></p></body></html>");
  }
}
