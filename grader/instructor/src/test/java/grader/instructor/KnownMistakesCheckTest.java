package grader.instructor;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages as a round of the known-mistakes check records them: both languages, marked. */
class KnownMistakesCheckTest {

    @BeforeEach
    void recordBothLanguages() {
        System.setProperty("grader.lang", "both");
    }

    @AfterEach
    void clearLanguage() {
        System.clearProperty("grader.lang");
    }

    @Test
    void aSentenceOfTheGradersInBothLanguagesPasses() {
        String message = localized("the sum is off by %d: are the parts contiguous?%nexpected: %d",
                "la suma se desvía en %d: ¿son contiguas las partes?%nse esperaba: %d", 3, 7)
                + "\nat ParallelSum.java:12";

        assertThat(problems(message)).isEmpty();
    }

    @Test
    void aGradersSentenceThatWrapsLibraryTextPasses() {
        String message = localized("your code threw %s", "tu código lanzó %s", new IllegalStateException("boom"));

        assertThat(problems(message)).isEmpty();
    }

    @Test
    void aSentenceThatStartsWithAnArgumentOfTheGradersPasses() {
        String message = localized("%s never calls %s", "%s nunca llama a %s", "ParallelSum", "Thread.start()");

        assertThat(problems(message)).isEmpty();
    }

    @Test
    void anAssertionLibrarysBareExpectedAndActualFails() {
        String message = "expected: 7998000L but was: 1499500L";

        assertThat(problems(message)).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .contains("starts with text the grader did not write: \"expected: 7998000L but was: 1499500L\""));
    }

    @Test
    void anArchitectureViolationInArchUnitsWordsFails() {
        String message = "Architecture Violation [Priority: MEDIUM] - Rule 'classes that have simple name "
                + "'ParallelSum' should call a method where target name matching 'start', because "
                + localized("this exercise is about Thread.start()", "este ejercicio trata de Thread.start()")
                + "' was violated (1 times):\nParallelSum never calls a method where target name matching 'start'";

        assertThat(problems(message)).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("\"Architecture Violation [Priority: MEDIUM]"));
    }

    @Test
    void aDescriptionInBracketsBeforeTheLibrarysTextFails() {
        String message = "[" + localized("sum over [0, 10)", "suma en [0, 10)") + "] \nexpected: 52L\n but was: 0L";

        assertThat(problems(message)).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("starts with text the grader did not write"));
    }

    @Test
    void anExceptionsOwnMessagePassedOnAsTheWholeSentenceFails() {
        String message = localized("%s", "%s", "java.io.IOException: Write end dead");

        assertThat(problems(message)).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .contains("holds no words of the grader's, only what it passed on: \"java.io.IOException: Write end dead\""));
    }

    @Test
    void theSameTextInBothLanguagesIsNoTranslatedSentence() {
        String message = localized("sum over [0, 10)", "sum over [0, 10)");

        assertThat(problems(message)).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("the same line in English and in Spanish"));
    }

    @Test
    void aMessageThatStartsWithABlankLineIsReadFromItsFirstWords() {
        String message = "\n  " + localized("a worker's exception was lost", "se perdió la excepción de un trabajador");

        assertThat(problems(message)).isEmpty();
    }

    @Test
    void eachNamedTestMustHaveRunAndLostPointsWithTheGradersSentence() {
        String sentence = localized("the call returned too early", "la llamada volvió demasiado pronto");
        CourseGrade grade = CourseGrade.of(Lang.EN, "b1", List.of(new ExerciseGrade("ex01-demo", "Demo",
                ExerciseGrade.Status.GRADED, 0, 9, "", List.of(
                test("ex01.DemoTest#caught", TestGrade.Status.FAILED, 0, sentence),
                test("ex01.DemoTest#notCaught", TestGrade.Status.PASSED, 3, ""),
                test("ex01.DemoTest#didNotRun", TestGrade.Status.DID_NOT_RUN, 0, "its JVM died"),
                test("ex01.DemoTest#rawMessage", TestGrade.Status.FAILED, 0, "expected: 1 but was: 2")))));
        List<KnownMistakesCheck.Expectation> expectations = List.of(new KnownMistakesCheck.Expectation(
                "solutions/ex01-demo/mistakes/early.patch",
                List.of("DemoTest#caught", "DemoTest#notCaught", "DemoTest#didNotRun", "DemoTest#rawMessage",
                        "DemoTest#missing")));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<Problem> problems = KnownMistakesCheck.check(grade, expectations,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("ok   solutions/ex01-demo/mistakes/early.patch: DemoTest#caught 0/3 (FAILED)\n");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "solutions/ex01-demo/mistakes/early.patch: DemoTest#notCaught: still earned 3/3",
                "solutions/ex01-demo/mistakes/early.patch: DemoTest#didNotRun: did not run, so it proves nothing",
                "solutions/ex01-demo/mistakes/early.patch: DemoTest#rawMessage: its message in English starts with "
                        + "text the grader did not write: \"expected: 1 but was: 2\"",
                "solutions/ex01-demo/mistakes/early.patch: DemoTest#rawMessage: its message in Spanish starts with "
                        + "text the grader did not write: \"expected: 1 but was: 2\"",
                "solutions/ex01-demo/mistakes/early.patch: DemoTest#missing: no graded test is named DemoTest#missing");
    }

    private static List<String> problems(String message) {
        return List.of(Lang.EN, Lang.ES).stream()
                .map(lang -> KnownMistakesCheck.firstLineProblem(message, lang))
                .flatMap(Optional::stream).toList();
    }

    private static TestGrade test(String id, TestGrade.Status status, int points, String message) {
        return new TestGrade(id, id, status, points, 3, message, "", 0, null, null);
    }
}
