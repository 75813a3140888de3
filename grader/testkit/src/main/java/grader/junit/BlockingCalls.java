package grader.junit;

import static grader.i18n.Messages.localized;

import java.lang.management.LockInfo;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a thread waits for, guessed from its state, its lock and its top frames: a lock and its
 * owner, a queue, or a pipe. Threads blocked in pipe I/O are RUNNABLE and in no deadlock cycle,
 * so no detector reports them; only the frames they are in tell.
 */
final class BlockingCalls {

    private enum Pipe { WRITING, READING, NONE }

    private BlockingCalls() {
    }

    /** What the thread is waiting for, in words; empty when it waits for nothing recognisable. */
    static String waitingFor(ThreadInfo info) {
        String frames = topFrames(info);
        Pipe pipe = pipeOf(frames);
        if (pipe == Pipe.WRITING) {
            return localized("blocked WRITING to a pipe: nobody is reading the other end",
                    "bloqueado ESCRIBIENDO en una tubería: nadie lee el otro extremo");
        }
        if (pipe == Pipe.READING) {
            return localized("blocked READING from a pipe: nothing arrives and the writer never closed it",
                    "bloqueado LEYENDO de una tubería: no llega nada y quien escribe nunca la cerró");
        }
        if (frames.contains("BlockingQueue.take") || frames.contains("BlockingQueue.poll")) {
            return localized("waiting to TAKE from an empty queue", "esperando SACAR de una cola vacía");
        }
        if (frames.contains("BlockingQueue.put") || frames.contains("BlockingQueue.offer")) {
            return localized("waiting to PUT into a full queue", "esperando PONER en una cola llena");
        }
        LockInfo lock = info.getLockInfo();
        if (lock != null && info.getLockOwnerName() != null) {
            return localized("waiting for %s held by \"%s\"", "esperando %s, que tiene \"%s\"",
                    lock, info.getLockOwnerName());
        }
        if (lock != null) {
            return localized("waiting on %s", "esperando en %s", lock);
        }
        return "";
    }

    /**
     * One line naming the threads blocked on pipes, or empty when none is. A writer blocks while
     * nobody reads the other end (in this process or in another one); a reader while nothing
     * arrives and nobody closes it.
     */
    static String blockedOnPipes(List<ThreadInfo> threads) {
        List<String> writing = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        for (ThreadInfo info : threads) {
            Pipe pipe = pipeOf(topFrames(info));
            if (pipe == Pipe.WRITING) {
                writing.add('"' + info.getThreadName() + '"');
            } else if (pipe == Pipe.READING) {
                reading.add('"' + info.getThreadName() + '"');
            }
        }
        if (writing.isEmpty() && reading.isEmpty()) {
            return "";
        }
        return localized("BLOCKED ON PIPES: writing: %s; reading: %s. A pipe holds little data: a writer waits "
                        + "until someone reads the other end, a reader until data arrives or the writer closes it.%n",
                "BLOQUEADOS EN TUBERÍAS: escribiendo: %s; leyendo: %s. Una tubería guarda pocos datos: quien "
                        + "escribe espera a que alguien lea el otro extremo, quien lee a que lleguen datos o a que "
                        + "quien escribe la cierre.%n",
                namesOrNone(writing), namesOrNone(reading));
    }

    private static String namesOrNone(List<String> names) {
        return names.isEmpty() ? localized("none", "ninguno") : String.join(", ", names);
    }

    /** The top frames as {@code Class.method} words: where a blocking call shows. */
    private static String topFrames(ThreadInfo info) {
        return Arrays.stream(info.getStackTrace()).limit(8)
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .collect(Collectors.joining(" "));
    }

    private static Pipe pipeOf(String topFrames) {
        if (topFrames.contains("FileOutputStream.write") || topFrames.contains("PipedOutputStream.write")
                || topFrames.contains("PipedInputStream.awaitSpace") || topFrames.contains("SinkChannelImpl.write")) {
            return Pipe.WRITING;
        }
        if (topFrames.contains("FileInputStream.read") || topFrames.contains("PipedInputStream.read")
                || topFrames.contains("SourceChannelImpl.read")) {
            return Pipe.READING;
        }
        return Pipe.NONE;
    }
}
