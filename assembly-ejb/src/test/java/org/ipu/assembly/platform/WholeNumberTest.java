package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"12.5", "1e309", "2147483648", "99999999999999999999", "-1", "1001"})
  void refusesWhatIsNotAWholeNumberInRange(String json) {
    assertThat(WholeNumber.of(new BigDecimal(json), 0, 1000)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "7", "7.0", "1000", "1E+3"})
  void readsWholeNumbersInRange(String json) {
    assertThat(WholeNumber.of(new BigDecimal(json), 0, 1000)).isPresent();
  }
}
