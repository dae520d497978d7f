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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules of the running skills' crontab handlers. A change of one skill lays that
 * skill's schedules anew and leaves the others' running, so that no other skill misses a
 * run; a change of the {@code crontab} parser lays them all anew.
 */
final class CronJobs {

  private static final Logger LOG = LoggerFactory.getLogger(CronJobs.class);
  private static final String CRONTAB_PARSER = "crontab";

  private final CronScheduler scheduler;
  private final Modules modules;
  private final MessageDispatcher dispatcher;
  private final ZoneId botZone;
  /** The scheduled jobs of each skill, by the skill's name. */
  private final Map<String, List<Cancellable>> jobs = new HashMap<>();

  CronJobs(CronScheduler scheduler, Modules modules, MessageDispatcher dispatcher,
      ZoneId botZone) {
    this.scheduler = scheduler;
    this.modules = modules;
    this.dispatcher = dispatcher;
    this.botZone = botZone;
  }

  /** Lays every schedule anew; called on the registry's event loop. */
  void rescheduleAll() {
    close();
    modules.running(ModuleType.SKILLS).forEach(this::schedule);
  }

  /** Lays anew what a change of {@code changed} touches; on the registry's event loop. */
  void rescheduleAfter(ModuleRecord changed) {
    if (changed.type == ModuleType.PARSERS && changed.name.equals(CRONTAB_PARSER)) {
      rescheduleAll();
    } else if (changed.type == ModuleType.SKILLS) {
      cancel(changed.name);
      if (changed.running()) {
        schedule(changed);
      }
    }
  }

  private void schedule(ModuleRecord skill) {
    if (!modules.parserEnabled(CRONTAB_PARSER)) {
      return;
    }
    Context registry = Vertx.currentContext();
    for (SkillHandler handler : skill.skill.handlers()) {
      if (handler.matcher() instanceof HandlerMatcher.Crontab crontab) {
        schedule(registry, skill.name, handler, crontab);
      }
    }
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
      jobs.computeIfAbsent(skill, name -> new ArrayList<>())
          .add(scheduler.schedule(schedule, onRegistry));
    } catch (RuntimeException e) {
      LOG.error("Skill '{}': crontab '{}' cannot be scheduled: {}", skill,
          crontab.expression(), e.getMessage());
    }
  }

  private void cancel(String skill) {
    List<Cancellable> cancelled = jobs.remove(skill);
    if (cancelled != null) {
      cancelled.forEach(Cancellable::cancel);
    }
  }

  void close() {
    jobs.values().forEach(skillJobs -> skillJobs.forEach(Cancellable::cancel));
    jobs.clear();
  }
}
