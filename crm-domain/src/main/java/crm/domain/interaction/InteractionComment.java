package crm.domain.interaction;

import crm.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A comment line on an interaction log entry (F-33): what was said or agreed, dated and signed
 * by the user who wrote it. It goes with its entry.
 */
@Entity
@Table(name = "interaction_comment")
@NamedQuery(name = "InteractionComment.ofEntry",
    query = "select c from InteractionComment c where c.entryNo = :entryNo order by c.id")
public class InteractionComment {

  /** The longest comment the column holds. */
  public static final int MAX_LENGTH = 250;

  @Id
  @SequenceGenerator(name = "interaction_comment_seq", sequenceName = "interaction_comment_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_comment_seq")
  private long id;

  @Column(name = "entry_no") private long entryNo;
  @Column(name = "comment_date") private LocalDate date;
  private String comment;
  @Column(name = "user_id") private String userId;

  protected InteractionComment() {}

  /** A comment; refused when empty or longer than the column. */
  public InteractionComment(long entryNo, LocalDate date, String comment, String userId) {
    String text = comment == null ? "" : comment.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("interaction.commentRequired");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("interaction.commentTooLong", MAX_LENGTH);
    }
    this.entryNo = entryNo;
    this.date = date;
    this.comment = text;
    this.userId = userId;
  }

  public long getId() { return id; }
  public long getEntryNo() { return entryNo; }
  public LocalDate getDate() { return date; }
  public String getComment() { return comment; }
  public String getUserId() { return userId; }
}
