package grader.instructor.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One grading run of a course workspace: its own Maven wrapper, the student's {@code test}
 * build with failing tests expected (the scoreboard judges them), output to a log file.
 *
 * @param offline  whether Maven must not reach any repository (every dependency is in the
 *                 local one after a first run)
 * @param language {@code es}, {@code en} or blank, for the scoreboard's texts
 * @param timeout  how long one run may take before it is stopped, with every process it started
 * @param only     the exercises to grade, as the students' own {@code -pl ... -Dgrader.only=...}
 *                 run does; empty for all
 */
record MavenRun(boolean offline, String language, Duration timeout, List<String> only) {

    /** Runs the build in {@code workspace}; whether it finished before the timeout. */
    boolean run(Path workspace, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(workspace.resolve("mvnw").toString(), "-q", "-B"));
        if (offline) {
            command.add("-o");
        }
        if (!only.isEmpty()) {
            String modules = only.stream().map(id -> "exercises/" + id + ",").collect(Collectors.joining());
            command.addAll(List.of("-pl", modules + "grader/scoreboard", "-am",
                    "-Dgrader.only=" + String.join(",", only)));
        }
        command.addAll(List.of("-Dgrader.expectFailures=true", "-Dgrader.lang=" + language, "test"));
        Process maven = new ProcessBuilder(command)
                .directory(workspace.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = false;
        try {
            finished = maven.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return finished;
        } finally {
            if (!finished) { // out of time, or this thread was interrupted: no process may outlive the run
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        }
    }
}
