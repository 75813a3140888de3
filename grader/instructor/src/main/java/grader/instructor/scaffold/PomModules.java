package grader.instructor.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code <modules>} list of an aggregator pom, edited as text so the rest stays as written. */
final class PomModules {

    private static final Pattern MODULE = Pattern.compile("(?m)^([ \\t]*)<module>([^<]+)</module>[ \\t]*\\R");
    private static final Pattern MODULES_END = Pattern.compile("(?m)^([ \\t]*)</modules>");

    private PomModules() {
    }

    /**
     * Adds {@code module} to the first {@code <modules>} list of {@code pom}, in sorted position
     * among the modules listed; does nothing when it is listed already.
     *
     * @return whether the pom changed
     */
    static boolean add(Path pom, String module) throws IOException {
        String xml = Files.readString(pom, StandardCharsets.UTF_8);
        int start = xml.indexOf("<modules>");
        Matcher end = MODULES_END.matcher(xml);
        if (start < 0 || !end.find(start)) {
            throw new IllegalStateException(pom + " has no <modules> list to add " + module + " to");
        }
        String list = xml.substring(start, end.start());
        if (list.contains("<module>" + module + "</module>")) {
            return false;
        }
        int insertAt = end.start();
        String indent = end.group(1) + "  ";
        Matcher listed = MODULE.matcher(xml).region(start, end.start());
        while (listed.find()) {
            indent = listed.group(1);
            if (listed.group(2).strip().compareTo(module) > 0) {
                insertAt = listed.start();
                break;
            }
            insertAt = listed.end();
        }
        Files.writeString(pom, xml.substring(0, insertAt) + indent + "<module>" + module + "</module>\n"
                + xml.substring(insertAt), StandardCharsets.UTF_8);
        return true;
    }
}
