package grader.scoreboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code @Graded} tests in an exercise's test sources, without compiling them, so that
 * an exercise that does not compile still shows every test it is graded on and its total.
 */
public final class GradedTestScanner {

    private static final Pattern GRADED = Pattern.compile(
            "@Graded\\s*\\((?<args>(?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\)"
                    + "(?<between>(?:\\s*@\\w+(?:\\s*\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?)*)"
                    + "\\s*(?:(?:public|protected|private|static|final)\\s+)*void\\s+(?<method>\\w+)\\s*\\(");
    private static final Pattern POINTS = Pattern.compile("points\\s*=\\s*(\\d+)");

    private GradedTestScanner() {
    }

    /** Every graded test under {@code testSources}, in file order. */
    public static List<GradedTest> scan(Path testSources) {
        List<GradedTest> tests = new ArrayList<>();
        try {
            for (Path file : JavaSources.in(testSources)) {
                tests.addAll(scanFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tests in " + testSources, e);
        }
        return tests;
    }

    static List<GradedTest> scanFile(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String testClass = JavaSources.className(file, source);
        List<GradedTest> tests = new ArrayList<>();
        Matcher graded = GRADED.matcher(source);
        while (graded.find()) {
            String args = graded.group("args");
            Matcher points = POINTS.matcher(args);
            if (!points.find()) {
                throw new IllegalStateException(file + ": @Graded on " + graded.group("method")
                        + " must give its points as a number literal");
            }
            tests.add(new GradedTest(testClass, graded.group("method"), Integer.parseInt(points.group(1)),
                    stringAttribute(args, "en"), stringAttribute(args, "es")));
        }
        return tests;
    }

    private static String stringAttribute(String args, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(args);
        return value.find() ? value.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "";
    }
}
