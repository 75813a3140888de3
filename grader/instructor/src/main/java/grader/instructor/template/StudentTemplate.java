package grader.instructor.template;

import grader.instructor.Problem;
import grader.instructor.RepositoryFiles;
import grader.instructor.skeleton.MarkedText;
import grader.instructor.skeleton.MarkerException;
import grader.instructor.skeleton.SkeletonGenerator;
import grader.scoreboard.TestManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository students receive: the course repository without what only the instructor
 * sees. Left out: the paths in {@link #INSTRUCTOR_ONLY}; in every file that is copied, each
 * {@code BEGIN SOLUTION} … {@code END SOLUTION} block (e.g. the instructor profile of the root
 * pom). The export refuses to run while a skeleton differs from its solution, and checks that
 * what it wrote holds no marker and that the students' workflows use no path it left out. It
 * adds the {@link TestManifest} of the tests it wrote, so the students' own runs notice a test
 * file that was changed or deleted.
 */
public final class StudentTemplate {

    /** Instructor-only paths: a folder ends with {@code /}. */
    public static final List<String> INSTRUCTOR_ONLY = List.of(
            "solutions/",
            "grader/instructor/",
            "grader/hostile/",
            "grader/similarity/",
            "grader/bin/instructor-tool",
            "grader/bin/generate-skeletons",
            "grader/bin/list-exercises",
            "grader/bin/new-exercise",
            "grader/bin/record-mistake",
            "grader/bin/check-exercise",
            "grader/bin/export-template",
            "grader/bin/grade-pristine",
            "grader/bin/grade-batch",
            "grader/bin/deadline",
            "grader/bin/similarity",
            ".ci/",
            ".github/workflows/ci.yml",
            ".github/workflows/deadline-grading.yml",
            "INSTRUCTORS.md",
            "docs/github-classroom.md");

    private static final String STUDENT_WORKFLOWS = ".github/workflows/";

    private StudentTemplate() {
    }

    /** Whether students never get {@code file} (relative, {@code /}-separated). */
    public static boolean instructorOnly(String file) {
        return INSTRUCTOR_ONLY.stream()
                .anyMatch(path -> path.endsWith("/") ? file.startsWith(path) : file.equals(path));
    }

    /**
     * Exports {@code root} into {@code target}, which must not exist or be empty.
     *
     * @return the problems that stopped the export, none when it succeeded
     */
    public static List<Problem> export(Path root, Path target, PrintStream log) throws IOException {
        List<Problem> problems = new SkeletonGenerator(root).check();
        if (!problems.isEmpty()) {
            problems.add(0, Problem.ofFile("exercises/", "a skeleton differs from its solution or solution text "
                    + "leaks: fix that (grader/bin/generate-skeletons) before exporting"));
            return problems;
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            return List.of(Problem.ofFile(target.toString(), "exists and is not empty: export into a new folder"));
        }
        RepositoryFiles files = RepositoryFiles.of(root);
        for (String link : files.links()) {
            problems.add(Problem.ofFile(link, "is a symbolic link: the template holds plain files only"));
        }
        int copied = 0;
        for (String file : files.files()) {
            if (!instructorOnly(file)) {
                copy(root, target, file, problems);
                copied++;
            }
        }
        problems.addAll(leftovers(target));
        if (problems.isEmpty()) {
            TestManifest.of(target).write(target); // the test files as handed out, checked by the scoreboard
            log.printf("Exported %d files to %s (left out: %s).%n", copied, target, String.join(", ", INSTRUCTOR_ONLY));
        }
        return problems;
    }

    private static void copy(Path root, Path target, String file, List<Problem> problems) throws IOException {
        Path from = root.resolve(file);
        Path to = target.resolve(file);
        Files.createDirectories(to.getParent());
        String marked = MarkedText.markedTextOf(Files.readAllBytes(from)).orElse(null);
        if (marked == null) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try {
            Files.writeString(to, MarkedText.of(marked).studentText(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (MarkerException e) {
            problems.add(new Problem(file, e.line(), e.getMessage()));
        } catch (UnsupportedOperationException noPosix) {
            // a file system without POSIX permissions has no executable bit to keep
        }
    }

    /** Marker text anywhere, and workflow lines (not comments) naming a path that the template left out. */
    private static List<Problem> leftovers(Path target) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (String file : RepositoryFiles.of(target).files()) {
            List<String> lines;
            try {
                lines = MarkedText.linesOf(Files.readString(target.resolve(file), StandardCharsets.UTF_8));
            } catch (IOException notText) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int number = i + 1;
                if (MarkedText.mentionsMarker(line)) {
                    problems.add(new Problem(file, number, "marker text would reach students"));
                }
                if (file.startsWith(STUDENT_WORKFLOWS) && !line.strip().startsWith("#")) {
                    INSTRUCTOR_ONLY.stream().filter(line::contains).forEach(path -> problems.add(
                            new Problem(file, number, "uses " + path + ", which students do not get")));
                }
            }
        }
        return problems;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
