package ex08;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.probe.Deadline;
import grader.race.Interleavings;
import java.time.Duration;

/**
 * The two dangers of locking two accounts, looked for in every interleaving of a few threads: a
 * deadlock between opposite transfers, the lecture's "abrazo de la muerte", and a total that sees
 * a transfer halfway. A stress run finds the deadlock only now and then; the model checker finds
 * it every time and shows the student the interleaving that leads to it.
 */
class BankInterleavingTest {

    /** The bank the scenario's threads share: a field, so the model checker sees every access. */
    private static Bank shared;
    /** What the observing thread's total() returned. */
    private static long observedTotal;

    /** Long enough for 40,000 transfers on the slowest machine; a deadlock never ends. */
    private static final Duration STRESS_RUN = Duration.ofSeconds(10);
    private static final int STRESS_TRANSFERS = 10_000;

    @Graded(points = 4, deadlineSeconds = 120,
            en = "two opposite transfers at the same time never deadlock, in any interleaving, and move the money",
            es = "dos transferencias opuestas a la vez nunca se interbloquean, en ningún entrelazado, y mueven el dinero")
    void oppositeTransfersNeverDeadlock() throws Throwable {
        Interleavings.of(() -> {
                    shared = Bank.withBalances(100, 100);
                    Interleavings.runTogether(() -> shared.transfer(0, 1, 30), () -> shared.transfer(1, 0, 20));
                    long first = shared.balance(0);
                    long second = shared.balance(1);
                    if (first != 90 || second != 110) {
                        throw new AssertionError("balances after the two transfers: " + first + " and " + second);
                    }
                })
                .hint("If each transfer takes the lock of its own source account first, each can hold one lock "
                                + "and wait for the other's forever: a deadlock. Take the two locks in the same order "
                                + "in every transfer, the lower account number first.",
                        "Si cada transferencia toma primero el cerrojo de su propia cuenta de origen, cada una puede "
                                + "tener un cerrojo y esperar el de la otra para siempre: un interbloqueo. Toma los dos "
                                + "cerrojos en el mismo orden en toda transferencia, primero el número de cuenta menor.")
                .assertAlwaysHolds(
                        "a transfer of 30 from account 0 to 1 and one of 20 from 1 to 0, at the same time, both end "
                                + "and leave 90 and 110",
                        "una transferencia de 30 de la cuenta 0 a la 1 y una de 20 de la 1 a la 0, a la vez, terminan "
                                + "las dos y dejan 90 y 110");

        Bank bank = Bank.withBalances(1_000, 1_000);
        Deadline.run(STRESS_RUN, () -> {
            Interleavings.runTogether(() -> transferMany(bank, 0, 1), () -> transferMany(bank, 1, 0),
                    () -> transferMany(bank, 0, 1), () -> transferMany(bank, 1, 0));
            return null;
        });
        assertThat(bank.total())
                .as(localized("total after %d transfers each way between two accounts of 1,000",
                        "total tras %d transferencias en cada sentido entre dos cuentas de 1.000", 2 * STRESS_TRANSFERS))
                .isEqualTo(2_000);
    }

    private static void transferMany(Bank bank, int from, int to) {
        for (int i = 0; i < STRESS_TRANSFERS; i++) {
            bank.transfer(from, to, 1);
        }
    }

    @Graded(points = 2, deadlineSeconds = 120,
            en = "three transfers in a cycle, 0 to 1, 1 to 2 and 2 to 0, at the same time neither deadlock nor lose money, in any interleaving",
            es = "tres transferencias en ciclo, de 0 a 1, de 1 a 2 y de 2 a 0, a la vez ni se interbloquean ni pierden dinero, en ningún entrelazado")
    void transfersInACycleNeitherDeadlockNorLoseMoney() {
        // Each account is the source of one transfer and the target of another: a transfer that
        // holds the lock of only one of its accounts changes the other one while a second transfer
        // holding that account's lock changes it too, and one of the two changes is lost.
        Interleavings.of(() -> {
                    shared = Bank.withBalances(100, 100, 100);
                    Interleavings.runTogether(() -> shared.transfer(0, 1, 10), () -> shared.transfer(1, 2, 20),
                            () -> shared.transfer(2, 0, 30));
                    long first = shared.balance(0);
                    long second = shared.balance(1);
                    long third = shared.balance(2);
                    if (first != 120 || second != 90 || third != 90) {
                        throw new AssertionError("balances after the three transfers: " + first + ", " + second
                                + " and " + third);
                    }
                })
                .hint("A transfer changed an account whose lock it did not hold, while another transfer changed it "
                                + "too, or the transfers waited for each other's locks in a circle. Does every transfer "
                                + "hold the locks of both its accounts, taken in the same order, the lower account "
                                + "number first?",
                        "Una transferencia cambió una cuenta cuyo cerrojo no tenía mientras otra transferencia también "
                                + "la cambiaba, o las transferencias esperaron en círculo por los cerrojos de las otras. "
                                + "¿Tiene cada transferencia los cerrojos de sus dos cuentas, tomados en el mismo orden, "
                                + "primero el número de cuenta menor?")
                .assertAlwaysHolds(
                        "transfers of 10 from account 0 to 1, of 20 from 1 to 2 and of 30 from 2 to 0, at the same "
                                + "time, all end and leave 120, 90 and 90",
                        "transferencias de 10 de la cuenta 0 a la 1, de 20 de la 1 a la 2 y de 30 de la 2 a la 0, a "
                                + "la vez, terminan todas y dejan 120, 90 y 90");
    }

    @Graded(points = 3, deadlineSeconds = 120,
            en = "total() is the same in every state another thread can observe, even while money moves",
            es = "total() es el mismo en todo estado que otro hilo puede observar, incluso mientras se mueve dinero")
    void everyObservedTotalIsTheSame() {
        Interleavings.of(() -> {
                    shared = Bank.withBalances(100, 100);
                    observedTotal = 0;
                    Interleavings.runTogether(() -> shared.transfer(1, 0, 30), () -> observedTotal = shared.total());
                    if (observedTotal != 200) {
                        throw new AssertionError("total() while 30 moved from account 1 to 0: " + observedTotal);
                    }
                })
                .hint("Either total() saw one account before the transfer and the other after it, or total() and "
                                + "the transfer each held a lock that the other waited for. Does total() hold the "
                                + "locks of all the accounts at the same time, taken in the same order as every "
                                + "transfer takes them, the lower account number first?",
                        "O bien total() vio una cuenta antes de la transferencia y la otra después, o bien total() "
                                + "y la transferencia tenían cada uno un cerrojo que el otro esperaba. ¿Mantiene "
                                + "total() los cerrojos de todas las cuentas a la vez, tomados en el mismo orden en "
                                + "que los toma toda transferencia, primero el número de cuenta menor?")
                .assertAlwaysHolds(
                        "a total() taken while a transfer moves 30 between two accounts of 100 is 200",
                        "un total() tomado mientras una transferencia mueve 30 entre dos cuentas de 100 es 200");
    }
}
