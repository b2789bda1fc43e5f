package crm.rest.segment;

/** Saved segment criteria. */
public record SavedCriteriaDto(String code, String description) {}
