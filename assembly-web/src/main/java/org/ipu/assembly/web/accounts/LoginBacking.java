package org.ipu.assembly.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ipu.assembly.accounts.boundary.SignInResult;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.ipu.assembly.web.platform.security.AssemblyAuthentication;

/** The sign-in form ({@code login.xhtml}) and sign-out. */
@Named("login")
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private LanguageBacking language;
  @Inject private RoleHome roleHome;

  private String username;
  private String password;
  private String continueTo;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password)));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + target());
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        password = null;
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(external), null));
      }
    }
  }

  /** Why the form was refused: a wrong user name or password, or too many failures. */
  private String refusal(ExternalContext external) {
    if (external.getRequestMap().get(AssemblyAuthentication.HELD) instanceof SignInResult held) {
      return language.getCurrent().text("error." + held.heldCode(), held.retryAfterSeconds());
    }
    return language.getCurrent().text("login.failed");
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?lang=" + language.getCode());
  }

  /**
   * Where to go after signing in: the page asked for, if it is one of ours, else the role's home.
   */
  private String target() {
    if (continueTo != null
        && continueTo.startsWith("/")
        && !continueTo.startsWith("//")
        && !continueTo.contains("\\")
        && !continueTo.startsWith(AssemblyAuthentication.LOGIN_PAGE)) {
      return continueTo;
    }
    return roleHome.path();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
