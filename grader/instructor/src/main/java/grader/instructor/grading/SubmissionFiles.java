package grader.instructor.grading;

import grader.instructor.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files of a student's repository are graded, and which protected files the student
 * changed. Graded: the exercises' main sources inside each exercise's own packages,
 * {@code exercises/<id>/src/main/{java,resources}/<package>/**}, where the exercises and their
 * packages are those of today's template. Every other file is protected: the grade uses the
 * template's copy, and each difference from the template the student received is listed.
 *
 * @param graded           graded files, relative to the repository
 * @param changes          protected files that differ from the received template, and ignored files
 * @param missingExercises exercises of today's template the repository does not have at all
 */
public record SubmissionFiles(List<String> graded, List<FileChange> changes, List<String> missingExercises) {

    private static final Pattern MAIN_SOURCE = Pattern.compile("exercises/([^/]+)/src/main/(.*)");
    private static final Pattern PACKAGE_FILE = Pattern.compile("(?:java|resources)/([^/]+)/.+");

    /** Compares {@code student} with {@code template}, the exported student template it received. */
    public static SubmissionFiles compare(Path template, Path student) {
        return compare(template, template, student);
    }

    /**
     * Compares {@code student} with {@code received}, the student template as handed out, to
     * grade it with {@code template}, today's export, which may have changed since.
     */
    public static SubmissionFiles compare(Path template, Path received, Path student) {
        RepositoryFiles pristine = RepositoryFiles.of(received);
        RepositoryFiles submitted = RepositoryFiles.of(student);
        Map<String, Set<String>> packages = packagesByExercise(RepositoryFiles.of(template).files());
        Set<String> missing = new TreeSet<>();
        for (String id : packages.keySet()) {
            if (!Files.isDirectory(student.resolve("exercises").resolve(id))) {
                missing.add(id);
            }
        }
        List<String> graded = new ArrayList<>();
        List<FileChange> changes = new ArrayList<>();
        Set<String> submittedFiles = new HashSet<>(submitted.files());
        for (String file : submitted.files()) {
            Matcher main = MAIN_SOURCE.matcher(file);
            if (main.matches()) {
                if (isGraded(main.group(1), main.group(2), packages)) {
                    graded.add(file);
                } else {
                    changes.add(new FileChange(FileChange.Kind.IGNORED, file));
                }
            } else if (!pristine.files().contains(file)) {
                changes.add(new FileChange(FileChange.Kind.ADDED, file));
            } else if (!sameText(received.resolve(file), student.resolve(file))) {
                changes.add(new FileChange(FileChange.Kind.MODIFIED, file));
            }
        }
        for (String file : pristine.files()) {
            if (!MAIN_SOURCE.matcher(file).matches() && !submittedFiles.contains(file)
                    && !missing.contains(exerciseOf(file))) {
                changes.add(new FileChange(FileChange.Kind.DELETED, file));
            }
        }
        submitted.links().forEach(link -> changes.add(new FileChange(FileChange.Kind.IGNORED, link)));
        changes.sort((a, b) -> a.file().compareTo(b.file()));
        return new SubmissionFiles(List.copyOf(graded), List.copyOf(changes), List.copyOf(missing));
    }

    /** The same, for a grade of {@code exercises} only: another exercise missing is no finding. */
    public SubmissionFiles gradingOnly(Collection<String> exercises) {
        return new SubmissionFiles(graded, changes, missingExercises.stream().filter(exercises::contains).toList());
    }

    /** The changes to protected files, leaving out the ignored ones. */
    public List<FileChange> protectedChanges() {
        return changes.stream().filter(FileChange::protectedFile).toList();
    }

    /** Each exercise's packages: the first folders under its skeleton's {@code src/main/java}. */
    private static Map<String, Set<String>> packagesByExercise(List<String> templateFiles) {
        Map<String, Set<String>> packages = new HashMap<>();
        for (String file : templateFiles) {
            Matcher main = MAIN_SOURCE.matcher(file);
            if (main.matches()) {
                Matcher inPackage = PACKAGE_FILE.matcher(main.group(2));
                if (inPackage.matches()) {
                    packages.computeIfAbsent(main.group(1), id -> new TreeSet<>()).add(inPackage.group(1));
                }
            } else if (file.matches("exercises/[^/]+/pom.xml")) {
                packages.computeIfAbsent(exerciseOf(file), id -> new TreeSet<>());
            }
        }
        return packages;
    }

    private static boolean isGraded(String id, String pathInMain, Map<String, Set<String>> packages) {
        Matcher inPackage = PACKAGE_FILE.matcher(pathInMain);
        return inPackage.matches() && packages.getOrDefault(id, Set.of()).contains(inPackage.group(1));
    }

    /** {@code exercises/ex01-threads/...} → {@code ex01-threads}; empty for other paths. */
    private static String exerciseOf(String file) {
        String[] parts = file.split("/");
        return parts.length > 2 && parts[0].equals("exercises") ? parts[1] : "";
    }

    /** Equal bytes once Windows line endings are read as Unix ones (a checkout setting, not a change). */
    private static boolean sameText(Path a, Path b) {
        try {
            return Arrays.equals(unixLineEndings(Files.readAllBytes(a)), unixLineEndings(Files.readAllBytes(b)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unixLineEndings(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int length = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\r' || i + 1 >= bytes.length || bytes[i + 1] != '\n') {
                out[length++] = bytes[i];
            }
        }
        return Arrays.copyOf(out, length);
    }
}
