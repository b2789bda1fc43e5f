/**
 * The segment engine: headers and lines, set-based Add/Reduce/Refine with Go Back, saved
 * criteria, and logging a segment in one transaction.
 */
package crm.service.segment;
