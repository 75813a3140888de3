package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlinePlanTest {

    private static final String DEADLINE = "2026-12-01T23:59:00+01:00";

    /** A host with these students' repositories, each pushed once, on time. */
    private static RepositoryHost host(int repositories) {
        return new RepositoryHost() {
            @Override
            public List<Found> repositories() {
                return IntStream.range(0, repositories).mapToObj(i -> new Found(new Repository("uni",
                        String.format("conc-s%03d", i), String.format("s%03d", i), "main", "", ""), "")).toList();
            }

            @Override
            public List<Push> pushes(Repository repository) {
                return Push.fromActivity(Activity.list(Activity.push("main", Push.NO_COMMIT, "a".repeat(40),
                        "2026-12-01T20:00:00Z", "push", repository.student())));
            }
        };
    }

    @Test
    void theRepositoriesAreSplitIntoShardsInNameOrder() throws Exception {
        DeadlinePlan plan = DeadlinePlan.of(host(7), DEADLINE, List.of("ex01-threads"), 3);

        assertThat(plan.shards()).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(plan.shard(2).get(0).repository().name()).isEqualTo("conc-s006");
        assertThat(plan.matrix()).isEqualTo("[0,1,2]");
        assertThat(plan.repositories()).allMatch(p -> p.graded().commit().equals("a".repeat(40)));
    }

    @Test
    void moreShardsThanAMatrixRunsIsAnErrorThatGivesTheSmallestShardSize() {
        assertThatThrownBy(() -> DeadlinePlan.of(host(500), DEADLINE, List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("500 repositories in shards of 1 make 500 jobs, and GitHub runs at most 256 of a "
                        + "matrix: use a shard size of at least 2");
    }

    @Test
    void aDeadlineWithoutItsTimeZoneIsRefusedSinceItCouldBeReadTwoWays() {
        assertThatThrownBy(() -> DeadlinePlan.parseDeadline("2026-12-01T23:59:00"))
                .hasMessageContaining("ISO 8601 with its time zone");
        assertThat(DeadlinePlan.parseDeadline("2026-12-01T23:59:00+01:00[Europe/Madrid]"))
                .isEqualTo(Instant.parse("2026-12-01T22:59:00Z"));
    }

    @Test
    void aHostThatCannotSayWhenItWasPushedLeavesTheChoiceToTheCommitDatesWithANote() throws Exception {
        RepositoryHost silent = new RepositoryHost() {
            @Override
            public List<Found> repositories() {
                return List.of(new Found(new Repository("uni", "conc-a", "a", "main", "", ""), ""),
                        new Found(new Repository("uni", "conc-b", "b", "", "", ""), "cannot read it: 404"));
            }

            @Override
            public List<Push> pushes(Repository repository) throws IOException {
                throw new IOException("GitHub answered 403");
            }
        };

        List<DeadlinePlan.Planned> planned = DeadlinePlan.of(silent, DEADLINE, List.of(), 5).repositories();

        assertThat(planned.get(0).graded().source()).isEqualTo(GradedCommit.Source.COMMIT_DATE);
        assertThat(planned.get(0).note()).startsWith("no push record (GitHub answered 403)");
        assertThat(planned.get(1).problem()).isEqualTo("cannot read it: 404");
    }

    @Test
    void thePlanReadsBackAsItWasWritten(@TempDir Path folder) throws Exception {
        DeadlinePlan plan = DeadlinePlan.of(host(2), DEADLINE, List.of("ex01-threads"), 1);

        plan.write(folder.resolve("plan.json"));

        assertThat(DeadlinePlan.read(folder.resolve("plan.json"))).isEqualTo(plan);
        assertThatThrownBy(() -> plan.shard(2)).hasMessage("no shard 2: the plan has 2");
    }

    @Test
    void noRepositoryAtAllIsAnError() {
        assertThatThrownBy(() -> DeadlinePlan.of(host(0), DEADLINE, List.of(), 1))
                .hasMessageContaining("no student repository found");
    }
}
