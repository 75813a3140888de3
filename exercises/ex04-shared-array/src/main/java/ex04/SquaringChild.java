package ex04;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The program every child process runs: it squares its slice of the array in the shared file,
 * in place, and records its own process id in the file, so the parent can tell who wrote what.
 *
 * <p>Arguments: the shared file, the number of children, the array's length, and this child's
 * number, from 0 to children − 1. A child that fails ends with an exception, which the JVM prints
 * on the child's standard error before exiting with status 1.
 */
public final class SquaringChild {

    private SquaringChild() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int children = Integer.parseInt(args[1]);
        int length = Integer.parseInt(args[2]);
        int child = Integer.parseInt(args[3]);
        // TODO 1  Map the shared file: SharedFile.open(file, children, length).
        //         Mapea el archivo compartido: SharedFile.open(file, children, length).
        // TODO 2  Square every element of this child's slice, Slice.of(length, children, child),
        //         in place, with Math.multiplyExact(x, x): it throws when the square does not fit
        //         in an int, instead of silently wrapping around.
        //         Eleva al cuadrado cada elemento de la porción de este hijo,
        //         Slice.of(length, children, child), en su sitio, con Math.multiplyExact(x, x):
        //         lanza una excepción si el cuadrado no cabe en un int, en vez de desbordar en silencio.
        // TODO 3  Record this process's id, ProcessHandle.current().pid(), with recordWriter, then
        //         force() the changes to the file.
        //         Registra el id de este proceso, ProcessHandle.current().pid(), con recordWriter, y
        //         después escribe los cambios en el archivo con force().
        throw new UnsupportedOperationException("TODO: SquaringChild.main");
    }
}
