package grader.similarity;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.TreeVisitor;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import de.jplag.Language;
import de.jplag.ParsingException;
import de.jplag.Token;
import de.jplag.java.FixedSourcePositions;
import de.jplag.java.JavaLanguage;
import de.jplag.java.Parser;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * JPlag's Java language, parsed by the javac of the JDK that runs it. JPlag 5.1's own parser asks
 * javac for {@code --release=21 --enable-preview}, which only a JDK 21 accepts (preview features
 * exist for the JDK's own release alone), so on any later JDK every submission failed to parse.
 * Here javac parses at its own release, and the tokens are made by JPlag's own tree scanner, as
 * JPlag's parser does: the same tokens, on every JDK from 21 on. The sources are read as UTF-8,
 * as the course's build compiles them: JPlag guesses each submission's charset, and took ex07's
 * UTF-8 line drawings for windows-1252, so those submissions failed to parse. Everything else
 * (names, the minimum match, normalisation) is JPlag's {@link JavaLanguage}.
 */
final class JavaOnThisJdk implements Language {

    private final JavaLanguage java = new JavaLanguage();

    @Override
    public String[] suffixes() {
        return java.suffixes();
    }

    @Override
    public String getName() {
        return java.getName();
    }

    @Override
    public String getIdentifier() {
        return java.getIdentifier();
    }

    @Override
    public int minimumTokenMatch() {
        return java.minimumTokenMatch();
    }

    @Override
    public boolean tokensHaveSemantics() {
        return java.tokensHaveSemantics();
    }

    @Override
    public boolean supportsNormalization() {
        return java.supportsNormalization();
    }

    @Override
    public List<Token> parse(Set<File> files, boolean normalize) throws ParsingException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ParsingException(null, "this Java has no compiler: run the similarity check on a JDK");
        }
        TokenCollector tokens = new TokenCollector();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "--enable-preview", "--release=" + Runtime.version().feature());
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files));
            SourcePositions positions = new FixedSourcePositions(Trees.instance(task).getSourcePositions());
            for (CompilationUnitTree unit : task.parse()) {
                File file = new File(unit.getSourceFile().toUri());
                unit.accept(scanner(file, tokens, unit.getLineMap(), positions, unit), null);
                tokens.add(Token.semanticFileEnd(file));
            }
        } catch (IOException e) {
            throw new ParsingException(null, e.getMessage(), e);
        }
        List<ParsingException> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                File file = diagnostic.getSource() == null ? null : new File(diagnostic.getSource().toUri());
                errors.add(new ParsingException(file, diagnostic.toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw ParsingException.wrappingExceptions(errors);
        }
        return tokens.tokens;
    }

    /**
     * JPlag's tree scanner, which turns a parsed file into its tokens. Its class is not public,
     * so it is made through its public constructor by reflection, which the class path allows.
     */
    @SuppressWarnings("unchecked")
    private static TreeVisitor<Void, Void> scanner(File file, Parser parser, LineMap lines, SourcePositions positions,
                                                   CompilationUnitTree unit) throws ParsingException {
        try {
            Constructor<?> constructor = Class.forName("de.jplag.java.TokenGeneratingTreeScanner")
                    .getConstructor(File.class, Parser.class, LineMap.class, SourcePositions.class,
                            CompilationUnitTree.class);
            constructor.setAccessible(true);
            return (TreeVisitor<Void, Void>) constructor.newInstance(file, parser, lines, positions, unit);
        } catch (ReflectiveOperationException e) {
            throw new ParsingException(file, "JPlag's Java tree scanner is not where JPlag 5.1 has it: " + e, e);
        }
    }

    /** Where JPlag's tree scanner puts the tokens it makes. */
    private static final class TokenCollector extends Parser {

        private final List<Token> tokens = new ArrayList<>();

        @Override
        public void add(Token token) {
            tokens.add(token);
        }
    }
}
