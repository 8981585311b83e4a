package org.ipu.assembly.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.ipu.assembly.accounts.boundary.NewAccount;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.Parliament;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTest {

  @Test
  void aFocalPointActsOnlyForItsOwnParliament() throws Exception {
    Parliament france = stored(Parliament.ofCountry("FR"), 7L);
    Account focal = new Account("focal.fr", "hash", "Focal", null, Role.FOCAL_POINT, france);

    assertThat(focal.mayActFor(7L)).isTrue();
    assertThat(focal.mayActFor(8L)).isFalse();
  }

  @Test
  void theSecretariatActsForEveryParliamentAndAnObserverForNone() {
    Account secretariat = new Account("sec", "hash", "Sec", null, Role.SECRETARIAT, null);
    Account observer = new Account("obs", "hash", "Obs", null, Role.OBSERVER, null);

    assertThat(secretariat.mayActFor(8L)).isTrue();
    assertThat(observer.mayActFor(8L)).isFalse();
  }

  @Test
  void aFocalPointNeedsAParliamentAndTheSecretariatHasNone() {
    Parliament france = Parliament.ofCountry("FR");
    assertThatThrownBy(() -> new Account("f", "h", "F", null, Role.FOCAL_POINT, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Account("s", "h", "S", null, Role.SECRETARIAT, france))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "ab|Name|a@example.org|fr|1|account.username.invalid",
        "Has Space|Name|a@example.org|fr|1|account.username.invalid",
        "focal.de|   |a@example.org|fr|1|account.name.invalid",
        "focal.de|Name|null|fr|1|account.email.required",
        "focal.de|Name|not-an-email|fr|1|account.email.invalid",
        "focal.de|Name|a@example.org|de|1|account.language.invalid",
        "focal.de|Name|a@example.org|fr|null|account.parliament.required"
      })
  void aNewAccountIsRefusedWithTheCodeOfItsFirstProblem(
      String username, String name, String email, String language, Long parliament, String code) {
    NewAccount request = new NewAccount(username, name, email, language, parliament).normalized();

    assertThatThrownBy(request::validate)
        .isInstanceOfSatisfying(
            AssemblyException.class, e -> assertThat(e.getCode()).isEqualTo(code));
  }

  @Test
  void aNewAccountIsNormalizedBeforeItIsChecked() {
    NewAccount request =
        new NewAccount("  Focal.DE ", " Anna ", " anna@example.org ", " ", 3L).normalized();

    request.validate();
    assertThat(request.username()).isEqualTo("focal.de");
    assertThat(request.fullName()).isEqualTo("Anna");
    assertThat(request.email()).isEqualTo("anna@example.org");
    assertThat(request.language()).isEqualTo("en");
  }

  @Test
  void anInvitedAccountHasNoPasswordUntilItsOwnerChoosesOne() {
    Parliament france = Parliament.ofCountry("FR");
    Account invited =
        Account.invited("claire", "Claire", "c@example.org", "fr", Role.DELEGATE, france);

    assertThat(invited.hasPassword()).isFalse();
    assertThat(invited.getLanguage()).isEqualTo("fr");
    invited.choosePassword("hash");
    assertThat(invited.hasPassword()).isTrue();
  }

  private static <T extends VersionedEntity> T stored(T entity, long id) throws Exception {
    Field field = VersionedEntity.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
    return entity;
  }
}
