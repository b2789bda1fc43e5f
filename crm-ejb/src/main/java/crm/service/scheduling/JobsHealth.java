package crm.service.scheduling;

import java.time.LocalDateTime;

/**
 * The jobs' health at a glance (F-61, F-64): failed runs in the last 24 hours, overdue jobs, the
 * outbox messages that are due and not sent, and when the oldest of them fell due (null: none).
 */
public record JobsHealth(long failedRunsLast24h, long overdueJobs, long dueMessages, LocalDateTime oldestDueAt) {}
