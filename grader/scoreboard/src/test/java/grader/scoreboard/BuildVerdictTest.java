package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.scoreboard.BuildVerdict.Ending;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildVerdictTest {

    private static final Verdict FAILED = new Verdict(Verdict.Kind.FAILED, "points are missing");
    private static final Verdict NOT_GRADED = new Verdict(Verdict.Kind.NOT_GRADED, "ex05 did not run");

    @Test
    void aGradeShortOfFullMarksEndsMavenRightAfterTheScoreboardWhenMavensLogIsOff() {
        assertThat(BuildVerdict.ending(FAILED, true)).isEqualTo(Ending.EXIT);
    }

    @Test
    void withMavensLogOnTheBuildFailsTheUsualWay() {
        assertThat(BuildVerdict.ending(FAILED, false)).isEqualTo(Ending.FAIL);
    }

    @Test
    void anExerciseMavenDidNotRunAlwaysLetsMavenShowItsErrors() {
        assertThat(BuildVerdict.ending(NOT_GRADED, true)).isEqualTo(Ending.FAIL);
    }

    @Test
    void fullMarksLetTheBuildSucceed() {
        assertThat(BuildVerdict.ending(Verdict.passed(), true)).isEqualTo(Ending.SUCCEED);
    }

    @Test
    void mavensLogIsOffOnlyWhenItsLevelIsOff() {
        String before = System.getProperty(BuildVerdict.LOG_LEVEL);
        try {
            System.setProperty(BuildVerdict.LOG_LEVEL, "off");
            assertThat(BuildVerdict.mavenLogIsOff()).isTrue();
            System.setProperty(BuildVerdict.LOG_LEVEL, "error"); // what -q sets
            assertThat(BuildVerdict.mavenLogIsOff()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(BuildVerdict.LOG_LEVEL);
            } else {
                System.setProperty(BuildVerdict.LOG_LEVEL, before);
            }
        }
    }

    @Test
    void aFailureThatMavenReportsCarriesTheVerdictsMessage(@TempDir Path root) throws Exception {
        NOT_GRADED.write(root);

        assertThatThrownBy(() -> BuildVerdict.main(new String[] {"--root=" + root}))
                .hasMessage("ex05 did not run");
    }

    @Test
    void theVerdictReadsBackAsWrittenAndANoneLeftIsNotGraded(@TempDir Path root) throws Exception {
        assertThat(Verdict.read(root).kind()).isEqualTo(Verdict.Kind.NOT_GRADED);

        FAILED.write(root);

        assertThat(Verdict.read(root)).isEqualTo(FAILED);
    }
}
