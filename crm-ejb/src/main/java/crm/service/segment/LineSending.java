package crm.service.segment;

import crm.domain.setup.EmailFallback;
import crm.domain.shared.InvalidInputException;
import crm.service.shared.Sql;
import java.util.List;

/**
 * What each line of a segment logged with attachments sends (F-27, F-41, F-58), decided in the
 * statement that writes its entry, so that the entry is written once with its correspondence type,
 * delivery status and email id (issue 14: updating every entry afterwards wrote it a second time
 * through its eight indexes). A line with no text in its language sends nothing; an email line
 * whose contact wants no email sends nothing and says DO_NOT_EMAIL; an email line whose contact
 * has an address sends an email (QUEUED); any other line a letter (HARD_COPY, PRINTED), unless the
 * setup's fallback refuses email lines without an address, which {@link #refuseMissingAddresses}
 * checks before anything is written.
 */
final class LineSending {

  /**
   * Joined to {@link SegmentLogger#LINES}: the template's version in the line's language
   * ({@code tx}) and in its own language ({@code td}), once a line, for {@link #KIND}.
   */
  static final String TEXTS = " left join interaction_template_language tx on tx.template_code = t.code"
      + " and tx.language_code = " + SegmentLogger.LANGUAGE_USED
      + " left join interaction_template_language td on td.template_code = t.code and td.language_code = t.language_code";

  /** Whether a line's recipient gets a text, as RecipientQuery reads it: the line's, else its language's, else the template's own language's. */
  private static final String HAS_TEXT = "(l.letter_body is not null or case when tx.template_code is not null"
      + " then tx.body is not null else td.body is not null end)";

  /**
   * What a line sends, over {@link SegmentLogger#LINES} and {@link #TEXTS}: a LETTER, an EMAIL,
   * nothing to a contact who wants no email (DO_NOT_EMAIL), NO_ADDRESS for an email line whose
   * contact has no address (a letter or a refusal, as the setup says), or null without a text.
   * The segment's forecast counts the same kinds (SegmentForecast).
   */
  static final String KIND = "case when not " + HAS_TEXT + " then null"
      + " when coalesce(" + SegmentLogger.TYPE_USED + ", 'HARD_COPY') <> 'EMAIL' then 'LETTER'"
      + " when c.do_not_email then 'DO_NOT_EMAIL' when coalesce(trim(c.email), '') = '' then 'NO_ADDRESS'"
      + " else 'EMAIL' end";

  private final EmailFallback fallback;

  LineSending(EmailFallback fallback) {
    this.fallback = fallback;
  }

  /** The entry's correspondence type: HARD_COPY for a letter (an email line without address too), else as used. */
  String type() {
    return "case " + KIND + " when 'LETTER' then 'HARD_COPY' when 'NO_ADDRESS' then " + (letterWithoutAddress()
        ? "'HARD_COPY'" : SegmentLogger.TYPE_USED) + " else " + SegmentLogger.TYPE_USED + " end";
  }

  String status() {
    return "case " + KIND + " when 'LETTER' then 'PRINTED' when 'NO_ADDRESS' then " + (letterWithoutAddress()
        ? "'PRINTED'" : "null") + " when 'EMAIL' then 'QUEUED' when 'DO_NOT_EMAIL' then 'DO_NOT_EMAIL' end";
  }

  /** An email line's entry gets the id of the email SegmentAttachments writes for it. */
  String emailId() {
    return "case when " + KIND + " = 'EMAIL' then nextval('email_seq') end";
  }

  private boolean letterWithoutAddress() {
    return fallback != EmailFallback.REFUSE;
  }

  /** With the fallback REFUSE, refuses the log when email lines' contacts have no address, naming them all. */
  void refuseMissingAddresses(Sql sql, String segmentNo) {
    if (letterWithoutAddress()) {
      return;
    }
    List<String> missing = sql.list("select c.no || ' ' || coalesce(c.name, '')" + SegmentLogger.LINES + TEXTS
        + " where l.segment_no = ? and " + KIND + " = 'NO_ADDRESS' order by l.line_no", rows -> rows.getString(1),
        segmentNo);
    if (!missing.isEmpty()) {
      throw new InvalidInputException("segment.noEmailAddress", missing.size(), String.join(", ", missing));
    }
  }
}
