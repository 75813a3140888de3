package ex07;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/**
 * A test stage that copies the first {@code args[0]} numbers, then writes a lot to its standard
 * error, last of all {@link #LAST_WORDS}, and exits with status {@link #STATUS}.
 */
public final class FailingChild {

    static final int STATUS = 3;
    static final String LAST_WORDS = "fatal: FailingChild gives up here";
    static final String FIRST_WORDS = "noise line 0 of FailingChild";

    private FailingChild() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int copy = Integer.parseInt(args[0]);
        String line = in.readLine();
        for (int copied = 0; copied < copy && line != null; copied++, line = in.readLine()) {
            System.out.println(line);
        }
        System.out.flush();
        for (int i = 0; i < 2_000; i++) {
            System.err.println("noise line " + i + " of FailingChild");
        }
        System.err.println(LAST_WORDS);
        System.exit(STATUS);
    }
}
