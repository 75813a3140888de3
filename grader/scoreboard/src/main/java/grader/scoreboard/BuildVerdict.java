package grader.scoreboard;

import java.nio.file.Path;

/**
 * The build's last step: ends the Maven run with the scoreboard's {@link Verdict}. Maven runs it
 * inside its own JVM (exec:java, see {@code grader/scoreboard/pom.xml}), right after the scoreboard.
 *
 * <p>Why it may end Maven's JVM itself: Maven reports every failed build with a dozen lines of its
 * own ({@code Failed to execute goal …}, {@code [Help 1]}, how to resume), printed after everything
 * else, so the scoreboard would never be the last thing a student sees. A grading run keeps Maven's
 * log off ({@code .mvn/maven.config}); then, when the scoreboard has explained every lost point,
 * this step prints nothing more and ends the JVM with status 1. In every other case the build
 * fails the usual way and Maven shows its own errors: when an exercise was not graded (only Maven
 * knows why, for example a dependency that did not resolve), and whenever Maven's log is on
 * ({@code -q}, or {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info} for the full output).
 *
 * <pre>
 * BuildVerdict --root=DIR
 * </pre>
 */
public final class BuildVerdict {

    /** The log level that {@code .mvn/maven.config} gives Maven in a grading run. */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private BuildVerdict() {
    }

    public static void main(String[] args) throws Exception {
        Verdict verdict = Verdict.read(Path.of(Scoreboard.options(args).getOrDefault("root", ".")));
        switch (ending(verdict, mavenLogIsOff())) {
            case SUCCEED:
                return;
            case EXIT:
                System.out.flush();
                System.exit(1);
                return;
            default:
                throw new GradeNotEarned(verdict.message());
        }
    }

    /** How the build ends. */
    enum Ending {
        /** The build goes on, and succeeds. */
        SUCCEED,
        /** Maven's JVM ends now with status 1: the scoreboard, already printed, says why. */
        EXIT,
        /** The build fails the usual way: Maven reports this failure with its other errors. */
        FAIL
    }

    static Ending ending(Verdict verdict, boolean mavenLogIsOff) {
        switch (verdict.kind()) {
            case PASSED:
                return Ending.SUCCEED;
            case FAILED:
                return mavenLogIsOff ? Ending.EXIT : Ending.FAIL;
            default:
                return Ending.FAIL;
        }
    }

    /** Whether Maven prints nothing of its own: it would report a failure after the scoreboard. */
    static boolean mavenLogIsOff() {
        return "off".equalsIgnoreCase(System.getProperty(LOG_LEVEL, "").strip());
    }

    /** The build fails: Maven reports it with this message among its own errors. */
    static final class GradeNotEarned extends Exception {

        private static final long serialVersionUID = 1L;

        GradeNotEarned(String message) {
            super(message);
        }
    }
}
