package crm.service.mail;

/**
 * Where an outbox message stands. SCHEDULED messages wait for their email's send-later time
 * (next attempt = send at) until the release job queues them; QUEUED messages are sent once due; SENDING ones are claimed by
 * one instance until their claim expires or the instance's heartbeat lapses; SENT, FAILED and
 * CANCELED are final, except that the outbox console can put a FAILED message back in the queue.
 * UNCERTAIN messages were handed to SMTP by an instance that stopped before it recorded the
 * answer: they may have arrived, so nothing sends them again until the console marks them sent
 * or sends them again.
 */
public enum OutboxStatus {
  SCHEDULED,
  QUEUED,
  SENDING,
  SENT,
  FAILED,
  CANCELED,
  UNCERTAIN
}
