package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageAccounts;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.docker.LineAwait;
import dev.plimsoll.grammar.Signals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Surveys an image for {@code init}: reads its files from a never started container, then starts one
 * container, waits for its first log line and sends its stop signal. Removes each container it made.
 */
final class ImageSurveyor {

    /** How long to wait for the first log line. */
    static final Duration FIRST_LINE = Duration.ofSeconds(30);

    /** After the first line, how long the container must stay up to count as a long-running service. */
    static final Duration KEEPS_RUNNING = Duration.ofSeconds(2);

    /** How long after its stop signal the container may take to exit (Docker's own stop timeout). */
    static final Duration STOP = Duration.ofSeconds(10);

    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final Docker docker;

    ImageSurveyor(Docker docker) {
        this.docker = docker;
    }

    ImageSurvey survey(String reference) {
        ImageInfo image = docker.ensureImage(reference);
        List<PathFacts> paths = paths(image);
        return new ImageSurvey(image, paths, startup(image));
    }

    private List<PathFacts> paths(ImageInfo image) {
        String container = docker.create(ContainerSpec.builder(image.id()).build());
        try {
            ImageAccounts accounts = docker.accounts(container);
            List<PathFacts> facts = new ArrayList<>();
            image.volumes().forEach(volume -> read(container, volume, accounts).ifPresent(facts::add));
            executable(container, image)
                    .flatMap(path -> read(container, path, accounts))
                    .ifPresent(facts::add);
            return facts;
        } finally {
            docker.remove(container);
        }
    }

    private Optional<PathFacts> read(String container, String path, ImageAccounts accounts) {
        List<FileEntry> entries = docker.readPath(container, path);
        if (entries.isEmpty()) return Optional.empty();
        FileEntry entry = entries.get(0); // the archive lists the requested path first
        String owner = accounts.userName(entry.uid()).orElse(Integer.toString(entry.uid())) + ":"
                + accounts.groupName(entry.gid()).orElse(Integer.toString(entry.gid()));
        return Optional.of(new PathFacts(path, entry.type(), owner, entry.mode(), entry.linkTarget()));
    }

    /** The program the container runs: ENTRYPOINT's first word, else CMD's, looked up as the kernel would. */
    private Optional<String> executable(String container, ImageInfo image) {
        List<String> argv = image.entrypoint().isEmpty() ? image.cmd() : image.entrypoint();
        if (argv.isEmpty() || argv.get(0).isBlank()) return Optional.empty();
        String program = argv.get(0);
        if (program.startsWith("/")) return Optional.of(program);
        if (program.contains("/")) {
            String workdir = image.workdir().filter(dir -> !dir.isEmpty()).orElse("/");
            return Optional.of((workdir.endsWith("/") ? workdir : workdir + "/") + program.replaceFirst("^\\./", ""));
        }
        String path = image.env().getOrDefault("PATH", DEFAULT_PATH);
        for (String dir : path.split(":")) {
            String candidate = (dir.endsWith("/") ? dir : dir + "/") + program;
            if (dir.startsWith("/") && !docker.readPath(container, candidate).isEmpty()) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private Startup startup(ImageInfo image) {
        ContainerSpec.Builder spec = ContainerSpec.builder(image.id());
        image.exposedPorts().forEach(spec::publish);
        String container = docker.create(spec.build());
        try {
            long started = System.nanoTime();
            ContainerLog log = docker.start(container);
            LineAwait first = log.awaitLine(ContainerLog.Stream.LOG, line -> !line.isBlank(), FIRST_LINE);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (first instanceof LineAwait.Exited) {
                return new Startup(Optional.empty(), waited, new Startup.ExitedBySelf(exitCode(container)));
            }
            Optional<String> line =
                    first instanceof LineAwait.Matched matched ? Optional.of(matched.line()) : Optional.empty();
            return new Startup(line, waited, stop(container, Signals.stopSignal(image.stopSignal()), line.isPresent()));
        } finally {
            docker.remove(container);
        }
    }

    /** A container that logged is watched a moment longer, so one that prints and exits is not signalled. */
    private Startup.Ending stop(String container, String signal, boolean logged) {
        OptionalInt early = logged ? docker.awaitExit(container, KEEPS_RUNNING) : OptionalInt.empty();
        if (early.isPresent()) return new Startup.ExitedBySelf(early.getAsInt());
        try {
            docker.kill(container, signal);
        } catch (DockerOperationException exitedMeanwhile) {
            if (!docker.state(container).running()) return new Startup.ExitedBySelf(exitCode(container));
            throw exitedMeanwhile;
        }
        OptionalInt code = docker.awaitExit(container, STOP);
        return code.isPresent()
                ? new Startup.StoppedOnSignal(signal, code.getAsInt())
                : new Startup.KeptRunning(signal);
    }

    private int exitCode(String container) {
        return docker.awaitExit(container, STOP).orElse(-1);
    }
}
