package grader.instructor.scaffold;

import grader.instructor.Problem;
import grader.instructor.ReadmeTable;
import grader.instructor.skeleton.SkeletonGenerator;
import grader.scoreboard.ExerciseModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates a new exercise that already passes the instructor check: its statement in English
 * and Spanish, a marked reference solution, the skeleton generated from it, and one test class
 * per kind of graded test; then registers it in the build, in the grading workflow and in the
 * README's exercise table. The scoreboard finds {@code exNN-*} folders by itself.
 */
public final class ExerciseScaffold {

    /** The students' grading workflow, whose exercise lists (if any) get the new exercise. */
    public static final String WORKFLOW = ".github/workflows/classroom.yml";

    /**
     * The test classes the scaffold writes, one kind of graded test each ({@code BankTest},
     * {@code BankConcurrencyTest}, ...): one test JVM per class, so a hang costs only its class.
     */
    private static final List<String> TEST_KINDS = List.of("Test", "ConcurrencyTest", "ArchitectureTest",
            "SpeedupTest");

    private final Path root;

    public ExerciseScaffold(Path root) {
        this.root = root;
    }

    /**
     * A new exercise's names, all derived from its number and slug.
     *
     * @param number    two digits, e.g. {@code 08}
     * @param slug      lower-case words joined by hyphens, e.g. {@code bank-account}
     * @param className the class students complete, e.g. {@code BankAccount}
     */
    public record Names(String number, String slug, String className, String titleEn, String titleEs) {

        public Names {
            if (!number.matches("\\d\\d")) {
                throw new IllegalArgumentException("the number has two digits, e.g. 08: " + number);
            }
            if (!slug.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("the slug is lower-case words joined by hyphens, e.g. "
                        + "bank-account: " + slug);
            }
            if (!className.matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("the class name is a Java class name, e.g. BankAccount: "
                        + className);
            }
            if (titleEn.isBlank() || titleEs.isBlank()) {
                throw new IllegalArgumentException("the exercise needs a title in English and in Spanish");
            }
        }

        /** Names for {@code number} ({@code 8} or {@code 08}) and {@code slug}, the class named after the slug. */
        public static Names of(String number, String slug, String titleEn, String titleEs) {
            return new Names(number.matches("\\d") ? "0" + number : number, slug, classNameOf(slug), titleEn, titleEs);
        }

        public String id() {
            return "ex" + number + "-" + slug;
        }

        public String javaPackage() {
            return "ex" + number;
        }

        /** {@code bank-account} → {@code BankAccount}. */
        static String classNameOf(String slug) {
            StringBuilder name = new StringBuilder();
            for (String word : slug.split("-")) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return name.toString();
        }
    }

    /** Creates the exercise, or fails before writing anything when it would clash with one. */
    public void create(Names names, PrintStream log) throws IOException {
        refuseClashes(names);
        Map<String, String> values = placeholders(names);
        String id = names.id();
        String main = ExerciseModule.MAIN_SOURCES + "/" + names.javaPackage() + "/" + names.className() + ".java";
        write("exercises/" + id + "/pom.xml", Template.render("exercise-pom.xml", values), log);
        write("exercises/" + id + "/README.md", Template.render("README.md", values), log);
        write("exercises/" + id + "/README.es.md", Template.render("README.es.md", values), log);
        for (String kind : TEST_KINDS) {
            write("exercises/" + id + "/" + ExerciseModule.TEST_SOURCES + "/" + names.javaPackage() + "/" + names.className() + kind
                    + ".java", Template.render("Exercise" + kind + ".java", values), log);
        }
        write("solutions/" + id + "/pom.xml", Template.render("solution-pom.xml", values), log);
        write("solutions/" + id + "/" + main, Template.render("Solution.java", values), log);

        List<Problem> problems = new SkeletonGenerator(root).generate(id, log);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the scaffold's own solution has marker problems: " + problems);
        }
        for (String aggregator : List.of("exercises/pom.xml", "solutions/pom.xml")) {
            if (PomModules.add(root.resolve(aggregator), id)) {
                log.println("registered " + id + " in " + aggregator);
            }
        }
        List<String> ids = ExerciseModule.under(root, "exercises").stream().map(ExerciseModule::id).toList();
        log.println(WorkflowExerciseList.register(root.resolve(WORKFLOW), WORKFLOW, id, ids));
        log.println(ReadmeTable.write(root) ? "listed    " + id + " in " + ReadmeTable.README + "'s exercise table"
                : "no exercise table in " + ReadmeTable.README + " to list " + id + " in");
        log.printf("%nNext, as INSTRUCTORS.md walks through it:%n"
                + "  git add exercises/%1$s solutions/%1$s%n"
                + "  grader/bin/check-exercise %1$s%n"
                + "Known mistakes are recorded against git's copy of the solution, so stage it. The checks pass as"
                + " scaffolded: run them again after each step as you write the statement, the solution"
                + " (grader/bin/generate-skeletons makes the skeleton from it), the tests and the known mistakes"
                + " (grader/bin/record-mistake).%n", id);
    }

    private void refuseClashes(Names names) throws IOException {
        List<String> clashes = new ArrayList<>();
        for (String tree : List.of("exercises", "solutions")) {
            Path folder = root.resolve(tree);
            if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
                throw new IllegalStateException(root + " is not the course repository: it has no " + tree
                        + "/pom.xml to register the exercise in");
            }
            try (Stream<Path> children = Files.list(folder)) {
                children.map(child -> child.getFileName().toString())
                        .filter(name -> name.startsWith("ex" + names.number() + "-"))
                        .forEach(name -> clashes.add(tree + "/" + name));
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("exercise number " + names.number() + " is taken: " + clashes);
        }
    }

    private void write(String file, String content, PrintStream log) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        log.println("created   " + file);
    }

    private static Map<String, String> placeholders(Names names) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", names.id());
        values.put("package", names.javaPackage());
        values.put("Class", names.className());
        values.put("titleEn", names.titleEn());
        values.put("titleEs", names.titleEs());
        values.put("titleEnXml", xml(names.titleEn()));
        return values;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
