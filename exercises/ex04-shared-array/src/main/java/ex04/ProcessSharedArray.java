package ex04;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several operating-system processes transform one array in place, each its own slice, through
 * a file that all of them map into memory: the Java counterpart of the lecture's
 * {@code multiprocessing.Array} filled by four {@code Process}es.
 *
 * <p>Processes share no heap: each child is a separate JVM. What they share is the file's
 * memory, which every one of them maps. The parent puts the array in the file, starts the
 * children, waits for all of them, checks how each ended, and reads the array back.
 */
public final class ProcessSharedArray {

    private ProcessSharedArray() {
    }

    /**
     * Squares every element of {@code values} in place, using {@code children} child processes
     * that run {@link SquaringChild} and share the array through {@code sharedFile}: child
     * {@code k} squares slice {@code k} ({@link Slice#of}) and records its pid in the file.
     * However the call ends, no child process is left running.
     *
     * @throws IllegalArgumentException when {@code children < 1}
     * @throws IllegalStateException    when a child exits with a status other than 0 (the message
     *                                  includes what the child printed on its standard error), or
     *                                  when the children do not all finish within {@code timeout}
     * @throws IOException              when the file cannot be mapped or a child cannot be started
     * @throws InterruptedException     when interrupted while waiting for the children
     */
    public static void squareInPlace(int[] values, int children, Path sharedFile, Duration timeout)
            throws IOException, InterruptedException {
        // TODO 1  Reject children < 1 with an IllegalArgumentException whose message names the value.
        //         Rechaza children < 1 con una IllegalArgumentException cuyo mensaje diga el valor.
        // TODO 2  Create the shared file, SharedFile.create(sharedFile, children, values.length),
        //         and copy values into it.
        //         Crea el archivo compartido, SharedFile.create(sharedFile, children, values.length),
        //         y copia values en él.
        // TODO 3  Start one child JVM per slice with a ProcessBuilder: the command is this JVM's java
        //         (java.home/bin/java), "-cp", this JVM's class path (System.getProperty(
        //         "java.class.path")), SquaringChild's class name, then SquaringChild's arguments.
        //         Send its standard error to a file (redirectError), so that it can never fill up.
        //         Arranca una JVM hija por porción con un ProcessBuilder: el comando es el java de
        //         esta JVM (java.home/bin/java), "-cp", el class path de esta JVM (System.getProperty(
        //         "java.class.path")), el nombre de clase de SquaringChild y luego sus argumentos.
        //         Envía su salida de error a un archivo (redirectError), para que nunca se llene.
        // TODO 4  Wait for every child, all within `timeout` (waitFor(time, unit)). If one does not
        //         finish in time, or exits with a status other than 0, throw an
        //         IllegalStateException; for a failed child, put its standard error in the message.
        //         Espera a cada hijo, todos dentro de `timeout` (waitFor(tiempo, unidad)). Si alguno
        //         no termina a tiempo, o sale con un estado distinto de 0, lanza una
        //         IllegalStateException; si un hijo falló, pon su salida de error en el mensaje.
        // TODO 5  In a finally block, destroyForcibly() and waitFor() every child still running.
        //         En un bloque finally, destroyForcibly() y waitFor() de cada hijo que siga vivo.
        // TODO 6  Copy the array back from the shared file into values.
        //         Copia el arreglo del archivo compartido de vuelta a values.
        throw new UnsupportedOperationException("TODO: ProcessSharedArray.squareInPlace");
    }
}
