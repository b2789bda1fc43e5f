package crm.service.mail;

/**
 * Tracking applied to an email at delivery, when its tracking is ON (F-53): links rewritten to
 * click URLs and recorded, the open pixel, tracked files as download links. Implemented by the
 * email feature ({@code crm.service.email.TrackingDelivery}), which depends on the outbox and not
 * the other way round; the call runs in the delivery's transaction.
 */
public interface DeliveryTracking {

  /** The email as it goes out tracked; its links are recorded again on every try, same as before. */
  OutboxEmail track(OutboxEmail email);
}
