package crm.domain.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One run of a scheduled job (F-61), as the run history reads it; written with SQL only, one
 * insert when it starts and one update when it ends. No outcome yet: it is running.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

  @Id private long id;

  @Column(name = "job_name")
  private String jobName;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "duration_ms")
  private Long durationMs;

  @Enumerated(EnumType.STRING)
  private JobOutcome outcome;

  private int items;

  private int failures;

  @Column(name = "failure_message")
  private String failureMessage;

  @Column(name = "instance_id")
  private String instanceId;

  public long getId() { return id; }
  public String getJobName() { return jobName; }
  public LocalDateTime getStartedAt() { return startedAt; }
  public LocalDateTime getEndedAt() { return endedAt; }
  public Long getDurationMs() { return durationMs; }
  public JobOutcome getOutcome() { return outcome; }
  public int getItems() { return items; }
  public int getFailures() { return failures; }
  public String getFailureMessage() { return failureMessage; }
  public String getInstanceId() { return instanceId; }

  public boolean isRunning() {
    return outcome == null;
  }
}
