package crm.domain.setup;

import java.util.Arrays;
import java.util.Optional;

/**
 * The simple code tables of F-02 (code + description). Salespeople have a table of their own
 * because they carry more fields. The path is the name used in the REST API.
 */
public enum CodeTable {
  JOB_RESPONSIBILITY("job-responsibilities"),
  BUSINESS_RELATION("business-relations"),
  INDUSTRY_GROUP("industry-groups"),
  MAILING_GROUP("mailing-groups"),
  CAMPAIGN_STATUS("campaign-statuses"),
  LANGUAGE("languages"),
  INTERACTION_GROUP("interaction-groups");

  private final String path;

  CodeTable(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static Optional<CodeTable> byPath(String path) {
    return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
  }
}
