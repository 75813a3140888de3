package ex07;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.Graded;
import grader.probe.Awaited;
import grader.probe.ChildProcesses;
import grader.property.Theories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part (b): two stages as child JVMs, the parent relaying between them. Every call runs under a
 * deadline that names the threads blocked on pipes, and no child may outlive it.
 */
class ProcessPipelineTest {

    /** Starting two child JVMs takes a fraction of a second; a deadlock takes forever. */
    private static final Duration EACH_RUN = Duration.ofSeconds(20);

    private static final ChildCommand SQUARE = ChildCommand.java(StageProgram.class, "square");
    private static final ChildCommand ADD_TEN = ChildCommand.java(StageProgram.class, "add", "10");
    private static final String WAIT_FOR_EVERY_CHILD_EN = "Does run() wait for both children (waitFor()) and check "
            + "their exit status before it returns?";
    private static final String WAIT_FOR_EVERY_CHILD_ES = "¿Espera run() a los dos hijos (waitFor()) y comprueba su "
            + "estado de salida antes de volver?";

    @Graded(points = 3, deadlineSeconds = 90,
            en = "as two child processes, the stages compute x*x + 10 for every number, in order",
            es = "como dos procesos hijos, las etapas calculan x*x + 10 para cada número, en orden")
    void computesBothStagesInOrder() throws Throwable {
        Random random = new Random(Theories.SEED);
        for (List<Long> input : List.of(List.<Long>of(), List.of(-7L),
                random.longs(1_000, -3_000_000_000L, 3_000_000_000L).boxed().collect(Collectors.toList()))) {
            List<Long> output = run(SQUARE, ADD_TEN, input);

            Numbers.assertSameInOrder(Numbers.squarePlusTen(input), output);
        }
    }

    @Graded(points = 3, deadlineSeconds = 60,
            en = "more than 4 MiB go through both child processes without a deadlock",
            es = "más de 4 MiB pasan por los dos procesos hijos sin interbloqueo")
    void movesFourMebibytesWithoutDeadlock() throws Throwable {
        // 250,000 ten-digit numbers in (2.75 MB), their squares between the children and out (5 MB each
        // way): far more than a pipe holds, so a parent that writes everything before it reads hangs.
        List<Long> input = Numbers.tenDigit(250_000);

        List<Long> output = run(SQUARE, ADD_TEN, input);

        Numbers.assertSameInOrder(Numbers.squarePlusTen(input), output);
    }

    @Graded(points = 2, deadlineSeconds = 60,
            en = "children that write 1 MiB to their standard error are not blocked by it",
            es = "los hijos que escriben 1 MiB en su salida de error no se bloquean por ello")
    void childrenFloodingTheirStandardErrorAreNotBlocked() throws Throwable {
        ChildCommand noisy = ChildCommand.java(NoisyChild.class);
        List<Long> input = LongStream.range(0, 1_000).boxed().collect(Collectors.toList());

        List<Long> output = run(noisy, noisy, input);

        assertThat(output)
                .as(localized("what two children that copy their input produced, each after writing %d bytes to "
                                + "its standard error: is somebody reading every child's standard error?",
                        "lo que produjeron dos hijos que copian su entrada, cada uno tras escribir %d bytes en su "
                                + "salida de error: ¿lee alguien la salida de error de cada hijo?",
                        NoisyChild.STDERR_BYTES))
                .containsExactlyElementsOf(input);
    }

    @Graded(points = 2, deadlineSeconds = 60,
            en = "each stage is a process of its own, and it ends because the parent closed its input",
            es = "cada etapa es un proceso propio, y termina porque el padre cerró su entrada")
    void eachStageIsAProcessThatEndsWithItsInput(@TempDir Path reports) throws Throwable {
        Path firstReport = reports.resolve("first");
        Path secondReport = reports.resolve("second");
        List<Long> output = run(ChildCommand.java(ReportingChild.class, firstReport.toString()),
                ChildCommand.java(ReportingChild.class, secondReport.toString()), List.of(1L, 2L, 3L));

        assertThat(output)
                .as(localized("two children that copy their input must give back 1, 2, 3",
                        "dos hijos que copian su entrada deben devolver 1, 2, 3"))
                .containsExactly(1L, 2L, 3L);
        long self = ProcessHandle.current().pid();
        long firstPid = endOfInputReport(firstReport, localized("the first stage", "la primera etapa"));
        long secondPid = endOfInputReport(secondReport, localized("the second stage", "la segunda etapa"));
        assertThat(List.of(firstPid, secondPid))
                .as(localized("process ids of the two stages, which must differ from each other and from this JVM's "
                                + "(%d): each stage is a child process started with ProcessBuilder",
                        "identificadores de proceso de las dos etapas, que deben diferir entre sí y del de esta JVM "
                                + "(%d): cada etapa es un proceso hijo arrancado con ProcessBuilder", self))
                .doesNotContain(self)
                .doesNotHaveDuplicates();
    }

