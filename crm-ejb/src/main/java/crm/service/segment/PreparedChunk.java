package crm.service.segment;

import crm.domain.interaction.CorrespondenceType;
import crm.service.email.EmailBatch;
import crm.service.letter.Recipient;
import crm.service.letter.SentLetters;
import crm.service.shared.ArrayRows;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one chunk of a logged segment's recipients sends, prepared in Java and not yet written: for
 * each hard-copy entry with a text its letter as sent ({@link #letterRows}), for each email entry
 * with a text its personalised email ({@link EmailBatch}). An entry without a text in its language,
 * or an email entry of a contact who wants no email, sends nothing but counts as done.
 */
record PreparedChunk(int recipients, long lastEntryNo, ArrayRows letters, EmailBatch emails, long letterCount,
    long emailCount) {

  /** The letters and emails of {@code chunk}, dated {@code now}. */
  static PreparedChunk of(List<Recipient> chunk, SegmentAttachments.Settings settings, LocalDateTime now) {
    ArrayRows letters = letterRows();
    EmailBatch emails = new EmailBatch(settings.emails());
    long letterCount = 0;
    long emailCount = 0;
    for (Recipient r : chunk) {
      boolean email = r.correspondenceType() == CorrespondenceType.EMAIL;
      if (!r.hasText() || email && r.doNotEmail()) {
        continue;
      }
      if (email) {
        emails.add(email(r, settings, now));
        emailCount++;
      } else {
        letters.add(r.entryNo(), r.templateLanguageCode(), SentLetters.write(settings.letterhead(),
            r.letter(settings.letterhead().place(), now.toLocalDate())));
        letterCount++;
      }
    }
    long last = chunk.isEmpty() ? 0 : chunk.get(chunk.size() - 1).entryNo();
    return new PreparedChunk(chunk.size(), last, letters, emails, letterCount, emailCount);
  }

  /** A sent letter's columns: entry no., language, content (SentLetters). */
  static ArrayRows letterRows() {
    return new ArrayRows("bigint", "varchar", "text");
  }

  private static EmailBatch.Line email(Recipient r, SegmentAttachments.Settings settings, LocalDateTime now) {
    Recipient.EmailContent email = r.email(now.toLocalDate());
    boolean fromSalesperson = r.salespersonEmail() != null && !r.salespersonEmail().isBlank();
    return new EmailBatch.Line(r.entryNo(), r.contactNo(), r.allowTracking(), r.place(), r.email(), r.name(),
        fromSalesperson ? r.salespersonEmail() : settings.fromAddress(),
        fromSalesperson ? r.salespersonName() : settings.fromName(), email.subject(),
        email.html(), email.text(), r.templateCode(), r.templateLanguageCode()); // markup-free: Recipient#email
  }
}
