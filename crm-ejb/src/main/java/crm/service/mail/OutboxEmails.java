package crm.service.mail;

import crm.service.shared.Sql;
import crm.service.mail.OutboxEmail.Address;
import java.util.ArrayList;
import java.util.List;

/** Reads the email an outbox message delivers (three queries: the email, its recipients, its files). */
final class OutboxEmails {

  private final Sql sql;

  OutboxEmails(Sql sql) {
    this.sql = sql;
  }

  OutboxEmail read(long emailId) {
    List<Address> to = new ArrayList<>();
    List<Address> cc = new ArrayList<>();
    sql.list("select kind, address, name from email_recipient where email_id = ? order by position",
        row -> ("CC".equals(row.getString(1)) ? cc : to).add(new Address(row.getString(2), row.getString(3))),
        emailId);
    List<AttachedFile> files = new ArrayList<>();
    List<String> trackedFiles = new ArrayList<>();
    sql.list("select a.file_name, a.content_type, a.content, a.tracked and e.tracking = 'ON'"
            + " from email_attachment a join email e on e.id = a.email_id where a.email_id = ?"
            + " order by a.file_name",
        row -> row.getBoolean(4) ? trackedFiles.add(row.getString(1))
            : files.add(new AttachedFile(row.getString(1), row.getString(2), row.getBytes(3))),
        emailId);
    return sql.list("select subject, body_html, tracking from email where id = ?",
            row -> new OutboxEmail(emailId, to, cc, row.getString(1), row.getString(2), row.getString(3),
                files, trackedFiles), emailId)
        .get(0);
  }
}
