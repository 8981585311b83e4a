package org.ipu.assembly.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/** {@code secretariat/accounts.xhtml}: the accounts, and opening one for a focal point. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A parliament to choose from, named in the page's language. */
  public record Choice(long id, String name) implements Serializable {}

  /** An account row, with its parliament's name in the page's language. */
  public record Row(
      String username,
      String fullName,
      String email,
      String role,
      String parliament,
      boolean passwordSet)
      implements Serializable {}

  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private List<Row> rows;
  private List<Choice> parliaments;
  private String username;
  private String fullName;
  private String email;
  private String mailLanguage;
  private Long parliamentId;

  @PostConstruct
  void load() {
    rows = accounts.all().stream().map(this::row).toList();
    parliaments =
        roster.currentMemberships().stream()
            .map(
                m ->
                    new Choice(
                        m.getParliament().getId(), m.getParliament().name(language.getLocale())))
            .sorted(Comparator.comparing(Choice::name, Collator.getInstance(language.getLocale())))
            .toList();
  }

  private Row row(Account account) {
    return new Row(
        account.getUsername(),
        account.getFullName(),
        account.getEmail(),
        account.getRole().name(),
        account.getParliament() == null ? "" : account.getParliament().name(language.getLocale()),
        account.hasPassword());
  }

  public void open() {
    try {
      Account created =
          accounts.openFocalPointAccount(
              new NewAccount(username, fullName, email, getLanguage(), parliamentId));
      language.inform("accounts.opened", created.getUsername(), created.getEmail());
      username = fullName = email = mailLanguage = null;
      parliamentId = null;
      rows = accounts.all().stream().map(this::row).toList();
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Choice> getParliaments() {
    return parliaments;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** The language the invitation is written in: the page's language unless chosen. */
  public String getLanguage() {
    return mailLanguage == null ? language.getCode() : mailLanguage;
  }

  public void setLanguage(String mailLanguage) {
    this.mailLanguage = mailLanguage;
  }

  public Long getParliamentId() {
    return parliamentId;
  }

  public void setParliamentId(Long parliamentId) {
    this.parliamentId = parliamentId;
  }
}
