package grader.instructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Maven build of a course with its own wrapper, its output in a log file, under a time limit:
 * how every instructor command that grades or mutates runs Maven.
 */
public final class MavenBuild {

    /** How a build ended: within its time, and with which exit status (meaningless when it did not finish). */
    public record Ending(boolean finished, int exitStatus) {

        /** Whether it finished in time with exit status 0. */
        public boolean succeeded() {
            return finished && exitStatus == 0;
        }
    }

    private final Duration timeout;

    public MavenBuild(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code ./mvnw -B} with {@code arguments} in {@code course}, its output into {@code log}. */
    public Ending run(Path course, Path log, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(course.resolve("mvnw").toString(), "-B"));
        command.addAll(arguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process maven = new ProcessBuilder(command)
                .directory(course.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = false;
        try {
            finished = maven.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Ending(finished, finished ? maven.exitValue() : -1);
        } finally {
            if (!finished) { // out of time, or this thread was interrupted: no process may outlive the build
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        }
    }
}
