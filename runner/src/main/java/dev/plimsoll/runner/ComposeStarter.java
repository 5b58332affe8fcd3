package dev.plimsoll.runner;

import dev.plimsoll.grammar.compose.ComposeLoader;
import dev.plimsoll.grammar.compose.ComposeProject;
import dev.plimsoll.grammar.compose.ComposeRequest;
import dev.plimsoll.grammar.compose.ComposeResult;
import dev.plimsoll.grammar.compose.ComposeService;
import dev.plimsoll.grammar.compose.ContainerPort;
import dev.plimsoll.grammar.diag.Suggestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contract {@code init --compose FILE SERVICE} writes: the Compose file as its services, the service as its
 * subject, and one scenario that waits for what the file says makes it ready (its healthcheck, else its ports,
 * else that it keeps running). Reads the file only; no container is started.
 *
 * @param composeFile the Compose file, absolute
 * @param contractDirectory where the contract will be, for the relative path in {@code services from}
 */
record ComposeStarter(Path composeFile, String service, Path contractDirectory) {
    /** What the contract language takes as a service name ({@code subject service NAME}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** The contract, or the problems (rendered, located in the Compose file) that stop it. */
    record Written(Optional<String> contract, String problems) {}

    Written write(Map<String, String> environment) {
        ComposeResult result =
                ComposeLoader.load(ComposeRequest.of(List.of(composeFile)).withVariables(Map.of(), environment));
        Optional<ComposeProject> project = result.project();
        String rendered = result.render(DisplayPaths::of);
        if (project.isEmpty()) {
            return new Written(Optional.empty(), rendered);
        }
        Optional<ComposeService> chosen = project.get().service(service);
        if (chosen.isEmpty()) {
            List<String> names = project.get().names();
            String hint = Suggestion.closest(service, names)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("");
            return new Written(
                    Optional.empty(),
                    DisplayPaths.of(composeFile) + ": no service '" + service + "' starts from it (it has: "
                            + String.join(", ", names) + ")" + hint);
        }
        if (!NAME.matcher(service).matches()) {
            return new Written(
                    Optional.empty(),
                    DisplayPaths.of(composeFile) + ": service '" + service + "' cannot be named in a contract ("
                            + "names are letters, digits, '_' and '-', starting with a letter or '_')");
        }
        return new Written(Optional.of(render(chosen.get())), rendered);
    }

    private String render(ComposeService subject) {
        String file = contractDirectory
                .toAbsolutePath()
                .normalize()
                .relativize(composeFile)
                .toString();
        List<String> lines = new ArrayList<>();
        lines.add(
                "# " + service + ".contract — written by `plimsoll init --compose " + DisplayPaths.of(composeFile) + " "
                        + service
                        + "` from the Compose file.");
        lines.add("# The services of the file start before the subject, as `docker compose up` starts them;"
                + " write the promises " + service + " keeps into the scenario.");
        lines.add("services from " + quote(file));
        lines.add("subject service " + service);
        lines.add("");
        lines.add("scenario " + quote(service + " gets ready with its services") + " {");
        if (subject.healthcheck().filter(h -> !h.disabled()).isPresent()) {
            lines.add("  wait for healthy within 60s");
        } else if (subject.ports().stream().anyMatch(ComposeStarter::tcp)) {
            // only TCP: a UDP port has no connection to wait for
            subject.ports().stream()
                    .filter(ComposeStarter::tcp)
                    .forEach(port -> lines.add("  wait for port " + port.port() + " within 60s"));
        } else {
            lines.add("  expect running after 2s");
        }
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    private static boolean tcp(ContainerPort port) {
        return port.protocol().equals("tcp");
    }

    private static String quote(String text) {
        return StarterContract.quote(text);
    }
}
