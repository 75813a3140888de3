package grader.timing;

import static grader.i18n.Messages.localized;

import grader.junit.Evidence;
import grader.timing.Measurement.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The calibrated speed-up assertion every exercise uses.
 *
 * <pre>{@code
 * Speedup.of(() -> ParallelSum.sum(0, n, 1, work),      // the submission with one worker
 *            () -> ParallelSum.sum(0, n, 4, work))      // the submission with four
 *        .parts(4)
 *        .hint("is join() inside the loop that starts the threads?",
 *              "¿está join() dentro del bucle que arranca los hilos?")
 *        .assertFaster();
 * }</pre>
 *
 * <p>Protocol: warm-up; rounds that alternate the order of the sequential run, the parallel run
 * and a calibration kernel known to be parallel, with as many threads and the same arithmetic as
 * the parallel run (see {@link CalibrationKernel}); best time of each; the verdict compares the
 * submission's speed-up with the calibration's in that same window (see {@link Measurement}).
 * Machines here are shared and noisy, so only ratios taken together are compared.
 *
 * <p>It fails only on evidence: in a steady window the calibration shows parallel speed and the
 * submission gains less than a quarter of it, twice. On one core, while the calibration shows no parallelism, or while
 * other work disturbs the timings, it retries within a small budget and then aborts as "not
 * measured": the scoreboard then gives its points if the exercise's concurrency proof passed.
 */
public final class Speedup {

    private static final int ROUNDS = 5;
    private static final int MAX_ATTEMPTS = 4;
    private static final int FAILURES_TO_FAIL = 2;
    private static final long BUDGET_NANOS = 25_000_000_000L;

    private final Runnable sequential;
    private final Runnable parallel;
    private int parts = 2;
    private String hintEn = "";
    private String hintEs = "";

    private Speedup(Runnable sequential, Runnable parallel) {
        this.sequential = sequential;
        this.parallel = parallel;
    }

    /** Compares the same job run sequentially and in parallel; both must compute the same thing. */
    public static Speedup of(Runnable sequential, Runnable parallel) {
        return new Speedup(sequential, parallel);
    }

    /**
     * How many threads the parallel run works on, one part of the work each: the calibration job
     * runs on as many, so that both get the same share of a busy machine.
     */
    public Speedup parts(int parts) {
        this.parts = parts;
        return this;
    }

    /** The likely cause to name when the parallel run is not faster. */
    public Speedup hint(String english, String spanish) {
        this.hintEn = english;
        this.hintEs = spanish;
        return this;
    }

