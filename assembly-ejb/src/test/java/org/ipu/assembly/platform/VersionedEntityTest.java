package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionedEntityTest {

  static class Thing extends VersionedEntity {}

  static class OtherThing extends VersionedEntity {}

  /** What the JPA provider does on persist: assigns the generated id. */
  private static <T extends VersionedEntity> T persisted(T entity, long id) throws Exception {
    var field = VersionedEntity.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
    return entity;
  }

  @Test
  void theHashCodeDoesNotChangeWhenTheEntityIsPersisted() throws Exception {
    Thing thing = new Thing();
    int before = thing.hashCode();
    Set<Thing> set = new HashSet<>(Set.of(thing));

    persisted(thing, 42);

    assertThat(thing.hashCode()).isEqualTo(before);
    assertThat(set).contains(thing);
  }

  @Test
  void equalByIdOnceStoredAndOnlyToItselfBefore() throws Exception {
    Thing a = new Thing();
    Thing b = new Thing();
    assertThat(a).isEqualTo(a).isNotEqualTo(b);

    persisted(a, 7);
    persisted(b, 7);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(persisted(new OtherThing(), 7));
    assertThat(a).isNotEqualTo(persisted(new Thing(), 8));
  }
}
