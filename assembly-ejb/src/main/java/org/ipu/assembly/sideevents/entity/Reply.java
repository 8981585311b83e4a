package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ipu.assembly.accounts.entity.Account;

/**
 * A person's reply to join a side event. Whether they attend or wait follows from the replies'
 * order (see {@code GuestList}), not from a column: a withdrawn reply promotes the next at once.
 */
@Entity
@Table(name = "side_event_reply")
@NamedQuery(
    name = Reply.OF_EVENT,
    query = "SELECT r FROM Reply r JOIN FETCH r.account WHERE r.event = :event ORDER BY r.id")
@NamedQuery(
    name = Reply.OF_ACCOUNT,
    query =
        "SELECT r FROM Reply r JOIN FETCH r.event e WHERE r.account = :account"
            + " AND e.session.id = :session ORDER BY r.id")
public class Reply {

  public static final String OF_EVENT = "Reply.ofEvent";
  public static final String OF_ACCOUNT = "Reply.ofAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private SideEvent event;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "replied_at")
  private LocalDateTime repliedAt;

  protected Reply() {}

  public Reply(SideEvent event, Account account, LocalDateTime repliedAt) {
    this.event = event;
    this.account = account;
    this.repliedAt = repliedAt;
  }

  public Long getId() {
    return id;
  }

  public SideEvent getEvent() {
    return event;
  }

  public Account getAccount() {
    return account;
  }

  public LocalDateTime getRepliedAt() {
    return repliedAt;
  }
}
