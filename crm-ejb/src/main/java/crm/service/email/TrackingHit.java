package crm.service.email;

/**
 * A request to a tracking URL as the endpoint saw it: HTTP method, User-Agent (null when absent)
 * and the client's address. Nothing else of the request is kept.
 */
public record TrackingHit(String method, String userAgent, String sourceAddress) {}
