package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteAllocationSettingsTest {

  private final VoteAllocationSettings defaults = Statutes.voteAllocation();

  @Test
  void defaultsAreTheStatutesValues() {
    assertThat(defaults.minimumVotes()).isEqualTo(10);
    assertThat(defaults.genderSanctionVotes()).isEqualTo(2);
    assertThat(defaults.maxVotesPerDelegate()).isEqualTo(10);
    assertThat(defaults.populationBrackets())
        .extracting(PopulationBracket::lowerBoundPersons)
        .containsExactly(
            0L,
            1_000_000L,
            5_000_000L,
            10_000_000L,
            20_000_000L,
            30_000_000L,
            40_000_000L,
            50_000_000L,
            60_000_000L,
            80_000_000L,
            100_000_000L,
            150_000_000L,
            200_000_000L,
            300_000_000L);
    assertThat(defaults.populationBrackets())
        .extracting(PopulationBracket::bonus)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
  }

  @Test
  void bracketLowerBoundsAreInclusive() {
    assertThat(defaults.bracketFor(0).bonus()).isZero();
    assertThat(defaults.bracketFor(999_999).bonus()).isZero();
    assertThat(defaults.bracketFor(1_000_000).bonus()).isEqualTo(1);
    assertThat(defaults.bracketFor(4_999_999).bonus()).isEqualTo(1);
    assertThat(defaults.bracketFor(5_000_000).bonus()).isEqualTo(2);
    assertThat(defaults.bracketFor(299_999_999).bonus()).isEqualTo(12);
    assertThat(defaults.bracketFor(300_000_000).bonus()).isEqualTo(13);
    assertThat(defaults.bracketFor(1_425_000_000).bonus()).isEqualTo(13);
  }

  @Test
  void fromMillionsConvertsToPersons() {
    assertThat(PopulationBracket.fromMillions(5, 2)).isEqualTo(new PopulationBracket(5_000_000, 2));
    assertThatThrownBy(() -> PopulationBracket.fromMillions(Long.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lowerBoundMillions");
  }

  @Test
  void rejectsBadBrackets() {
    assertThatThrownBy(() -> settingsWith(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> settingsWith(List.of(PopulationBracket.fromMillions(1, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start at 0");
    assertThatThrownBy(
            () ->
                settingsWith(
                    List.of(
                        PopulationBracket.fromMillions(0, 0),
                        PopulationBracket.fromMillions(5, 1),
                        PopulationBracket.fromMillions(5, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increase");
    assertThatThrownBy(
            () ->
                settingsWith(
                    List.of(
                        PopulationBracket.fromMillions(0, 0),
                        PopulationBracket.fromMillions(5, 1),
                        PopulationBracket.fromMillions(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increase");
    assertThatThrownBy(() -> new PopulationBracket(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bonus must not be negative");
    assertThatThrownBy(() -> new PopulationBracket(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lowerBoundPersons");
    assertThatThrownBy(() -> settingsWith(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("populationBrackets must not be null");
    assertThatThrownBy(
            () -> settingsWith(Arrays.asList(PopulationBracket.fromMillions(0, 0), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain null");
  }

  @Test
  void rejectsBadNumbers() {
    List<PopulationBracket> brackets = defaults.populationBrackets();
    assertThatThrownBy(() -> new VoteAllocationSettings(-1, brackets, 2, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumVotes");
    assertThatThrownBy(() -> new VoteAllocationSettings(10, brackets, -2, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("genderSanctionVotes");
    assertThatThrownBy(() -> new VoteAllocationSettings(10, brackets, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxVotesPerDelegate");
    assertThatThrownBy(() -> defaults.bracketFor(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("populationPersons");
  }

  @Test
  void bracketsAreCopiedAndImmutable() {
    assertThatThrownBy(
            () -> defaults.populationBrackets().add(PopulationBracket.fromMillions(500, 14)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static VoteAllocationSettings settingsWith(List<PopulationBracket> brackets) {
    return new VoteAllocationSettings(10, brackets, 2, 10);
  }
}
