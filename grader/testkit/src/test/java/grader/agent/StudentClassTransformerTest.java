package grader.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import grader.guard.RunawayThreads;
import grader.guard.StoppedThreadError;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StudentClassTransformerTest {

    /** A loop that ignores interrupts, as a student writes it. */
    public static final class Spinner {
        public static long spin() {
            long turns = 0;
            while (turns >= 0) {
                turns++;
                Thread.interrupted();
            }
            return turns;
        }
    }

    private final Path studentClasses = Path.of("target/test-classes").toAbsolutePath();

    @AfterEach
    void forgetTheStudentClasses() {
        System.clearProperty("grader.studentClasses");
    }

    @Test
    void onlyTheStudentsClassesAreChanged() throws Exception {
        System.setProperty("grader.studentClasses", studentClasses.toString());

        assertThat(new StudentClassTransformer().transform(null, "x/Other", null,
                domainAt(Path.of("elsewhere").toAbsolutePath()), bytesOf(Spinner.class))).isNull();
        assertThat(new StudentClassTransformer().transform(null, "x/Spinner", null,
                domainAt(studentClasses), bytesOf(Spinner.class))).isNotNull();
    }

    @Test
    void aStoppedThreadLeavesTheLoopAtItsNextIteration() throws Exception {
        System.setProperty("grader.studentClasses", studentClasses.toString());
        byte[] changed = new StudentClassTransformer().transform(null, "x/Spinner", null, domainAt(studentClasses),
                bytesOf(Spinner.class));
        Method spin = new SingleClassLoader(Spinner.class.getName(), changed).loadClass(Spinner.class.getName())
                .getMethod("spin");
        Thread[] spinner = new Thread[1];
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        spinner[0] = new Thread(() -> {
            try {
                spin.invoke(null);
            } catch (ReflectiveOperationException e) {
                ended.complete(e.getCause());
            }
        });
        spinner[0].setDaemon(true);
        spinner[0].start();
        Thread.sleep(100);

        RunawayThreads.stop(spinner[0]);

        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(StoppedThreadError.class);
    }

    @Test
    void aThreadThatWasNotStoppedPassesTheCheck() {
        RunawayThreads.stop(new Thread(() -> { }));

        assertThatCode(RunawayThreads::check).doesNotThrowAnyException();
    }

    private static ProtectionDomain domainAt(Path folder) throws IOException {
        URL location = folder.toUri().toURL();
        return new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null);
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Loads one class from the given bytes, everything else from its parent. */
    private static final class SingleClassLoader extends ClassLoader {

        private final String name;
        private final byte[] bytes;

        SingleClassLoader(String name, byte[] bytes) {
            super(StudentClassTransformerTest.class.getClassLoader());
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (className.equals(name)) {
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
                }
            }
            return super.loadClass(className, resolve);
        }
    }
}
