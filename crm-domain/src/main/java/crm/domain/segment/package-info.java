/**
 * Segments: contact lists built with Add, Reduce and Refine steps that can be undone with Go
 * Back, saved as reusable criteria, and logged as interactions in one go.
 */
package crm.domain.segment;
