package crm.rest.shared;

/** An RFC 9457 problem-details body: every error of the API answers with one. */
public record Problem(int status, String title, String detail) {}
