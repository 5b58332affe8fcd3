package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.grammar.Signals;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.EnvFact;
import dev.plimsoll.grammar.ast.ExposedPortFact;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.LabelFact;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.SizeBelowFact;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code image has { ... }}: one fact at a time, from the image's metadata. */
public final class ImageFactCheck {

    private ImageFactCheck() {}

    public static List<String> mismatches(ImageFact fact, ImageInfo image, Variables vars) {
        if (fact instanceof UserFact user) {
            return user(user.user().resolve(vars), image.user());
        }
        if (fact instanceof ExposedPortFact port) {
            return member("exposed port", portName(port.port()), image.exposedPorts());
        }
        if (fact instanceof VolumeFact volume) {
            return member("volume", volume.path().resolve(vars), image.volumes());
        }
        if (fact instanceof EnvFact env) {
            return entry("env " + env.name(), env.name(), env.value(), image.env(), vars);
        }
        if (fact instanceof LabelFact label) {
            String name = label.name().resolve(vars);
            return entry("label " + Show.quote(name), name, label.value(), image.labels(), vars);
        }
        if (fact instanceof HealthcheckFact) {
            return image.hasHealthcheck() ? List.of() : List.of("healthcheck: expected one, the image defines none");
        }
        if (fact instanceof StopSignalFact signal) {
            return stopSignal(signal.signal().name(), image.stopSignal());
        }
        if (fact instanceof WorkdirFact workdir) {
            return workdir(workdir.path().resolve(vars), image.workdir());
        }
        if (fact instanceof EntrypointFact entrypoint) {
            return argv("entrypoint", resolve(entrypoint.argv(), vars), image.entrypoint());
        }
        if (fact instanceof CmdFact cmd) {
            return argv("cmd", resolve(cmd.argv(), vars), image.cmd());
        }
        return sizeBelow(((SizeBelowFact) fact).size().bytes(), image.sizeBytes());
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

    private static String portName(Port port) {
        return port.number() + "/" + port.protocol().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> member(String what, String expected, List<String> actual) {
        if (actual.contains(expected)) {
            return List.of();
        }
        return List.of(what + ": expected " + Show.quote(expected) + ", got " + Show.quoteAll(actual));
    }

    private static List<String> entry(
            String what, String name, Optional<TextMatch> match, Map<String, String> actual, Variables vars) {
        String value = actual.get(name);
        if (value == null) {
            return List.of(what + " is not set");
        }
        return match.map(m -> TextMatchers.mismatches(what, m, value, vars)).orElse(List.of());
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

    private static List<String> resolve(List<Text> argv, Variables vars) {
        return argv.stream().map(arg -> arg.resolve(vars)).toList();
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
