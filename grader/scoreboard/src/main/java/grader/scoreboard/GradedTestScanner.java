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
import java.util.stream.Stream;

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
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private GradedTestScanner() {
    }

    /** Every graded test under {@code testSources}, in file order. */
    public static List<GradedTest> scan(Path testSources) {
        List<GradedTest> tests = new ArrayList<>();
        if (!Files.isDirectory(testSources)) {
            return tests;
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                tests.addAll(scanFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tests in " + testSources, e);
        }
        return tests;
    }

    static List<GradedTest> scanFile(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher pkg = PACKAGE.matcher(source);
        String className = file.getFileName().toString().replaceFirst("\\.java$", "");
        String testClass = pkg.find() ? pkg.group(1) + "." + className : className;
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
