package grader.instructor.mutation;

import grader.instructor.deadline.Git;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CI's cut of the mutation check: the exercises whose result can differ from the one at a base
 * commit that passed it. An exercise's result depends on its statement folder, its solution
 * folder and the tools that build and grade both; a change to a tool puts every exercise in, a
 * change to one exercise's folders only that one. The cut is sound when the base passed the
 * full check: every exercise left out would get the result it got there.
 */
final class ChangedExercises {

    /** Paths whose change can change every exercise's result: builds, test kit, operators, the check. */
    static final List<String> SHARED = List.of(
            "pom.xml", "exercises/pom.xml", "solutions/pom.xml", "mvnw", ".mvn/",
            "grader/testkit/", "grader/scoreboard/", "grader/mutation/",
            "grader/instructor/src/main/java/grader/instructor/mutation/",
            "grader/bin/mutation-check", "grader/bin/instructor-tool", ".ci/check-mutation.sh");

    private ChangedExercises() {
    }

    /** The paths that differ from {@code base} in the working tree of {@code root}, new files included. */
    static List<String> since(Path root, String base) throws IOException, InterruptedException {
        Git git = Git.plain();
        String changed = git.run(root, "diff", "--name-only", base, "--");
        String added = git.run(root, "ls-files", "--others", "--exclude-standard");
        return Stream.concat(changed.lines(), added.lines()).filter(line -> !line.isBlank()).toList();
    }

    /** Which of {@code ids} a change to {@code paths} can affect, in the order of {@code ids}. */
    static List<String> affected(List<String> ids, List<String> paths) {
        if (paths.stream().anyMatch(path -> SHARED.stream().anyMatch(shared -> under(path, shared)))) {
            return ids;
        }
        return ids.stream()
                .filter(id -> paths.stream().anyMatch(path -> under(path, "exercises/" + id + "/")
                        || under(path, "solutions/" + id + "/")))
                .toList();
    }

    /** Whether {@code path} is {@code prefix}, a file, or lies under it, a folder ending in {@code /}. */
    private static boolean under(String path, String prefix) {
        return prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix);
    }
}
