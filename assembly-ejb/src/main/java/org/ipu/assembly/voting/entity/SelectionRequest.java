package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.ipu.assembly.voting.rules.EmergencyRequest;

/**
 * A request of an emergency item selection: one as tabled (label A, B, ...) or one merged from
 * others (label "B+C"), which then name it ({@link #getMergedInto()}). A request that stands
 * (merged into none) is voted, once the selection opens, as the vote it names.
 */
@Entity
@Table(name = "emergency_request")
@IdClass(SelectionRequest.Key.class)
@NamedQuery(
    name = SelectionRequest.OF_SELECTION,
    query =
        "SELECT r FROM SelectionRequest r WHERE r.selectionId = :selection ORDER BY r.position,"
            + " r.label")
public class SelectionRequest {

  public static final String OF_SELECTION = "SelectionRequest.ofSelection";

  /** The composite key: selection and label. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long selectionId;
    private String label;

    public Key() {}

    public Key(long selectionId, String label) {
      this.selectionId = selectionId;
      this.label = label;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(selectionId, k.selectionId)
          && Objects.equals(label, k.label);
    }

    @Override
    public int hashCode() {
      return Objects.hash(selectionId, label);
    }
  }

  @Id
  @Column(name = "selection_id")
  private Long selectionId;

  @Id private String label;

  private int position;

  private String title;

  private String sponsors;

  @Column(name = "merged_into")
  private String mergedInto;

  @Column(name = "vote_id")
  private Long voteId;

  protected SelectionRequest() {}

  public SelectionRequest(long selectionId, int position, EmergencyRequest request) {
    this.selectionId = selectionId;
    this.label = request.label();
    this.position = position;
    this.title = request.title();
    this.sponsors = request.sponsors();
  }

  /** The same request in another selection (a replacement), not yet voted. */
  public SelectionRequest copyTo(long otherSelectionId) {
    SelectionRequest copy = new SelectionRequest();
    copy.selectionId = otherSelectionId;
    copy.label = label;
    copy.position = position;
    copy.title = title;
    copy.sponsors = sponsors;
    copy.mergedInto = mergedInto;
    return copy;
  }

  /** Whether it stands as a request to vote on (it was merged into none). */
  public boolean stands() {
    return mergedInto == null;
  }

  /** The request as the rules see it. */
  public EmergencyRequest request() {
    return new EmergencyRequest(label, title, sponsors, List.of(label.split("\\+")));
  }

  public void mergeInto(String label) {
    this.mergedInto = label;
  }

  public void votedAs(long voteId) {
    this.voteId = voteId;
  }

  public long getSelectionId() {
    return selectionId;
  }

  public String getLabel() {
    return label;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getSponsors() {
    return sponsors;
  }

  public String getMergedInto() {
    return mergedInto;
  }

  public Long getVoteId() {
    return voteId;
  }
}
