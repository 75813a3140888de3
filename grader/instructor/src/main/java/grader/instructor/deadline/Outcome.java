package grader.instructor.deadline;

import grader.instructor.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One repository's result at the deadline: the row its shard's {@code grade-batch} wrote, the
 * commit it was graded at, and, when it has no row, why. Every planned repository has an
 * outcome, so none drops out of the gradebook because its clone or its shard failed.
 *
 * @param planned what the plan said about it
 * @param graded  its graded commit, as the clone resolved it (else as planned)
 * @param status  the gradebook's status: grade-batch's, else {@code not_cloned} or {@code not_graded}
 * @param cells   its shard's gradebook row by column; empty when it has none
 * @param problem why it has no row, empty when it has one
 */
public record Outcome(DeadlinePlan.Planned planned, GradedCommit graded, String status, Map<String, String> cells,
                      String problem) {

    static final String NOT_CLONED = "not_cloned";
    static final String NOT_GRADED = "not_graded";

    public String repository() {
        return planned.repository().name();
    }

    public String student() {
        return planned.repository().student();
    }

    /** Whether it has a grade (a folder that is no course repository has 0). */
    public boolean hasGrade() {
        return status.equals("graded") || status.equals("not_a_course_repository");
    }

    /** Its points in an exercise; empty when it has none, which is no zero. */
    public Optional<String> points(String exercise) {
        return hasGrade() ? Optional.ofNullable(cells.get(exercise)).filter(cell -> !cell.isEmpty()) : Optional.empty();
    }

    /** Its total; empty when it has none. */
    public Optional<String> total() {
        return points("total");
    }

    /**
     * The outcome of every repository of {@code plan}, in name order, from {@code results}: a
     * folder holding, in folders of their own, each shard's {@code gradebook.csv} and
     * {@code fetched.json} (as the shard jobs upload them).
     */
    static List<Outcome> read(DeadlinePlan plan, Path results) throws IOException {
        Map<String, ShardFetch.Clone> clones = new HashMap<>();
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Path folder : shardFolders(results)) {
            Path fetched = folder.resolve(ShardFetch.Fetched.FILE);
            if (Files.isRegularFile(fetched)) {
                ShardFetch.Fetched.read(fetched).repositories().forEach(clone -> clones.put(clone.repository(), clone));
            }
            Path gradebook = folder.resolve("gradebook.csv");
            if (Files.isRegularFile(gradebook)) {
                for (Map<String, String> row : Csv.records(Files.readString(gradebook, StandardCharsets.UTF_8))) {
                    rows.put(row.get("repository"), row);
                }
            }
        }
        return plan.repositories().stream()
                .sorted((a, b) -> a.repository().name().compareTo(b.repository().name()))
                .map(planned -> of(planned, clones.get(planned.repository().name()),
                        rows.get(planned.repository().name()), plan))
                .toList();
    }

    private static Outcome of(DeadlinePlan.Planned planned, ShardFetch.Clone clone, Map<String, String> row,
                              DeadlinePlan plan) {
        GradedCommit graded = clone == null ? planned.graded() : clone.graded();
        if (row != null) {
            return new Outcome(planned, graded, row.get("status"), Map.copyOf(row), "");
        }
        if (clone != null && !clone.problem().isEmpty()) {
            return new Outcome(planned, graded, NOT_CLONED, Map.of(), clone.problem());
        }
        int shard = plan.shards().indexOf(plan.shards().stream().filter(s -> s.contains(planned)).findFirst()
                .orElse(List.of()));
        return new Outcome(planned, graded, NOT_GRADED, Map.of(), clone == null
                ? "shard " + shard + " left no results: look at the log of its job"
                : "cloned, but its shard's gradebook has no row for it: look at the log of shard " + shard);
    }

    /** {@code results} and the folders in it: where the shards' files are. */
    static List<Path> shardFolders(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            throw new IllegalArgumentException("no folder of shard results at " + results);
        }
        try (Stream<Path> children = Files.list(results)) {
            return Stream.concat(Stream.of(results), children.filter(Files::isDirectory)).sorted().toList();
        }
    }
}
