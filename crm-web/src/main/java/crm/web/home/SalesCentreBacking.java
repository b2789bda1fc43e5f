package crm.web.home;

import crm.domain.contact.Contact;
import crm.domain.todo.ToDo;
import crm.domain.todo.ToDoStatus;
import crm.service.contact.ContactService;
import crm.service.email.EmailService;
import crm.service.email.EmailView;
import crm.service.shared.Page;
import crm.service.todo.ToDoService;
import crm.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * index.xhtml, the salesperson's role centre: the contacts of the salesperson linked to the user,
 * the user's open to-dos (the soonest due first) and the emails the user sent or is writing. The
 * action cards are the page's shared include. Each list is a short page of its full list.
 */
@Named
@RequestScoped
public class SalesCentreBacking {

  @Inject private ContactService contacts;
  @Inject private ToDoService toDos;
  @Inject private EmailService emails;
  @Inject private CurrentUser currentUser;
  private Page<Contact> myContacts;
  private Page<ToDo> myToDos;
  private Page<EmailView> recentEmails;

  /** No contacts for a user without a salesperson: all contacts would not be "mine". */
  public Page<Contact> getMyContacts() {
    if (myContacts == null) {
      String salesperson = currentUser.getSalespersonCode();
      myContacts = salesperson == null ? new Page<>(List.of(), 0)
          : contacts.list(HomeBacking.shortList("name").whereEqual("salespersonCode", salesperson));
    }
    return myContacts;
  }

  /** The service answers the caller's own to-dos only. */
  public Page<ToDo> getMyToDos() {
    if (myToDos == null) {
      myToDos = toDos.list(HomeBacking.shortList("dueAt").whereEqual("status", ToDoStatus.OPEN)
          .whereEqual("ownerUser", currentUser.getUserName()));
    }
    return myToDos;
  }

  public Page<EmailView> getRecentEmails() {
    if (recentEmails == null) {
      recentEmails = emails.list(HomeBacking.shortList("-id").whereEqual("senderUser", currentUser.getUserName()));
    }
    return recentEmails;
  }
}
