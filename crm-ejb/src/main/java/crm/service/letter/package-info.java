/**
 * Printing letters: {@link crm.service.letter.LetterRenderer} turns finished letters into one PDF
 * with OpenPDF, laid out for window envelopes on A4 or US Letter. It is plain Java with no
 * injection, so it runs the same in a batch, in a preview and in a unit test.
 */
package crm.service.letter;
