package io.opsdroid.vertx.skill;

import io.opsdroid.vertx.skill.match.CrontabSchedule;
import io.opsdroid.vertx.skill.match.MatcherOptions;
import io.opsdroid.vertx.skill.match.MatchingCondition;
import io.opsdroid.vertx.skill.match.ParseMatcher;
import io.opsdroid.vertx.skill.match.RegexMatcher;
import io.vertx.core.Future;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The handlers of a skill class, read from its matcher annotations once per class.
 */
public final class SkillDescriptor {

  private static final List<Class<? extends Annotation>> MATCHERS = List.of(MatchRegex.class,
      MatchParse.class, MatchCrontab.class, MatchWebhook.class, MatchAlways.class,
      MatchCatchall.class, MatchEvent.class, MatchIntent.class);

  private static final ClassValue<SkillDescriptor> CACHE = new ClassValue<>() {
    @Override
    protected SkillDescriptor computeValue(Class<?> type) {
      return read(type);
    }
  };

  private final List<SkillHandler> handlers;

  private SkillDescriptor(List<SkillHandler> handlers) {
    this.handlers = List.copyOf(handlers);
  }

  /**
   * The handlers of {@code type}.
   *
   * @throws IllegalArgumentException when a matcher or a handler's signature is invalid
   */
  public static SkillDescriptor of(Class<? extends Skill> type) {
    return CACHE.get(type);
  }

  public List<SkillHandler> handlers() {
    return handlers;
  }

  public SkillHandler handler(int index) {
    return handlers.get(index);
  }

  private static SkillDescriptor read(Class<?> type) {
    refuseHiddenHandlers(type);
    List<SkillHandler> handlers = new ArrayList<>();
    Method[] methods = type.getMethods();
    // Sorted so that handler indexes are the same in every JVM of a cluster.
    Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
    for (Method method : methods) {
      for (HandlerMatcher matcher : matchersOf(method)) {
        checkSignature(type, method, matcher);
        handlers.add(new SkillHandler(handlers.size(), method, matcher,
            runsOnAWorker(method)));
      }
    }
    return new SkillDescriptor(handlers);
  }

  /**
   * A handler that returns a future is asynchronous, and runs on the skill's event loop
   * unless marked {@link Blocking}; one that returns anything else is synchronous code,
   * which may block, and runs on a worker thread.
   */
  private static boolean runsOnAWorker(Method method) {
    return method.isAnnotationPresent(Blocking.class)
        || !Future.class.isAssignableFrom(method.getReturnType());
  }

  /**
   * Refuses a matcher on a method that is not public: the bot calls public methods only,
   * and a skill that started without the handler its author wrote would never answer.
   */
  private static void refuseHiddenHandlers(Class<?> type) {
    for (Class<?> level = type; level != Skill.class && level != null;
        level = level.getSuperclass()) {
      for (Method method : level.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) && hasMatcher(method)) {
          throw new IllegalArgumentException(level.getName() + "." + method.getName()
              + " has a matcher but is not public, so the bot could not call it");
        }
      }
    }
  }

  private static boolean hasMatcher(Method method) {
    return MATCHERS.stream().anyMatch(matcher -> method.getAnnotationsByType(matcher).length > 0);
  }

  private static List<HandlerMatcher> matchersOf(Method method) {
    List<HandlerMatcher> matchers = new ArrayList<>();
    for (MatchRegex regex : method.getAnnotationsByType(MatchRegex.class)) {
      matchers.add(new HandlerMatcher.Regex(new RegexMatcher(regex.value(),
          new MatcherOptions(regex.caseSensitive(),
              MatchingCondition.of(regex.matchingCondition()), regex.scoreFactor()))));
    }
    for (MatchParse parse : method.getAnnotationsByType(MatchParse.class)) {
      matchers.add(new HandlerMatcher.Parse(new ParseMatcher(parse.value(),
          new MatcherOptions(parse.caseSensitive(),
              MatchingCondition.of(parse.matchingCondition()), parse.scoreFactor()))));
    }
    for (MatchCrontab crontab : method.getAnnotationsByType(MatchCrontab.class)) {
      // Read now so that a bad expression or zone fails the skill's start.
      CrontabSchedule.of(crontab.value(), crontab.timezone().isBlank() ? "UTC"
          : crontab.timezone());
      matchers.add(new HandlerMatcher.Crontab(crontab.value(), crontab.timezone()));
    }
    for (MatchIntent intent : method.getAnnotationsByType(MatchIntent.class)) {
      matchers.add(new HandlerMatcher.ParsedIntent(intent.value(), intent.parser()));
    }
    for (MatchWebhook webhook : method.getAnnotationsByType(MatchWebhook.class)) {
      matchers.add(new HandlerMatcher.Webhook(webhook.value()));
    }
    if (method.isAnnotationPresent(MatchAlways.class)) {
      matchers.add(new HandlerMatcher.Always());
    }
    MatchCatchall catchall = method.getAnnotation(MatchCatchall.class);
    if (catchall != null) {
      matchers.add(new HandlerMatcher.Catchall(catchall.messagesOnly()));
    }
    MatchEvent event = method.getAnnotation(MatchEvent.class);
    if (event != null) {
      matchers.add(new HandlerMatcher.Event(event.value()));
    }
    return matchers;
  }

  private static void checkSignature(Class<?> type, Method method, HandlerMatcher matcher) {
    Class<?> allowed = Message.class;
    if (matcher instanceof HandlerMatcher.Webhook) {
      allowed = WebhookRequest.class;
    } else if (matcher instanceof HandlerMatcher.Crontab) {
      allowed = null;
    }
    Class<?>[] parameters = method.getParameterTypes();
    boolean fits = parameters.length == 0
        || parameters.length == 1 && allowed != null && parameters[0] == allowed;
    if (!fits || Modifier.isStatic(method.getModifiers())) {
      String expected = allowed == null ? "no parameter" : "no parameter or a "
          + allowed.getSimpleName();
      throw new IllegalArgumentException(type.getName() + "." + method.getName()
          + " must be an instance method taking " + expected);
    }
  }
}
