package crm.service.segment;

import crm.domain.segment.SegmentFilter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Stores a segment filter as JSON in criteria actions and saved criteria. */
public final class FilterJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private FilterJson() {}

  static String write(SegmentFilter filter) {
    return JSONB.toJson(filter);
  }

  public static SegmentFilter read(String json) {
    return JSONB.fromJson(json, SegmentFilter.class);
  }
}
