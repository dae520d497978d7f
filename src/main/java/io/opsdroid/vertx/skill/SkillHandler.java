package io.opsdroid.vertx.skill;

import java.lang.reflect.Method;

/**
 * One matcher of one skill method.
 *
 * @param index the handler's place in its skill's list, which event-bus requests name
 * @param method the method to call
 * @param matcher when to call it
 * @param blocking whether it runs on a worker thread
 */
public record SkillHandler(int index, Method method, HandlerMatcher matcher, boolean blocking) {

  /** The parameter the method takes, or {@code null} when it takes none. */
  Class<?> parameterType() {
    return method.getParameterCount() == 0 ? null : method.getParameterTypes()[0];
  }
}
