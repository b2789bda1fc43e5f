/**
 * Letters sent on paper: merge-field templates and the language rules (salutation, long date,
 * closing) that turn a contact, a salesperson and a campaign into the text of one letter, plus the
 * plain records ({@link crm.domain.letter.Letterhead}, {@link crm.domain.letter.Letter}, {@link
 * crm.domain.letter.PaperSize}) that the PDF renderer lays out for a window envelope. Everything
 * here is pure Java: no persistence, no container.
 */
package crm.domain.letter;
