package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.SelectionRequest;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.EmergencyItemSelection;
import org.ipu.assembly.voting.rules.EmergencyRequest;
import org.ipu.assembly.voting.rules.EmergencyRequests;

/**
 * An emergency item selection's life (Assembly Rule 11.2): set up with its requests as tabled,
 * requests merged by their sponsors (Rule 11.2(c)) while it is a draft, opened (each request that
 * stands voted as a vote of its own: two-thirds of the votes cast, its own electorate frozen at the
 * same moment, ballots, receipts, audit chain and tally; one roll-call letter for all), timed,
 * extended and closed together (the selection drawn from each request's decision by {@link
 * EmergencyItemSelection}, stored and sealed into the selection's chain), or annulled together
 * (replaced by a new draft with the same requests). Each step locks the selection's row, then its
 * votes' rows in the order of their ids, and appends to the selection's chain.
 */
@Dependent
public class EmergencySelectionLifecycle {

  static final int MAX_TITLE = 500;
  static final int MAX_SPONSORS = 150;

  @PersistenceContext private EntityManager em;
  @Inject private VoteLocks locks;
  @Inject private VoteAudit audit;
  @Inject private VoteLifecycle votes;
  @Inject private EmergencySnapshots read;
  @Inject private Clock clock;

  /** Sets up a draft selection in the given Assembly, its requests lettered as tabled. */
  public EmergencySelection create(AssemblySession session, NewEmergencySelection request) {
    List<EmergencyRequest> requests = tabled(request.requests());
    LocalDateTime now = Timestamps.now(clock);
    EmergencySelection selection =
        new EmergencySelection(session.getId(), request.subject(), method(request.method()), now);
    em.persist(selection);
    em.flush();
    for (int i = 0; i < requests.size(); i++) {
      em.persist(new SelectionRequest(selection.getId(), i, requests.get(i)));
    }
    audit.append(
        selection,
        EmergencyAuditEntries.CREATED,
        new EmergencyAuditEntries.SelectionCreated(
            selection.getSubject(),
            selection.getMethod(),
            requests.stream()
                .map(
                    r ->
                        new EmergencyAuditEntries.Request(r.label(), r.title(), r.sponsors(), null))
                .toList(),
            null),
        now,
        false);
    return selection;
  }

  /** Merges requests of a draft selection into one, which is voted as one (Rule 11.2(c)). */
  public EmergencySelection merge(long selectionId, EmergencyMerge merge) {
    EmergencySelection selection = locks.selection(selectionId);
    selection.requireDraft();
    List<SelectionRequest> all = read.requests(selectionId);
    List<SelectionRequest> standing = all.stream().filter(SelectionRequest::stands).toList();
    Set<String> labels =
        new LinkedHashSet<>(merge.requests() == null ? List.of() : merge.requests());
    if (labels.contains(null) || labels.size() < 2) {
      throw AssemblyException.invalid("emergency.merge.too-few");
    }
    for (String label : labels) {
      if (standing.stream().noneMatch(r -> r.getLabel().equals(label))) {
        throw AssemblyException.invalid("emergency.request.unknown", label);
      }
    }
    List<EmergencyRequest> before = standing.stream().map(SelectionRequest::request).toList();
    List<EmergencyRequest> after =
        EmergencyRequests.merge(
            before, labels, merge.title() == null ? null : merge.title().strip());
    EmergencyRequest into =
        after.stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
    checkTitle(into.title(), into.label());
    int position =
        standing.stream()
            .filter(r -> labels.contains(r.getLabel()))
            .mapToInt(SelectionRequest::getPosition)
            .min()
            .orElseThrow();
    em.persist(new SelectionRequest(selectionId, position, into));
    standing.stream()
        .filter(r -> labels.contains(r.getLabel()))
        .forEach(r -> r.mergeInto(into.label()));
    audit.append(
        selection,
        EmergencyAuditEntries.MERGED,
        new EmergencyAuditEntries.RequestsMerged(
            standing.stream().map(SelectionRequest::getLabel).filter(labels::contains).toList(),
            new EmergencyAuditEntries.Request(into.label(), into.title(), into.sponsors(), null)),
        Timestamps.now(clock),
        false);
    return selection;
  }

