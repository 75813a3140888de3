package ex07;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that keeps only the last bytes written to it: the end of a child's standard
 * error, which says why it failed, without keeping megabytes of what came before.
 *
 * <p>Thread-safe: one thread drains a child's standard error into it while another reads it.
 */
public final class TailBuffer extends OutputStream {

    private final byte[] ring;
    /** Guarded by this: how many bytes were ever written; the next one goes to {@code written % ring.length}. */
    private long written;

    /** A buffer that keeps the last {@code capacity} bytes. */
    public TailBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        ring = new byte[capacity];
    }

    @Override
    public synchronized void write(int b) {
        ring[(int) (written++ % ring.length)] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            write(bytes[offset + i]);
        }
    }

    /** The last bytes written, as text; starts with "…" when older bytes were dropped. */
    @Override
    public synchronized String toString() {
        int kept = (int) Math.min(written, ring.length);
        byte[] tail = new byte[kept];
        for (int i = 0; i < kept; i++) {
            tail[i] = ring[(int) ((written - kept + i) % ring.length)];
        }
        String text = new String(tail, StandardCharsets.UTF_8);
        return written > ring.length ? "…" + text : text;
    }
}
