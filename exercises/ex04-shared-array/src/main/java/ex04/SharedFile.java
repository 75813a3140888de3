package ex04;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file mapped into memory, shared by a parent process and its children: the processes' version
 * of the lecture's {@code multiprocessing.Array}. Each process maps the same file, so they all
 * read and write the same bytes, in memory, without sending them to each other.
 *
 * <p>The layout, for {@code children} children and an array of {@code length} ints
 * (big-endian, {@link java.nio.ByteBuffer}'s default):
 * <pre>
 * bytes [0, 8·children)                       the pid of the child that wrote slice k, a long at byte 8·k; 0 until written
 * bytes [8·children, 8·children + 4·length)   the array: element i is the int at byte 8·children + 4·i
 * </pre>
 */
public final class SharedFile {

    private final MappedByteBuffer bytes;
    private final int children;
    private final int length;

    private SharedFile(MappedByteBuffer bytes, int children, int length) {
        this.bytes = bytes;
        this.children = children;
        this.length = length;
    }

    /** Creates the file afresh (dropping what it held), sized for the layout, and maps it. For the parent. */
    public static SharedFile create(Path path, int children, int length) throws IOException {
        return map(path, children, length, CREATE, TRUNCATE_EXISTING, READ, WRITE);
    }

    /** Maps the file that the parent created. For a child. */
    public static SharedFile open(Path path, int children, int length) throws IOException {
        return map(path, children, length, READ, WRITE);
    }

    /** How many bytes the layout takes. */
    private static long sizeOf(int children, int length) {
        return 8L * children + 4L * length;
    }

    /**
     * Maps the whole layout of the file at {@code path}, opened with {@code options}, for reading
     * and writing. Mapping more bytes than the file holds grows the file, with zeros.
     */
    private static SharedFile map(Path path, int children, int length, OpenOption... options) throws IOException {
        // TODO 1  Open a FileChannel on path with the options (FileChannel.open(path, options)),
        //         map sizeOf(children, length) bytes from 0 with FileChannel.MapMode.READ_WRITE,
        //         and return new SharedFile(mappedBuffer, children, length). Close the channel
        //         (try-with-resources): the mapping stays valid.
        //         Abre un FileChannel sobre path con las opciones (FileChannel.open(path, options)),
        //         mapea sizeOf(children, length) bytes desde 0 con FileChannel.MapMode.READ_WRITE y
        //         devuelve new SharedFile(bufferMapeado, children, length). Cierra el canal
        //         (try-with-resources): el mapeo sigue siendo válido.
        throw new UnsupportedOperationException("TODO: SharedFile.map");
    }

    /** Element {@code index} of the array. */
    public int get(int index) {
        return bytes.getInt(offsetOf(index));
    }

    /** Sets element {@code index} of the array. */
    public void set(int index, int value) {
        bytes.putInt(offsetOf(index), value);
    }

    /** Records that the process {@code pid} wrote slice {@code child}. */
    public void recordWriter(int child, long pid) {
        bytes.putLong(8 * Objects.checkIndex(child, children), pid);
    }

    /**
     * Writes this process's changes to the file. The mapping's specification does not promise
     * that other programs see them before; on the usual operating systems they already do.
     */
    public void force() {
        bytes.force();
    }

    private int offsetOf(int index) {
        return 8 * children + 4 * Objects.checkIndex(index, length);
    }
}
