package grader.instructor.deadline;

import grader.instructor.Problem;
import grader.instructor.grading.FileTrees;
import grader.instructor.template.StudentTemplate;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * What a grading job needs, and nothing it must not see: the student template, exported, the
 * instructor tools (their classes and libraries, as the running tools found them) and the
 * script {@code grade}, which runs {@code grade-batch} with them. A job that runs student code
 * gets this kit instead of the instructor repository, so neither the reference solutions nor a
 * token that could read them are on its machine.
 *
 * <pre>
 * KIT/template/   the student template, as grade-batch --template=DIR takes it
 * KIT/tools/      the instructor tools' class path
 * KIT/grade       KIT/grade REPOS_DIR OUT_DIR [grade-batch's options]
 * </pre>
 */
final class GradingKit {

    private GradingKit() {
    }

    /**
     * Writes the kit of the course at {@code root} into {@code kit}, which must not exist or be empty.
     *
     * @param classPath the instructor tools' class path (the running JVM's, when they run)
     * @return the problems that stopped the template's export, none when the kit was written
     */
    static List<Problem> write(Path root, Path kit, String classPath, PrintStream log) throws IOException {
        List<Problem> problems = StudentTemplate.export(root, kit.resolve("template"),
                new PrintStream(PrintStream.nullOutputStream()));
        if (!problems.isEmpty()) {
            return problems;
        }
        Path tools = kit.resolve("tools");
        Files.createDirectories(tools);
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (entry.isBlank() || !Files.exists(from)) {
                continue;
            }
            String name = String.format("%02d-%s", index++, from.getFileName());
            if (Files.isDirectory(from)) {
                FileTrees.copy(from, tools.resolve(name), path -> true);
            } else {
                Files.copy(from, tools.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
            entries.add("$kit/tools/" + name);
        }
        Path script = kit.resolve("grade");
        try (InputStream template = GradingKit.class.getResourceAsStream("grade")) {
            Files.writeString(script, new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@CLASSPATH@", String.join(File.pathSeparator, entries)), StandardCharsets.UTF_8);
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        log.printf("Grading kit in %s: the student template, %d class path entries of the tools, grade.%n",
                kit, entries.size());
        return List.of();
    }
}
