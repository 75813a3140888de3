package grader.instructor.mistakes;

import java.util.List;

/**
 * A mistake students make, kept as a patch that puts it into the reference solution:
 * {@code solutions/exNN-slug/mistakes/NAME.patch}. Its header says what is wrong and which graded
 * tests must stop earning their points on it; {@code .ci/check-mistakes.sh} proves that they do.
 *
 * <pre>
 * MISTAKE: locks the two accounts in argument order, so opposite transfers can deadlock.
 * CAUGHT BY: BankDeadlockTest#oppositeTransfersNeverDeadlock BankStressTest#manyTransfersFinish
 *
 * diff --git a/ex08/Bank.java b/ex08/Bank.java
 * ...
 * </pre>
 *
 * <p>The diff is relative to the solution's {@code src/main/java}, as
 * {@code git diff --relative=solutions/exNN-slug/src/main/java} writes it.
 *
 * @param name     the patch's file name without {@code .patch}: lower-case words joined by hyphens
 * @param what     what is wrong, in one line
 * @param caughtBy the graded tests that must not earn their points, as {@code TestClass#method}
 * @param diff     the unified diff
 */
public record KnownMistake(String name, String what, List<String> caughtBy, String diff) {

    public KnownMistake {
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a mistake's name is lower-case words joined by hyphens, e.g. "
                    + "lock-in-argument-order: " + name);
        }
        if (what.isBlank() || what.contains("\n")) {
            throw new IllegalArgumentException("say what is wrong in one line");
        }
        if (caughtBy.isEmpty()) {
            throw new IllegalArgumentException("name the graded tests that must catch the mistake, as TestClass#method");
        }
        for (String test : caughtBy) {
            if (!test.matches("[A-Za-z_$][\\w$]*#[A-Za-z_$][\\w$]*")) {
                throw new IllegalArgumentException("name each test as TestClass#method: " + test);
            }
        }
        if (diff.isBlank()) {
            throw new IllegalArgumentException("the patch is empty");
        }
        caughtBy = List.copyOf(caughtBy);
    }

    /** The patch file's text: the header, an empty line, the diff. */
    public String render() {
        return "MISTAKE: " + what + "\nCAUGHT BY: " + String.join(" ", caughtBy) + "\n\n"
                + (diff.endsWith("\n") ? diff : diff + "\n");
    }

    /** Where the patch lives in the course. */
    public String path(String exerciseId) {
        return "solutions/" + exerciseId + "/mistakes/" + name + ".patch";
    }
}
