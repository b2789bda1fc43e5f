/**
 * The scheduled jobs (F-60, F-61). {@link crm.service.scheduling.Job} is the registry; each timer
 * is a non-persistent {@code @Schedule} on every instance whose body is one call of
 * {@link crm.service.scheduling.JobRunner#tick}, which records the run (one insert, one update)
 * around the work. The work itself is rows in the database, claimed so that each item is handled
 * by exactly one instance (DESIGN.md decision 5); pause, run now and a daily job's due run are
 * held in table {@code scheduled_job}, so every instance obeys them.
 */
package crm.service.scheduling;
