package dev.plimsoll.grammar;

import static dev.plimsoll.grammar.TermPrinter.*;

import dev.plimsoll.grammar.ast.*;
import java.util.List;
import java.util.stream.Collectors;

/** Settings and actions in canonical form (checks in {@link CheckPrinter}); blocks go inline for one entry. */
final class StepPrinter {
    private final boolean inline;
    private final String indent;
    private final CheckPrinter checks;

    StepPrinter(boolean inline, String indent) {
        this.inline = inline;
        this.indent = indent;
        this.checks = new CheckPrinter(this);
    }

    String step(Step step) {
        if (step instanceof Setting setting) {
            return setting(setting);
        }
        if (step instanceof Action action) {
            return action(action);
        }
        return "expect " + checks.expectation((Expectation) step);
    }

    String setting(Setting setting) {
        if (setting instanceof EnvSetting env) {
            return "env " + env.name() + " = " + text(env.value());
        }
        if (setting instanceof EnvUnset unset) {
            return "unset env " + unset.name();
        }
        if (setting instanceof Publish publish) {
            return "publish " + port(publish.port());
        }
        if (setting instanceof VolumeMount volume) {
            return "volume " + text(volume.volume()) + " at " + text(volume.path());
        }
        if (setting instanceof CommandSetting command) {
            return "command " + argv(command.argv());
        }
        if (setting instanceof UserSetting user) {
            return "user " + text(user.user());
        }
        if (setting instanceof EntrypointSetting entrypoint) {
            return "entrypoint " + argv(entrypoint.argv());
        }
        if (setting instanceof HostMount mount) {
            return "mount " + text(mount.hostPath()) + " at " + text(mount.containerPath())
                    + (mount.readOnly() ? " read only" : "");
        }
        if (setting instanceof DockerSocketMount) {
            return "mount docker socket";
        }
        if (setting instanceof HealthcheckSetting health) {
            return healthcheck(health);
        }
        if (setting instanceof NoHealthcheck) {
            return "healthcheck none";
        }
        if (setting instanceof WorkdirSetting workdir) {
            return "workdir " + text(workdir.path());
        }
        if (setting instanceof LabelSetting label) {
            return "label " + text(label.name()) + " = " + text(label.value());
        }
        if (setting instanceof NetworkAlias alias) {
            return "alias " + text(alias.alias());
        }
        if (setting instanceof AnonymousVolume volume) {
            return "volume at " + text(volume.path());
        }
        ServiceSettings service = (ServiceSettings) setting;
        return "service " + service.service()
                + block(service.settings().stream().map(this::setting).toList(), true);
    }

    private static String healthcheck(HealthcheckSetting health) {
        StringBuilder out = new StringBuilder("healthcheck");
        health.test().ifPresent(test -> out.append(' ')
                .append(
                        test.shell()
                                ? text(test.words().get(0))
                                : test.words().stream()
                                        .map(TermPrinter::text)
                                        .collect(Collectors.joining(", ", "[", "]"))));
        health.interval().ifPresent(d -> out.append(" interval ").append(duration(d)));
        health.timeout().ifPresent(d -> out.append(" timeout ").append(duration(d)));
        health.startPeriod().ifPresent(d -> out.append(" start period ").append(duration(d)));
        health.retries().ifPresent(n -> out.append(" retries ").append(n));
        return out.toString();
    }

    String action(Action action) {
        if (action instanceof WaitAction wait) {
            return "wait for " + waitTarget(wait);
        }
        if (action instanceof SendSignal signal) {
            return "signal " + signal.signal().name() + target(signal.target());
        }
        if (action instanceof Recreate) {
            return "recreate";
        }
        if (action instanceof Restart restart) {
            return "restart" + target(restart.target());
        }
        if (action instanceof Pause pause) {
            return "pause " + duration(pause.duration());
        }
        if (action instanceof StopService stop) {
            return "stop service " + stop.service();
        }
        return "start service " + ((StartService) action).service();
    }

    private String waitTarget(WaitAction wait) {
        if (wait instanceof WaitForLog log) {
            return stream(log.stream()) + " " + line(log.match()) + target(log.target()) + within(log.within());
        }
        if (wait instanceof WaitForHealthy healthy) {
            return "healthy" + target(healthy.target()) + within(healthy.within());
        }
        if (wait instanceof WaitForPort port) {
            return "port " + port(port.port()) + target(port.target()) + within(port.within());
        }
        if (wait instanceof WaitForExit exit) {
            return "exit " + exit.code() + target(exit.target()) + within(exit.within());
        }
        WaitForHttp http = (WaitForHttp) wait;
        return CheckPrinter.http(http.request(), http.target(), http.within())
                + block(http.until().stream().map(CheckPrinter::assertion).toList());
    }

    /** Nothing, {@code { a }} on the same line, or one entry per line. */
    String block(List<String> entries) {
        return block(entries, false);
    }

    /** Like {@link #block(List)}; {@code keepEmpty} prints {@code { }} where the braces are required. */
    String block(List<String> entries, boolean keepEmpty) {
        if (entries.isEmpty()) {
            return keepEmpty ? " { }" : "";
        }
        if (inline || entries.size() == 1) {
            return " { " + String.join("  ", entries) + " }";
        }
        String inner = indent + "  ";
        return entries.stream().map(e -> inner + e).collect(Collectors.joining("\n", " {\n", "\n" + indent + "}"));
    }
}
