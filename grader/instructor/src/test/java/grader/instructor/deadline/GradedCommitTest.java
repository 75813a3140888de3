package grader.instructor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradedCommitTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T22:59:00Z");
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);
    private static final String D = "d".repeat(40);

    @Test
    void theGradedCommitIsTheLastPushedAtOrBeforeTheDeadlineAndLaterPushesAreLate() {
        List<Push> pushes = Push.fromActivity(Activity.list(
                Activity.push("main", B, C, "2026-12-02T08:00:00Z", "push", "alice"),
                Activity.push("main", A, B, "2026-12-01T22:59:00Z", "push", "alice"),
                Activity.push("main", Push.NO_COMMIT, A, "2026-11-20T10:00:00Z", "push", "alice"),
                Activity.push("main", C, D, "2026-12-03T09:30:00Z", "force_push", "alice-laptop")));

        GradedCommit graded = GradedCommit.at(DEADLINE, "main", pushes);

        assertThat(graded.commit()).isEqualTo(B);
        assertThat(graded.source()).isEqualTo(GradedCommit.Source.PUSH);
        assertThat(graded.submittedAt()).isEqualTo("2026-12-01T22:59:00Z");
        assertThat(graded.pusher()).isEqualTo("alice");
        assertThat(graded.late()).containsExactly(
                new GradedCommit.LatePush("2026-12-02T08:00:00Z", C, "alice"),
                new GradedCommit.LatePush("2026-12-03T09:30:00Z", D, "alice-laptop"));
    }

    @Test
    void pushesToOtherBranchesAndDeletionsDoNotCount() {
        List<Push> pushes = Push.fromActivity(Activity.list(
                Activity.push("main", A, B, "2026-11-30T10:00:00Z", "push", "alice"),
                Activity.push("experiment", B, C, "2026-12-01T20:00:00Z", "push", "alice"),
                Activity.push("main", B, Push.NO_COMMIT, "2026-12-01T21:00:00Z", "branch_deletion", "alice")));

        GradedCommit graded = GradedCommit.at(DEADLINE, "main", pushes);

        assertThat(graded.commit()).isEqualTo(B);
        assertThat(graded.isLate()).isFalse();
    }

    @Test
    void whenEveryPushCameLateTheBranchAsItWasBeforeTheFirstIsGraded() {
        List<Push> pushes = Push.fromActivity(Activity.list(
                Activity.push("main", A, B, "2026-12-02T08:00:00Z", "push", "bob")));

        GradedCommit graded = GradedCommit.at(DEADLINE, "main", pushes);

        assertThat(graded.commit()).isEqualTo(A);
        assertThat(graded.source()).isEqualTo(GradedCommit.Source.BEFORE_LATE_PUSHES);
        assertThat(graded.submittedAt()).isEmpty();
        assertThat(graded.late()).extracting(GradedCommit.LatePush::commit).containsExactly(B);
    }

    @Test
    void withoutARecordedPushTheCommitIsChosenByItsDateLater() {
        GradedCommit graded = GradedCommit.at(DEADLINE, "main", List.of());

        assertThat(graded.commit()).isNull();
        assertThat(graded.source()).isEqualTo(GradedCommit.Source.COMMIT_DATE);
        assertThat(graded.resolved(A, "2026-11-30T10:00:00Z", List.of(new GradedCommit.LatePush(
                "2026-12-02T00:00:00Z", B, "")))).isEqualTo(new GradedCommit(A, GradedCommit.Source.COMMIT_DATE,
                "2026-11-30T10:00:00Z", "", List.of(new GradedCommit.LatePush("2026-12-02T00:00:00Z", B, ""))));
    }

    @Test
    void aPushThatCreatedTheBranchAfterTheDeadlineLeavesNothingOnTime() {
        GradedCommit graded = GradedCommit.at(DEADLINE, "main", Push.fromActivity(Activity.list(
                Activity.push("main", Push.NO_COMMIT, A, "2026-12-02T08:00:00Z", "push", "carol"))));

        assertThat(graded.source()).isEqualTo(GradedCommit.Source.COMMIT_DATE);
        assertThat(graded.late()).extracting(GradedCommit.LatePush::commit).containsExactly(A);
    }

    @Test
    void anAnswerThatIsNotTheActivityListIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> Push.fromActivity("{\"message\": \"Not Found\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> Push.fromActivity(Activity.list(Activity.push("main", A, B, "yesterday", "push", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no valid timestamp");
    }
}
