package org.ipu.assembly.web.voting;

import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.voting.control.EmergencyBallotRequest;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The console's roll-call form for an open selection of the emergency item: one line a request that
 * stands, with the yes, no and abstain votes a delegation declares on it, sent as the delegation's
 * whole split in one ballot ({@link EmergencyBallotRequest}). A line left empty is a request the
 * delegation does not vote on; on a line partly filled, an empty count is 0.
 */
public final class EmergencySplitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A request's line: its label and title, and the counts typed (null while empty). */
  public static final class Line implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String request;
    private final String title;
    private Integer yes;
    private Integer no;
    private Integer abstain;

    public Line(String request, String title) {
      this.request = request;
      this.title = title;
    }

    public String getRequest() {
      return request;
    }

    public String getTitle() {
      return title;
    }

    /** The label as a CSS class or id part ("B+C" -> "B-C"), as the tablet writes it. */
    public String getCss() {
      return request.replaceAll("[^A-Za-z0-9]", "-");
    }

    boolean isEmpty() {
      return yes == null && no == null && abstain == null;
    }

    public Integer getYes() {
      return yes;
    }

    public void setYes(Integer yes) {
      this.yes = yes;
    }

    public Integer getNo() {
      return no;
    }

    public void setNo(Integer no) {
      this.no = no;
    }

    public Integer getAbstain() {
      return abstain;
    }

    public void setAbstain(Integer abstain) {
      this.abstain = abstain;
    }
  }

  private final long selectionId;
  private final List<Line> lines;

  private EmergencySplitForm(long selectionId, List<Line> lines) {
    this.selectionId = selectionId;
    this.lines = lines;
  }

  /** An empty form for the selection's requests that stand, in agenda order. */
  public static EmergencySplitForm of(EmergencySnapshot selection) {
    return new EmergencySplitForm(
        selection.selectionId(),
        selection.requests().stream().map(r -> new Line(r.label(), r.title())).toList());
  }

  public long getSelectionId() {
    return selectionId;
  }

  public List<Line> getLines() {
    return lines;
  }

  /**
   * The delegation's ballot: a split for each line with a count typed (its empty counts as 0),
   * under one idempotency key.
   */
  public EmergencyBallotRequest ballot(String idempotencyKey) {
    return new EmergencyBallotRequest(
        lines.stream()
            .filter(l -> !l.isEmpty())
            .map(
                l ->
                    new EmergencyBallotRequest.RequestSplit(
                        l.request, zeroIfEmpty(l.yes), zeroIfEmpty(l.no), zeroIfEmpty(l.abstain)))
            .toList(),
        idempotencyKey);
  }

  /** Empties every line, once the split is recorded. */
  public void clear() {
    lines.forEach(
        l -> {
          l.yes = null;
          l.no = null;
          l.abstain = null;
        });
  }

  /**
   * A refused split in words, one message a request refused, the request named ("B: ..."), in the
   * order the refusal lists them; a problem that is not a request's is said as it is.
   */
  public static List<String> refusals(InvalidRequest refused, Language language) {
    return refused.getProblems().stream()
        .map(
            p -> {
              String reason = language.text("error." + p.code(), p.arguments().toArray());
              return p.field().startsWith("requests.")
                  ? language.text(
                      "voting.emergency.roll-call.refused",
                      p.field().substring("requests.".length()),
                      reason)
                  : reason;
            })
        .toList();
  }

  private static Integer zeroIfEmpty(Integer count) {
    return count == null ? 0 : count;
  }
}
