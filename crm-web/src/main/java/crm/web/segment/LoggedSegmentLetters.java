package crm.web.segment;

import crm.service.letter.LetterService;
import crm.web.shared.Downloads;
import crm.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/**
 * The letters of a logged segment in one PDF, from wherever the pages offer them: the logged
 * segments list, the logged segment card and the segment card after its log.
 */
@Named
@RequestScoped
public class LoggedSegmentLetters {

  @Inject private LetterService letters;

  /** The printable letters (one PDF), or null with a message when it has none. */
  public StreamedContent download(String loggedSegmentNo) {
    byte[] pdf = Feedback.call(() -> letters.lettersOfLoggedSegment(loggedSegmentNo), null);
    return Downloads.pdf(loggedSegmentNo + ".pdf", pdf);
  }
}