  /**
   * Opens the selection: each request that stands becomes a vote of its own, opened at the same
   * moment (with the same roll-call letter, and with a duration the same countdown). Returns the
   * votes, for the caller to schedule their close.
   */
  public List<Vote> open(long selectionId, Long durationSeconds) {
    EmergencySelection selection = locks.selection(selectionId);
    selection.requireDraft();
    LocalDateTime now = Timestamps.now(clock);
    String letter = votes.drawLetter(selection.getMethod());
    List<Vote> opened = new ArrayList<>();
    List<EmergencyAuditEntries.RequestVote> recorded = new ArrayList<>();
    for (SelectionRequest request : read.standing(selectionId)) {
      Vote vote = votes.createRequestVote(selection, request.getLabel(), request.getTitle(), now);
      request.votedAs(vote.getId());
      votes.open(vote, now, letter, durationSeconds);
      opened.add(vote);
      recorded.add(new EmergencyAuditEntries.RequestVote(request.getLabel(), vote.getId()));
    }
    selection.open(now, letter);
    audit.append(
        selection,
        EmergencyAuditEntries.OPENED,
        new EmergencyAuditEntries.SelectionOpened(recorded, selection.getRollCallLetter()),
        now,
        false);
    if (durationSeconds != null) {
      audit.append(
          selection,
          EmergencyAuditEntries.TIMED,
          new EmergencyAuditEntries.SelectionTimed(
              durationSeconds, opened.get(0).getClosesAt().toString()),
          now,
          false);
    }
    return opened;
  }

  /** Gives an open timed selection more time, before its time is up; returns its votes. */
  public List<Vote> extend(long selectionId, long seconds) {
    EmergencySelection selection = locks.selection(selectionId);
    selection.requireOpen();
    List<Vote> locked = lockVotes(selectionId);
    LocalDateTime now = Timestamps.now(clock);
    LocalDateTime before = locked.get(0).getClosesAt();
    for (Vote vote : locked) {
      votes.extend(vote, now, seconds);
    }
    audit.append(
        selection,
        EmergencyAuditEntries.EXTENDED,
        new EmergencyAuditEntries.SelectionExtended(
            seconds, before.toString(), locked.get(0).getClosesAt().toString()),
        now,
        false);
    return locked;
  }

  /** Closes the selection now: its votes, and the request added drawn from their decisions. */
  public EmergencySelection close(long selectionId) {
    EmergencySelection selection = locks.selection(selectionId);
    selection.requireOpen();
    close(selection, lockVotes(selectionId), Timestamps.now(clock), false);
    return selection;
  }

  /**
   * Closes a timed selection whose time is up, exactly once: under the selection's row lock, one
   * already closed (by the Secretariat, or by the timer of another of its votes) or annulled is
   * left as it is. Returns when it closes by itself if that time is still to come (it was
   * extended), else empty.
   */
  public Optional<LocalDateTime> closeIfDue(long selectionId) {
    EmergencySelection selection = locks.selection(selectionId);
    if (selection.getState() != VoteState.OPEN) {
      return Optional.empty();
    }
    List<Vote> locked = lockVotes(selectionId);
    LocalDateTime closesAt = locked.get(0).getClosesAt();
    if (closesAt == null) {
      return Optional.empty();
    }
    LocalDateTime now = Timestamps.now(clock);
    if (!locked.get(0).isDue(now)) {
      return Optional.of(closesAt);
    }
    audit.append(
        selection,
        EmergencyAuditEntries.TIME_UP,
        new EmergencyAuditEntries.SelectionTimeUp(closesAt.toString()),
        now,
        true);
    for (Vote vote : locked) {
      votes.timeUp(vote, now);
    }
    close(selection, locked, now, true);
    return Optional.empty();
  }

  private void close(
      EmergencySelection selection, List<Vote> locked, LocalDateTime now, boolean bySystem) {
    Map<Long, Decision> decisions = new TreeMap<>();
    Map<AuditSubject, AuditHead> heads = new TreeMap<>();
    for (Vote vote : locked) {
      decisions.put(vote.getId(), votes.close(vote, now, bySystem));
      heads.put(
          VoteAuditEntries.vote(vote.getId()),
          new AuditHead(vote.getAuditSequence(), vote.getAuditHead()));
    }
    List<EmergencyItemSelection.RequestResult> results = new ArrayList<>();
    List<EmergencyAuditEntries.RequestCounted> counted = new ArrayList<>();
    for (SelectionRequest request : read.standing(selection.getId())) {
      Decision d = decisions.get(request.getVoteId());
      results.add(new EmergencyItemSelection.RequestResult(request.getLabel(), d));
      counted.add(
          EmergencyAuditEntries.RequestCounted.of(request.getLabel(), request.getVoteId(), d));
    }
    EmergencyItemSelection drawn = EmergencyItemSelection.of(results);
    selection.close(now, drawn);
    audit.append(
        selection,
        EmergencyAuditEntries.CLOSED,
        new EmergencyAuditEntries.SelectionClosed(
            counted, drawn.outcome(), drawn.leadingRequests(), EmergencyAuditEntries.seal(heads)),
        now,
        bySystem);
  }

