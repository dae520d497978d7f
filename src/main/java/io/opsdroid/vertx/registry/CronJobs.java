package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.skill.HandlerMatcher;
import io.opsdroid.vertx.skill.SkillHandler;
import io.opsdroid.vertx.skill.match.Cancellable;
import io.opsdroid.vertx.skill.match.CronScheduler;
import io.opsdroid.vertx.skill.match.CrontabSchedule;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules of the running skills' crontab handlers, laid anew whenever a skill or the
 * {@code crontab} parser changes.
 */
final class CronJobs {

  private static final Logger LOG = LoggerFactory.getLogger(CronJobs.class);

  private final CronScheduler scheduler;
  private final Modules modules;
  private final MessageDispatcher dispatcher;
  private final ZoneId botZone;
  private final List<Cancellable> jobs = new ArrayList<>();

  CronJobs(CronScheduler scheduler, Modules modules, MessageDispatcher dispatcher,
      ZoneId botZone) {
    this.scheduler = scheduler;
    this.modules = modules;
    this.dispatcher = dispatcher;
    this.botZone = botZone;
  }

  /** Lays the schedules anew; called on the registry's event loop. */
  void reschedule() {
    jobs.forEach(Cancellable::cancel);
    jobs.clear();
    if (!modules.parserEnabled("crontab")) {
      return;
    }
    Context registry = Vertx.currentContext();
    modules.running(ModuleType.SKILLS).forEach(record -> {
      for (SkillHandler handler : record.skill.handlers()) {
        if (handler.matcher() instanceof HandlerMatcher.Crontab crontab) {
          schedule(registry, record.name, handler, crontab);
        }
      }
    });
  }

  /**
   * A clock may wake its tasks on any thread (a test's clock on the test's), so each firing
   * goes back to the registry's event loop, where the dispatcher lives.
   */
  private void schedule(Context registry, String skill, SkillHandler handler,
      HandlerMatcher.Crontab crontab) {
    Runnable run = () -> dispatcher.runScheduled(skill, handler);
    Runnable onRegistry = registry == null ? run : () -> registry.runOnContext(v -> run.run());
    try {
      ZoneId zone = crontab.timezone().isBlank() ? botZone : ZoneId.of(crontab.timezone());
      CrontabSchedule schedule = new CrontabSchedule(crontab.expression(), zone);
      jobs.add(scheduler.schedule(schedule, onRegistry));
    } catch (RuntimeException e) {
      LOG.error("Skill '{}': crontab '{}' cannot be scheduled: {}", skill,
          crontab.expression(), e.getMessage());
    }
  }

  void close() {
    jobs.forEach(Cancellable::cancel);
    jobs.clear();
  }
}
