/**
 * The engine behind {@link grader.Graded}, not for tests to call: the JUnit extension that runs
 * each graded test under its deadline and guards ({@link grader.junit.GradingExtension}), the
 * listener that records its result ({@link grader.junit.GradeRecorder}), the failure messages,
 * the thread dump, and the check for threads and child processes a test left running.
 *
 * <p>What a test may use is the library's API: {@code grader}, {@code grader.i18n},
 * {@code grader.property}, {@code grader.probe}, {@code grader.race}, {@code grader.timing} and
 * {@code grader.arch} (INSTRUCTORS.md, "The grader library").
 */
package grader.junit;
