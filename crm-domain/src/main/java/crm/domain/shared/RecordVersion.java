package crm.domain.shared;

/** Optimistic locking for changes sent by a client that read the record earlier. */
public final class RecordVersion {

  private RecordVersion() {}

  /** Refuses the change when the client read another version than the current one (null: no check). */
  public static void check(String recordNo, Integer expected, int current) {
    if (expected != null && expected != current) {
      throw new ConflictException("record.changedMeanwhile", recordNo);
    }
  }
}
