package ex08;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank whose clients move money between its accounts from many threads at the same time.
 *
 * <p>Invariant: money is only moved, never made or lost, so the total of all balances never
 * changes, and no thread ever observes a state in which it seems to: not even halfway through
 * a transfer.
 *
 * <p>Locking: the balance of each account is guarded by that account's own lock, its monitor
 * ({@code synchronized (account)}). A transfer holds the locks of both its accounts, so transfers
 * between different accounts run at the same time. Every thread takes locks in the same order,
 * the lower account number first, so no two threads can each hold a lock that the other waits
 * for: there is no deadlock.
 */
public final class Bank {

    /** Account {@code n} is at index {@code n}. The list never changes: threads share it without a lock. */
    private final List<Account> accounts;

    /** A bank of these accounts; the account at index {@code n} must have number {@code n}. */
    public Bank(List<Account> accounts) {
        for (int n = 0; n < accounts.size(); n++) {
            if (accounts.get(n).number() != n) {
                throw new IllegalArgumentException("account " + accounts.get(n).number() + " is at index " + n
                        + ": account n must be at index n");
            }
        }
        this.accounts = List.copyOf(accounts);
    }

    /** A bank whose account {@code n} starts with {@code balances[n]}. */
    public static Bank withBalances(long... balances) {
        List<Account> accounts = new ArrayList<>();
        for (int n = 0; n < balances.length; n++) {
            accounts.add(new Account(n, balances[n]));
        }
        return new Bank(accounts);
    }

    /** How many accounts the bank has. */
    public int size() {
        return accounts.size();
    }

    /** The balance of account {@code number}, read under its lock. */
    public long balance(int number) {
        Account account = account(number);
        synchronized (account) {
            return account.balance();
        }
    }

    /**
     * Moves {@code amount} from account {@code from} to account {@code to} in one step, as every
     * other thread sees it. When {@code from} holds less than {@code amount}, changes nothing.
     *
     * @return whether the money moved
     * @throws IllegalArgumentException when an account does not exist, {@code from == to}, or
     *                                  {@code amount <= 0}; the message names the value
     */
    public boolean transfer(int from, int to, long amount) {
        // BEGIN SOLUTION
        Account source = account(from);
        Account target = account(to);
        if (from == to) {
            throw new IllegalArgumentException("a transfer needs two different accounts: from = to = " + from);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive: " + amount);
        }
        Account first = from < to ? source : target; // the lock order: the lower account number first
        Account second = from < to ? target : source;
        synchronized (first) {
            synchronized (second) {
                if (source.balance() < amount) {
                    return false;
                }
                source.withdraw(amount);
                target.deposit(amount);
                return true;
            }
        }
        // END SOLUTION
        /* STUB
        // TODO 1  Reject from == to and amount <= 0 with an IllegalArgumentException that names the
        //         value (account(n) already rejects an account that does not exist).
        //         Rechaza from == to y amount <= 0 con una IllegalArgumentException que diga el valor
        //         (account(n) ya rechaza una cuenta que no existe).
        // TODO 2  Hold the locks of both accounts while you check the balance and move the money:
        //         synchronized (account) { ... }, one block inside the other. Take them in the same
        //         order in every transfer, the lower account number first: two opposite transfers that
        //         each take "their" first account wait for each other forever (a deadlock).
        //         Mantén los cerrojos de las dos cuentas mientras compruebas el saldo y mueves el dinero:
        //         synchronized (cuenta) { ... }, un bloque dentro del otro. Tómalos en el mismo orden en
        //         toda transferencia, primero el número de cuenta menor: dos transferencias opuestas que
        //         toman cada una "su" primera cuenta se esperan la una a la otra para siempre (un interbloqueo).
        // TODO 3  Without enough money in `from`, change nothing and return false; otherwise withdraw,
        //         deposit and return true.
        //         Sin dinero suficiente en `from`, no cambies nada y devuelve false; si lo hay, retira,
        //         ingresa y devuelve true.
        throw new UnsupportedOperationException("TODO: Bank.transfer");
        */
    }

    /** The sum of all balances at one moment: never a state halfway through a transfer. */
    public long total() {
        // BEGIN SOLUTION
        return totalHoldingLocksFrom(0);
        // END SOLUTION
        /* STUB
        // TODO 4  Hold the locks of ALL the accounts at the same time while you add up the balances,
        //         taken in the same order as transfers take theirs: a lock for account 0, inside it one
        //         for account 1, and so on (a recursive helper nests one synchronized block per account).
        //         Summing each account under its own lock, one after another, can see one account
        //         before a transfer and the other after it.
        //         Mantén los cerrojos de TODAS las cuentas a la vez mientras sumas los saldos, tomados en
        //         el mismo orden que los toman las transferencias: el de la cuenta 0, dentro el de la 1, y
        //         así (un método auxiliar recursivo anida un bloque synchronized por cuenta). Sumar cada
        //         cuenta bajo su propio cerrojo, una tras otra, puede ver una cuenta antes de una
        //         transferencia y la otra después.
        throw new UnsupportedOperationException("TODO: Bank.total");
        */
    }
    // BEGIN SOLUTION

    /** Takes the locks of accounts {@code number}, {@code number + 1}, ... in order; holding all of them, adds up. */
    private long totalHoldingLocksFrom(int number) {
        if (number == accounts.size()) {
            long sum = 0;
            for (Account account : accounts) {
                sum += account.balance();
            }
            return sum;
        }
        synchronized (accounts.get(number)) {
            return totalHoldingLocksFrom(number + 1);
        }
    }
    // END SOLUTION

    /** Account {@code number}, or an IllegalArgumentException that names the number. */
    private Account account(int number) {
        if (number < 0 || number >= accounts.size()) {
            throw new IllegalArgumentException("no account " + number + ": the bank has accounts 0 to "
                    + (accounts.size() - 1));
        }
        return accounts.get(number);
    }
}
