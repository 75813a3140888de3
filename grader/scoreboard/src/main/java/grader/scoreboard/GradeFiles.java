package grader.scoreboard;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import grader.guard.GraderProperties;
import grader.scoreboard.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the grade files. Each is written to a temporary file and then moved into place, so a
 * crash while writing never leaves a half-written grade behind.
 */
public final class GradeFiles {

    /**
     * Where grade files lie, under the course's root (the grade) and under each exercise's module
     * (its tests' {@code results.jsonl}); the test kit's recorder writes to the same folder.
     */
    public static final String FOLDER = GraderProperties.RESULTS_FOLDER;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private GradeFiles() {
    }

    public static Gson gson() {
        return GSON;
    }

    /** Writes {@code grade.json}, {@code grade.md} and {@code index.html} into {@code folder}. */
    public static void write(Path folder, CourseGrade grade) throws IOException {
        writeAtomically(folder.resolve("grade.json"), GSON.toJson(grade));
        writeAtomically(folder.resolve("grade.md"), MarkdownReport.render(grade));
        writeAtomically(folder.resolve("index.html"), HtmlReport.render(grade));
    }

    public static CourseGrade read(Path file) throws IOException {
        return GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), CourseGrade.class);
    }

    public static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
