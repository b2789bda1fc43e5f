package crm.web.setup;

import crm.domain.setup.NumberSeries;
import crm.service.setup.NumberSeriesService;
import crm.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * setup/number-series.xhtml: the series with their last and next numbers; a dialog changes the
 * description and the starting number, which the service refuses when it would give a number twice.
 */
@Named
@ViewScoped
public class NumberSeriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  @Inject private NumberSeriesService numbers;
  private List<NumberSeries> rows;
  private String code;
  private String description;
  private String startingNo;

  @PostConstruct
  void load() {
    rows = numbers.list();
  }

  public void openEdit(NumberSeries series) {
    code = series.getCode();
    description = series.getDescription();
    startingNo = series.getStartingNo();
  }

  public void save() {
    if (Feedback.run(() -> numbers.update(code, description, startingNo), "common.saved")) {
      load();
    }
  }

  public List<NumberSeries> getRows() { return rows; }
  public String getCode() { return code; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getStartingNo() { return startingNo; }
  public void setStartingNo(String startingNo) { this.startingNo = startingNo; }
}
