package grader.scoreboard;

import grader.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Why a test JVM ended in the middle of a test, from what it left behind.
 *
 * <p>With the grader's agent the submission cannot end its JVM ({@code System.exit} and
 * {@code halt} are blocked) and a JVM that runs out of time records that itself, so a test whose
 * last record says it started was killed from outside or crashed. Surefire's reports say nothing
 * more: for a fork that dies it writes no XML report and no dump file (checked with Surefire
 * 3.5), only the exit code on the console. A crash of the JVM itself leaves an
 * {@code hs_err_pid*.log} in the module's folder, which is named when present.
 */
final class JvmDeath {

    private JvmDeath() {
    }

    /** The reason, in a sentence, for the test that was running. */
    static String whileRunning(ExerciseModule module, Lang lang) throws IOException {
        Optional<Path> crashLog = newestCrashLog(module.dir());
        if (crashLog.isPresent()) {
            return String.format(lang.pick("the test JVM crashed while this test ran (a fatal error of the JVM: see %s)",
                            "la JVM de pruebas falló mientras se ejecutaba esta prueba (un error fatal de la JVM: mira %s)"),
                    crashLog.get().getFileName());
        }
        return lang.pick("the test JVM ended abruptly while this test ran: something killed it from outside (a "
                        + "signal, or the operating system when memory ran out), so the tests after it in its class "
                        + "did not run either",
                "la JVM de pruebas terminó de golpe mientras se ejecutaba esta prueba: algo la mató desde fuera (una "
                        + "señal, o el sistema operativo al quedarse sin memoria), así que las pruebas siguientes de "
                        + "su clase tampoco se ejecutaron");
    }

    /** The reason, in a sentence, for a test of the same class that never started. */
    static String before(String testName, Lang lang) {
        return String.format(lang.pick("did not run: the test JVM of its class ended during «%s»",
                "no se ejecutó: la JVM de pruebas de su clase terminó durante «%s»"), testName);
    }

    private static Optional<Path> newestCrashLog(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("hs_err_pid\\d+\\.log"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        }
    }
}
