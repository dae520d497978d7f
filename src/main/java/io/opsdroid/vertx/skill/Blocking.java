package io.opsdroid.vertx.skill;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated skill method on a worker thread, for code that blocks (JDBC, files, a
 * library with a blocking client) although the method returns a {@code Future}. A handler
 * that returns anything else runs on a worker thread anyway; one that returns a
 * {@code Future} without this mark runs on the skill's event loop and must not block.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Blocking {
}
