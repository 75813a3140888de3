package grader.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.record.FailureCause;
import grader.scoreboard.TestGrade.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final CourseGrade GRADE = CourseGrade.of(Lang.ES, "b", List.of(new ExerciseGrade(
            "ex09-demo", "Demostración", ExerciseGrade.Status.GRADED, 2, 5, "", List.of(
                    new TestGrade("ex.T#a", "suma | resta", Status.PASSED, 2, 2, "", "", 3, null, null),
                    new TestGrade("ex.T#b", "es rápido", Status.FAILED, 0, 3, "línea 1\nlínea 2", "Demo.java:7", 9,
                            null, FailureCause.CHECK)))));

    @Test
    void theConsoleShowsPointsAndOneLineOfReasonWithTheStudentsLine() {
        String console = ConsoleReport.render(GRADE);

        assertThat(console)
                .contains("ex09-demo", "2/5", "MARCADOR", "TOTAL 2/5")
                .contains("línea 1 (en Demo.java:7)")
                .doesNotContain("línea 2");
    }

    @Test
    void markdownCellsSurvivePipesAndNewlines() {
        String markdown = MarkdownReport.render(GRADE);

        assertThat(markdown).contains("suma \\| resta").contains("| 0/3 | línea 1 |");
    }

    @Test
    void theGradeFileReadsBackAsWritten(@TempDir Path folder) throws Exception {
        GradeFiles.write(folder, GRADE);

        assertThat(GradeFiles.read(folder.resolve("grade.json"))).isEqualTo(GRADE);
        assertThat(folder.resolve("grade.md")).exists();
    }
}
