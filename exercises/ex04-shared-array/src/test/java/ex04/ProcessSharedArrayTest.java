package ex04;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.probe.Awaited;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.io.TempDir;

/** Part (b): child processes transform one array in a file that each of them maps into memory. */
class ProcessSharedArrayTest {

    private static final IntUnaryOperator SQUARE = x -> x * x;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** 50 000² does not fit in an int, so Math.multiplyExact throws. */
    private static final int TOO_LARGE_TO_SQUARE = 50_000;
    private static final int MIDDLE_CHILD = 1;
    private static final int LAST_CHILD = 2;
    private static final String WAIT_FOR_EVERY_CHILD_EN = "Does squareInPlace wait for every child (waitFor()) before "
            + "it reads the array back?";
    private static final String WAIT_FOR_EVERY_CHILD_ES = "¿Espera squareInPlace a cada hijo (waitFor()) antes de leer "
            + "el arreglo de vuelta?";

    @TempDir
    Path folder;

    @Graded(points = 2,
            en = "child processes square every element exactly once, in place, for any size and number of children",
            es = "los procesos hijos elevan al cuadrado cada elemento exactamente una vez, en su sitio, para cualquier tamaño y número de hijos")
    void squaresEveryElementOnceInPlace() throws Exception {
        int[][] cases = {{0, 2}, {3, 4}, {1_001, 3}, {10, 1}, {7, 2}}; // {length, children}
        for (int[] c : cases) {
            int[] values = ArrayCases.ascending(c[0]);

            squareInPlaceWaitedFor(values, c[1], folder.resolve("shared-" + c[0]));

            ArrayCases.assertAppliedOnce(ArrayCases.ascending(c[0]), values, SQUARE,
                    localized("%d child processes", "%d procesos hijos", c[1]));
        }
    }

    @Graded(points = 2,
            en = "each slice is written by a child process of its own, not by the test's JVM: each child records its pid in the shared file",
            es = "cada porción la escribe un proceso hijo distinto, no la JVM de la prueba: cada hijo registra su pid en el archivo compartido")
    void eachSliceIsWrittenByAChildOfItsOwn() throws Exception {
        int children = 3;
        Path shared = folder.resolve("shared");

        squareInPlaceWaitedFor(ArrayCases.ascending(9), children, shared);

        List<Long> writers = writersRecordedIn(shared, children);
        assertThat(writers)
                .as(localized("pids recorded in the shared file by the %d children (0: none recorded; does each "
                                + "child call recordWriter with ProcessHandle.current().pid()?)",
                        "pids registrados en el archivo compartido por los %d hijos (0: ninguno registrado; ¿llama "
                                + "cada hijo a recordWriter con ProcessHandle.current().pid()?)", children))
                .doesNotContain(0L)
                .doesNotHaveDuplicates()
                .as(localized("pids recorded in the shared file: the test's own JVM has pid %d and must not do "
                                + "the children's work",
                        "pids registrados en el archivo compartido: la JVM de la prueba tiene el pid %d y no debe "
                                + "hacer el trabajo de los hijos", ProcessHandle.current().pid()))
                .doesNotContain(ProcessHandle.current().pid());
    }

    @Graded(points = 2,
            en = "a child that fails makes the call throw, with what the child printed on its standard error",
            es = "un hijo que falla hace que la llamada lance una excepción, con lo que el hijo escribió en su salida de error")
    void aFailingChildMakesTheCallThrowWithItsStandardError() throws Exception {
        Awaited awaited = Awaited.byThisThread();
        Throwable[] caught = new Throwable[1];
        awaited.holdingChildrenOf(SquaringChild.class,
                () -> caught[0] = catchThrowable(() -> squareWithOneTooLarge(folder.resolve("shared"), LAST_CHILD)));
        awaited.assertWaitedFor(WAIT_FOR_EVERY_CHILD_EN, WAIT_FOR_EVERY_CHILD_ES);
        Throwable thrown = caught[0];

        assertThat(thrown)
                .as(localized("what squareInPlace threw when the child that squares %d failed (Math.multiplyExact "
                                + "throws ArithmeticException: integer overflow). Does the child use "
                                + "Math.multiplyExact, and does the parent check each child's exit status?",
                        "lo que lanzó squareInPlace cuando falló el hijo que eleva %d al cuadrado "
                                + "(Math.multiplyExact lanza ArithmeticException: integer overflow). ¿Usa el hijo "
                                + "Math.multiplyExact, y comprueba el padre el estado de salida de cada hijo?",
                        TOO_LARGE_TO_SQUARE))
                .isNotNull();
        assertThat(thrown.getMessage())
                .as(localized("the exception's message must include what the failed child wrote on its standard "
                                + "error: redirect each child's standard error to a file and put the file's text in "
                                + "the message",
                        "el mensaje de la excepción debe incluir lo que el hijo que falló escribió en su salida de "
                                + "error: redirige la salida de error de cada hijo a un archivo y pon el texto del "
                                + "archivo en el mensaje"))
                .contains("integer overflow");
    }

