package grader.probe;

import java.io.IOException;

/** A child process for the canaries: copies its standard input to its standard output as it reads. */
public final class EchoChild {

    private EchoChild() {
    }

    public static void main(String[] args) throws IOException {
        System.in.transferTo(System.out);
    }
}
