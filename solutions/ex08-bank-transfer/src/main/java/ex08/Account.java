package ex08;

/**
 * One account of a {@link Bank}: its number and its balance.
 *
 * <p>Not thread-safe by itself: the bank guards each account with the account's own lock (its
 * monitor, {@code synchronized (account)}) and calls these methods only while it holds that
 * lock. The class is not final so that tests can watch what the bank does with an account, for
 * example wait inside {@link #withdraw} until another transfer gets there too.
 */
public class Account {

    private final int number;
    /** Guarded by this account's monitor, which the bank holds. */
    private long balance;

    /** An account numbered {@code number} that starts with {@code balance}. */
    public Account(int number, long balance) {
        if (number < 0) {
            throw new IllegalArgumentException("an account number must not be negative: " + number);
        }
        if (balance < 0) {
            throw new IllegalArgumentException("a balance must not be negative: " + balance);
        }
        this.number = number;
        this.balance = balance;
    }

    public final int number() {
        return number;
    }

    /** The balance; call it holding this account's lock. */
    public long balance() {
        return balance;
    }

    /** Takes {@code amount} out; call it holding this account's lock. */
    public void withdraw(long amount) {
        balance -= amount;
    }

    /** Puts {@code amount} in; call it holding this account's lock. */
    public void deposit(long amount) {
        balance += amount;
    }
}
