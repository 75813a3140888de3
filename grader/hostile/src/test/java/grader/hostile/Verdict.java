package grader.hostile;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one {@link Expectation} came out in the two gradings of the fixture course, one with the
 * messages in English and one in Spanish.
 *
 * @param expected what was expected
 * @param observed what the English grading said, in one line
 * @param problems every way it differs from what was expected; empty when it is as expected
 */
record Verdict(Expectation expected, String observed, List<String> problems) {

    private static final int MAX_OBSERVED = 150;

    boolean asExpected() {
        return problems.isEmpty();
    }

    static Verdict of(Expectation expected, Grading english, Grading spanish) {
        List<String> problems = new ArrayList<>();
        Optional<JsonObject> test = english.test(expected.exercise(), expected.testId());
        if (expected.status().equals(Expectation.ABSENT)) {
            if (test.isPresent()) {
                problems.add("it is graded, but it is not part of the course");
            }
        } else if (test.isEmpty()) {
            problems.add("it is not in the grade");
        } else {
            JsonObject graded = test.get();
            String status = graded.get("status").getAsString();
            int points = graded.get("points").getAsInt();
            int maxPoints = graded.get("maxPoints").getAsInt();
            if (!expected.statuses().contains(status)) {
                problems.add("status " + status + ", expected " + expected.status());
            }
            if (points != (expected.earnsPoints() ? maxPoints : 0)) {
                problems.add("earned " + points + "/" + maxPoints);
            }
            long millis = graded.get("durationMillis").getAsLong();
            if (millis > expected.withinSeconds() * 1000L) {
                problems.add("took " + millis + " ms, more than " + expected.withinSeconds() + " s");
            }
            int spanishPoints = spanish.test(expected.exercise(), expected.testId())
                    .map(again -> again.get("points").getAsInt()).orElse(-1);
            if (spanishPoints != points) {
                problems.add("earned " + spanishPoints + " when graded again");
            }
        }
        problems.addAll(missing(expected.english(), explanation(english, expected), "English"));
        problems.addAll(missing(expected.spanish(), explanation(spanish, expected), "Spanish"));
        return new Verdict(expected, observed(english, expected), problems);
    }

    /** All the grade says about the test: its message, its location, its exercise's message. */
    private static String explanation(Grading grading, Expectation expected) {
        String exerciseMessage = grading.exercise(expected.exercise())
                .map(exercise -> exercise.get("message").getAsString()).orElse("");
        String testExplanation = grading.test(expected.exercise(), expected.testId())
                .map(test -> test.get("message").getAsString() + " " + test.get("location").getAsString())
                .orElse("");
        return testExplanation + " " + exerciseMessage;
    }

    private static List<String> missing(List<String> phrases, String explanation, String language) {
        return phrases.stream().filter(phrase -> !explanation.contains(phrase))
                .map(phrase -> language + " explanation lacks \"" + phrase + "\"").toList();
    }

    private static String observed(Grading english, Expectation expected) {
        String exerciseMessage = english.exercise(expected.exercise())
                .map(exercise -> exercise.get("message").getAsString()).orElse("");
        Optional<JsonObject> test = english.test(expected.exercise(), expected.testId());
        if (test.isEmpty()) {
            return stable("not graded; " + firstLine(exerciseMessage));
        }
        JsonObject graded = test.get();
        String message = graded.get("message").getAsString();
        if (message.isEmpty() && !expected.english().isEmpty()) {
            message = exerciseMessage;
        }
        String location = graded.get("location").getAsString();
        return stable(graded.get("status").getAsString() + " " + graded.get("points").getAsInt() + "/"
                + graded.get("maxPoints").getAsInt() + (location.isEmpty() ? "" : " at " + location)
                + (message.isEmpty() ? "" : ": " + firstLine(message)));
    }

    /** Shortened, without what changes from run to run (object hashes, process ids). */
    private static String stable(String text) {
        String steady = text.replaceAll("@[0-9a-f]{4,}", "@…").replaceAll("pid \\d+", "pid …");
        return steady.length() <= MAX_OBSERVED ? steady : steady.substring(0, MAX_OBSERVED - 1) + "…";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
