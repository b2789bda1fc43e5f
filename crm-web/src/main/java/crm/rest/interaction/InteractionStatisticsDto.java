package crm.rest.interaction;

import crm.domain.interaction.InteractionStatistics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The interaction log's figures per template and per group (F-33); canceled entries do not count. */
public record InteractionStatisticsDto(List<FiguresDto> byTemplate, List<FiguresDto> byGroup) {

  /** One template's or group's figures; {@code code} is null for the entries without one. */
  public record FiguresDto(String code, long noOfInteractions, BigDecimal cost, BigDecimal duration) {

    static List<FiguresDto> of(List<InteractionStatistics.Figures> figures) {
      return figures.stream().map(f -> new FiguresDto(f.code(), f.noOfInteractions(), f.cost(), f.duration())).toList();
    }
  }

  /** The period of the batch deletion of canceled entries; either date may be left out. */
  public record Period(LocalDate from, LocalDate to) {}

  /** How many canceled entries the batch deleted. */
  public record Deleted(int deleted) {}

  static InteractionStatisticsDto from(InteractionStatistics s) {
    return new InteractionStatisticsDto(FiguresDto.of(s.byTemplate()), FiguresDto.of(s.byGroup()));
  }
}
