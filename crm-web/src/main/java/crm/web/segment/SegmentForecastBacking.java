package crm.web.segment;

import crm.service.segment.LogForecast;
import crm.service.segment.SegmentForecastService;
import crm.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What the Log and Print dialogs of segment/card.xhtml say before the user confirms: how many
 * letters and emails the segment's lines give, and why some give no letter.
 */
@Named
@ViewScoped
public class SegmentForecastBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private SegmentForecastService forecasts;
  @Inject private SegmentCardBacking card;
  private LogForecast forecast;

  /** Counts again, as the dialog opens: the lines may have changed since. */
  public void load() {
    forecast = Feedback.call(() -> forecasts.forecast(card.getNo()), null);
  }

  public LogForecast getForecast() {
    return forecast;
  }
}
