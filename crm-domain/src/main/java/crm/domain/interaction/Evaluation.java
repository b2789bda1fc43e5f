package crm.domain.interaction;

/** How an interaction went, as Business Central rates it (F-32). */
public enum Evaluation {
  VERY_POSITIVE,
  POSITIVE,
  NEUTRAL,
  NEGATIVE,
  VERY_NEGATIVE
}
