package org.ipu.assembly.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Applies the language switch: {@code ?lang=fr} on any page sets the visitor's language. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private LanguageBacking language;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String lang = request.getParameter("lang");
    if (lang != null) {
      Language.byCode(lang).ifPresent(language::use);
    }
    chain.doFilter(request, response);
  }
}
