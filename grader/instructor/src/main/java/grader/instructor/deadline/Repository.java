package grader.instructor.deadline;

/**
 * A student repository to grade at the deadline.
 *
 * @param owner    the organisation or account that holds it
 * @param name     its name, which is also its folder's name in every step
 * @param student  the student's GitHub username: the name without the class's prefix
 *                 ({@code concurrency-alice} → {@code alice}), or as the list of repositories says
 * @param branch   the branch that is graded: the repository's default branch
 * @param cloneUrl where git clones it from
 * @param webUrl   its page on GitHub, empty for a local folder
 */
public record Repository(String owner, String name, String student, String branch, String cloneUrl, String webUrl) {

    /** The student of a repository named with the class's prefix: the rest of the name. */
    static String studentOf(String name, String prefix) {
        return !prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()
                ? name.substring(prefix.length()) : name;
    }

    /** The page of one of its commits; empty when it has no web page. */
    public String commitUrl(String commit) {
        return webUrl.isEmpty() || commit == null || commit.isEmpty() ? "" : webUrl + "/commit/" + commit;
    }
}
