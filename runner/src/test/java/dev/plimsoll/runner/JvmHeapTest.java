package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmHeapTest {

    private static final long MB = 1024 * 1024;

    @Test
    void theDefaultHeapNamesTheLaunchersOptions() {
        assertThat(JvmHeap.describe(List.of("-Dfile.encoding=UTF-8"), 6024 * MB))
                .isEqualTo("JVM heap: at most 6024 MB, the JVM's default; the ./plimsoll launcher passes -Xmx512m"
                        + " -XX:+UseSerialGC, which keeps a chatty container log from growing this process (pass them"
                        + " to java -jar too)");
    }

    @Test
    void aHeapBoundedByAnyOptionIsReportedAsSuch() {
        for (String option : List.of("-Xmx512m", "-XX:MaxHeapSize=536870912", "-XX:MaxRAMPercentage=10.0")) {
            assertThat(JvmHeap.describe(List.of("-XX:+UseSerialGC", option), 512 * MB))
                    .as(option)
                    .isEqualTo("JVM heap: at most 512 MB, as its options say");
        }
    }
}
