/**
 * MicroProfile Health (F-64) at {@code /health}: liveness, readiness (the database reachable and
 * its schema migrated) and one readiness check per scheduled job, down while the job is overdue or
 * its last run failed.
 */
package crm.service.health;
