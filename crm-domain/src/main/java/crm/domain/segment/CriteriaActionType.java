package crm.domain.segment;

/**
 * A segment step: Add puts matching contacts in, Reduce takes matching ones out, Refine keeps
 * only the matching ones.
 */
public enum CriteriaActionType {
  ADD,
  REDUCE,
  REFINE
}
