package grader.guard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code -Dgrader.*} setting a test JVM reads, each with its default: the one place to look
 * up what can be set and to change a default. Maven passes the build's own values (exercises'
 * {@code pom.xml}, {@code systemPropertyVariables}); a {@code -D} on the Maven command line reaches
 * the test JVMs too. It lives in {@code grader.guard} because the agent's bootstrap classes read two
 * of them ({@link #studentClasses}, {@link #maxThreads}), and they may use only this package and the
 * JDK.
 */
public final class GraderProperties {

    /** Where each test JVM appends its results, relative to the module: the scoreboard reads it there. */
    public static final String RESULTS_FOLDER = "target/grade";

    private GraderProperties() {
    }

    /** {@code grader.build}: the build the results belong to; results of another build are dropped. */
    public static String build() {
        return System.getProperty("grader.build", "local");
    }

    /** {@code grader.results}: the folder of the results file (the pom sets the module's {@code target/grade}). */
    public static Path results() {
        return Path.of(System.getProperty("grader.results", RESULTS_FOLDER));
    }

    /** {@code grader.lang}: {@code en}, {@code es}, {@code both} (the message check), or blank for the JVM's locale. */
    public static String lang() {
        return System.getProperty("grader.lang", "").trim();
    }

    /** {@code grader.studentClasses}: the folder the student's classes are compiled into; empty when not known. */
    public static Optional<Path> studentClasses() {
        String folder = System.getProperty("grader.studentClasses");
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /**
     * {@code grader.testJvmSeconds}: the most one test class's JVM may run before the grader stops
     * it. The exercises' pom sets it; without it (a run from an IDE, perhaps under a debugger)
     * there is no such limit.
     */
    public static Optional<Duration> testJvmLimit() {
        return Optional.ofNullable(Long.getLong("grader.testJvmSeconds")).map(Duration::ofSeconds);
    }

    /**
     * {@code grader.maxDeadlineSeconds}: every graded test's deadline is shortened to at most
     * this; the mutation check sets it, so a mutant that hangs costs seconds. Empty: no cap.
     */
    public static Optional<Duration> maxDeadline() {
        return Optional.ofNullable(Long.getLong("grader.maxDeadlineSeconds")).map(Duration::ofSeconds);
    }

    /** {@code grader.skipRoles}: comma-separated roles whose graded tests do not run (the mutation check: SPEEDUP). */
    public static String skipRoles() {
        return System.getProperty("grader.skipRoles", "");
    }

    /** {@code grader.maxOutputBytes}: how much the submission may print per stream, 1 MiB. */
    public static long maxOutputBytes() {
        return Long.getLong("grader.maxOutputBytes", 1 << 20);
    }

    /** {@code grader.maxThreads}: how many threads may be alive at once when student code starts one, 1,000. */
    public static int maxThreads() {
        return Integer.getInteger("grader.maxThreads", 1000);
    }
}
