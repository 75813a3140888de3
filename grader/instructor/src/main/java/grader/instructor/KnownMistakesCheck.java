package grader.instructor;

import grader.i18n.Bilingual;
import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one round of {@code .ci/check-mistakes.sh}, which graded a copy of the course with
 * one known mistake put into some exercises: every graded test that a mistake's {@code CAUGHT BY:}
 * line names must have run and lost points, and its failure message must start with the grader's
 * own sentence, in English and in Spanish.
 *
 * <p>The round runs with {@code -Dgrader.lang=both}, so each message holds both languages, with
 * the grader's text and the arguments it put in marked as such ({@link Bilingual}). "The grader's
 * own sentence" is therefore not a guess from the words: the first line of the message, as each
 * language shows it, must not start with text from outside the grader's (a library's "expected: …
 * but was: …", ArchUnit's rule), must hold words of the grader's own (not only an exception's
 * message that it passed on), and must differ between the languages, as a translated sentence does.
 */
public final class KnownMistakesCheck {

    /** What one mistake of the round must cost: its patch, and the tests it names ({@code Class#method}). */
    public record Expectation(String mistake, List<String> caughtBy) {
    }

    private KnownMistakesCheck() {
    }

    /** The expectations file the script writes: one {@code exercise|mistake|Class#method Class#method} line per mistake. */
    public static List<Expectation> readExpectations(Path file) throws IOException {
        List<Expectation> expectations = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\\|", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException(file + ": not an exercise|mistake|tests line: " + line);
            }
            expectations.add(new Expectation(fields[1],
                    Arrays.stream(fields[2].trim().split("\\s+")).filter(test -> !test.isEmpty()).toList()));
        }
        return expectations;
    }

    /** Every expectation the grade breaks; prints one line per test that met its expectation. */
    public static List<Problem> check(CourseGrade grade, List<Expectation> expectations, PrintStream out) {
        List<TestGrade> tests = grade.exercises().stream().map(ExerciseGrade::tests).flatMap(List::stream).toList();
        List<Problem> problems = new ArrayList<>();
        for (Expectation expectation : expectations) {
            for (String name : expectation.caughtBy()) {
                Optional<TestGrade> test = tests.stream()
                        .filter(t -> t.id().equals(name) || t.id().endsWith("." + name)).findFirst();
                List<String> wrong = test.map(KnownMistakesCheck::whatIsWrong)
                        .orElse(List.of("no graded test is named " + name));
                wrong.forEach(why -> problems.add(Problem.ofFile(expectation.mistake(), name + ": " + why)));
                if (wrong.isEmpty()) {
                    TestGrade t = test.orElseThrow();
                    out.printf("ok   %s: %s %d/%d (%s)%n", expectation.mistake(), name, t.points(), t.maxPoints(),
                            t.status());
                }
            }
        }
        return problems;
    }

    private static List<String> whatIsWrong(TestGrade test) {
        if (test.status() == TestGrade.Status.DID_NOT_RUN) {
            return List.of("did not run, so it proves nothing");
        }
        if (test.points() >= test.maxPoints()) {
            return List.of("still earned " + test.points() + "/" + test.maxPoints());
        }
        List<String> wrong = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            firstLineProblem(test.message(), lang).ifPresent(wrong::add);
        }
        return wrong;
    }

    /**
     * Why the first line of {@code message}, as a run in {@code lang} shows it, is not the
     * grader's own sentence in that language; empty when it is.
     */
    public static Optional<String> firstLineProblem(String message, Lang lang) {
        List<Bilingual.Piece> line = firstLine(Bilingual.pieces(lang, message));
        String text = line.stream().map(Bilingual.Piece::text).reduce("", String::concat);
        String language = lang == Lang.ES ? "Spanish" : "English";
        if (text.isBlank()) {
            return Optional.of("its message in " + language + " has no first line: \"" + oneLine(message) + "\"");
        }
        if (line.get(0).source() == Bilingual.Source.OUTSIDE) {
            return Optional.of("its message in " + language + " starts with text the grader did not write: \""
                    + text + "\"");
        }
        if (line.stream().noneMatch(piece -> piece.source() == Bilingual.Source.GRADER
                && piece.text().codePoints().anyMatch(Character::isLetter))) {
            return Optional.of("the first line of its message in " + language + " holds no words of the grader's, "
                    + "only what it passed on: \"" + text + "\"");
        }
        String other = firstLine(Bilingual.pieces(lang == Lang.ES ? Lang.EN : Lang.ES, message)).stream()
                .map(Bilingual.Piece::text).reduce("", String::concat);
        if (other.equals(text)) {
            return Optional.of("its message starts with the same line in English and in Spanish, so it is no "
                    + "sentence of the grader's in either: \"" + text + "\"");
        }
        return Optional.empty();
    }

    /** The pieces of the first non-blank line, without the whitespace around it. */
    private static List<Bilingual.Piece> firstLine(List<Bilingual.Piece> pieces) {
        List<Bilingual.Piece> line = new ArrayList<>();
        boolean started = false;
        for (Bilingual.Piece piece : pieces) {
            String text = piece.text();
            if (!started) {
                text = text.stripLeading();
                if (text.isEmpty()) {
                    continue;
                }
                started = true;
            }
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                line.add(new Bilingual.Piece(text.substring(0, newline).stripTrailing(), piece.source()));
                break;
            }
            line.add(new Bilingual.Piece(text, piece.source()));
        }
        line.removeIf(piece -> piece.text().isEmpty());
        return line;
    }

    private static String oneLine(String message) {
        String shown = Bilingual.in(Lang.EN, message).replace('\n', ' ');
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }
}
