package crm.service.mail;

/**
 * Where an outbox message stands. SCHEDULED messages wait for their email's send-later time
 * (next attempt = send at) until the release job queues them; QUEUED messages are sent once due; SENDING ones are claimed by
 * one instance until their claim expires; SENT, FAILED and CANCELED are final, except that the
 * outbox console can put a FAILED message back in the queue.
 */
public enum OutboxStatus {
  SCHEDULED,
  QUEUED,
  SENDING,
  SENT,
  FAILED,
  CANCELED
}
