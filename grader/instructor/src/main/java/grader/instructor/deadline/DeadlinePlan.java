package grader.instructor.deadline;

import grader.scoreboard.GradeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a deadline grading does, decided once, before any clone: which repositories, each at
 * which commit, in which shard. {@code plan.json} carries it from the listing to every shard's
 * clone and to the merge, so they all agree.
 *
 * @param deadline  as the instructor gave it, ISO 8601 with its time zone
 * @param only      the exercises graded; empty for all
 * @param shardSize how many repositories one shard grades
 * @param shards    the repositories of each shard, in order
 */
public record DeadlinePlan(String deadline, List<String> only, int shardSize, List<List<Planned>> shards) {

    /** GitHub runs at most 256 jobs of one matrix. */
    public static final int MAX_SHARDS = 256;

    /**
     * One repository and what is known of its graded commit before cloning it.
     *
     * @param problem why it cannot be graded, empty when it can
     * @param note    what the gradebook should say about its commit (e.g. why it fell back on dates)
     */
    public record Planned(Repository repository, GradedCommit graded, String problem, String note) {
    }

    /**
     * Plans the grading of the host's repositories.
     *
     * @throws IllegalArgumentException when there is nothing to grade or too many shards
     */
    static DeadlinePlan of(RepositoryHost host, String deadline, List<String> only, int shardSize)
            throws IOException, InterruptedException {
        Instant due = parseDeadline(deadline);
        if (shardSize < 1) {
            throw new IllegalArgumentException("the shard size must be at least 1: " + shardSize);
        }
        List<RepositoryHost.Found> found = host.repositories();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no student repository found: check the organisation and the prefix "
                    + "(or the list), and that the token can read them");
        }
        int shards = (found.size() + shardSize - 1) / shardSize;
        if (shards > MAX_SHARDS) {
            int smallest = (found.size() + MAX_SHARDS - 1) / MAX_SHARDS;
            throw new IllegalArgumentException(found.size() + " repositories in shards of " + shardSize + " make "
                    + shards + " jobs, and GitHub runs at most " + MAX_SHARDS + " of a matrix: use a shard size of at "
                    + "least " + smallest);
        }
        List<Planned> planned = new ArrayList<>();
        for (RepositoryHost.Found repository : found) {
            planned.add(repository.problem().isEmpty() ? planned(host, repository.repository(), due)
                    : new Planned(repository.repository(), GradedCommit.byCommitDate(List.of()),
                            repository.problem(), ""));
        }
        List<List<Planned>> split = new ArrayList<>();
        for (int from = 0; from < planned.size(); from += shardSize) {
            split.add(List.copyOf(planned.subList(from, Math.min(planned.size(), from + shardSize))));
        }
        return new DeadlinePlan(deadline, List.copyOf(only), shardSize, List.copyOf(split));
    }

    private static Planned planned(RepositoryHost host, Repository repository, Instant due)
            throws InterruptedException {
        try {
            return new Planned(repository, GradedCommit.at(due, repository.branch(), host.pushes(repository)), "", "");
        } catch (IOException | IllegalArgumentException e) {
            return new Planned(repository, GradedCommit.byCommitDate(List.of()), "",
                    "no push record (" + e.getMessage() + "): graded at the last commit dated before the deadline");
        }
    }

    /**
     * The deadline as an instant: ISO 8601 with an offset ({@code 2026-12-01T23:59:00+01:00},
     * {@code ...Z}) or a zone ({@code 2026-12-01T23:59:00+01:00[Europe/Madrid]}).
     *
     * @throws IllegalArgumentException for a date without its time zone, which could be read two ways
     */
    public static Instant parseDeadline(String deadline) {
        String text = deadline == null ? "" : deadline.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notAnOffset) {
            try {
                return ZonedDateTime.parse(text).toInstant();
            } catch (DateTimeException notAZone) {
                throw new IllegalArgumentException("the deadline must be ISO 8601 with its time zone, like "
                        + "2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z: " + (text.isEmpty() ? "(none)" : text));
            }
        }
    }

    public Instant due() {
        return parseDeadline(deadline);
    }

    /** Every planned repository, shard after shard. */
    public List<Planned> repositories() {
        return shards.stream().flatMap(List::stream).toList();
    }

    /** {@code [0,1,...,n-1]}: the matrix of the shard jobs, as JSON on one line. */
    public String matrix() {
        return IntStream.range(0, shards.size()).mapToObj(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
    }

    public List<Planned> shard(int index) {
        if (index < 0 || index >= shards.size()) {
            throw new IllegalArgumentException("no shard " + index + ": the plan has " + shards.size());
        }
        return shards.get(index);
    }

    public void write(Path file) throws IOException {
        GradeFiles.writeAtomically(file, GradeFiles.gson().toJson(this) + "\n");
    }

    public static DeadlinePlan read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no plan at " + file + ": make it with grader/bin/deadline plan");
        }
        return GradeFiles.gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), DeadlinePlan.class);
    }
}
