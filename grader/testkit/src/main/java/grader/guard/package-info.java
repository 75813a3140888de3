/**
 * What keeps one test JVM grading whatever the submission does, with only the JDK to lean on.
 *
 * <p>There is no SecurityManager on JDK 24+ (JEP 486), so the grader's Java agent
 * ({@code grader.agent}) calls these classes from places the submission cannot avoid: the first
 * line of {@code Runtime.exit}, {@code Runtime.halt} and {@code Thread.start}, and the loops of
 * the student's own classes. The agent puts this package on the bootstrap class path, where
 * {@code java.lang.Runtime} and {@code java.lang.Thread} can see it; so it may use nothing but
 * the JDK. The test kit reads what happened here ({@link grader.guard.Violations},
 * {@link grader.guard.ThreadGuard#startedByStudent}) and turns it into the failure of the test
 * that caused it.
 *
 * <p>Without the agent (a test run from an IDE) nothing calls the hooks: the classes load from
 * the class path as plain code and report nothing.
 */
package grader.guard;
