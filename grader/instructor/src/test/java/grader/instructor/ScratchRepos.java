package grader.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads the small repositories the tests build. */
public final class ScratchRepos {

    private ScratchRepos() {
    }

    public static Path write(Path root, String file, String content) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            return Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path root, String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A course with one exercise, {@code ex01-demo}, whose solution has {@code solution} as main class. */
    public static Path course(Path root, String solution) {
        write(root, "pom.xml", "<project/>\n");
        String aggregator = "<project>\n  <modules>\n    <module>ex01-demo</module>\n  </modules>\n</project>\n";
        write(root, "exercises/pom.xml", aggregator);
        write(root, "solutions/pom.xml", aggregator);
        write(root, "exercises/ex01-demo/pom.xml", "<project/>\n");
        write(root, "exercises/ex01-demo/src/test/java/ex01/DemoTest.java", "package ex01;\n\nclass DemoTest {\n}\n");
        write(root, "solutions/ex01-demo/pom.xml", "<project/>\n");
        write(root, "solutions/ex01-demo/src/main/java/ex01/Demo.java", solution);
        return root;
    }

    /**
     * Writes ex01-demo's test class, {@code ex01.DemoTest}, with these members: each graded test
     * as its {@code @Graded} line and its method's line.
     */
    public static Path demoTests(Path root, String... members) {
        StringBuilder source = new StringBuilder("package ex01;\nclass DemoTest {\n");
        for (String member : members) {
            source.append("    ").append(member).append('\n');
        }
        return write(root, "exercises/ex01-demo/src/test/java/ex01/DemoTest.java", source.append("}\n").toString());
    }

    /** A solution with one solution block and one stub block. */
    public static final String DEMO_SOLUTION = String.join("\n",
            "package ex01;",
            "",
            "public final class Demo {",
            "    public static int answer() {",
            "        // BEGIN SOLUTION",
            "        int computedWithGreatCare = 6 * 7;",
            "        return computedWithGreatCare;",
            "        // END SOLUTION",
            "        /* STUB",
            "        // TODO compute the answer",
            "        throw new UnsupportedOperationException(\"TODO: Demo.answer\");",
            "        */",
            "    }",
            "}",
            "");

    /** {@link #DEMO_SOLUTION} as the generator turns it into the skeleton. */
    public static final String DEMO_SKELETON = String.join("\n",
            "package ex01;",
            "",
            "public final class Demo {",
            "    public static int answer() {",
            "        // TODO compute the answer",
            "        throw new UnsupportedOperationException(\"TODO: Demo.answer\");",
            "    }",
            "}",
            "");
}
