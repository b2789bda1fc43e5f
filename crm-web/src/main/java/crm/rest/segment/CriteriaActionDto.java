package crm.rest.segment;

import crm.domain.segment.CriteriaAction;
import crm.domain.segment.CriteriaActionType;

/** One step of a segment, as listed on the segment. */
public record CriteriaActionDto(int actionNo, CriteriaActionType action, String description, int linesAfter) {

  static CriteriaActionDto from(CriteriaAction a) {
    return new CriteriaActionDto(a.getActionNo(), a.getAction(), a.getDescription(), a.getLinesAfter());
  }
}
