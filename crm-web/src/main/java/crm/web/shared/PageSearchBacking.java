package crm.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.SelectEvent;

/** The menu's search box: finds a page by its name in the user's language and opens it. */
@Named
@RequestScoped
public class PageSearchBacking {

  /** A page the search box can open: its label key in the bundle and its view. */
  private record Destination(String labelKey, String view) {}

  private static final List<Destination> PAGES = List.of(
      new Destination("menu.home", "/index.xhtml"),
      new Destination("menu.contacts", "/contact/list.xhtml"),
      new Destination("menu.campaigns", "/campaign/list.xhtml"),
      new Destination("menu.newCampaign", "/campaign/card.xhtml"),
      new Destination("menu.segments", "/segment/list.xhtml"),
      new Destination("menu.newSegment", "/segment/card.xhtml"),
      new Destination("menu.loggedSegments", "/segment/logged.xhtml"),
      new Destination("menu.interactionLog", "/interaction/log.xhtml"),
      new Destination("menu.templates", "/interaction/templates.xhtml"),
      new Destination("menu.outbox", "/mail/outbox.xhtml"),
      new Destination("menu.codeTables", "/setup/codes.xhtml"),
      new Destination("menu.salespeople", "/setup/salespeople.xhtml"),
      new Destination("menu.numberSeries", "/setup/number-series.xhtml"),
      new Destination("menu.marketingSetup", "/setup/marketing.xhtml"));

  private String query;

  public List<String> complete(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return PAGES.stream().map(p -> Feedback.text(p.labelKey()))
        .filter(label -> label.toLowerCase(Locale.ROOT).contains(wanted)).toList();
  }

  public void open(SelectEvent<String> event) throws IOException {
    String label = event.getObject();
    var page = PAGES.stream().filter(p -> Feedback.text(p.labelKey()).equals(label)).findFirst();
    if (page.isPresent()) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + page.get().view());
    }
  }

  public String getQuery() { return query; }
  public void setQuery(String query) { this.query = query; }
}
