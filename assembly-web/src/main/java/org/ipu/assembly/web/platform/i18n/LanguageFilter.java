package org.ipu.assembly.web.platform.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Applies the language switch: {@code ?lang=fr} on any page sets the visitor's language. Pages post
 * their forms in UTF-8, and this filter, the first to read a parameter, says so.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private LanguageBacking language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Reading a parameter decodes the whole form: a browser's form post names no charset, and
    // without this it would be read as ISO-8859-1 ("Contraseña" would not sign in).
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    String lang = request.getParameter("lang");
    if (lang != null) {
      Language.byCode(lang).ifPresent(language::use);
    }
    chain.doFilter(request, response);
  }
}
