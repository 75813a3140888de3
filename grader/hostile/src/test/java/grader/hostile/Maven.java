package grader.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Maven that runs these tests, run again in another folder, on the same JDK, with a time
 * limit after which it is killed with everything it started.
 *
 * @param home     Maven's installation ({@code maven.home})
 * @param javaHome the JDK to run it on
 * @param logs     where each run's output goes
 */
record Maven(Path home, Path javaHome, Path logs) {

    /** How a run ended. */
    record Run(int exitCode, Duration took, Path log) {
    }

    Run run(Path folder, String name, Duration limit, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/mvn").toString(), "-B"));
        command.addAll(List.of(arguments));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("MAVEN_ARGS");
        long start = System.nanoTime();
        Process maven = builder.start();
        if (!maven.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly().waitFor();
            throw new AssertionError(name + ": Maven did not finish within " + limit + "; see " + log);
        }
        return new Run(maven.exitValue(), Duration.ofNanos(System.nanoTime() - start), log);
    }
}
