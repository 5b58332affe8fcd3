package dev.plimsoll.engine.plan;

import java.util.List;
import java.util.Optional;

/** One fact of {@code image has { ... }}, resolved with the contract's variables. */
public sealed interface ExpectedImageFact {

    record User(String user) implements ExpectedImageFact {}

    /** Docker's name of the port: {@code 8080/tcp}. */
    record ExposedPort(String key) implements ExpectedImageFact {}

    record Volume(String path) implements ExpectedImageFact {}

    record Env(String name, Optional<ExpectedText> value) implements ExpectedImageFact {}

    record Label(String name, Optional<ExpectedText> value) implements ExpectedImageFact {}

    record Healthcheck() implements ExpectedImageFact {}

    /** As written: {@code SIGQUIT}, {@code QUIT} or {@code 3}. */
    record StopSignal(String signal) implements ExpectedImageFact {}

    record Workdir(String path) implements ExpectedImageFact {}

    record Entrypoint(List<String> argv) implements ExpectedImageFact {
        public Entrypoint {
            argv = List.copyOf(argv);
        }
    }

    record Cmd(List<String> argv) implements ExpectedImageFact {
        public Cmd {
            argv = List.copyOf(argv);
        }
    }

    record SizeBelow(long bytes) implements ExpectedImageFact {}
}
