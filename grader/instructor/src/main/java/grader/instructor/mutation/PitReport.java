package grader.instructor.mutation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The mutants of one PIT run, read from its XML report ({@code target/pit-reports/mutations.xml}). */
final class PitReport {

    /** The package of the course's own operators: their mutants count as concurrency mutants. */
    private static final String COURSE_OPERATORS = "grader.mutation.operators.";

    private PitReport() {
    }

    /**
     * The mutants in {@code report}, with the files and lines of {@code sources} they changed.
     */
    static List<Mutant> read(Path report, SourceLines sources) throws IOException {
        NodeList mutations;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            mutations = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read PIT's report " + report + ": " + e.getMessage(), e);
        }
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String className = text(mutation, "mutatedClass");
            String mutator = text(mutation, "mutator");
            int line = Integer.parseInt(text(mutation, "lineNumber"));
            String file = sources.fileOf(className, text(mutation, "sourceFile"));
            String status = mutation.getAttribute("status");
            mutants.add(new Mutant(
                    new MutantKey(className, text(mutation, "mutatedMethod"), mutator.substring(mutator.lastIndexOf('.') + 1),
                            text(mutation, "description"), sources.line(file, line)),
                    file, line, mutator.startsWith(COURSE_OPERATORS) ? Mutant.Operators.CONCURRENCY : Mutant.Operators.PIT,
                    status, Verdict.ofPit(status), text(mutation, "killingTest")));
        }
        return mutants;
    }

    private static String text(Element mutation, String child) {
        NodeList nodes = mutation.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
