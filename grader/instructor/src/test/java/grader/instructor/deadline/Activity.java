package grader.instructor.deadline;

import java.util.List;
import java.util.stream.Collectors;

/** GitHub's repository activity list, written as its API answers, for the tests' hosts. */
final class Activity {

    private Activity() {
    }

    /** One item of the list: an update of {@code branch} from {@code before} to {@code after}. */
    static String push(String branch, String before, String after, String timestamp, String type, String actor) {
        return "{\"id\": 1, \"node_id\": \"RA_x\", \"before\": \"" + before + "\", \"after\": \"" + after
                + "\", \"ref\": \"refs/heads/" + branch + "\", \"timestamp\": \"" + timestamp
                + "\", \"activity_type\": \"" + type + "\", \"actor\": {\"login\": \"" + actor
                + "\", \"id\": 7, \"type\": \"User\"}}";
    }

    static String list(String... items) {
        return List.of(items).stream().collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    }
}
