package crm.rest.segment;

import crm.domain.segment.CriteriaAction;
import crm.domain.segment.CriteriaActionType;

/**
 * One step of a segment, as listed on the segment: its description told in words, in the caller's
 * language, with the codes' descriptions (as the segment card tells it).
 */
public record CriteriaActionDto(int actionNo, CriteriaActionType action, String description, int linesAfter) {

  static CriteriaActionDto from(CriteriaAction a, String words) {
    return new CriteriaActionDto(a.getActionNo(), a.getAction(), words, a.getLinesAfter());
  }
}
