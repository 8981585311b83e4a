package org.ipu.assembly.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity with a database identity and an optimistic-lock version. Equal by id once stored;
 * before that only to itself. The hash code is the same for every instance of a class, so it does
 * not change when the entity is persisted and its id assigned: an entity put in a hash set before
 * {@code persist} is still found there after it.
 */
@MappedSuperclass
public abstract class VersionedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass() || id == null) {
      return false;
    }
    return id.equals(((VersionedEntity) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
