package dev.plimsoll.runner;

import dev.plimsoll.engine.docker.ImageInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
            "Write a starter contract for an image from its metadata (user, ports, volumes, env, labels, "
                    + "healthcheck, stop signal, size) and a first scenario per exposed port.",
            "Uses the local image, pulling it when missing. Needs Docker."
        })
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IMAGE", description = "Image reference, e.g. acme/greeter:1.4.")
    String image;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write the contract; '-' for stdout (default: <image name>.contract here).")
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
        ImageInfo description = wiring.docker().describe(image, docker.host());
        StarterContract contract = new StarterContract(image, description);
        if ("-".equals(outputFile)) {
            spec.commandLine().getOut().print(contract.render());
            return ExitCode.OK.code;
        }
        Path target =
                wiring.workingDirectory().resolve(outputFile != null ? outputFile : contract.name() + ".contract");
        if (Files.exists(target) && !force) {
            err.println("plimsoll: " + target + " exists; use --force to overwrite it, or -o to choose another file");
            return ExitCode.USAGE.code;
        }
        write(target, contract.render());
        spec.commandLine().getOut().println("wrote " + target + "; check it with: plimsoll check " + target);
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
