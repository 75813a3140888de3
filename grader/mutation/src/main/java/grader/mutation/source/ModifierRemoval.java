package grader.mutation.source;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * ConMAn's RSK and RVK, "remove synchronized keyword" and "remove volatile keyword", made in the
 * source: PIT swaps each mutant into a running JVM, and the JVM refuses a class whose method or
 * field modifiers changed (PIT would then count the refusal as a kill). So these mutants are
 * source files, which the mutation check compiles and grades with the exercise's tests, like the
 * known mistakes.
 * <ul>
 *   <li>{@code REMOVE_SYNCHRONIZED_MODIFIER}: a {@code synchronized} method runs without its
 *       object's (or, when static, its class's) lock;</li>
 *   <li>{@code REMOVE_VOLATILE}: a field's writes no longer need to reach the other threads.</li>
 * </ul>
 * Methods and fields of named classes only; javac's compiler API finds them, so no comment or
 * string that happens to say "synchronized" is taken for the keyword.
 */
public final class ModifierRemoval {

    public static final String REMOVE_SYNCHRONIZED_MODIFIER = "REMOVE_SYNCHRONIZED_MODIFIER";
    public static final String REMOVE_VOLATILE = "REMOVE_VOLATILE";

    private ModifierRemoval() {
    }

    /** Every mutant of the two operators in the compilation unit {@code source}, named {@code fileName}. */
    public static List<SourceMutant> of(String fileName, String source) {
        JavacTask task = parser(fileName, source);
        CompilationUnitTree unit = parse(task, fileName);
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<SourceMutant> mutants = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            private final Deque<String> classes = new ArrayDeque<>();
            private final Deque<Tree> parents = new ArrayDeque<>();

            @Override
            public Void visitClass(ClassTree type, Void nothing) {
                if (type.getSimpleName().isEmpty()) {
                    return null; // an anonymous class: javac numbers it, so no stable name
                }
                classes.push(classes.isEmpty() ? qualified(unit, type) : classes.peek() + "$" + type.getSimpleName());
                parents.push(type);
                super.visitClass(type, nothing);
                parents.pop();
                classes.pop();
                return null;
            }

            @Override
            public Void visitMethod(MethodTree method, Void nothing) {
                if (method.getModifiers().getFlags().contains(Modifier.SYNCHRONIZED)) {
                    mutants.add(removed(unit, positions, source, method.getModifiers(), "synchronized", classes.peek(),
                            method.getName().toString(), REMOVE_SYNCHRONIZED_MODIFIER,
                            "removed the synchronized modifier: the method runs without its lock"));
                }
                parents.push(method);
                super.visitMethod(method, nothing);
                parents.pop();
                return null;
            }

            @Override
            public Void visitVariable(VariableTree variable, Void nothing) {
                boolean field = parents.peek() instanceof ClassTree;
                if (field && variable.getModifiers().getFlags().contains(Modifier.VOLATILE)) {
                    mutants.add(removed(unit, positions, source, variable.getModifiers(), "volatile", classes.peek(),
                            variable.getName().toString(), REMOVE_VOLATILE,
                            "removed volatile: other threads need not see the field's writes"));
                }
                return super.visitVariable(variable, nothing);
            }
        }.scan(unit, null);
        return mutants;
    }

    private static SourceMutant removed(CompilationUnitTree unit, SourcePositions positions, String source,
                                        ModifiersTree modifiers, String keyword, String className, String member,
                                        String operator, String description) {
        int start = (int) positions.getStartPosition(unit, modifiers);
        int end = (int) positions.getEndPosition(unit, modifiers);
        int at = start + Keywords.find(source.subSequence(start, end), keyword);
        int after = at + keyword.length();
        while (after < source.length() && (source.charAt(after) == ' ' || source.charAt(after) == '\t')) {
            after++;
        }
        int line = (int) unit.getLineMap().getLineNumber(at);
        return new SourceMutant(className, member, operator, description, line,
                source.substring(0, at) + source.substring(after));
    }

    private static String qualified(CompilationUnitTree unit, ClassTree type) {
        return unit.getPackageName() == null ? type.getSimpleName().toString()
                : unit.getPackageName() + "." + type.getSimpleName();
    }

    private static JavacTask parser(String fileName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        return (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
    }

    private static CompilationUnitTree parse(JavacTask task, String fileName) {
        try {
            return task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + fileName, e);
        }
    }
}
