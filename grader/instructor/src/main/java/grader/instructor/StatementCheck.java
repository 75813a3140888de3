package grader.instructor;

import grader.scoreboard.GradedTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the statements' copy of the points true. A statement may show students what is graded
 * before they start: a heading with the total, {@code ## What is graded (15 points)} in
 * {@code README.md} and {@code ## Qué se califica (15 puntos)} in {@code README.es.md}, then a
 * table with one row per graded test, {@code | points | test's sentence | ... |}. The points live
 * in the {@code @Graded} annotations; this check fails when the copy says otherwise. A sentence
 * in the table may stop short of the annotation's (a prefix that names one test). A statement
 * without that section is not checked.
 */
public final class StatementCheck {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*([^|]*?)\\s*\\|");

    private StatementCheck() {
    }

    /** Every disagreement between a statement and the graded tests of its exercise. */
    public static List<Problem> check(Path root) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (ExerciseCatalog.Exercise exercise : ExerciseCatalog.of(root)) {
            String folder = "exercises/" + exercise.id() + "/";
            problems.addAll(check(root, folder + "README.md", "^## What is graded \\((\\d+) points?\\)",
                    exercise, GradedTest::nameEn));
            problems.addAll(check(root, folder + "README.es.md", "^## Qué se califica \\((\\d+) puntos?\\)",
                    exercise, GradedTest::nameEs));
        }
        return problems;
    }

    private static List<Problem> check(Path root, String file, String heading, ExerciseCatalog.Exercise exercise,
                                       Function<GradedTest, String> sentence) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            return problems;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        Pattern section = Pattern.compile(heading);
        int start = 0;
        Matcher total = null;
        while (start < lines.size() && !(total = section.matcher(lines.get(start))).find()) {
            start++;
        }
        if (start == lines.size()) {
            return problems;
        }
        if (Integer.parseInt(total.group(1)) != exercise.points()) {
            problems.add(new Problem(file, start + 1, "says " + total.group(1) + " points in all; the @Graded "
                    + "tests give " + exercise.points()));
        }
        Set<GradedTest> listed = new LinkedHashSet<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (!row.find()) {
                continue;
            }
            List<GradedTest> named = named(exercise.tests(), sentence, row.group(2));
            if (named.size() != 1) {
                problems.add(new Problem(file, i + 1, "«" + row.group(2) + "» names " + named.size()
                        + " graded tests, not one: write the test's sentence, as in its @Graded"));
                continue;
            }
            GradedTest test = named.get(0);
            listed.add(test);
            if (Integer.parseInt(row.group(1)) != test.points()) {
                problems.add(new Problem(file, i + 1, "gives " + row.group(1) + " points to «" + row.group(2)
                        + "»; its @Graded test " + test.testId() + " gives " + test.points()));
            }
        }
        for (GradedTest test : exercise.tests()) {
            if (!listed.contains(test)) {
                problems.add(new Problem(file, start + 1, "the table lacks the graded test «"
                        + sentence.apply(test) + "» (" + test.testId() + ", " + test.points() + " points)"));
            }
        }
        return problems;
    }

    /** The tests whose sentence is {@code text}, or else starts with it. */
    private static List<GradedTest> named(List<GradedTest> tests, Function<GradedTest, String> sentence, String text) {
        List<GradedTest> exact = tests.stream().filter(test -> sentence.apply(test).equals(text)).toList();
        return exact.isEmpty() && !text.isEmpty()
                ? tests.stream().filter(test -> sentence.apply(test).startsWith(text)).toList() : exact;
    }
}
