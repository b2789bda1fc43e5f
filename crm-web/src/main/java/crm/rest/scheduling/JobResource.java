package crm.rest.scheduling;

import crm.domain.scheduling.JobOutcome;
import crm.rest.shared.Bodies;
import crm.rest.shared.Params;
import crm.service.scheduling.JobStatus;
import crm.service.scheduling.ScheduledJobs;
import crm.service.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The timer console over HTTP (F-61): the batch administrator's and the administrator's. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  @Inject private ScheduledJobs jobs;
  @Context private HttpHeaders headers;

  @GET
  public List<JobDto> list() {
    return jobs.list().stream().map(this::dto).toList();
  }

  @GET
  @Path("{name}")
  public JobDto get(@PathParam("name") String name) {
    return dto(jobs.get(name));
  }

  /** The job's runs, newest first; filters outcome and from/to (dates of the start). */
  @GET
  @Path("{name}/runs")
  public Page<JobRunDto> runs(@PathParam("name") String name,
      @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
      @QueryParam("outcome") String outcome, @QueryParam("from") String from, @QueryParam("to") String to) {
    String job = jobs.get(name).job().jobName();
    var request = Params.list(page, size, sort)
        .whereEqual("jobName", job)
        .whereEqual("outcome", Params.enumValue(JobOutcome.class, "outcome", outcome))
        .withinDays("startedAt", Params.date("from", from), Params.date("to", to));
    return jobs.runs(request).map(JobRunDto::from);
  }

  @POST
  @Path("{name}/pause")
  public JobDto pause(@PathParam("name") String name) {
    return dto(jobs.pause(name));
  }

  @POST
  @Path("{name}/resume")
  public JobDto resume(@PathParam("name") String name) {
    return dto(jobs.resume(name));
  }

  /** Asks for one run; it starts at the job's next tick on one instance ({@code runRequested} until then). */
  @POST
  @Path("{name}/run-now")
  public JobDto runNow(@PathParam("name") String name) {
    return dto(jobs.runNow(name));
  }

  /** The time of day of a daily job, {@code {"dailyAt": "HH:mm"}}, as the console's clock button sets it. */
  @PUT
  @Path("{name}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public JobDto reschedule(@PathParam("name") String name, DailyAt body) {
    return dto(jobs.reschedule(name, Params.time("dailyAt", Bodies.require(body).dailyAt())));
  }

  /** The body of {@link #reschedule}. */
  public record DailyAt(String dailyAt) {}

  private JobDto dto(JobStatus status) {
    return JobDto.from(status, Params.locale(headers));
  }
}
