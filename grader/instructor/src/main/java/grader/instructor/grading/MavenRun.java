package grader.instructor.grading;

import grader.instructor.MavenBuild;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One grading run of a course workspace: the student's {@code test} build with failing tests
 * expected (the scoreboard judges them), output to a log file.
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
        List<String> arguments = new ArrayList<>(List.of("-q"));
        if (offline) {
            arguments.add("-o");
        }
        if (!only.isEmpty()) {
            String modules = only.stream().map(id -> "exercises/" + id + ",").collect(Collectors.joining());
            arguments.addAll(List.of("-pl", modules + "grader/scoreboard", "-am",
                    "-Dgrader.only=" + String.join(",", only)));
        }
        arguments.addAll(List.of("-Dgrader.expectFailures=true", "-Dgrader.lang=" + language, "test"));
        return new MavenBuild(timeout).run(workspace, log, arguments).finished();
    }
}
