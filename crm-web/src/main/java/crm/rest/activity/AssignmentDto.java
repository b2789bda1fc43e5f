package crm.rest.activity;

import crm.rest.shared.Blanks;
import crm.service.activity.ActivityAssignment;
import java.time.LocalDate;

/** Assign activity: the start date and whom to plan for; answered with the number of to-dos made. */
public record AssignmentDto(LocalDate date, String salespersonCode, String contactNo, String campaignNo,
    String segmentNo, Integer toDos) {

  ActivityAssignment.Request toRequest() {
    return new ActivityAssignment.Request(date, Blanks.toNull(salespersonCode), Blanks.toNull(contactNo),
        Blanks.toNull(campaignNo), Blanks.toNull(segmentNo));
  }

  AssignmentDto made(int count) {
    return new AssignmentDto(date, salespersonCode, contactNo, campaignNo, segmentNo, count);
  }
}
