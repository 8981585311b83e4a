package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.Change.Kind.ADDED;
import static org.ipu.assembly.registration.rules.Change.Kind.CHANGED;
import static org.ipu.assembly.registration.rules.Change.Kind.REMOVED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What the Secretariat sees changed since it approved a delegation. */
class ChangeTest {

  private static final Map<String, String> AMINA =
      Map.of("name", "Amina Diallo", "category", "MEMBER_OF_PARLIAMENT", "gender", "FEMALE");
  private static final Map<String, String> JUAN =
      Map.of("name", "Juan Perez", "category", "ADVISER", "gender", "MALE");
  private static final Map<String, String> LI =
      Map.of("name", "Li Wei", "category", "MEMBER_OF_PARLIAMENT", "gender", "MALE");

  @Test
  void nothingChangedNoChanges() {
    Map<Long, Map<String, String>> same = Map.of(1L, AMINA, 2L, JUAN);
    assertThat(Change.between(same, Map.of(1L, new HashMap<>(AMINA), 2L, JUAN))).isEmpty();
    assertThat(Change.between(Map.of(), Map.of())).isEmpty();
  }

  @Test
  void anAddedParticipantIsNamed() {
    assertThat(Change.between(Map.of(1L, AMINA), Map.of(1L, AMINA, 3L, LI)))
        .containsExactly(new Change(ADDED, "Li Wei", List.of()));
  }

  @Test
  void aRemovedParticipantIsNamedAsBefore() {
    assertThat(Change.between(Map.of(1L, AMINA, 2L, JUAN), Map.of(1L, AMINA)))
        .containsExactly(new Change(REMOVED, "Juan Perez", List.of()));
  }

  @Test
  void aChangedParticipantListsTheChangedFieldsInAlphabeticalOrder() {
    Map<String, String> juanNow = new HashMap<>(JUAN);
    juanNow.put("gender", "FEMALE");
    juanNow.put("category", "MEMBER_OF_PARLIAMENT");
    juanNow.put("birthDate", "1990-01-01"); // a field that was not there before
    assertThat(Change.between(Map.of(2L, JUAN), Map.of(2L, juanNow)))
        .containsExactly(
            new Change(CHANGED, "Juan Perez", List.of("birthDate", "category", "gender")));

    Map<String, String> withoutGender = new HashMap<>(AMINA);
    withoutGender.remove("gender"); // a field that is no longer there
    assertThat(Change.between(Map.of(1L, AMINA), Map.of(1L, withoutGender)))
        .containsExactly(new Change(CHANGED, "Amina Diallo", List.of("gender")));
  }

  @Test
  void aRenamedParticipantIsNamedAsNow() {
    Map<String, String> renamed = new HashMap<>(AMINA);
    renamed.put("name", "Amina Diallo-Sow");
    assertThat(Change.between(Map.of(1L, AMINA), Map.of(1L, renamed)))
        .containsExactly(new Change(CHANGED, "Amina Diallo-Sow", List.of("name")));
  }

  @Test
  void allKindsTogetherAndUnchangedOnesLeftOut() {
    Map<String, String> liNow = new HashMap<>(LI);
    liNow.put("category", "ADVISER");
    Map<Long, Map<String, String>> before = new TreeMap<>(Map.of(1L, AMINA, 2L, JUAN, 3L, LI));
    Map<Long, Map<String, String>> after =
        new TreeMap<>(Map.of(1L, AMINA, 3L, liNow, 4L, Map.of("name", "Olga Ivanova")));

    assertThat(Change.between(before, after))
        .containsExactlyInAnyOrder(
            new Change(CHANGED, "Li Wei", List.of("category")),
            new Change(ADDED, "Olga Ivanova", List.of()),
            new Change(REMOVED, "Juan Perez", List.of()));
  }

  @Test
  void aParticipantIsKnownByIdNotByName() {
    // same name, another participant: one removed and one added
    assertThat(Change.between(Map.of(1L, AMINA), Map.of(2L, AMINA)))
        .containsExactlyInAnyOrder(
            new Change(REMOVED, "Amina Diallo", List.of()),
            new Change(ADDED, "Amina Diallo", List.of()));
  }

  @Test
  void aParticipantWithoutANameIsShownAsAQuestionMark() {
    assertThat(Change.between(Map.of(), Map.of(5L, Map.of("gender", "MALE"))))
        .containsExactly(new Change(ADDED, "?", List.of()));
    assertThat(Change.between(Map.of(5L, Map.of("gender", "MALE")), Map.of()))
        .containsExactly(new Change(REMOVED, "?", List.of()));
  }