    @Graded(points = 2,
            en = "no child process is left alive after the call: after a success, a failing child, or a timeout",
            es = "no queda ningún proceso hijo vivo tras la llamada: tras un éxito, un hijo que falla o un tiempo agotado")
    void leavesNoChildProcessAlive() throws IOException, InterruptedException {
        ProcessSharedArray.squareInPlace(ArrayCases.ascending(30), 3, folder.resolve("success"), TIMEOUT);
        assertNoChildAlive("after a success", "tras un éxito");

        catchThrowable(() -> squareWithOneTooLarge(folder.resolve("failure"), MIDDLE_CHILD));
        assertNoChildAlive("after a child failed", "tras fallar un hijo");

        Throwable thrown = catchThrowable(() -> ProcessSharedArray.squareInPlace(ArrayCases.ascending(30), 3,
                folder.resolve("timeout"), Duration.ofMillis(1)));
        assertThat(thrown)
                .as(localized("what squareInPlace threw with a timeout of 1 ms, in which no JVM can even start",
                        "lo que lanzó squareInPlace con un tiempo límite de 1 ms, en el que ninguna JVM llega a arrancar"))
                .isInstanceOf(IllegalStateException.class);
        assertNoChildAlive("after a timeout", "tras agotarse el tiempo");
    }

    /**
     * Squares through children held before they start until squareInPlace waits for them, and
     * fails if it returned while one was still running.
     */
    private static void squareInPlaceWaitedFor(int[] values, int children, Path shared) throws Exception {
        Awaited awaited = Awaited.byThisThread();
        awaited.holdingChildrenOf(SquaringChild.class,
                () -> ProcessSharedArray.squareInPlace(values, children, shared, TIMEOUT));
        awaited.assertWaitedFor(WAIT_FOR_EVERY_CHILD_EN, WAIT_FOR_EVERY_CHILD_ES);
    }

    /**
     * Three children, three numbers each; child {@code failing} meets a number whose square does
     * not fit in an int. The last one: a call that waits for its children in order has waited for
     * the others when it meets the failure, so whether they are still running never depends on how
     * fast they end. The middle one: the child after it may still be running then.
     */
    private static void squareWithOneTooLarge(Path shared, int failing) throws IOException, InterruptedException {
        int[] values = ArrayCases.ascending(9);
        values[3 * failing + 1] = TOO_LARGE_TO_SQUARE;
        ProcessSharedArray.squareInPlace(values, 3, shared, TIMEOUT);
    }

    /** The pid slots at the start of the shared file, read as the statement lays them out. */
    private static List<Long> writersRecordedIn(Path shared, int children) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(shared));
        List<Long> writers = new ArrayList<>();
        for (int k = 0; k < children; k++) {
            writers.add(bytes.getLong(8 * k));
        }
        return writers;
    }

    private static void assertNoChildAlive(String whenEn, String whenEs) {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid))
                .as(localized("child processes still alive %s: in a finally block, destroyForcibly() and "
                                + "waitFor() every child that has not ended",
                        "procesos hijos aún vivos %s: en un bloque finally, destroyForcibly() y waitFor() de cada "
                                + "hijo que no haya terminado", localized(whenEn, whenEs)))
                .isEmpty();
    }
}