    /** Passes, fails with the measured figures, or aborts as not measured. */
    public void assertFaster() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            notMeasured(localized("only %d core available, so no speed-up can be shown here",
                    "solo hay %d núcleo disponible, así que aquí no se puede mostrar aceleración", cores), List.of());
        }
        sequential.run(); // the first run also proves the job works before anything is timed
        parallel.run();
        CalibrationKernel calibration = new CalibrationKernel(parts);
        calibration.sizeTo(Clock.wallNanos(sequential));

        List<Measurement> attempts = new ArrayList<>();
        long start = System.nanoTime();
        int notFaster = 0;
        while (attempts.size() < MAX_ATTEMPTS && System.nanoTime() - start < BUDGET_NANOS) {
            Measurement m = measure(cores, calibration);
            attempts.add(m);
            if (m.verdict() == Verdict.FASTER) {
                publish(attempts, Verdict.FASTER);
                return;
            }
            if (m.verdict() == Verdict.NOT_FASTER && ++notFaster == FAILURES_TO_FAIL) {
                publish(attempts, Verdict.NOT_FASTER);
                throw new AssertionFailedError(notFasterMessage(m));
            }
        }
        notMeasured(whyNoVerdict(attempts.get(attempts.size() - 1), cores), attempts);
    }

    /** Why the last window gave no verdict, in the student's words. */
    private static String whyNoVerdict(Measurement m, int cores) {
        if (m.noisy()) {
            return localized("other work on this machine disturbed every measurement",
                    "otro trabajo en esta máquina perturbó todas las mediciones");
        }
        if (m.calibration() < Measurement.CONCLUSIVE_CALIBRATION) {
            return localized("this machine showed no parallel speed right now (calibration %.2f× on %d cores)",
                    "esta máquina no mostró velocidad en paralelo ahora mismo (calibración %.2f× con %d núcleos)",
                    m.calibration(), cores);
        }
        return localized("the parallel run was %.2f× as fast as the sequential one, neither clearly parallel "
                        + "(%.2f× expected beside a calibration of %.2f×) nor clearly sequential",
                "la ejecución en paralelo fue %.2f× más rápida que la secuencial, ni claramente paralela "
                        + "(se esperaba %.2f× junto a una calibración de %.2f×) ni claramente secuencial",
                m.speedup(), m.required(), m.calibration());
    }

    private Measurement measure(int cores, CalibrationKernel calibration) {
        long[] seq = new long[ROUNDS];
        long[] par = new long[ROUNDS];
        long[] calSeq = new long[ROUNDS];
        long[] calPar = new long[ROUNDS];
        double coresBusy = Double.NaN;
        long bestPar = Long.MAX_VALUE;
        calibration.runSequential(); // warm-up of this window
        calibration.runParallel();
        for (int round = 0; round < ROUNDS; round++) {
            boolean sequentialFirst = round % 2 == 0;
            if (sequentialFirst) {
                seq[round] = Clock.wallNanos(sequential);
                calSeq[round] = Clock.wallNanos(calibration::runSequential);
            }
            Clock.Timing parallelRun = Clock.time(parallel);
            par[round] = parallelRun.wallNanos();
            calPar[round] = Clock.wallNanos(calibration::runParallel);
            if (!sequentialFirst) {
                calSeq[round] = Clock.wallNanos(calibration::runSequential);
                seq[round] = Clock.wallNanos(sequential);
            }
            if (par[round] < bestPar) {
                bestPar = par[round];
                coresBusy = parallelRun.coresBusy();
            }
        }
        return new Measurement(cores, new Timings(seq), new Timings(par), coresBusy,
                new Timings(calSeq), new Timings(calPar));
    }

    private String notFasterMessage(Measurement m) {
        return localized(
                "the parallel run is not faster: sequential %.0f ms, parallel %.0f ms, speed-up %.2f× "
                        + "(at least %.2f× expected, since a known-parallel job reached %.2f× on this "
                        + "machine's %d cores in the same moment). Your parallel run kept %.1f cores busy "
                        + "on average. %s",
                "la ejecución en paralelo no es más rápida: secuencial %.0f ms, paralela %.0f ms, "
                        + "aceleración %.2f× (se esperaba al menos %.2f×, porque un trabajo paralelo de "
                        + "referencia alcanzó %.2f× con los %d núcleos de esta máquina en el mismo momento). "
                        + "Tu ejecución paralela mantuvo ocupados %.1f núcleos de media. %s",
                m.sequential().best() / 1e6, m.parallel().best() / 1e6, m.speedup(), m.required(),
                m.calibration(), m.cores(), m.coresBusy(), localized(hintEn, hintEs));
    }

    private static void notMeasured(String why, List<Measurement> attempts) {
        publish(attempts, Verdict.INCONCLUSIVE);
        throw new TestAbortedException(localized(
                "speed-up not measured: %s. The concurrency proof decides these points.",
                "aceleración no medida: %s. La prueba de concurrencia decide estos puntos.", why));
    }

    private static void publish(List<Measurement> attempts, Verdict verdict) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("verdict", verdict.name());
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        if (!attempts.isEmpty()) {
            figures.putAll(figuresOf(attempts.get(attempts.size() - 1)));
        }
        figures.put("attempts", attempts.size());
        figures.put("windows", attempts.stream().map(Speedup::figuresOf).toList());
        Evidence.publish("speedup", figures);
    }

    private static Map<String, Object> figuresOf(Measurement m) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("window", m.verdict().name());
        figures.put("sequentialMillis", m.sequential().best() / 1e6);
        figures.put("parallelMillis", m.parallel().best() / 1e6);
        figures.put("speedup", m.speedup());
        figures.put("required", m.required());
        figures.put("sequentialBelow", m.sequentialBelow());
        figures.put("calibration", m.calibration());
        figures.put("coresBusy", Double.isNaN(m.coresBusy()) ? null : m.coresBusy());
        figures.put("noisy", m.noisy());
        return figures;
    }
}
