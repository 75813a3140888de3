package grader.instructor.deadline;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One update of a branch, as GitHub's repository activity API records it
 * ({@code GET /repos/{owner}/{repo}/activity}): the commit the branch pointed to before and after,
 * when GitHub received it, and who pushed. The time is GitHub's, not the student's machine's,
 * so a backdated commit cannot pass for an early one.
 *
 * @param ref    the branch, {@code refs/heads/main}
 * @param before the branch's commit before, {@link #NO_COMMIT} when the push created the branch
 * @param after  the branch's commit after
 * @param at     when GitHub received it
 * @param type   GitHub's activity type: {@code push}, {@code force_push}, {@code pr_merge}, ...
 * @param pusher the GitHub login of whoever pushed, empty when not recorded
 */
public record Push(String ref, String before, String after, Instant at, String type, String pusher) {

    /** What the API gives as {@code before} when there was no commit. */
    public static final String NO_COMMIT = "0000000000000000000000000000000000000000";

    /** Whether this update left the branch pointing to a commit (a deletion does not). */
    boolean leavesACommit() {
        return !type.equals("branch_deletion") && !after.isEmpty() && !after.equals(NO_COMMIT);
    }

    /**
     * The pushes in the API's answer, a JSON array (the pages of a paginated answer are read one by
     * one and concatenated by the caller).
     *
     * @throws IllegalArgumentException when the answer is not the activity list
     */
    public static List<Push> fromActivity(String json) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the activity list is not JSON: " + e.getMessage(), e);
        }
        if (!parsed.isJsonArray()) {
            throw new IllegalArgumentException("the activity list is not a JSON array: " + abbreviated(json));
        }
        List<Push> pushes = new ArrayList<>();
        for (JsonElement element : (JsonArray) parsed) {
            JsonObject item = element.getAsJsonObject();
            String timestamp = text(item, "timestamp");
            try {
                pushes.add(new Push(text(item, "ref"), text(item, "before"), text(item, "after"),
                        Instant.parse(timestamp), text(item, "activity_type"),
                        item.has("actor") && item.get("actor").isJsonObject()
                                ? text(item.getAsJsonObject("actor"), "login") : ""));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("an activity has no valid timestamp: " + abbreviated(item.toString()), e);
            }
        }
        return pushes;
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
