package grader.probe;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A child JVM's side of {@link Awaited}: it holds a program until a gate file exists, which the
 * parent's probe creates once the calling thread blocks waiting. A parent that never waits finds
 * its child still alive, or its work not done.
 *
 * <p>A child the test starts itself runs the program's {@code main} and, however the program ends
 * (it returns, calls {@code System.exit}, or throws), closes its standard output, so that the
 * parent reads to its end, and holds its exit until the gate opens:
 * <pre>
 * java -cp CLASS_PATH grader.probe.HeldChild GATE_FILE MAIN_CLASS ARGS...
 * </pre>
 *
 * <p>A child that the submission starts, with a main class it names, gets a class path that starts
 * with a folder the probe made ({@link #shadowFolder}): a generated class of that name holds the
 * program before it starts, then hands over to the real class, loaded from the original class
 * path. Held before it starts, such a child has done nothing yet when a parent that did not wait
 * for it returns, or kills it.
 */
public final class HeldChild {

    /** How long a held child waits for its gate before it exits anyway; a test has ended by then. */
    private static final long PATIENCE_MILLIS = 60_000;
    private static final long POLL_MILLIS = 2;
    private static final String SETTINGS = "grader-held-child.properties";
    /** The start of the names of the files a child leaves next to the gate: held, then let go. */
    static final String HELD = "held-";
    static final String RELEASED = "released-";
    private static final MethodType MAIN = MethodType.methodType(void.class, String[].class);

    private HeldChild() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: HeldChild GATE_FILE MAIN_CLASS ARGS...");
        }
        holdExitUntil(Path.of(args[0]));
        runMain(Class.forName(args[1]), Arrays.copyOfRange(args, 2, args.length));
    }

    /** What the generated class of {@link #shadowFolder} calls: the real program, once the gate opens. */
    public static void runShadowed(String mainClass, String[] args) throws Throwable {
        Properties settings = new Properties();
        try (InputStream in = ClassLoader.getSystemResourceAsStream(SETTINGS)) {
            settings.load(in);
        }
        Path gate = Path.of(settings.getProperty("gate"));
        if (!Files.exists(gate) && say(gate, HELD)) {
            awaitGate(gate);
        }
        // The platform loader as parent: the system loader would find the shadow class again.
        URLClassLoader loader = new URLClassLoader(urls(settings.getProperty("classPath")),
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        runMain(loader.loadClass(mainClass), args);
    }

    private static void runMain(Class<?> mainClass, String[] args) throws Throwable {
        MethodHandle main = MethodHandles.publicLookup().findStatic(mainClass, "main", MAIN);
        main.invokeExact(args);
    }

    /**
     * At exit: unless the gate is open already, say that this child is held, close the standard
     * output, then wait for the gate before the JVM goes. In that order, a parent that has read
     * the output to its end finds the child counted as held, even when it destroys it right away.
     */
    private static void holdExitUntil(Path gate) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            boolean held = !Files.exists(gate) && say(gate, HELD); // before the parent can see the end of the output
            System.out.flush();
            System.out.close();
            if (held) {
                awaitGate(gate);
            }
        }, "held before exit"));
    }

    /**
     * Waits, once this child said it is held ({@link #HELD}), until the gate file exists or the
     * patience runs out, then says it was let go ({@link #RELEASED}). A parent that destroys its
     * children instead of waiting for them leaves no living child behind, but held children that
     * were never let go.
     */
    private static void awaitGate(Path gate) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!Files.exists(gate) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        say(gate, RELEASED);
    }

    /** Leaves the file {@code what} + this process's id next to the gate; false if it could not. */
    private static boolean say(Path gate, String what) {
        try {
            Files.createFile(gate.resolveSibling(what + ProcessHandle.current().pid()));
            return true;
        } catch (IOException e) {
            return false; // the parent's probe is gone: nobody will count this child
        }
    }

    private static URL[] urls(String classPath) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    /**
     * A new folder that, put first on a class path, makes {@code mainClass} a class that runs the
     * real {@code mainClass} of {@code classPath} through {@link #runShadowed}, held until
     * {@code gate} exists.
     */
    static Path shadowFolder(String mainClass, String classPath, Path gate) throws IOException {
        Path folder = Files.createTempDirectory("grader-held-child");
        folder.toFile().deleteOnExit(); // the children may still be starting when the call returns: not before
        Properties settings = new Properties();
        settings.setProperty("gate", gate.toString());
        settings.setProperty("classPath", classPath);
        Path settingsFile = folder.resolve(SETTINGS);
        try (OutputStream out = Files.newOutputStream(settingsFile)) {
            settings.store(out, "written by grader.probe.Awaited for the child processes of one call");
        }
        settingsFile.toFile().deleteOnExit();
        Path classFile = folder.resolve(mainClass.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        List<Path> packages = new ArrayList<>();
        for (Path dir = classFile.getParent(); !dir.equals(folder); dir = dir.getParent()) {
            packages.add(0, dir);
        }
        packages.forEach(dir -> dir.toFile().deleteOnExit()); // deleted in reverse order: the deepest first
        Files.write(classFile, handingOver(mainClass));
        classFile.toFile().deleteOnExit();
        return folder;
    }

    /** {@code public final class MAIN { public static void main(String[] a) { HeldChild.runShadowed("MAIN", a); } }} */
    private static byte[] handingOver(String mainClass) {
        ClassWriter type = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        type.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                mainClass.replace('.', '/'), null, "java/lang/Object", null);
        MethodVisitor main = type.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
                MAIN.toMethodDescriptorString(), null, new String[] {"java/lang/Throwable"});
        main.visitCode();
        main.visitLdcInsn(mainClass);
        main.visitVarInsn(Opcodes.ALOAD, 0);
        main.visitMethodInsn(Opcodes.INVOKESTATIC, HeldChild.class.getName().replace('.', '/'), "runShadowed",
                "(Ljava/lang/String;[Ljava/lang/String;)V", false);
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        type.visitEnd();
        return type.toByteArray();
    }
}