    @Graded(points = 2, deadlineSeconds = 60,
            en = "a child that exits with an error makes the call throw with the end of that child's standard error",
            es = "un hijo que termina con error hace que la llamada lance una excepción con el final de su salida de error")
    void aFailingChildMakesTheCallThrowWithItsStandardError() throws Throwable {
        Throwable thrown = runExpectingFailure(ChildCommand.java(FailingChild.class, "0"), ADD_TEN, List.of(1L, 2L, 3L));

        assertThat(thrown)
                .as(localized("what the call threw when the first stage exited with status %d; what it threw: %s",
                        "lo que lanzó la llamada cuando la primera etapa terminó con estado %d; lo que lanzó: %s",
                        FailingChild.STATUS, thrown))
                .isInstanceOf(ChildFailedException.class);
        ChildFailedException failure = (ChildFailedException) thrown;
        assertThat(failure.exitStatus()).as(localized("the exit status it reports", "el estado de salida que informa"))
                .isEqualTo(FailingChild.STATUS);
        assertThat(failure.standardErrorTail())
                .as(localized("the exception must carry the end of the failing child's standard error, whose last "
                                + "line explains the failure, and only its end: does a thread read each child's "
                                + "standard error into a TailBuffer while the child runs?",
                        "la excepción debe llevar el final de la salida de error del hijo que falló, cuya última "
                                + "línea explica el fallo, y solo su final: ¿lee un hilo la salida de error de cada "
                                + "hijo en un TailBuffer mientras el hijo se ejecuta?"))
                .contains(FailingChild.LAST_WORDS)
                .doesNotContain(FailingChild.FIRST_WORDS);
    }

    @Graded(points = 2, deadlineSeconds = 60,
            en = "no child process is left alive after the call, even when a stage fails halfway",
            es = "no queda ningún proceso hijo vivo después de la llamada, aunque una etapa falle a mitad")
    void noChildIsLeftAliveWhenAStageFailsHalfway() throws Throwable {
        // The second stage gives up after 10 numbers, while the first still has thousands to square:
        // nobody will read the first child's output any more, so it blocks unless it is destroyed.
        List<Long> input = LongStream.range(0, 100_000).boxed().collect(Collectors.toList());

        Throwable thrown = runExpectingFailure(SQUARE, ChildCommand.java(FailingChild.class, "10"), input);

        assertThat(thrown)
                .as(localized("what the call threw when the second stage exited with status %d halfway: %s",
                        "lo que lanzó la llamada cuando la segunda etapa terminó con estado %d a mitad: %s",
                        FailingChild.STATUS, thrown))
                .isInstanceOf(ChildFailedException.class);
    }

    /**
     * Runs the pipeline of these two stages under its deadline, each child held before it exits
     * until the call waits for it; fails if the call did not wait, or a child outlives the call.
     */
    private static List<Long> run(ChildCommand first, ChildCommand second, List<Long> input) throws Throwable {
        return ChildProcesses.runWithin(EACH_RUN, () -> {
            Awaited awaited = Awaited.byThisThread();
            List<Long> output = new ProcessPipeline(held(awaited, first), held(awaited, second)).run(input);
            awaited.assertWaitedFor(WAIT_FOR_EVERY_CHILD_EN, WAIT_FOR_EVERY_CHILD_ES);
            return output;
        });
    }

    /** The same as {@link #run}, for a pipeline that must fail: returns what it threw. */
    private static Throwable runExpectingFailure(ChildCommand first, ChildCommand second, List<Long> input)
            throws Throwable {
        return ChildProcesses.runWithin(EACH_RUN, () -> {
            Awaited awaited = Awaited.byThisThread();
            ProcessPipeline pipeline = new ProcessPipeline(held(awaited, first), held(awaited, second));
            Throwable thrown = catchThrowable(() -> pipeline.run(input));
            awaited.assertWaitedFor(WAIT_FOR_EVERY_CHILD_EN, WAIT_FOR_EVERY_CHILD_ES);
            return thrown;
        });
    }

    private static ChildCommand held(Awaited awaited, ChildCommand command) {
        return new ChildCommand(command.name(), awaited.held(command.command()));
    }

    private static long endOfInputReport(Path report, String stage) throws Exception {
        assertThat(report)
                .as(localized("%s never saw the end of its input: the parent must close a child's standard input "
                                + "once it has written everything (destroying the child is not ending its input)",
                        "%s nunca vio el fin de su entrada: el padre debe cerrar la entrada estándar de un hijo "
                                + "cuando ha escrito todo (destruir al hijo no es terminar su entrada)", stage))
                .exists();
        return Long.parseLong(Files.readString(report).strip());
    }
}
