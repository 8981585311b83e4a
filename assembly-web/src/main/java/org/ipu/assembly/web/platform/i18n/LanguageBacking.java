package org.ipu.assembly.web.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ipu.assembly.platform.AssemblyException;

/**
 * The language of the pages for this request: the one chosen with the language switch (a {@code
 * lang} parameter on any page, which {@link LanguageFilter} keeps in a cookie), else the browser's
 * preference. Kept in no session: a visitor who has not signed in has none.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

  /** The cookie that keeps the language chosen with the switch. */
  static final String COOKIE = "lang";

  @Inject private HttpServletRequest request;

  private Language language;

  public Language getCurrent() {
    if (language == null) {
      language =
          chosen(request).orElseGet(() -> Language.bestFor(request.getLocales().asIterator()));
    }
    return language;
  }

  /** The language chosen on this request ({@code ?lang=}) or earlier (the cookie), if any. */
  static Optional<Language> chosen(HttpServletRequest request) {
    String asked = request.getParameter("lang");
    if (asked != null && Language.byCode(asked).isPresent()) {
      return Language.byCode(asked);
    }
    return cookie(request).flatMap(Language::byCode);
  }

  /** The value of the language cookie the request carries, if any. */
  static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> COOKIE.equals(c.getName()))
            .findFirst()
            .map(Cookie::getValue);
  }

  public Locale getLocale() {
    return getCurrent().locale();
  }

  public String getCode() {
    return getCurrent().code();
  }

  public String getDirection() {
    return getCurrent().direction();
  }

  /**
   * The words a page's script needs, in the page's language, as JSON for a {@code data-texts}
   * attribute: every bundle key starting with one of the comma-separated prefixes.
   */
  public String scriptTexts(String prefixes) {
    ResourceBundle bundle = ResourceBundle.getBundle(Language.BUNDLE, getLocale());
    JsonObjectBuilder json = Json.createObjectBuilder();
    List<String> wanted = List.of(prefixes.split(","));
    for (String key : bundle.keySet()) {
      if (wanted.stream().anyMatch(key::startsWith)) {
        json.add(key, bundle.getString(key));
      }
    }
    return json.build().toString();
  }

  /** The message, in the page's language, for a refused request. */
  public String refusal(AssemblyException refused) {
    return getCurrent().text("error." + refused.getCode(), refused.getArguments().toArray());
  }

  /** Adds a message from the bundle to the page. */
  public void inform(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, getCurrent().text(key, arguments), null));
  }

  /** Adds a refusal to the page and marks the request as failed, so that forms keep their input. */
  public void refuse(AssemblyException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(refused), null));
    faces.validationFailed();
  }

  /**
   * Adds refusals already in the page's language, one message each, and marks the request as
   * failed, so that forms keep their input.
   */
  public void refuseAll(List<String> messages) {
    FacesContext faces = FacesContext.getCurrentInstance();
    messages.forEach(
        m -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
    faces.validationFailed();
  }

  /**
   * Answers the whole page with the refusal's status (403, 404, or 400) and its message in the
   * page's language, in place of the page (a view action that may not show it).
   */
  public void refusePage(AssemblyException refused) throws java.io.IOException {
    int status =
        switch (refused.getKind()) {
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          default -> 400;
        };
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, refusal(refused));
    faces.responseComplete();
  }

  public List<Language> getAll() {
    return List.of(Language.values());
  }

  /** The current page's address in another language, keeping its other parameters. */
  public String linkTo(Language other) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    StringBuilder link =
        new StringBuilder(external.getRequestContextPath())
            .append(external.getRequestServletPath())
            .append("?lang=")
            .append(other.code());
    external
        .getRequestParameterValuesMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("lang")
                  && !name.startsWith("jakarta.faces")
                  && !name.contains(":")) {
                for (String value : values) {
                  link.append('&')
                      .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                      .append('=')
                      .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
              }
            });
    return link.toString();
  }
}