  @Test
  void aChangeIsAValue() {
    List<String> fields = new ArrayList<>(List.of("gender"));
    Change c = new Change(CHANGED, "Li Wei", fields);
    fields.add("name");
    assertThat(c.fields()).containsExactly("gender");
    assertThatThrownBy(() -> c.fields().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Change(null, "x", List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Change(ADDED, null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  // --- properties

  private static final List<String> FIELDS =
      List.of("birthDate", "category", "gender", "head", "name", "title");

  /** A participant's fields; the name, when there, is unique to the id and may be changed. */
  private static Arbitrary<Map<String, String>> participant(long id) {
    return Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.of("a", "b"))
        .ofMaxSize(FIELDS.size())
        .map(
            fields -> {
              Map<String, String> m = new HashMap<>(fields);
              m.computeIfPresent("name", (k, v) -> "p" + id + v);
              return m;
            });
  }

  private static Arbitrary<Map<Long, Map<String, String>>> delegation() {
    return Arbitraries.longs()
        .between(1, 8)
        .set()
        .ofMaxSize(8)
        .flatMap(
            ids -> {
              List<Long> list = new ArrayList<>(ids);
              List<Arbitrary<Map<String, String>>> each =
                  list.stream().map(ChangeTest::participant).toList();
              return net.jqwik.api.Combinators.combine(each)
                  .as(
                      maps -> {
                        Map<Long, Map<String, String>> d = new HashMap<>();
                        for (int i = 0; i < list.size(); i++) {
                          d.put(list.get(i), maps.get(i));
                        }
                        return d;
                      });
            });
  }

  record Pair(Map<Long, Map<String, String>> before, Map<Long, Map<String, String>> after) {}

  @Provide
  Arbitrary<Pair> pairs() {
    Arbitrary<Pair> independent =
        net.jqwik.api.Combinators.combine(delegation(), delegation()).as(Pair::new);
    // often the same delegation with a few participants edited, so that most are unchanged
    Arbitrary<Pair> edited =
        delegation()
            .flatMap(
                before ->
                    delegation()
                        .map(
                            edits -> {
                              Map<Long, Map<String, String>> after = new HashMap<>(before);
                              edits.forEach(
                                  (id, fields) -> {
                                    if (fields.size() == 1) {
                                      after.remove(id);
                                    } else if (id % 2 == 0) {
                                      after.put(id, fields);
                                    }
                                  });
                              return new Pair(before, after);
                            }));
    return Arbitraries.oneOf(independent, edited);
  }

  @Property
  void changesAreExactlyTheAddedRemovedAndChangedParticipants(@ForAll("pairs") Pair p) {
    List<Change> expected = new ArrayList<>();
    Set<Long> ids = new HashSet<>(p.before().keySet());
    ids.addAll(p.after().keySet());
    for (long id : ids) {
      Map<String, String> then = p.before().get(id);
      Map<String, String> now = p.after().get(id);
      if (then == null) {
        expected.add(new Change(ADDED, now.getOrDefault("name", "?"), List.of()));
      } else if (now == null) {
        expected.add(new Change(REMOVED, then.getOrDefault("name", "?"), List.of()));
      } else if (!then.equals(now)) {
        List<String> fields =
            FIELDS.stream() // FIELDS is in alphabetical order
                .filter(f -> !Objects.equals(then.get(f), now.get(f)))
                .toList();
        expected.add(new Change(CHANGED, now.getOrDefault("name", "?"), fields));
      }
    }

    List<Change> changes = Change.between(p.before(), p.after());
    assertThat(changes).containsExactlyInAnyOrderElementsOf(expected);
    for (Change c : changes) {
      assertThat(c.fields()).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
      assertThat(c.fields().isEmpty()).isEqualTo(c.kind() != CHANGED);
    }
  }

  @Property
  void comparingWithItselfShowsNothingAndSwappingSwapsAddedAndRemoved(@ForAll("pairs") Pair p) {
    assertThat(Change.between(p.before(), p.before())).isEmpty();
    assertThat(Change.between(p.after(), p.after())).isEmpty();

    List<Change> forth = Change.between(p.before(), p.after());
    List<Change> back = Change.between(p.after(), p.before());
    assertThat(back.stream().filter(c -> c.kind() == ADDED).map(Change::participant).sorted())
        .containsExactlyElementsOf(
            forth.stream()
                .filter(c -> c.kind() == REMOVED)
                .map(Change::participant)
                .sorted()
                .toList());
    assertThat(back.stream().filter(c -> c.kind() == CHANGED).map(Change::fields).map(TreeSet::new))
        .containsExactlyInAnyOrderElementsOf(
            forth.stream()
                .filter(c -> c.kind() == CHANGED)
                .map(Change::fields)
                .map(TreeSet::new)
                .toList());
  }
}
