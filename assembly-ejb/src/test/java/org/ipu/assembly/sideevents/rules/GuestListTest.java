package org.ipu.assembly.sideevents.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GuestListTest {

  @Test
  void theFirstRepliesAttendTheOthersWaitInOrder() {
    GuestList list = new GuestList(2, List.of(10L, 11L, 12L, 13L));
    assertThat(list.attending()).containsExactly(10L, 11L);
    assertThat(list.waiting()).containsExactly(12L, 13L);
    assertThat(list.placeOf(11L)).isEqualTo(new GuestList.Place(true, 0));
    assertThat(list.placeOf(13L)).isEqualTo(new GuestList.Place(false, 2));
    assertThat(list.placeOf(99L)).isNull();
  }

  @Test
  void aWithdrawnPlaceGoesToTheFirstWaitingAndTheOthersMoveUp() {
    GuestList before = new GuestList(2, List.of(10L, 11L, 12L, 13L));
    GuestList after = before.without(10L);
    assertThat(after.promotedSince(before)).containsExactly(12L);
    assertThat(after.placeOf(13L)).isEqualTo(new GuestList.Place(false, 1));
    // someone waiting withdraws: nobody promoted
    assertThat(before.without(13L).promotedSince(before)).isEmpty();
  }

  /** However many reply and withdraw, never more attend than there are places. */
  @Property
  void neverMoreAttendThanPlaces(
      @ForAll @IntRange(min = 0, max = 30) int places,
      @ForAll @IntRange(min = 0, max = 80) int replies,
      @ForAll @IntRange(min = 0, max = 80) int withdrawn) {
    GuestList list = new GuestList(places, LongStream.range(0, replies).boxed().toList());
    List<Long> gone = new ArrayList<>();
    for (long r = 0; r < Math.min(withdrawn, replies); r += 2) {
      GuestList next = list.without(r);
      assertThat(next.promotedSince(list)).hasSizeLessThanOrEqualTo(1);
      list = next;
      gone.add(r);
    }
    assertThat(list.attending()).hasSize(Math.min(places, replies - gone.size()));
    GuestList last = list;
    assertThat(list.attending()).noneMatch(a -> last.waiting().contains(a) || gone.contains(a));
  }
}
