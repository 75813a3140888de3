package ex08;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;
import grader.race.Interleavings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/** That transfers between different accounts do not wait for each other: proved without a clock. */
class BankConcurrencyTest {

    /**
     * An account whose withdrawal waits at a rendezvous: the bank withdraws while it holds the
     * transfer's locks, so two transfers meet there only if they hold their locks at the same time.
     */
    private static final class MeetingAccount extends Account {
        private final Rendezvous rendezvous;

        MeetingAccount(int number, long balance, Rendezvous rendezvous) {
            super(number, balance);
            this.rendezvous = rendezvous;
        }

        @Override
        public void withdraw(long amount) {
            rendezvous.arrive();
            super.withdraw(amount);
        }
    }

    @Graded(points = 3, role = Role.CONCURRENCY_PROOF,
            en = "two transfers between four different accounts are in progress at the same time",
            es = "dos transferencias entre cuatro cuentas distintas están en curso a la vez")
    void transfersOnDifferentAccountsRunAtTheSameTime() {
        Rendezvous rendezvous = new Rendezvous(2);
        Bank bank = new Bank(IntStream.range(0, 4)
                .<Account>mapToObj(number -> new MeetingAccount(number, 100, rendezvous)).toList());

        Interleavings.runTogether(() -> bank.transfer(0, 1, 10), () -> bank.transfer(3, 2, 10));

        rendezvous.assertAllMet(Thread.currentThread(),
                "Does transfer() take one lock for the whole bank (synchronized on the bank or on a single lock "
                        + "object)? Then a transfer waits for every other one. Lock only the two accounts it changes.",
                "¿Toma transfer() un cerrojo para todo el banco (synchronized sobre el banco o sobre un único objeto "
                        + "cerrojo)? Entonces cada transferencia espera a todas las demás. Bloquea solo las dos cuentas "
                        + "que cambia.");
        assertThat(List.of(bank.balance(0), bank.balance(1), bank.balance(2), bank.balance(3)))
                .as(localized("balances after 0 → 1 and 3 → 2 of 10 each, from 100 each",
                        "saldos tras 0 → 1 y 3 → 2 de 10 cada una, desde 100 cada una"))
                .containsExactly(90L, 110L, 110L, 90L);
    }

    @Graded(points = 1,
            en = "a transfer waits while another thread holds the lock of either of its two accounts, in both directions",
            es = "una transferencia espera mientras otro hilo tiene el cerrojo de cualquiera de sus dos cuentas, en ambos sentidos")
    void aTransferWaitsForTheLocksOfBothItsAccounts() throws InterruptedException {
        for (int[] fromTo : new int[][] {{0, 1}, {1, 0}}) {
            for (int held : fromTo) {
                assertWaitsForTheLockOf(held, fromTo[0], fromTo[1]);
            }
        }
    }

    /**
     * Holds the lock of account {@code held} while a transfer from {@code from} to {@code to} runs:
     * the transfer must block on that very lock, and move the money only once it is free.
     */
    private static void assertWaitsForTheLockOf(int held, int from, int to) throws InterruptedException {
        List<Account> accounts = List.of(new Account(0, 100), new Account(1, 100));
        Bank bank = new Bank(accounts);
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        Thread transfer = new Thread(() -> {
            try {
                bank.transfer(from, to, 10);
            } catch (RuntimeException e) {
                thrown.set(e); // rethrown below: the transfer's own failure (a TODO, too) is the verdict
            }
        }, "transfer " + from + " to " + to);
        synchronized (accounts.get(held)) {
            transfer.start();
            while (transfer.isAlive() && !blockedOn(transfer, accounts.get(held))) {
                Thread.onSpinWait(); // a right transfer blocks on this lock at once; @Graded's deadline ends a hang
            }
            rethrowIfSet(thrown);
            assertThat(transfer.isAlive())
                    .as(localized("the transfer from %d to %d did not wait for the lock of account %d, which this test "
                                    + "held: transfer() must hold the locks of both its accounts, each with "
                                    + "synchronized (account), while it checks and moves the money",
                            "la transferencia de %d a %d no esperó al cerrojo de la cuenta %d, que tenía esta prueba: "
                                    + "transfer() debe tener los cerrojos de sus dos cuentas, cada uno con "
                                    + "synchronized (cuenta), mientras comprueba y mueve el dinero", from, to, held))
                    .isTrue();
        }
        transfer.join();
        rethrowIfSet(thrown);
        assertThat(List.of(accounts.get(from).balance(), accounts.get(to).balance()))
                .as(localized("balances of accounts %d and %d after a transfer of 10 between them, from 100 each, once "
                                + "the lock was free", "saldos de las cuentas %d y %d tras transferir 10 entre ellas, "
                                + "desde 100 cada una, una vez libre el cerrojo", from, to))
                .containsExactly(90L, 110L);
    }

    private static void rethrowIfSet(AtomicReference<RuntimeException> thrown) {
        if (thrown.get() != null) {
            throw thrown.get();
        }
    }

    /** Whether {@code thread} is blocked entering the monitor of {@code lock}. */
    private static boolean blockedOn(Thread thread, Object lock) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId());
        return info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockInfo() != null
                && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(lock);
    }
}
