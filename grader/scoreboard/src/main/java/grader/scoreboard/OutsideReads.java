package grader.scoreboard;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths in the student's code that lead out of the exercise: string literals that climb out
 * with {@code ..} or name the reference solutions. Only a warning: without a SecurityManager
 * (gone in JDK 24+) nothing stops a test JVM from reading any file the user can read, and a
 * path can be built in ways no scan sees. The guarantee is elsewhere: the reference solutions
 * are never in the student's repository, and the instructor grades in a copy that has only
 * the student's {@code src/main}.
 */
final class OutsideReads {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\.[/\\\\]|(^|[/\\\\])solutions([/\\\\]|$)");

    private OutsideReads() {
    }

    /** One sentence per literal that leads outside; empty when there is none. */
    static List<String> find(ExerciseModule module, Lang lang) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : JavaSources.in(module.mainSources())) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher literal = STRING.matcher(source);
            while (literal.find()) {
                if (OUTSIDE.matcher(literal.group(1)).find()) {
                    int line = 1 + (int) source.substring(0, literal.start()).chars().filter(c -> c == '\n').count();
                    found.add(String.format(lang.pick(
                            "%s:%d names a path outside the exercise (%s): the tests must pass on your own code, and "
                                    + "the instructor grades in a copy of the course without such files",
                            "%s:%d nombra una ruta fuera del ejercicio (%s): las pruebas deben pasar con tu propio "
                                    + "código, y el profesor califica en una copia del curso sin esos ficheros"),
                            file.getFileName(), line, literal.group()));
                }
            }
        }
        return found;
    }
}
