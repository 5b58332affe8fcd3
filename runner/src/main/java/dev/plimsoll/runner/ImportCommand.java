package dev.plimsoll.runner;

import dev.plimsoll.runner.importer.Imported;
import dev.plimsoll.runner.importer.SpecFormat;
import dev.plimsoll.runner.importer.SpecImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write the contract equivalent to a container-structure-test (cst) or goss spec file to stdout.",
            "Keys without an exact equivalent are written as '# not imported:' comments naming the key and why; "
                    + "a summary goes to stderr. A malformed file is an error at its line and column; nothing is "
                    + "written then. Needs no Docker."
        })
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "cst (container-structure-test) or goss.")
    @Nullable
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The spec file (YAML).")
    @Nullable
    String file;

    @Option(
            names = "--image",
            paramLabel = "REF",
            description = "The image the spec was written for: the contract's default for ${IMAGE}.")
    @Nullable
    String image;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the contract to FILE instead of stdout ('-' is stdout).")
    @Nullable
    String outputFile;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    private final Wiring wiring;

    ImportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String formatWord = Objects.requireNonNull(format, "picocli requires FORMAT");
        Optional<SpecFormat> specFormat = Arrays.stream(SpecFormat.values())
                .filter(f -> f.word().equals(formatWord.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (specFormat.isEmpty()) {
            err.println("plimsoll: unknown format '" + formatWord + "': use cst (container-structure-test) or goss");
            return ExitCode.USAGE.code;
        }
        String name = Objects.requireNonNull(file, "picocli requires FILE");
        Path source = wiring.workingDirectory().resolve(name);
        if (!Files.isRegularFile(source)) {
            err.println(name + ": error: cannot read file: "
                    + (Files.isDirectory(source) ? "it is a directory" : "no such file"));
            return ExitCode.USAGE.code;
        }
        Optional<Path> target =
                Optional.ofNullable(outputFile).filter(f -> !"-".equals(f)).map(wiring.workingDirectory()::resolve);
        if (target.isPresent() && Files.exists(target.get()) && !force) {
            err.println(
                    "plimsoll: " + target.get() + " exists; use --force to overwrite it, or -o to choose another file");
            return ExitCode.USAGE.code;
        }
        Optional<String> text = read(source, name, err);
        if (text.isEmpty()) {
            return ExitCode.USAGE.code;
        }
        Imported imported = SpecImporter.read(specFormat.get(), name, text.get(), Optional.ofNullable(image));
        if (imported.failed()) {
            err.println(imported.renderErrors());
            err.println("plimsoll: nothing written: fix " + name + " first");
            return ExitCode.USAGE.code;
        }
        if (target.isEmpty()) {
            spec.commandLine().getOut().print(imported.contract());
        } else {
            try {
                Files.writeString(target.get(), imported.contract(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("plimsoll: cannot write " + outputFile + ": " + Reasons.of(e));
                return ExitCode.USAGE.code;
            }
        }
        summary(err, specFormat.get(), name, imported, target);
        return ExitCode.OK.code;
    }

    private static Optional<String> read(Path source, String name, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            err.println(name + ": error: cannot read file: it is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            err.println(name + ": error: cannot read file: " + Reasons.of(e));
            return Optional.empty();
        }
    }

    private static void summary(
            PrintWriter err, SpecFormat format, String name, Imported imported, Optional<Path> target) {
        err.println("plimsoll: imported " + imported.checks() + " check" + (imported.checks() == 1 ? "" : "s")
                + " from the " + format.toolName() + " file " + name
                + target.map(t -> " into " + t).orElse(""));
        if (imported.skipped().isEmpty()) {
            err.println("plimsoll: every key was imported");
        } else {
            err.println("plimsoll: not imported (" + imported.skipped().size() + ", kept as comments):");
            err.println(imported.skipped().stream()
                    .map(s -> "  " + s.key() + " (line " + s.line() + "): " + s.reason())
                    .collect(Collectors.joining("\n")));
        }
        target.ifPresent(t -> err.println("plimsoll: check it with: plimsoll check " + t));
    }
}
