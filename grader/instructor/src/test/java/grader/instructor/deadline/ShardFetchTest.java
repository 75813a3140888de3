package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.ScratchRepos;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardFetchTest {

    private static final String DEADLINE = "2026-12-01T23:59:00+01:00";
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path work;

    private Path host;
    private GitRepository alice;
    private String onTime;
    private String late;

    @BeforeEach
    void aStudentWhoCommittedBeforeAndAfterTheDeadline() {
        host = work.resolve("host");
        alice = new GitRepository(host.resolve("conc-alice"));
        alice.commit("exercises/ex01/Sum.java", "first try\n", "2026-11-28T10:00:00+01:00");
        onTime = alice.commit("exercises/ex01/Sum.java", "on time\n", "2026-12-01T23:50:00+01:00");
        late = alice.commit("exercises/ex01/Sum.java", "too late\n", "2026-12-02T09:00:00+01:00");
    }

    @Test
    void eachRepositoryIsClonedAtItsGradedCommitWithoutItsHistory() throws Exception {
        ScratchRepos.write(host, "conc-alice" + LocalHost.ACTIVITY_SUFFIX, Activity.list(
                Activity.push("main", Push.NO_COMMIT, onTime, "2026-12-01T22:55:00Z", "push", "alice"),
                Activity.push("main", onTime, late, "2026-12-02T08:01:00Z", "push", "alice")));
        DeadlinePlan plan = DeadlinePlan.of(new LocalHost(host, "conc-"), DEADLINE, List.of(), 5);

        ShardFetch.Fetched fetched = new ShardFetch(Git.plain(), QUIET).fetch(plan, 0, work.resolve("shard"));

        Path clone = work.resolve("shard/repos/conc-alice");
        assertThat(ScratchRepos.read(clone, "exercises/ex01/Sum.java")).isEqualTo("on time\n");
        assertThat(clone.resolve(".git")).doesNotExist();
        ShardFetch.Clone only = fetched.repositories().get(0);
        assertThat(only.problem()).isEmpty();
        assertThat(only.graded().commit()).isEqualTo(onTime);
        assertThat(only.graded().submittedAt()).isEqualTo("2026-12-01T22:55:00Z");
        assertThat(only.graded().late()).extracting(GradedCommit.LatePush::commit).containsExactly(late);
        assertThat(ShardFetch.Fetched.read(work.resolve("shard/fetched.json"))).isEqualTo(fetched);
    }

    @Test
    void withoutARecordOfPushesTheLastCommitDatedBeforeTheDeadlineIsGradedAndLaterOnesAreLate() throws Exception {
        DeadlinePlan plan = DeadlinePlan.of(new LocalHost(host, "conc-"), DEADLINE, List.of(), 5);

        ShardFetch.Clone clone = new ShardFetch(Git.plain(), QUIET).fetch(plan, 0, work.resolve("shard"))
                .repositories().get(0);

        assertThat(ScratchRepos.read(work.resolve("shard/repos/conc-alice"), "exercises/ex01/Sum.java"))
                .isEqualTo("on time\n");
        assertThat(clone.graded().source()).isEqualTo(GradedCommit.Source.COMMIT_DATE);
        assertThat(clone.graded().commit()).isEqualTo(onTime);
        assertThat(clone.graded().submittedAt()).isEqualTo("2026-12-01T22:50:00Z");
        assertThat(clone.graded().late()).containsExactly(new GradedCommit.LatePush("2026-12-02T08:00:00Z", late, ""));
    }

    @Test
    void aCommitThatCannotBeClonedIsRecordedWithWhyAndTheOthersGoOn() throws Exception {
        new GitRepository(host.resolve("conc-bob")).commit("README.md", "bob\n", "2026-11-29T10:00:00+01:00");
        ScratchRepos.write(host, "conc-alice" + LocalHost.ACTIVITY_SUFFIX, Activity.list(
                Activity.push("main", Push.NO_COMMIT, "f".repeat(40), "2026-12-01T22:55:00Z", "push", "alice")));
        DeadlinePlan plan = DeadlinePlan.of(new LocalHost(host, "conc-"), DEADLINE, List.of(), 5);

        List<ShardFetch.Clone> clones = new ShardFetch(Git.plain(), QUIET).fetch(plan, 0, work.resolve("shard"))
                .repositories();

        assertThat(clones.get(0).problem()).startsWith("not cloned: git fetch failed");
        assertThat(work.resolve("shard/repos/conc-alice")).doesNotExist();
        assertThat(clones.get(1).problem()).isEmpty();
        assertThat(Files.isRegularFile(work.resolve("shard/repos/conc-bob/README.md"))).isTrue();
    }

    @Test
    void aRepositoryWithNoCommitBeforeTheDeadlineIsNotCloned() throws Exception {
        DeadlinePlan plan = DeadlinePlan.of(new LocalHost(host, "conc-"), "2026-11-01T00:00:00Z", List.of(), 5);

        ShardFetch.Clone clone = new ShardFetch(Git.plain(), QUIET).fetch(plan, 0, work.resolve("shard"))
                .repositories().get(0);

        assertThat(clone.problem()).isEqualTo("no commit on main is dated at or before the deadline");
    }

    @Test
    void theTokenReachesGitOnlyThroughItsEnvironmentForTheHostsAddress() {
        Git git = ShardFetch.gitWithToken("ghp_secret", "https://github.com/");

        assertThat(git.environment()).containsEntry("GIT_CONFIG_KEY_0", "http.https://github.com/.extraheader")
                .containsEntry("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hwX3NlY3JldA==");
        assertThat(ShardFetch.gitWithToken("", "https://github.com").environment()).isEmpty();
    }
}
