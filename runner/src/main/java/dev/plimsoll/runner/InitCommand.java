package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.ImageSurvey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write a starter contract for an image to stdout: facts from its metadata (user, ports, volumes, env, "
                    + "labels, healthcheck, stop signal, entrypoint, cmd, size), the owner and mode of its volume "
                    + "paths and entrypoint, and scenarios from one trial run: a startup scenario that waits for "
                    + "its first log line, a stop scenario on its stop signal, one per exposed port.",
            "The trial run waits up to 30s for the first log line and 10s for the stop; everything it creates "
                    + "is removed. Uses the local image, pulling it when missing. Needs Docker.",
            "With --compose FILE SERVICE instead of IMAGE: a contract whose services come from the Compose file and"
                    + " whose subject is SERVICE, waiting for its healthcheck or ports. Reads the file only."
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IMAGE", arity = "0..1", description = "Image reference, e.g. acme/greeter:1.4.")
    @Nullable
    String image;

    @Option(
            names = "--compose",
            arity = "2",
            paramLabel = "FILE SERVICE",
            description = "A service of a Compose file as the subject, e.g. --compose docker-compose.yml api.")
    @Nullable
    List<String> compose;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the contract to FILE instead of stdout ('-' is stdout).")
    @Nullable
    String outputFile;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Mixin
    OutputOptions output;

    @Mixin
    DockerOptions docker;

    private final Wiring wiring;

    InitCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        output.applyLogLevel();
        PrintWriter err = spec.commandLine().getErr();
        if ((this.image == null) == (compose == null)) {
            err.println("plimsoll: init takes an IMAGE or --compose FILE SERVICE, one of the two");
            return ExitCode.USAGE.code;
        }
        Optional<Path> target = Optional.ofNullable(outputFile)
                .filter(file -> !"-".equals(file))
                .map(wiring.workingDirectory()::resolve);
        // Refused before the trial run, which takes up to 40s.
        if (target.isPresent() && Files.exists(target.get()) && !force) {
            err.println(
                    "plimsoll: " + target.get() + " exists; use --force to overwrite it, or -o to choose another file");
            return ExitCode.USAGE.code;
        }
        if (compose != null) {
            return fromCompose(compose.get(0), compose.get(1), target, err);
        }
        String image = Objects.requireNonNull(this.image, "checked above");
        err.println("plimsoll: trying " + image + " once (up to 30s for its first log line, 10s to stop)");
        err.flush();
        ImageSurvey survey = wiring.docker().survey(image, docker.host());
        String contract = new StarterContract(image, survey).render();
        if (target.isEmpty()) {
            spec.commandLine().getOut().print(contract);
            return ExitCode.OK.code;
        }
        write(target.get(), contract);
        err.println("plimsoll: wrote " + target.get() + "; check it with: plimsoll check " + target.get());
        return ExitCode.OK.code;
    }

    private int fromCompose(String file, String service, Optional<Path> target, PrintWriter err) {
        Path composeFile =
                wiring.workingDirectory().resolve(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(composeFile)) {
            err.println("plimsoll: Compose file " + file + " not found");
            return ExitCode.USAGE.code;
        }
        Path directory = target.map(Path::getParent).orElse(wiring.workingDirectory());
        ComposeStarter.Written written = new ComposeStarter(composeFile, service, directory).write(System.getenv());
        if (!written.problems().isEmpty()) {
            err.println(written.problems());
        }
        if (written.contract().isEmpty()) {
            return ExitCode.USAGE.code;
        }
        if (target.isEmpty()) {
            spec.commandLine().getOut().print(written.contract().get());
            return ExitCode.OK.code;
        }
        write(target.get(), written.contract().get());
        err.println("plimsoll: wrote " + target.get() + "; check it with: plimsoll check " + target.get());
        return ExitCode.OK.code;
    }

    private static void write(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
