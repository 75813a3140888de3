package grader.hostile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Optional;

/**
 * One grading of the fixture course: its {@code grade.json} and how long the Maven run took.
 */
record Grading(JsonObject grade, Duration took) {

    Optional<JsonObject> exercise(String id) {
        for (JsonElement exercise : grade.getAsJsonArray("exercises")) {
            if (exercise.getAsJsonObject().get("id").getAsString().equals(id)) {
                return Optional.of(exercise.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    /** The test with id {@code Class#method} in exercise {@code exerciseId}. */
    Optional<JsonObject> test(String exerciseId, String testId) {
        return exercise(exerciseId).flatMap(exercise -> {
            for (JsonElement test : exercise.getAsJsonArray("tests")) {
                if (test.getAsJsonObject().get("id").getAsString().equals(testId)) {
                    return Optional.of(test.getAsJsonObject());
                }
            }
            return Optional.empty();
        });
    }
}
