/**
 * What every feature shares: the refused-action exceptions and their messages in English and
 * French. Kept deliberately small.
 */
package crm.domain.shared;
