package {{package}};

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;

/** That the work is concurrent: every worker is in progress at the same time, shown without a clock. */
class {{Class}}ConcurrencyTest {

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "all workers are in progress at the same time, each on a thread of its own",
            es = "todos los trabajadores están en curso a la vez, cada uno en su propio hilo")
    void runsAllWorkersAtTheSameTime() {
        int workers = 4;
        Rendezvous rendezvous = new Rendezvous(workers);

        long count = {{Class}}.count(0, 4_000, workers, i -> {
            rendezvous.arrive(); // the hook in the code under test where the rendezvous waits
            return i % 3 == 0;
        });

        rendezvous.assertAllMet(Thread.currentThread(),
                "Does the code wait for each task before it hands out the next one?",
                "¿Espera el código a cada tarea antes de entregar la siguiente?");
        assertThat(rendezvous.threads())
                .as(localized("threads that ran the work", "hilos que ejecutaron el trabajo"))
                .hasSize(workers);
        assertThat(count).isEqualTo(1_334);
    }
}
