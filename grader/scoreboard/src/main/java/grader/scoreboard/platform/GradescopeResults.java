package grader.scoreboard.platform;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import grader.scoreboard.CourseGrade;
import grader.scoreboard.ExerciseGrade;
import grader.scoreboard.GradeFiles;
import grader.scoreboard.TestGrade;
import java.util.stream.Collectors;

/**
 * The course's grade as a Gradescope autograder reports it: {@code results.json} with the total
 * score, one test case per graded test (numbered {@code exercise.test}, with its points and why
 * it failed), and the scoreboard's per-exercise lines as the submission's output.
 */
public final class GradescopeResults {

    private GradescopeResults() {
    }

    public static String json(CourseGrade course) {
        JsonObject results = new JsonObject();
        results.addProperty("score", course.points());
        results.addProperty("execution_time", executionSeconds(course));
        results.addProperty("output", course.exercises().stream()
                .map(exercise -> String.format("%s %s: %d/%d", exercise.id(), exercise.title(), exercise.points(),
                        exercise.maxPoints()))
                .collect(Collectors.joining("\n")));
        JsonArray tests = new JsonArray();
        for (ExerciseGrade exercise : course.exercises()) {
            int number = 0;
            for (TestGrade test : exercise.tests()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("name", exercise.id() + " · " + test.name());
                entry.addProperty("number", exerciseNumber(exercise.id()) + "." + ++number);
                entry.addProperty("score", test.points());
                entry.addProperty("max_score", test.maxPoints());
                entry.addProperty("status", test.passed() ? "passed" : "failed");
                entry.addProperty("output", test.message());
                entry.addProperty("visibility", "visible");
                tests.add(entry);
            }
        }
        results.add("tests", tests);
        return GradeFiles.gson().toJson(results);
    }

    /** {@code ex07-pipe} is exercise 7. */
    private static int exerciseNumber(String id) {
        return Integer.parseInt(PlatformFiles.runnerId(id).substring(2));
    }

    private static long executionSeconds(CourseGrade course) {
        long millis = course.exercises().stream().flatMap(exercise -> exercise.tests().stream())
                .mapToLong(TestGrade::durationMillis).sum();
        return Math.round(millis / 1000.0);
    }
}
