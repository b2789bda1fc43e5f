package crm.rest.email;

import crm.rest.shared.Bodies;
import crm.service.email.EmailService;
import crm.service.email.ReminderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An email's follow-up reminder (F-54): PUT sets or changes it while it waits, DELETE removes it. Both answer the email. */
@Path("emails/{id}/reminder")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmailReminderResource {

  @Inject private ReminderService reminders;
  @Inject private EmailService emails;

  @PUT
  public EmailDto set(@PathParam("id") long id, EmailRequests.SetReminder body) {
    var reminder = Bodies.require(body);
    reminders.set(id, reminder.condition(), reminder.remindAt(), reminder.comment());
    return EmailDto.from(emails.get(id));
  }

  @DELETE
  public EmailDto remove(@PathParam("id") long id) {
    reminders.remove(id);
    return EmailDto.from(emails.get(id));
  }
}
