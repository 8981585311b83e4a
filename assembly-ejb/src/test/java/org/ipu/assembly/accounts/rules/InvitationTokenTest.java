package org.ipu.assembly.accounts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aTokenCarriesAtLeast128RandomBitsInUrlSafeText() {
    InvitationToken token = InvitationToken.random(random);

    assertThat(Base64.getUrlDecoder().decode(token.value()).length * 8).isGreaterThanOrEqualTo(128);
    assertThat(token.value()).matches("[A-Za-z0-9_-]+");
    assertThat(InvitationToken.isWellFormed(token.value())).isTrue();
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      assertThat(seen.add(InvitationToken.random(random).value())).isTrue();
    }
  }

  @Test
  void onlyTheHashIsStoredAndItIsTheSha256OfTheToken() {
    InvitationToken token = new InvitationToken("abc");

    assertThat(token.hash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(token.toString()).doesNotContain("abc");
  }

  @Property
  void theHashIs64HexDigitsAndNeverTheTokenItself(@ForAll("tokens") String value) {
    InvitationToken token = new InvitationToken(value);

    assertThat(token.hash()).matches("[0-9a-f]{64}").isNotEqualTo(value);
    assertThat(token.hash()).isEqualTo(new InvitationToken(value).hash());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> tokens() {
    return net.jqwik.api.Arbitraries.randomValue(r -> InvitationToken.random(random).value());
  }

  @Test
  void garbageIsNotAToken() {
    assertThat(InvitationToken.isWellFormed(null)).isFalse();
    assertThat(InvitationToken.isWellFormed("")).isFalse();
    assertThat(InvitationToken.isWellFormed("short")).isFalse();
    assertThat(InvitationToken.isWellFormed("' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
        .isFalse();
    assertThat(InvitationToken.isWellFormed("a".repeat(44))).isFalse();
  }
}
