package grader.scoreboard.platform;

import grader.i18n.Lang;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.TestGrade;
import grader.scoreboard.platform.SourceLocator.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub error annotations ({@code ::error file=…,line=…,title=…::message}) for an exercise that
 * does not compile and for its failed tests, at the student's file and line where the failure
 * originates, or else at the failed test, so the student lands on the code to look at.
 *
 * <p>GitHub keeps 10 error annotations per step and 50 per job; past that it drops them silently,
 * and the grade announced by the reporter is itself an annotation of the job's last step. So each
 * exercise gets an equal share of the job's budget, failures at the same line share one
 * annotation, and what does not fit is counted in a last one that points at the job summary.
 */
public final class Annotations {

    static final int MAX_PER_STEP = 10;
    static final int MAX_PER_JOB = 50;
    /** Left for the rest of the job: the reporter's two notices and its failure, and one spare. */
    static final int RESERVED = 4;
    static final int MAX_MESSAGE_CHARS = 1000;

    private Annotations() {
    }

    /** How many annotations each exercise's step may make when the course has {@code exercises}. */
    public static int budgetPerExercise(int exercises) {
        return Math.max(1, Math.min(MAX_PER_STEP, (MAX_PER_JOB - RESERVED) / Math.max(1, exercises)));
    }

    /** The annotations for {@code exercise}, at most {@code budget}, one workflow command per line. */
    public static List<String> of(ExerciseGrade exercise, SourceLocator sources, Lang lang, int budget) {
        if (exercise.status() != ExerciseGrade.Status.GRADED) {
            String title = exercise.status() == ExerciseGrade.Status.DOES_NOT_COMPILE
                    ? exercise.id() + lang.pick(" does not compile", " no compila")
                    : exercise.id() + lang.pick(": its tests did not run", ": sus pruebas no se ejecutaron");
            return List.of(error(sources.compilerError(exercise.message()).orElse(Place.NOWHERE), title,
                    exercise.message()));
        }
        Map<Place, List<TestGrade>> failuresByPlace = exercise.tests().stream()
                .filter(test -> !test.passed())
                .collect(Collectors.groupingBy(test -> place(exercise.id(), test, sources),
                        LinkedHashMap::new, Collectors.toList()));
        String runner = PlatformFiles.runnerId(exercise.id());
        List<String> annotations = new ArrayList<>();
        int shown = failuresByPlace.size() <= budget ? failuresByPlace.size() : budget - 1;
        int hidden = 0;
        for (Map.Entry<Place, List<TestGrade>> failures : failuresByPlace.entrySet()) {
            if (annotations.size() < shown) {
                annotations.add(atOnePlace(runner, failures.getKey(), failures.getValue(), lang));
            } else {
                hidden += failures.getValue().size();
            }
        }
        if (hidden > 0) {
            annotations.add(error(Place.NOWHERE, runner + lang.pick(": more failed tests", ": más pruebas fallidas"),
                    String.format(lang.pick("%d more failed tests: see the job summary.",
                            "%d pruebas fallidas más: mira el resumen del trabajo."), hidden)));
        }
        return annotations;
    }

    private static String atOnePlace(String runner, Place place, List<TestGrade> failures, Lang lang) {
        if (failures.size() == 1) {
            TestGrade test = failures.get(0);
            return error(place, runner + " · " + test.name(), test.message());
        }
        String title = runner + " · " + String.format(
                lang.pick("%d tests fail here", "%d pruebas fallan aquí"), failures.size());
        String message = failures.stream()
                .map(test -> "• " + test.name() + ": " + test.reason())
                .collect(Collectors.joining("\n"));
        return error(place, title, message);
    }

    /** Where a failure originates: the student's frame, else the test; nowhere when neither is found. */
    private static Place place(String exerciseId, TestGrade test, SourceLocator sources) {
        return sources.studentCode(exerciseId, test.location())
                .or(() -> sources.testMethod(exerciseId, test.id()))
                .orElse(Place.NOWHERE);
    }

    static String error(Place place, String title, String message) {
        StringBuilder command = new StringBuilder("::error ");
        if (!place.path().isEmpty()) {
            command.append("file=").append(property(place.path()));
            if (place.line() > 0) {
                command.append(",line=").append(place.line());
            }
            command.append(',');
        }
        return command.append("title=").append(property(title)).append("::")
                .append(data(Text.shorten(message.strip(), MAX_MESSAGE_CHARS))).toString();
    }

    /** A workflow command's message: one line, whatever it holds. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value, where {@code :} and {@code ,} are separators too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
