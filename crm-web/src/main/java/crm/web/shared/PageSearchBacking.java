package crm.web.shared;

import crm.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.primefaces.event.SelectEvent;

/** The menu's search box: finds a page by its name in the user's language and opens it. */
@Named
@RequestScoped
public class PageSearchBacking {

  /** A page the search box can open: its label key in the bundle, its view, and who may open it. */
  private record Destination(String labelKey, String view, Predicate<CurrentUser> mayOpen) {

    Destination(String labelKey, String view) {
      this(labelKey, view, user -> true);
    }
  }

  private static final List<Destination> PAGES = List.of(
      new Destination("menu.home", "/index.xhtml"),
      new Destination("menu.contacts", "/contact/list.xhtml"),
      new Destination("menu.toDos", "/todo/list.xhtml"),
      new Destination("menu.actionCards", "/email/action-cards.xhtml"),
      new Destination("menu.campaigns", "/campaign/list.xhtml"),
      new Destination("menu.newCampaign", "/campaign/card.xhtml", CurrentUser::isMayEditCampaigns),
      new Destination("menu.segments", "/segment/list.xhtml"),
      new Destination("menu.newSegment", "/segment/card.xhtml", CurrentUser::isMayBuildSegments),
      new Destination("menu.loggedSegments", "/segment/logged.xhtml"),
      new Destination("menu.campaignEntries", "/campaign/entries.xhtml"),
      new Destination("menu.priceLookup", "/campaign/price-lookup.xhtml"),
      new Destination("menu.activities", "/activity/list.xhtml"),
      new Destination("menu.interactionLog", "/interaction/log.xhtml"),
      new Destination("interaction.postponedList", "/interaction/postponed.xhtml"),
      new Destination("menu.templates", "/interaction/templates.xhtml"),
      new Destination("menu.outbox", "/mail/outbox.xhtml", CurrentUser::isMayWatchOutbox),
      new Destination("menu.jobs", "/scheduling/jobs.xhtml", CurrentUser::isMayRunJobs),
      new Destination("menu.codeTables", "/setup/codes.xhtml", CurrentUser::isMayChangeSetup),
      new Destination("menu.salespeople", "/setup/salespeople.xhtml", CurrentUser::isMayChangeSetup),
      new Destination("menu.numberSeries", "/setup/number-series.xhtml", CurrentUser::isMayChangeSetup),
      new Destination("menu.marketingSetup", "/setup/marketing.xhtml", CurrentUser::isMayChangeSetup),
      new Destination("menu.auditTrail", "/setup/audit.xhtml", CurrentUser::isMayChangeSetup),
      new Destination("menu.users", "/security/users.xhtml", CurrentUser::isMayManageUsers));

  @Inject private CurrentUser currentUser;

  private String query;

  public List<String> complete(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return openable().map(p -> Feedback.text(p.labelKey()))
        .filter(label -> label.toLowerCase(Locale.ROOT).contains(wanted)).toList();
  }

  public void open(SelectEvent<String> event) throws IOException {
    String label = event.getObject();
    var page = openable().filter(p -> Feedback.text(p.labelKey()).equals(label)).findFirst();
    if (page.isPresent()) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + page.get().view());
    }
  }

  /** Only the pages the user's roles open: the others would show "Not allowed". */
  private Stream<Destination> openable() {
    return PAGES.stream().filter(p -> p.mayOpen().test(currentUser));
  }

  public String getQuery() { return query; }
  public void setQuery(String query) { this.query = query; }
}
