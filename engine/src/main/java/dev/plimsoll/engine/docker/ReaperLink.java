package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's end of the pipe to a {@link Reaper}: a java process started with the same java binary and class
 * path, in a session of its own (setsid, where the system has it) so that the terminal's Ctrl-C and hang-up do
 * not reach it, with no terminal output. {@code PLIMSOLL_REAPER_LOG=FILE} sends its few lines to a file.
 */
final class ReaperLink {

    private static final Logger LOG = LoggerFactory.getLogger(ReaperLink.class);

    /** The pipe must stay open as long as this process lives: an unreachable stream could be closed by GC. */
    private static final Set<OutputStream> HELD = ConcurrentHashMap.newKeySet();

    private final @Nullable OutputStream pipe;

    private ReaperLink(@Nullable OutputStream pipe) {
        this.pipe = pipe;
    }

    static ReaperLink start(DockerSettings settings, RunOwner owner) {
        String log = System.getenv("PLIMSOLL_REAPER_LOG");
        return start(settings, owner, log == null || log.isBlank() ? Optional.empty() : Optional.of(Path.of(log)));
    }

    static ReaperLink start(DockerSettings settings, RunOwner owner, Optional<Path> log) {
        List<String> command = new ArrayList<>();
        setsid().ifPresent(command::add);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Reaper.class.getName(),
                settings.runId(),
                owner.host(),
                Long.toString(owner.pid()),
                Long.toString(owner.started())));
        settings.dockerHost().ifPresent(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(log.map(file -> ProcessBuilder.Redirect.appendTo(file.toFile()))
                .orElse(ProcessBuilder.Redirect.DISCARD));
        settings.env().forEach((name, value) -> {
            if (name.startsWith("DOCKER_")) builder.environment().put(name, value);
        });
        try {
            Process reaper = builder.start();
            OutputStream pipe = reaper.getOutputStream();
            HELD.add(pipe);
            LOG.debug("reaper pid {} watches run {}", reaper.pid(), settings.runId());
            return new ReaperLink(pipe);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "could not start the reaper ({}): if this process is killed, `plimsoll clean` removes what its"
                            + " run left",
                    DockerCall.reason(e));
            return new ReaperLink(null);
        }
    }

    /** Tells the reaper the run ended by itself, and lets it go. */
    void release() {
        if (pipe == null) return;
        try (OutputStream closing = pipe) {
            closing.write((Reaper.DONE + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.debug("the reaper had already gone: {}", e.getMessage());
        } finally {
            HELD.remove(pipe);
        }
    }

    /** For tests: closes the pipe as a dying owner would, without saying the run ended. */
    void cut() throws IOException {
        if (pipe == null) return;
        HELD.remove(pipe);
        pipe.close();
    }

    private static Optional<String> setsid() {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) return Optional.of(candidate.toString());
        }
        return Optional.empty();
    }
}
