package org.ipu.assembly.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.web.registration.ParticipantPhotoResource;
import org.ipu.assembly.web.registration.RegistrationsResource;
import org.junit.jupiter.api.Test;

class SameOriginWritesTest {

  @Test
  void anOriginIsTheServersOwnWhenItNamesTheHostTheRequestWentTo() {
    assertThat(SameOriginWrites.sameAuthority("http://localhost:8080", "localhost:8080")).isTrue();
    assertThat(
            SameOriginWrites.sameAuthority("https://Assembly.example.org", "assembly.example.org"))
        .isTrue();
  }

  @Test
  void anotherHostPortOrNoOriginAtAllIsAnotherSite() {
    assertThat(SameOriginWrites.sameAuthority("http://evil.example", "localhost:8080")).isFalse();
    assertThat(SameOriginWrites.sameAuthority("http://localhost:9090", "localhost:8080")).isFalse();
    assertThat(SameOriginWrites.sameAuthority("http://localhost.evil:8080", "localhost:8080"))
        .isFalse();
    assertThat(SameOriginWrites.sameAuthority("null", "localhost:8080")).isFalse();
    assertThat(SameOriginWrites.sameAuthority("not an origin", "localhost:8080")).isFalse();
    assertThat(SameOriginWrites.sameAuthority("http://localhost:8080", null)).isFalse();
  }

  @Test
  void aChangeCarriesJsonExceptAnUploadWhichCarriesTheTypesItConsumes() throws Exception {
    assertThat(
            SameOriginWrites.accepted(
                RegistrationsResource.class.getMethod(
                    "change", long.class, ParticipantDetails.class)))
        .containsExactly("application/json");
    assertThat(SameOriginWrites.accepted(null)).containsExactly("application/json");
    assertThat(
            SameOriginWrites.accepted(
                ParticipantPhotoResource.class.getMethod("changePhoto", long.class, byte[].class)))
        .containsExactly("image/jpeg", "image/png");
  }
}
