/**
 * The segment pages (F-20..F-28): the list, the card with its header sections, lines and the
 * steps that build it (Add, Reduce, Refine, Go Back, criteria, Log) as dialogs, and the logged
 * segments.
 */
package crm.web.segment;
