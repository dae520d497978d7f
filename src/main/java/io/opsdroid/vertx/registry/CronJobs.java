package io.opsdroid.vertx.registry;

import io.opsdroid.vertx.api.ModuleType;
import io.opsdroid.vertx.skill.HandlerMatcher;
import io.opsdroid.vertx.skill.SkillHandler;
import io.opsdroid.vertx.skill.match.Cancellable;
import io.opsdroid.vertx.skill.match.CronScheduler;
import io.opsdroid.vertx.skill.match.CrontabSchedule;
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

  void reschedule() {
    jobs.forEach(Cancellable::cancel);
    jobs.clear();
    if (!modules.parserEnabled("crontab")) {
      return;
    }
    modules.running(ModuleType.SKILLS).forEach(record -> {
      for (SkillHandler handler : record.skill.handlers()) {
        if (handler.matcher() instanceof HandlerMatcher.Crontab crontab) {
          schedule(record.name, handler, crontab);
        }
      }
    });
  }

  private void schedule(String skill, SkillHandler handler, HandlerMatcher.Crontab crontab) {
    try {
      ZoneId zone = crontab.timezone().isBlank() ? botZone : ZoneId.of(crontab.timezone());
      CrontabSchedule schedule = new CrontabSchedule(crontab.expression(), zone);
      jobs.add(scheduler.schedule(schedule, () -> dispatcher.runScheduled(skill, handler)));
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
