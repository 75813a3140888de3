package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import grader.instructor.Csv;
import grader.instructor.ExerciseCatalog;
import grader.instructor.ScratchRepos;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.GradedTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineMergeTest {

    private static final List<ExerciseCatalog.Exercise> EXERCISES = List.of(new ExerciseCatalog.Exercise(
            "ex01-a", "A", "A", List.of(new GradedTest("ex01.ATest#a", "a", 10, "", ""))));
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String GRADEBOOK_HEADER = "repository,status,ex01-a,total,max,protected_changes,notes,seconds\n";
    private static final Roster ROSTER = Roster.parse("github_username,first_name,last_name,email,id,section\n"
            + "alice,Alice,Liddell,alice@uni.example,101,A\nbob,Bob,Kane,bob@uni.example,102,A\n"
            + "carol,Carol,Ann,carol@uni.example,103,B\ndave,Dave,Bowman,dave@uni.example,104,B\n"
            + "frank,Frank,Poole,frank@uni.example,105,B\n");
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path work;

    private DeadlinePlan plan;

    private static DeadlinePlan.Planned planned(String student, GradedCommit graded) {
        return new DeadlinePlan.Planned(new Repository("uni", "conc-" + student, student, "main", "",
                "https://github.example/uni/conc-" + student), graded, "", "");
    }

    /** Three shards: alice (late) and bob (a grader error); carol (not cloned) and erin (not on the roster); dave, whose shard failed. */
    @BeforeEach
    void threeShardsThatWentDifferently() throws Exception {
        GradedCommit aliceCommit = new GradedCommit(A, GradedCommit.Source.PUSH, "2026-12-01T22:00:00Z", "alice",
                List.of(new GradedCommit.LatePush("2026-12-02T08:00:00Z", B, "alice")));
        GradedCommit onTime = new GradedCommit(A, GradedCommit.Source.PUSH, "2026-12-01T21:00:00Z", "x", List.of());
        plan = new DeadlinePlan("2026-12-01T23:59:00+01:00", List.of("ex01-a"), 2, List.of(
                List.of(planned("alice", aliceCommit), planned("bob", onTime)),
                List.of(planned("carol", onTime), planned("erin", onTime)),
                List.of(planned("dave", onTime))));
        Path results = work.resolve("results");
        ScratchRepos.write(results, "grades-0/gradebook.csv", GRADEBOOK_HEADER
                + "conc-alice,graded,10,10,10,0,,42\nconc-bob,grader_error,,,10,0,timed out,1800\n");
        fetched(results.resolve("grades-0"), 0, List.of(new ShardFetch.Clone("conc-alice", aliceCommit, ""),
                new ShardFetch.Clone("conc-bob", onTime, "")));
        ScratchRepos.write(results, "grades-0/feedback/conc-alice.md", "# Scoreboard: 10/10\n");
        ScratchRepos.write(results, "grades-0/logs/_template.log", "shard 0\n");
        ScratchRepos.write(results, "grades-1/gradebook.csv", GRADEBOOK_HEADER + "conc-erin,graded,4,4,10,1,,30\n");
        fetched(results.resolve("grades-1"), 1, List.of(
                new ShardFetch.Clone("conc-carol", onTime, "not cloned: git clone failed: repository not found"),
                new ShardFetch.Clone("conc-erin", onTime, "")));
        ScratchRepos.write(results, "grades-1/logs/_template.log", "shard 1\n");
    }

    private static void fetched(Path folder, int shard, List<ShardFetch.Clone> clones) throws Exception {
        GradeFiles.writeAtomically(folder.resolve(ShardFetch.Fetched.FILE),
                GradeFiles.gson().toJson(new ShardFetch.Fetched(shard, clones)));
    }

    private int merge() throws Exception {
        return new DeadlineMerge(EXERCISES, ROSTER, Map.of("ex01-a", "77"), QUIET)
                .merge(plan, work.resolve("results"), work.resolve("out"));
    }

    @Test
    void everyPlannedRepositoryHasAGradebookRowWithItsCommitAndItsLatePushes() throws Exception {
        int status = merge();

        assertThat(status).as("a repository without a grade makes the merge fail").isEqualTo(1);
        List<Map<String, String>> rows = Csv.records(ScratchRepos.read(work, "out/gradebook.csv"));
        assertThat(rows).extracting(row -> row.get("repository") + " " + row.get("status") + " " + row.get("total"))
                .containsExactly("conc-alice graded 10", "conc-bob grader_error ", "conc-carol not_cloned ",
                        "conc-dave not_graded ", "conc-erin graded 4");
        Map<String, String> alice = rows.get(0);
        assertThat(alice).containsEntry("graded_commit", A).containsEntry("graded_commit_source", "push")
                .containsEntry("submitted_at", "2026-12-01T22:00:00Z").containsEntry("late", "yes")
                .containsEntry("late_pushes", "2026-12-02T08:00:00Z bbbbbbb by alice").containsEntry("on_roster", "yes");
        assertThat(rows.get(2).get("notes")).isEqualTo("not cloned: git clone failed: repository not found");
        assertThat(rows.get(3).get("notes")).isEqualTo("shard 2 left no results: look at the log of its job");
        assertThat(rows.get(4)).containsEntry("on_roster", "no").containsEntry("protected_changes", "1");
        assertThat(ScratchRepos.read(work, "out/feedback/conc-alice.md")).startsWith("# Scoreboard: 10/10");
        assertThat(ScratchRepos.read(work, "out/logs/_template.log")).isEqualTo("shard 0\n");
    }

    @Test
    void canvasGetsEveryRosterStudentWithTheAssignmentsIdAndNoGradeForWhoHasNone() throws Exception {
        merge();

        assertThat(ScratchRepos.read(work, "out/canvas.csv").split("\r\n")).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,ex01-a (77)",
                "Points Possible,,,,,10",
                "Alice Liddell,101,,,A,10",
                "Bob Kane,102,,,A,",
                "Carol Ann,103,,,B,",
                "Dave Bowman,104,,,B,",
                "Frank Poole,105,,,B,");
    }

    @Test
    void moodleMatchesTheStudentsByEmailWhenTheRosterHasNoMoodleUsernames() throws Exception {
        merge();

        assertThat(ScratchRepos.read(work, "out/moodle.csv").split("\r\n")).containsExactly("email,ex01-a",
                "alice@uni.example,10", "bob@uni.example,", "carol@uni.example,", "dave@uni.example,",
                "frank@uni.example,");
    }

    @Test
    void classroom50sScoresHaveALinePerRepositoryAndABlankOnePerStudentWithout() throws Exception {
        merge();

        List<List<String>> lines = Csv.parse(ScratchRepos.read(work, "out/classroom50-scores.csv"));
        assertThat(lines.get(0)).isEqualTo(Classroom50Scores.COLUMNS);
        assertThat(lines.get(1)).containsExactly("alice", "Alice", "Liddell", "alice@uni.example", "A", "10", "10",
                "2026-12-01T22:00:00Z", "", "alice", "https://github.example/uni/conc-alice/commit/" + A, "true", "");
        assertThat(lines).extracting(line -> line.get(0) + ":" + line.get(5))
                .containsExactly("username:score", "alice:10", "bob:", "carol:", "dave:", "erin:4", "frank:");
    }

    @Test
    void theSummaryNamesEveryoneWhoNeedsALook() throws Exception {
        merge();

        assertThat(ScratchRepos.read(work, "out/summary.md"))
                .contains("5 repositories in 3 shard(s): 2 graded, 3 without a grade; 1 pushed after the deadline.")
                .contains("| alice | conc-alice | 10/10 | `aaaaaaa` push 2026-12-01T22:00:00Z | "
                        + "2026-12-02T08:00:00Z bbbbbbb by alice |")
                .contains("- conc-bob (grader_error): timed out", "- conc-dave (not_graded): shard 2 left no results")
                .contains("### Not on the roster", "- erin (conc-erin)")
                .contains("### On the roster without a repository", "- frank");
    }

    @Test
    void withoutARosterOnlyTheGradebookAndClassroom50sFileAreWritten() throws Exception {
        new DeadlineMerge(EXERCISES, Roster.none(), Map.of(), QUIET)
                .merge(plan, work.resolve("results"), work.resolve("out"));

        assertThat(work.resolve("out/canvas.csv")).doesNotExist();
        assertThat(work.resolve("out/moodle.csv")).doesNotExist();
        assertThat(ScratchRepos.read(work, "out/summary.md")).contains("No roster given");
        assertThat(Csv.records(ScratchRepos.read(work, "out/gradebook.csv"))).allMatch(row -> row.get("on_roster").isEmpty());
    }
}
