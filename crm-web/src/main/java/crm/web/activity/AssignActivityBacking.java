package crm.web.activity;

import crm.domain.activity.Activity;
import crm.service.activity.ActivityAssignment;
import crm.service.activity.ActivityService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The Assign activity dialog (F-14) of the segment, contact, campaign and activity cards: which
 * activity, the start date (today unless changed) and the salesperson who owns the to-dos (else
 * each contact's, or the campaign's).
 */
@Named
@ViewScoped
public class AssignActivityBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private ActivityService activities;
  @Inject private ActivityAssignment assignment;
  @Inject private Clock clock;
  private String activityCode;
  private LocalDate date;
  private String salespersonCode;

  /** Opens the dialog on the given activity (null: the user chooses), starting today. */
  public void open(String code) {
    activityCode = code;
    date = LocalDate.now(clock);
    salespersonCode = null;
  }

  /** Assigns to the record of the card; the dialog closes when the to-dos are made. */
  public void assign(String segmentNo, String contactNo, String campaignNo) {
    var request = new ActivityAssignment.Request(date, blankToNull(salespersonCode), blankToNull(contactNo),
        blankToNull(campaignNo), blankToNull(segmentNo));
    Integer made = Feedback.call(() -> assignment.assign(activityCode, request), null);
    if (made != null) {
      Feedback.info("activity.assigned", made, activityCode);
      PrimeFaces.current().ajax().addCallbackParam("assigned", true);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public List<Activity> getActivities() { return activities.list(); }
  public String getActivityCode() { return activityCode; }
  public void setActivityCode(String activityCode) { this.activityCode = activityCode; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate date) { this.date = date; }
  public String getSalespersonCode() { return salespersonCode; }
  public void setSalespersonCode(String salespersonCode) { this.salespersonCode = salespersonCode; }
}
