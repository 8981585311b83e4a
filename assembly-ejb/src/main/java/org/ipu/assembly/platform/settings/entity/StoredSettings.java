package org.ipu.assembly.platform.settings.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * The settings one Assembly set (the others are at their defaults), as text by key, with who
 * changed them last and when. One version for all of them: two officers editing at once cannot both
 * save over the same version.
 */
@Entity
@Table(name = "assembly_settings")
@NamedQuery(
    name = StoredSettings.OF_ASSEMBLY,
    query = "SELECT s FROM StoredSettings s WHERE s.assemblyId = :assembly")
public class StoredSettings extends VersionedEntity {

  public static final String OF_ASSEMBLY = "StoredSettings.ofAssembly";

  @Column(name = "session_id")
  private long assemblyId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "assembly_setting", joinColumns = @JoinColumn(name = "settings_id"))
  @MapKeyColumn(name = "name")
  @Column(name = "value")
  private Map<String, String> values = new HashMap<>();

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  protected StoredSettings() {}

  public StoredSettings(long assemblyId) {
    this.assemblyId = assemblyId;
  }

  /** Replaces the values set with these, changed by {@code by} at {@code at} (UTC). */
  public void change(Map<String, String> newValues, String by, LocalDateTime at) {
    values.keySet().retainAll(newValues.keySet());
    values.putAll(newValues);
    changedBy = Objects.requireNonNull(by, "by");
    changedAt = Objects.requireNonNull(at, "at");
  }

  public long getAssemblyId() {
    return assemblyId;
  }

  /** The values set, as text by key. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  public String getChangedBy() {
    return changedBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }
}
