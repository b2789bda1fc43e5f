package crm.rest.campaign;

import crm.rest.shared.Params;
import crm.service.campaign.CampaignPrices;
import crm.service.campaign.CampaignPrices.BestPrice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The best campaign price and discount for an item, a contact, a date (today by the application's
 * clock) and a quantity (1) (F-13).
 */
@Path("prices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PriceLookupResource {

  @Inject private CampaignPrices prices;
  @Inject private Clock clock;

  @GET
  @Path("lookup")
  public BestPrice lookup(@QueryParam("itemNo") String itemNo, @QueryParam("contactNo") String contactNo,
      @QueryParam("date") String date, @QueryParam("quantity") String quantity) {
    Integer asked = Params.integer("quantity", quantity);
    return prices.lookup(Params.required("itemNo", itemNo), Params.required("contactNo", contactNo),
        Objects.requireNonNullElse(Params.date("date", date), LocalDate.now(clock)),
        BigDecimal.valueOf(asked == null ? 1 : asked));
  }
}
