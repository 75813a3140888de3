package grader.scoreboard;

import grader.scoreboard.TestGrade.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The instructor's proof that the course is sound: every skeleton compiles and fails every
 * graded test (a graded test that passes on the skeleton checks nothing), and every reference
 * solution earns full marks.
 */
public final class InstructorCheck {

    private final List<String> problems = new ArrayList<>();
    private final StringBuilder table = new StringBuilder();

    private InstructorCheck() {
    }

    public static InstructorCheck of(CourseGrade skeletons, CourseGrade solutions) {
        InstructorCheck check = new InstructorCheck();
        Map<String, ExerciseGrade> solutionById = solutions.exercises().stream()
                .collect(Collectors.toMap(ExerciseGrade::id, Function.identity()));
        check.table.append(String.format("%-24s %-22s %-22s%n", "exercise", "skeleton (expect 0)",
                "solution (expect max)"));
        for (ExerciseGrade skeleton : skeletons.exercises()) {
            ExerciseGrade solution = solutionById.get(skeleton.id());
            check.checkSkeleton(skeleton);
            check.checkSolution(skeleton.id(), solution);
            check.table.append(String.format("%-24s %-22s %-22s%n", skeleton.id(),
                    skeleton.points() + "/" + skeleton.maxPoints(),
                    solution == null ? "missing" : solution.points() + "/" + solution.maxPoints()));
        }
        return check;
    }

    private void checkSkeleton(ExerciseGrade skeleton) {
        if (skeleton.tests().isEmpty()) {
            problems.add(skeleton.id() + ": no graded test found");
        }
        if (skeleton.status() != ExerciseGrade.Status.GRADED) {
            problems.add(skeleton.id() + " skeleton: " + skeleton.message());
            return;
        }
        for (TestGrade test : skeleton.tests()) {
            if (test.status() != Status.FAILED) {
                problems.add(skeleton.id() + " skeleton: " + test.id() + " is " + test.status()
                        + " (every graded test must fail on the skeleton, or it checks nothing)");
            }
        }
    }

    private void checkSolution(String id, ExerciseGrade solution) {
        if (solution == null) {
            problems.add(id + ": no reference solution in solutions/" + id);
            return;
        }
        if (solution.status() != ExerciseGrade.Status.GRADED) {
            problems.add(id + " solution: " + solution.message());
            return;
        }
        for (TestGrade test : solution.tests()) {
            if (test.points() != test.maxPoints()) {
                problems.add(id + " solution: " + test.id() + " is " + test.status() + ": " + test.reason());
            }
        }
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public String render() {
        StringBuilder out = new StringBuilder("INSTRUCTOR CHECK\n").append(table);
        if (problems.isEmpty()) {
            out.append("OK: every skeleton earns 0 with every graded test failing; every solution earns full marks.\n");
        } else {
            out.append("FAILED:\n");
            problems.forEach(problem -> out.append("  - ").append(problem).append('\n'));
        }
        return out.toString();
    }
}
