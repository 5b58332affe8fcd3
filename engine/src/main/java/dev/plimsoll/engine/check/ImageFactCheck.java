package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.plan.ExpectedImageFact;
import dev.plimsoll.engine.plan.ExpectedImageFact.Cmd;
import dev.plimsoll.engine.plan.ExpectedImageFact.Entrypoint;
import dev.plimsoll.engine.plan.ExpectedImageFact.Env;
import dev.plimsoll.engine.plan.ExpectedImageFact.ExposedPort;
import dev.plimsoll.engine.plan.ExpectedImageFact.Healthcheck;
import dev.plimsoll.engine.plan.ExpectedImageFact.Label;
import dev.plimsoll.engine.plan.ExpectedImageFact.SizeBelow;
import dev.plimsoll.engine.plan.ExpectedImageFact.StopSignal;
import dev.plimsoll.engine.plan.ExpectedImageFact.User;
import dev.plimsoll.engine.plan.ExpectedImageFact.Volume;
import dev.plimsoll.engine.plan.ExpectedImageFact.Workdir;
import dev.plimsoll.engine.plan.ExpectedText;
import dev.plimsoll.grammar.Signals;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code image has { ... }}: one fact at a time, from the image's metadata. */
public final class ImageFactCheck {

    private ImageFactCheck() {}

    public static List<String> mismatches(ExpectedImageFact fact, ImageInfo image) {
        if (fact instanceof User user) {
            return user(user.user(), image.user());
        }
        if (fact instanceof ExposedPort port) {
            return member("exposed port", port.key(), image.exposedPorts());
        }
        if (fact instanceof Volume volume) {
            return member("volume", volume.path(), image.volumes());
        }
        if (fact instanceof Env env) {
            return entry("env " + env.name(), env.name(), env.value(), image.env());
        }
        if (fact instanceof Label label) {
            return entry("label " + Show.quote(label.name()), label.name(), label.value(), image.labels());
        }
        if (fact instanceof Healthcheck) {
            return image.hasHealthcheck() ? List.of() : List.of("healthcheck: expected one, the image defines none");
        }
        if (fact instanceof StopSignal signal) {
            return stopSignal(signal.signal(), image.stopSignal());
        }
        if (fact instanceof Workdir workdir) {
            return workdir(workdir.path(), image.workdir());
        }
        if (fact instanceof Entrypoint entrypoint) {
            return argv("entrypoint", entrypoint.argv(), image.entrypoint());
        }
        if (fact instanceof Cmd cmd) {
            return argv("cmd", cmd.argv(), image.cmd());
        }
        if (fact instanceof SizeBelow size) {
            return sizeBelow(size.bytes(), image.sizeBytes());
        }
        throw new IllegalStateException(
                "no image fact check for '" + fact.getClass().getSimpleName() + "'");
    }

    // Docker runs an image without USER as root.
    private static List<String> user(String expected, Optional<String> actual) {
        Optional<String> declared = actual.filter(user -> !user.isBlank());
        if (declared.isEmpty()) {
            boolean root = expected.equals("root") || expected.equals("0");
            return root ? List.of() : List.of("user: expected " + Show.quote(expected) + ", got 'root (no USER)'");
        }
        if (declared.get().equals(expected)) {
            return List.of();
        }
        return List.of("user: expected " + Show.quote(expected) + ", got " + Show.quote(declared.get()));
    }

    private static List<String> member(String what, String expected, List<String> actual) {
        if (actual.contains(expected)) {
            return List.of();
        }
        return List.of(what + ": expected " + Show.quote(expected) + ", got " + Show.quoteAll(actual));
    }

    private static List<String> entry(
            String what, String name, Optional<ExpectedText> expected, Map<String, String> actual) {
        String value = actual.get(name);
        if (value == null) {
            return List.of(what + " is not set");
        }
        return expected.map(m -> TextMatchers.mismatches(what, m, value)).orElse(List.of());
    }

    private static List<String> stopSignal(String expected, Optional<String> actual) {
        String want = Signals.canonical(expected);
        if (actual.filter(signal -> !signal.isBlank()).isEmpty()) {
            return want.equals(Signals.DEFAULT_STOP)
                    ? List.of()
                    : List.of("stop signal: expected " + Show.quote(want) + ", got 'SIGTERM (no STOPSIGNAL)'");
        }
        String got = Signals.canonical(actual.get());
        if (got.equals(want)) {
            return List.of();
        }
        String written = got.equals(actual.get()) ? "" : " (written " + Show.quote(actual.get()) + ")";
        return List.of("stop signal: expected " + Show.quote(want) + ", got " + Show.quote(got) + written);
    }

    // An empty WorkingDir means the container starts in /.
    private static List<String> workdir(String expected, Optional<String> actual) {
        String got = actual.filter(dir -> !dir.isBlank()).orElse("/");
        if (got.equals(expected)) {
            return List.of();
        }
        String shown = actual.filter(dir -> !dir.isBlank()).isPresent() ? Show.quote(got) : "'/ (no WORKDIR)'";
        return List.of("workdir: expected " + Show.quote(expected) + ", got " + shown);
    }

    private static List<String> argv(String what, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return List.of();
        }
        return List.of(what + ": expected " + Show.argv(expected) + ", got " + Show.argv(actual));
    }

    private static List<String> sizeBelow(long limit, long actual) {
        if (actual < limit) {
            return List.of();
        }
        String want = Show.size(limit);
        String got = Show.size(actual);
        String bytes = want.equals(got) ? " (" + actual + " bytes, limit " + limit + ")" : "";
        return List.of("size: expected below " + want + ", got " + got + bytes);
    }
}
