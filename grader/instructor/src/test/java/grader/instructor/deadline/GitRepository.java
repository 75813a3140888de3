package grader.instructor.deadline;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A student's repository made by the tests: commits with the dates a student's machine would give them. */
final class GitRepository {

    final Path folder;

    GitRepository(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(Map.of(), "init", "--quiet", "--initial-branch=main");
    }

    /** Commits {@code file} with {@code content}, dated {@code date}; its id. */
    String commit(String file, String content, String date) {
        ScratchRepos.write(folder, file, content);
        git(Map.of(), "add", "--all");
        Map<String, String> dated = Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date,
                "GIT_AUTHOR_NAME", "Student", "GIT_AUTHOR_EMAIL", "student@example.org",
                "GIT_COMMITTER_NAME", "Student", "GIT_COMMITTER_EMAIL", "student@example.org");
        git(dated, "commit", "--quiet", "-m", "work on " + file);
        return git(Map.of(), "rev-parse", "HEAD");
    }

    String git(Map<String, String> environment, String... args) {
        try {
            return new Git(environment).run(folder, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
