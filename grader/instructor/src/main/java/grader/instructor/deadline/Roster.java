package grader.instructor.deadline;

import grader.instructor.Csv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The class list the instructor keeps: for each student, the GitHub username the repositories
 * are named after, and who that is in the LMS. It is a CSV with a header; the column names are
 * those of the rosters instructors already have, so a Classroom 50 {@code roster.csv}, a GitHub
 * Classroom roster, or a Canvas gradebook export with a {@code github_username} column added all
 * work as they are (names are read in any case, spaces as underscores):
 *
 * <pre>
 * github_username | username | github      the student's GitHub login (required)
 * name | student, first_name, last_name   the name
 * email, section
 * id | canvas_id, sis_user_id, sis_login_id   Canvas's identities (its gradebook export's columns)
 * moodle_username                            Moodle's username (else Moodle matches the email)
 * </pre>
 */
public record Roster(List<Student> students) {

    private static final List<String> GITHUB = List.of("github_username", "username", "github", "login");

    /** One student of the roster; a column the roster lacks is empty. */
    public record Student(String github, String name, String firstName, String lastName, String email,
                          String section, String canvasId, String sisUserId, String sisLoginId,
                          String moodleUsername) {

        /** The name to show: the roster's, else first and last name, else the GitHub username. */
        public String displayName() {
            String full = (firstName + " " + lastName).strip();
            return !name.isEmpty() ? name : !full.isEmpty() ? full : github;
        }
    }

    /** No roster: every student is unknown, none missing. */
    public static Roster none() {
        return new Roster(List.of());
    }

    /**
     * Reads a roster.
     *
     * @throws IllegalArgumentException naming the column or the line that is wrong
     */
    public static Roster parse(String csv) {
        List<Map<String, String>> records = Csv.records(csv).stream().map(Roster::normalised)
                .filter(record -> !"Points Possible".equals(record.get("student"))) // a Canvas export's second row
                .toList();
        if (records.isEmpty()) {
            return none();
        }
        String githubColumn = GITHUB.stream().filter(records.get(0)::containsKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the roster has no column of GitHub usernames: "
                        + "name it github_username (or username)"));
        List<Student> students = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            String github = record.get(githubColumn);
            int line = i + 2;
            if (github.isEmpty()) {
                throw new IllegalArgumentException("line " + line + " of the roster has no GitHub username");
            }
            Integer first = lines.putIfAbsent(github.toLowerCase(Locale.ROOT), line);
            if (first != null) {
                throw new IllegalArgumentException("lines " + first + " and " + line + " of the roster are both "
                        + github);
            }
            students.add(new Student(github, first(record, "name", "student"), first(record, "first_name"),
                    first(record, "last_name"), first(record, "email", "email_address"), first(record, "section"),
                    first(record, "canvas_id", "canvas_user_id", "id"), first(record, "sis_user_id"),
                    first(record, "sis_login_id"), first(record, "moodle_username")));
        }
        return new Roster(List.copyOf(students));
    }

    /** The student with this GitHub username, in any case (GitHub's logins ignore it). */
    public Optional<Student> find(String github) {
        return students.stream().filter(student -> student.github().equalsIgnoreCase(github)).findFirst();
    }

    public boolean isEmpty() {
        return students.isEmpty();
    }

    private static Map<String, String> normalised(Map<String, String> record) {
        Map<String, String> columns = new HashMap<>();
        record.forEach((name, value) -> columns.putIfAbsent(name.replaceAll("\\s+", "_"), value));
        return columns;
    }

    private static String first(Map<String, String> record, String... columns) {
        for (String column : columns) {
            String value = record.get(column);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
