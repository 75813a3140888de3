package ex08;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import grader.Graded;
import grader.Role;
import grader.probe.Rendezvous;
import grader.race.Interleavings;
import java.util.List;
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
}
