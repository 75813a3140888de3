package grader;

import grader.junit.GradingExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A graded test: a JUnit test worth {@link #points()} points, named as a sentence in English and
 * Spanish, that runs the student's code under a deadline.
 *
 * <pre>{@code
 * @Graded(points = 3,
 *         en = "adds up every element of the range",
 *         es = "suma todos los elementos del rango")
 * void addsUpEveryElement() { ... }
 * }</pre>
 *
 * <p>The scoreboard reads the points from this annotation in the test sources, so an exercise's
 * total is known even when the exercise does not compile. Keep each attribute on one literal.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith(GradingExtension.class)
public @interface Graded {

    /** Points earned when the test passes. */
    int points();

    /** The test's name as an English sentence. */
    String en();

    /** The test's name as a Spanish sentence. */
    String es();

    /** What kind of evidence the test gives; see {@link Role}. */
    Role role() default Role.CHECK;

    /** The deadline of a graded test that names none. */
    int DEFAULT_DEADLINE_SECONDS = 30;

    /** The test fails, with a thread dump, when it runs longer than this. */
    int deadlineSeconds() default DEFAULT_DEADLINE_SECONDS;
}
