package crm.rest.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under {@code /crm/api} (SPEC.md "REST API contract"). */
@ApplicationPath("api")
public class CrmApi extends Application {}
