package ex08;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import grader.Graded;
import grader.property.Theories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/** The bank's answers on one thread: the same as a plain array of balances, and bad input rejected. */
class BankTest {

    private static final int ACCOUNTS = 4;

    /** One transfer the property makes: between two different accounts, of a positive amount. */
    private record Transfer(int from, int to, long amount) {
    }

    private static Gen<Transfer> transfers() {
        return integers().between(0, ACCOUNTS - 1).zip(integers().between(1, ACCOUNTS - 1), longs().between(1, 60),
                (from, offset, amount) -> new Transfer(from, (from + offset) % ACCOUNTS, amount));
    }

    @Graded(points = 3,
            en = "transfers leave the same balances as a plain model, and those without the money are refused",
            es = "las transferencias dejan los mismos saldos que un modelo simple, y se rechazan las que no tienen fondos")
    void transfersLikeAPlainModel() {
        Theories.theory()
                .forAll(lists().of(longs().between(0, 100)).ofSize(ACCOUNTS),
                        lists().of(transfers()).ofSizeBetween(1, 30))
                .checkAssert(BankTest::assertSameAsTheModel);
    }

    private static void assertSameAsTheModel(List<Long> start, List<Transfer> transfers) {
        Bank bank = Bank.withBalances(start.stream().mapToLong(Long::longValue).toArray());
        long[] model = start.stream().mapToLong(Long::longValue).toArray();
        List<Transfer> done = new ArrayList<>();
        for (Transfer transfer : transfers) {
            boolean enough = model[transfer.from()] >= transfer.amount();
            if (enough) {
                model[transfer.from()] -= transfer.amount();
                model[transfer.to()] += transfer.amount();
            }
            done.add(transfer);
            assertThat(bank.transfer(transfer.from(), transfer.to(), transfer.amount()))
                    .as(localized("what transfer() returned for the last of %s, with balances before it of %s: "
                                    + "true when the money moved, false when account %d had less than %d",
                            "lo que devolvió transfer() para la última de %s, con saldos antes de %s: true si el "
                                    + "dinero se movió, false si la cuenta %d tenía menos de %d",
                            done, start, transfer.from(), transfer.amount()))
                    .isEqualTo(enough);
            assertThat(balances(bank))
                    .as(localized("balances after %s, starting from %s", "saldos tras %s, partiendo de %s", done, start))
                    .containsExactly(Arrays.stream(model).boxed().toArray(Long[]::new));
        }
        assertThat(bank.total())
                .as(localized("total() after %s, starting from %s", "total() tras %s, partiendo de %s", done, start))
                .isEqualTo(start.stream().mapToLong(Long::longValue).sum());
    }

    private static List<Long> balances(Bank bank) {
        return IntStream.range(0, bank.size()).mapToObj(bank::balance).toList();
    }

    @Graded(points = 1,
            en = "a transfer between unknown or equal accounts, or of no money, is rejected naming the value",
            es = "una transferencia entre cuentas inexistentes o iguales, o sin dinero, se rechaza diciendo el valor")
    void rejectsBadTransfers() {
        Bank bank = Bank.withBalances(100, 100);

        assertRejected(() -> bank.transfer(0, 1, 0), "amount = 0", "0");
        assertRejected(() -> bank.transfer(0, 1, -5), "amount = -5", "-5");
        assertRejected(() -> bank.transfer(1, 1, 10), "from = to = 1", "1");
        assertRejected(() -> bank.transfer(0, 7, 10), "to = 7", "7");
        assertRejected(() -> bank.transfer(0, 2, 10), "to = 2", "2"); // the first number past the last account
        assertRejected(() -> bank.transfer(-1, 0, 10), "from = -1", "-1");
        assertThat(balances(bank)).as(localized("balances after the rejected transfers",
                "saldos tras las transferencias rechazadas")).containsExactly(100L, 100L);
    }

    private static void assertRejected(Runnable transfer, String what, String named) {
        assertThatThrownBy(transfer::run)
                .as(localized("a transfer with %s", "una transferencia con %s", what))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }
}
