package org.ipu.assembly.accounts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {

  private static final Set<String> COMMON = Set.of("qwertyuiop", "password123");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "claire.martin|null|password.too-short",
        "claire.martin|''|password.too-short",
        "claire.martin|123456789|password.too-short",
        "claire.martin|Claire.Martin|password.same-as-username",
        "claire.martin|' claire.martin '|password.same-as-username",
        "claire.martin|1234567890|null",
        "claire.martin|'          '|password.blank",
        "claire.martin|'abc\tdefghij'|password.control-characters",
        "claire.martin|'abcdefghij\u0000'|password.control-characters",
        "claire.martin|QwertyUIOP|password.common",
        "claire.martin|' password123 '|password.common",
        "claire.martin|claire.martin!|null",
        "claire.martin|Contraseña-é|null"
      })
  void aPasswordIsRefusedWithTheCodeOfItsFirstProblem(
      String username, String password, String code) {
    Optional<PasswordRule.Refusal> refusal =
        PasswordRule.check(username, password, COMMON::contains);

    assertThat(refusal.map(PasswordRule.Refusal::code).orElse(null)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"مرحبا-بكم-1, null", "مرحبا, password.too-short"})
  void lengthCountsCharactersAsPeopleSeeThem(String password, String code) {
    assertThat(
            PasswordRule.check("someone", password, COMMON::contains)
                .map(PasswordRule.Refusal::code)
                .orElse(null))
        .isEqualTo("null".equals(code) ? null : code);
  }

  @Property
  void tooShortTellsTheMinimum(@ForAll @StringLength(max = 9) String password) {
    PasswordRule.Refusal refusal =
        PasswordRule.check("someone", password, COMMON::contains).orElseThrow();

    assertThat(refusal.code()).isEqualTo("password.too-short");
    assertThat(refusal.arguments()).containsExactly(PasswordRule.MIN_LENGTH);
  }

  @Property
  void anyTenToTwoHundredLettersOtherThanTheUserNameAreAccepted(
      @ForAll @StringLength(min = 10, max = 200) String password) {
    net.jqwik.api.Assume.that(!password.strip().equalsIgnoreCase("someone.else"));
    net.jqwik.api.Assume.that(!password.isBlank());
    net.jqwik.api.Assume.that(password.codePoints().noneMatch(Character::isISOControl));
    net.jqwik.api.Assume.that(
        password.codePointCount(0, password.length()) >= PasswordRule.MIN_LENGTH);

    assertThat(PasswordRule.check("someone.else", password, COMMON::contains)).isEmpty();
  }

  @Property
  void tooLongIsRefused(@ForAll @StringLength(min = 201, max = 400) String password) {
    net.jqwik.api.Assume.that(password.codePointCount(0, password.length()) > 200);

    assertThat(PasswordRule.check("someone", password, COMMON::contains).orElseThrow().code())
        .isEqualTo("password.too-long");
  }
}
