package dev.plimsoll.runner;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Says, under {@code -v}, how the JVM's heap was bounded. The {@code ./plimsoll} launcher passes {@code -Xmx512m
 * -XX:+UseSerialGC}; {@code java -jar plimsoll.jar} alone gets the JVM's default (a quarter of the memory, or of a
 * container's limit), which is safe but lets a chatty container log grow the process several times larger. A jar's
 * manifest cannot carry JVM options, and a warning on every such run would be noise in CI logs, so this is a
 * verbose note, and the README's pipeline examples pass the launcher's options.
 */
final class JvmHeap {

    static final String LAUNCHER_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

    private JvmHeap() {}

    static String describe() {
        return describe(
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().maxMemory());
    }

    /** From the JVM's own arguments (JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS are among them) and its heap bound. */
    static String describe(List<String> jvmArguments, long maxHeapBytes) {
        String size = maxHeapBytes / (1024 * 1024) + " MB";
        boolean bounded = jvmArguments.stream()
                .anyMatch(argument -> argument.startsWith("-Xmx")
                        || argument.startsWith("-XX:MaxHeapSize=")
                        || argument.startsWith("-XX:MaxRAMPercentage=")
                        || argument.startsWith("-XX:MaxRAM="));
        if (bounded) {
            return "JVM heap: at most " + size + ", as its options say";
        }
        return "JVM heap: at most " + size + ", the JVM's default; the ./plimsoll launcher passes " + LAUNCHER_OPTIONS
                + ", which keeps a chatty container log from growing this process (pass them to java -jar too)";
    }
}