  /**
   * Annuls the selection with a recorded reason (its open votes with it) and sets up a new draft
   * with the same requests in its place (never a reopen); returns the new draft.
   */
  public EmergencySelection annul(long selectionId, String reason) {
    EmergencySelection selection = locks.selection(selectionId);
    LocalDateTime now = Timestamps.now(clock);
    boolean open = selection.getState() == VoteState.OPEN;
    selection.annul(now, reason);
    if (open) {
      for (Vote vote : lockVotes(selectionId)) {
        votes.annul(vote, now, selection.getAnnulReason());
      }
    }
    audit.append(
        selection,
        EmergencyAuditEntries.ANNULLED,
        new EmergencyAuditEntries.SelectionAnnulled(selection.getAnnulReason()),
        now,
        false);
    EmergencySelection replacement = selection.replacement(now);
    em.persist(replacement);
    em.flush();
    List<SelectionRequest> requests = read.requests(selectionId);
    requests.forEach(r -> em.persist(r.copyTo(replacement.getId())));
    audit.append(
        replacement,
        EmergencyAuditEntries.CREATED,
        new EmergencyAuditEntries.SelectionCreated(
            replacement.getSubject(),
            replacement.getMethod(),
            requests.stream()
                .map(
                    r ->
                        new EmergencyAuditEntries.Request(
                            r.getLabel(), r.getTitle(), r.getSponsors(), r.getMergedInto()))
                .toList(),
            selectionId),
        now,
        false);
    return replacement;
  }

  /** The selection's votes, each row locked exclusively, in the order of their ids. */
  private List<Vote> lockVotes(long selectionId) {
    return read.standing(selectionId).stream()
        .map(SelectionRequest::getVoteId)
        .sorted(Comparator.naturalOrder())
        .map(locks::exclusive)
        .toList();
  }

  private static VoteMethod method(String method) {
    String name = method == null ? "ELECTRONIC" : method.strip().toUpperCase(Locale.ROOT);
    try {
      VoteMethod parsed = VoteMethod.valueOf(name);
      if (parsed != VoteMethod.SECRET) {
        return parsed;
      }
    } catch (IllegalArgumentException unknown) {
      // refused below
    }
    throw AssemblyException.invalid("emergency.method.invalid", String.valueOf(method));
  }

  /** The requests as tabled, each checked, lettered in order. */
  private static List<EmergencyRequest> tabled(List<NewEmergencySelection.TabledRequest> tabled) {
    if (tabled == null
        || tabled.isEmpty()
        || tabled.size() > EmergencyRequests.MAX_REQUESTS
        || tabled.contains(null)) {
      throw AssemblyException.invalid(
          "emergency.requests.invalid", 1, EmergencyRequests.MAX_REQUESTS);
    }
    List<EmergencyRequests.Tabling> tablings = new ArrayList<>();
    for (int i = 0; i < tabled.size(); i++) {
      String letter = String.valueOf((char) ('A' + i));
      String title = tabled.get(i).title();
      checkTitle(title, letter);
      String sponsors = tabled.get(i).sponsors() == null ? "" : tabled.get(i).sponsors().strip();
      if (sponsors.length() > MAX_SPONSORS || !PlainText.isPlain(sponsors)) {
        throw AssemblyException.invalid("emergency.request.sponsors.invalid", letter, MAX_SPONSORS);
      }
      tablings.add(new EmergencyRequests.Tabling(title.strip(), sponsors));
    }
    return EmergencyRequests.tabled(tablings);
  }

  private static void checkTitle(String title, String label) {
    if (title == null
        || title.isBlank()
        || title.length() > MAX_TITLE
        || !PlainText.isPlain(title)) {
      throw AssemblyException.invalid("emergency.request.title.invalid", label, MAX_TITLE);
    }
  }
}
