package ex07;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start one stage as a child process.
 *
 * @param name    what to call the stage in thread names and error messages
 * @param command the program and its arguments, as {@link ProcessBuilder} takes them
 */
public record ChildCommand(String name, List<String> command) {

    public ChildCommand {
        command = List.copyOf(command);
    }

    /**
     * A Java program of this project run by a new JVM: the same {@code java} executable and the
     * same class path as this one. The child JVM starts with a small heap and the quick compiler
     * only, which suits a short-lived filter: it starts in a fraction of a second.
     */
    public static ChildCommand java(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        String name = (mainClass.getSimpleName() + " " + String.join(" ", args)).strip();
        return new ChildCommand(name, command);
    }

    /** The executable of the running JVM, or the one in its {@code java.home}. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
