package grader.instructor.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Maven build of the course with its own wrapper, its output in a log file, under a time limit. */
final class MavenBuild {

    private final Duration timeout;

    MavenBuild(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code ./mvnw -B} with {@code arguments} in {@code course}; whether it ended with status 0. */
    boolean run(Path course, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(course.resolve("mvnw").toString(), "-B"));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process maven = new ProcessBuilder(command)
                .directory(course.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = false;
        try {
            finished = maven.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return finished && maven.exitValue() == 0;
        } finally {
            if (!finished) { // out of time, or this thread was interrupted: no process may outlive the build
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        }
    }
}
