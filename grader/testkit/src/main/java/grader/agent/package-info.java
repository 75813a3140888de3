/**
 * The grader's Java agent: Surefire starts every test JVM with it ({@code -javaagent} in
 * {@code exercises/pom.xml}), so what the submission does inside its own JVM cannot take the
 * grading down.
 *
 * <p>Why an agent. On JDK 24+ there is no SecurityManager (JEP 486), and Surefire's fork time-out
 * does not reliably end a hung fork (SUREFIRE-1722). The separate JVM per test class limits the
 * damage to one class; the agent narrows it to the one test:
 * <ul>
 *   <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} called from student
 *       code, however reached, throw instead of ending the JVM ({@link grader.guard.ExitGuard});</li>
 *   <li>{@code Thread.start()} tells the grader which threads the submission started and refuses
 *       more than a thousand at once ({@link grader.guard.ThreadGuard});</li>
 *   <li>every loop of the student's classes can be stopped once its test is over, even when it
 *       ignores interrupts ({@link grader.guard.RunawayThreads});</li>
 *   <li>{@code Thread.exit()}, which every platform thread runs as it ends, lets a probe hold the
 *       threads that ran a test's work until the call that started them waits for them
 *       ({@link grader.guard.ThreadGuard#beforeExit}, {@code grader.probe.Awaited}).</li>
 * </ul>
 * Rewriting call sites of {@code System.exit} in student classes alone would miss reflection,
 * method handles and pools; instrumenting these JDK methods at their first line catches every
 * path, and stays a one-instruction change that reads the same on JDK 17 to 25. The rest of the
 * hardening (deadlines with thread dumps, leak checks, output caps, the JVM time limit) needs no
 * agent and lives in {@code grader.junit}.
 *
 * <p>Without the agent (an IDE run) the tests still run and grade; only these guards are off.
 */
package grader.agent;
