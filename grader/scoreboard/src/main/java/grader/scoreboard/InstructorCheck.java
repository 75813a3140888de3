package grader.scoreboard;

import grader.record.FailureCause;
import grader.scoreboard.TestGrade.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The instructor's proof that the course is sound: every skeleton compiles and fails every
 * graded test (a graded test that passes on the skeleton checks nothing), and every reference
 * solution earns full marks. A skeleton's test must fail because of the skeleton's missing work
 * (a TODO, a check that does not hold); one that fails because the class path is broken or the
 * grader threw would fail on any code, and is reported with its cause.
 */
public final class InstructorCheck {

    /** The package of the model checker behind grader.race, which an exercise declares itself. */
    private static final String LINCHECK = "org/jetbrains/lincheck/";

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
            } else if (test.cause() != null && !test.cause().isTheCodes()) {
                problems.add(skeleton.id() + " skeleton: " + test.id() + " fails because " + why(test)
                        + ", not because of the skeleton's missing work, so it proves nothing: " + test.reason());
            }
        }
    }

    /** What a failure that is not the code's says about the build or the grader. */
    private static String why(TestGrade test) {
        if (test.cause() == FailureCause.GRADER) {
            return "the grader itself threw (is the test using the test kit, JUnit or a test library wrongly?)";
        }
        return "a class it needs is missing from the test class path or does not link ("
                + (test.message().contains(LINCHECK) ? "grader.race.Interleavings needs org.jetbrains.lincheck:lincheck"
                + " as a test dependency in the exercise's and in the solution's pom.xml, as ex05 declares it)"
                : "does a pom.xml lack a test dependency?)");
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
                String because = test.cause() != null && !test.cause().isTheCodes() ? " because " + why(test)
                        : "";
                problems.add(id + " solution: " + test.id() + " is " + test.status() + because + ": " + test.reason());
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
