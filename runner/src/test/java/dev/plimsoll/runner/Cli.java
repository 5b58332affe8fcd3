package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.CleanReport;
import dev.plimsoll.runner.docker.CleanRequest;
import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.docker.ImageSurvey;
import dev.plimsoll.runner.fake.FakeEngine;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Runs {@link Main#run} in-process against the fake engine, capturing what it prints. */
final class Cli {

    private final Path directory;
    private Wiring wiring;

    Cli(Path directory) {
        this.directory = directory;
        this.wiring = new Wiring(
                FakeEngine.ID, ContractChecker.fromGrammar(), Cli.noDocker(), directory, false, Optional.empty());
    }

    /** The default for tests that must not talk to Docker: any call fails the test. */
    static DockerTasks noDocker() {
        return new DockerTasks() {
            @Override
            public ImageSurvey survey(String reference, Optional<String> dockerHost) {
                throw new AssertionError("this test must not talk to Docker");
            }

            @Override
            public CleanReport clean(CleanRequest request, Optional<String> dockerHost) {
                throw new AssertionError("this test must not talk to Docker");
            }

            @Override
            public Promotion promote(PromotionOrder order, Optional<String> dockerHost) {
                throw new AssertionError("this test must not talk to Docker");
            }
        };
    }

    Cli with(ContractChecker checker) {
        wiring =
                new Wiring(wiring.engineId(), checker, wiring.docker(), directory, wiring.terminal(), Optional.empty());
        return this;
    }

    Cli with(DockerTasks docker) {
        wiring =
                new Wiring(wiring.engineId(), wiring.checker(), docker, directory, wiring.terminal(), Optional.empty());
        return this;
    }

    Cli engine(String engineId) {
        wiring =
                new Wiring(engineId, wiring.checker(), wiring.docker(), directory, wiring.terminal(), Optional.empty());
        return this;
    }

    Cli onTerminal(Optional<String> noColor) {
        wiring = new Wiring(wiring.engineId(), wiring.checker(), wiring.docker(), directory, true, noColor);
        return this;
    }

    /** Writes a contract file (fake engine format) relative to the directory and returns its path. */
    Path contract(String name, String... lines) {
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path path(String name) {
        return directory.resolve(name);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), wiring);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {}
}
