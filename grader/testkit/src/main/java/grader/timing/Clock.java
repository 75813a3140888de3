package grader.timing;

import java.lang.management.ManagementFactory;

/** Wall-clock and process CPU time of one run. */
final class Clock {

    /** Wall and CPU nanoseconds of one run; CPU ÷ wall is how many cores were busy on average. */
    record Timing(long wallNanos, long cpuNanos) {
        double coresBusy() {
            return cpuNanos < 0 ? Double.NaN : (double) cpuNanos / Math.max(wallNanos, 1);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Clock() {
    }

    static Timing time(Runnable run) {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        run.run();
        long wall = System.nanoTime() - start;
        long cpuAfter = OS.getProcessCpuTime();
        return new Timing(wall, cpu < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpu);
    }

    static long wallNanos(Runnable run) {
        return time(run).wallNanos();
    }
}
