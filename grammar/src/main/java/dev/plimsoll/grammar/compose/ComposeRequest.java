package dev.plimsoll.grammar.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load: the files in merge order, the chosen profiles, and the variables for interpolation in
 * Compose's order ({@code --set} first, then the environment, then the {@code .env} file beside the first file).
 *
 * @param dockerSocketAllowed the contract asked for the Docker socket, so a bind of it is not refused
 */
public record ComposeRequest(
        List<Path> files,
        List<String> profiles,
        Map<String, String> set,
        Map<String, String> environment,
        boolean dockerSocketAllowed) {
    public ComposeRequest {
        files = List.copyOf(files);
        profiles = List.copyOf(profiles);
        set = Map.copyOf(set);
        environment = Map.copyOf(environment);
    }

    public static ComposeRequest of(List<Path> files) {
        return new ComposeRequest(files, List.of(), Map.of(), Map.of(), false);
    }

    public ComposeRequest withProfiles(List<String> chosen) {
        return new ComposeRequest(files, chosen, set, environment, dockerSocketAllowed);
    }

    public ComposeRequest withVariables(Map<String, String> setValues, Map<String, String> env) {
        return new ComposeRequest(files, profiles, setValues, env, dockerSocketAllowed);
    }
}
