package grader.instructor.deadline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs git, the one tool that reads repositories here, with a time limit and without ever
 * asking for a password: a clone that needs credentials it was not given fails at once.
 *
 * @param environment added to git's environment (the credentials for the host, if any)
 */
record Git(Map<String, String> environment) {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    /** Git with no credentials. */
    static Git plain() {
        return new Git(Map.of());
    }

    /** Runs {@code git ARGS} in {@code directory}; its standard output, stripped. */
    String run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_LFS_SKIP_SMUDGE", "1"); // large files are no submission
        Path output = Files.createTempFile("git", ".out");
        Path errors = Files.createTempFile("git", ".err");
        try {
            Process git = builder.redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            git.getOutputStream().close();
            if (!git.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                git.descendants().forEach(ProcessHandle::destroyForcibly);
                git.destroyForcibly();
                throw new IOException("git " + args[0] + " took longer than " + TIME_LIMIT.toMinutes() + " min");
            }
            if (git.exitValue() != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("git " + args[0] + " failed: "
                        + (message.isEmpty() ? "exit status " + git.exitValue() : message.lines().findFirst().get()));
            }
            return Files.readString(output, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
