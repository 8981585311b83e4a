package org.ipu.assembly.accreditation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Shares as the statistics show them: percent, one decimal, half up. */
class ShareTest {

  @Test
  void oneDecimalRoundedHalfUp() {
    assertThat(Share.percent(1, 3)).isEqualTo(33.3);
    assertThat(Share.percent(2, 3)).isEqualTo(66.7);
    assertThat(Share.percent(1, 8)).isEqualTo(12.5);
    assertThat(Share.percent(1, 16)).as("6.25 rounds up").isEqualTo(6.3);
    assertThat(Share.percent(0, 5)).isEqualTo(0.0);
    assertThat(Share.percent(5, 5)).isEqualTo(100.0);
  }

  @Test
  void noShareOfNobody() {
    assertThat(Share.percent(0, 0)).isNull();
  }

  @Test
  void aPartLargerThanTheWholeIsAMistake() {
    assertThatThrownBy(() -> Share.percent(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Share.percent(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void withinAHalfTenthOfTheExactShare(
      @ForAll @IntRange(min = 1, max = 5000) int whole, @ForAll @IntRange(min = 0) int anyPart) {
    int part = anyPart % (whole + 1);
    double exact = 100.0 * part / whole;
    double shown = Share.percent(part, whole);
    assertThat(Math.abs(shown - exact)).isLessThanOrEqualTo(0.05 + 1e-9);
    assertThat(shown * 10)
        .isCloseTo(Math.rint(shown * 10), org.assertj.core.data.Offset.offset(1e-6));
  }
}
