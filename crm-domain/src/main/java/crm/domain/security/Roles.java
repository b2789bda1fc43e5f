package crm.domain.security;

import java.util.List;

/**
 * The roles of F-70, as the names that {@code @RolesAllowed} and the identity store use. The
 * administrator may do everything, so every permission lists it.
 *
 * <ul>
 *   <li>{@link #ADMINISTRATOR}: everything, and alone manages users, code tables, number series
 *       and the marketing setup.
 *   <li>{@link #MARKETING_MANAGER}: campaigns (also deleting them and their entries), segments,
 *       logging, interaction templates, contacts, letters and the outbox.
 *   <li>{@link #MARKETING_STAFF}: contacts, segments (build and log), creating and changing
 *       campaigns; not deleting campaigns or entries, not templates, not setup.
 *   <li>{@link #SALESPERSON}: reads contacts, campaigns, segments and the interaction log.
 *   <li>{@link #BATCH_ADMIN}: the outbox and the scheduled jobs; reads the rest.
 * </ul>
 */
public final class Roles {

  public static final String ADMINISTRATOR = "administrator";
  public static final String MARKETING_MANAGER = "marketing-manager";
  public static final String MARKETING_STAFF = "marketing-staff";
  public static final String SALESPERSON = "salesperson";
  public static final String BATCH_ADMIN = "batch-admin";

  /** The five roles, in the order the pages list them. */
  public static final List<String> ALL =
      List.of(ADMINISTRATOR, MARKETING_MANAGER, MARKETING_STAFF, SALESPERSON, BATCH_ADMIN);

  private Roles() {}
}
