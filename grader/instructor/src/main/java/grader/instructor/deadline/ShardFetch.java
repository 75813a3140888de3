package grader.instructor.deadline;

import grader.instructor.grading.FileTrees;
import grader.scoreboard.GradeFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Clones one shard's repositories, each at its graded commit, into {@code DEST/repos/NAME} (the
 * folder {@code grade-batch} grades), without their history, and writes {@code DEST/fetched.json}:
 * the commit each was graded at, and each that could not be cloned, with why. This is the one
 * step besides the listing that holds the token; it runs no student code.
 */
public final class ShardFetch {

    /** What {@code fetched.json} holds. */
    public record Fetched(int shard, List<Clone> repositories) {

        public static final String FILE = "fetched.json";

        public static Fetched read(Path file) throws IOException {
            return GradeFiles.gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Fetched.class);
        }
    }

    /**
     * One repository of the shard.
     *
     * @param graded  its graded commit, now known in every case
     * @param problem why it was not cloned, empty when it was
     */
    public record Clone(String repository, GradedCommit graded, String problem) {
    }

    private final Git git;
    private final PrintStream log;

    ShardFetch(Git git, PrintStream log) {
        this.git = git;
        this.log = log;
    }

    /**
     * Git holding {@code token} for {@code server}'s HTTPS clones, in its environment only: never
     * on a command line, in a file, or in the clone's configuration.
     */
    static Git gitWithToken(String token, String server) {
        if (token == null || token.isBlank()) {
            return Git.plain();
        }
        String basic = Base64.getEncoder().encodeToString(("x-access-token:" + token.strip())
                .getBytes(StandardCharsets.UTF_8));
        return new Git(Map.of("GIT_CONFIG_COUNT", "1",
                "GIT_CONFIG_KEY_0", "http." + server.replaceAll("/+$", "") + "/.extraheader",
                "GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic " + basic));
    }

    Fetched fetch(DeadlinePlan plan, int shard, Path destination) throws IOException, InterruptedException {
        Path repositories = destination.resolve("repos");
        Files.createDirectories(repositories);
        List<Clone> clones = new ArrayList<>();
        for (DeadlinePlan.Planned planned : plan.shard(shard)) {
            Clone clone = planned.problem().isEmpty() ? clone(planned, plan.due(), repositories)
                    : new Clone(planned.repository().name(), planned.graded(), planned.problem());
            log.printf("%s: %s%n", clone.repository(), clone.problem().isEmpty()
                    ? "at " + clone.graded().commit() + " (" + clone.graded().source().word() + ")" : clone.problem());
            clones.add(clone);
        }
        Fetched fetched = new Fetched(shard, List.copyOf(clones));
        GradeFiles.writeAtomically(destination.resolve(Fetched.FILE), GradeFiles.gson().toJson(fetched) + "\n");
        return fetched;
    }

    private Clone clone(DeadlinePlan.Planned planned, Instant due, Path repositories) throws InterruptedException {
        Repository repository = planned.repository();
        Path folder = repositories.resolve(repository.name());
        try {
            FileTrees.delete(folder);
            git.run(repositories, "clone", "--quiet", "--no-checkout", repository.cloneUrl(), repository.name());
            String branch = "refs/remotes/origin/" + repository.branch();
            GradedCommit graded = planned.graded();
            String commit = graded.commit();
            List<GradedCommit.LatePush> laterCommits = List.of();
            if (commit == null) {
                commit = git.run(folder, "log", "-1", "--first-parent", "--format=%H", "--before=" + due, branch);
                if (commit.isEmpty()) {
                    FileTrees.delete(folder);
                    return new Clone(repository.name(), graded, "no commit on " + repository.branch()
                            + " is dated at or before the deadline");
                }
                laterCommits = git.run(folder, "log", "--first-parent", "--reverse", "--format=%cI %H",
                        "--after=" + due, branch).lines().filter(line -> !line.isBlank())
                        .map(line -> line.split(" ", 2))
                        .map(cells -> new GradedCommit.LatePush(utc(cells[0]), cells[1], ""))
                        .toList();
            }
            checkout(folder, commit);
            String committedAt = utc(git.run(folder, "log", "-1", "--format=%cI", commit));
            FileTrees.delete(folder.resolve(".git")); // the history is no submission, and the grade never reads it
            return new Clone(repository.name(), graded.resolved(commit, committedAt, laterCommits), "");
        } catch (IOException e) {
            try {
                FileTrees.delete(folder);
            } catch (IOException ignored) {
                // the clone's leftovers are not graded: fetched.json says it was not cloned
            }
            return new Clone(repository.name(), planned.graded(), "not cloned: " + e.getMessage());
        }
    }

    /** A date git wrote ({@code %cI}, with the committer's offset) in UTC, as GitHub gives times. */
    private static String utc(String date) {
        return OffsetDateTime.parse(date).toInstant().toString();
    }

    /** Checks out {@code commit}; one that no branch holds any more (a force push) is fetched by its id. */
    private void checkout(Path folder, String commit) throws IOException, InterruptedException {
        try {
            git.run(folder, "checkout", "--quiet", "--detach", commit);
        } catch (IOException notInTheClone) {
            git.run(folder, "fetch", "--quiet", "origin", commit);
            git.run(folder, "checkout", "--quiet", "--detach", commit);
        }
    }
}
