/**
 * The timers (F-60). Each is a non-persistent {@code @Schedule} on every instance that only wakes
 * a service up; the work itself is rows in the database, claimed so that each item is handled by
 * exactly one instance (DESIGN.md decision 5).
 */
package crm.service.scheduling;
