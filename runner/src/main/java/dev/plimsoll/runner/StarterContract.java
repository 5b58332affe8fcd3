package dev.plimsoll.runner;

import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.grammar.Signals;
import dev.plimsoll.runner.docker.ImageSurvey;
import dev.plimsoll.runner.docker.PathFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The contract {@code init} writes: the image's metadata as {@code image has} facts, its volume paths and
 * entrypoint as {@code file} checks, and scenarios from one trial run ({@link StarterScenarios}). Every
 * line held when it was written, so it passes against the same image. It is a starting point for a
 * person to edit.
 */
record StarterContract(String reference, ImageSurvey survey) {

    /** Variables a base image sets for every image; stating them promises nothing about this one. */
    private static final List<String> NOISE = List.of("PATH");

    String render() {
        ImageInfo image = survey.image();
        List<String> lines = new ArrayList<>();
        lines.add("# " + name() + ".contract — written by `plimsoll init " + reference
                + "` from the image's metadata, files and one trial run.");
        lines.add("# Every line below held when it was written; keep the ones that are promises, delete the rest.");
        lines.add("image \"${IMAGE:-" + escape(reference) + "}\"");
        lines.add("");
        lines.add("image has {");
        image.user().filter(user -> !user.isEmpty()).ifPresent(user -> lines.add("  user " + quote(user)));
        image.exposedPorts().forEach(port -> lines.add("  exposed port " + port));
        image.volumes().forEach(volume -> lines.add("  volume " + quote(volume)));
        new TreeMap<>(image.env()).forEach((name, value) -> env(lines, name, value));
        new TreeMap<>(image.labels())
                .forEach((name, value) -> lines.add("  label " + quote(name) + " = " + quote(value)));
        image.workdir().filter(dir -> !dir.isEmpty()).ifPresent(dir -> lines.add("  workdir " + quote(dir)));
        if (image.hasHealthcheck()) lines.add("  healthcheck");
        image.stopSignal().ifPresent(signal -> lines.add("  stop signal " + Signals.canonical(signal)));
        if (!image.entrypoint().isEmpty()) lines.add("  entrypoint " + list(image.entrypoint()));
        if (!image.cmd().isEmpty()) lines.add("  cmd " + list(image.cmd()));
        lines.add("  size below " + sizeBound() + "MB");
        lines.add("}");
        if (!survey.paths().isEmpty()) lines.add("");
        survey.paths().forEach(path -> lines.add(file(path)));
        lines.addAll(new StarterScenarios(survey.startup(), image.exposedPorts()).render());
        return String.join("\n", lines) + "\n";
    }

    /** {@code acme/greeter:1.4} becomes {@code greeter}. */
    String name() {
        String path = reference.replaceAll("@.*$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        String name = last.replaceAll(":.*$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() ? "image" : name;
    }

    private static void env(List<String> lines, String name, String value) {
        if (!NOISE.contains(name)) lines.add("  env " + name + " = " + quote(value));
    }

    /** A symlink's owner and mode say nothing (Linux ignores them), its target does. */
    private static String file(PathFacts path) {
        String head = "file " + quote(path.path());
        if (path.type() == FileEntry.Type.SYMLINK && path.linkTarget().isPresent()) {
            return head + " is symlink to " + quote(path.linkTarget().get());
        }
        String kind =
                switch (path.type()) {
                    case DIRECTORY -> " is directory";
                    case FILE -> " is regular file";
                    default -> " exists";
                };
        return head + kind + " owned by " + quote(path.owner()) + " mode " + String.format("%04o", path.mode());
    }

    /** Today's size plus a tenth, rounded up to whole megabytes: room for patch releases, not for bloat. */
    private long sizeBound() {
        long megabytes = (long) Math.ceil(survey.image().sizeBytes() * 1.1 / 1_000_000.0);
        return Math.max(1, megabytes);
    }

    private static String list(List<String> words) {
        return words.stream().map(StarterContract::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("$", "\\$")
                .replace("\n", "\\n")
                .replace("\t", "\\t")
                .replace("\r", "\\r");
    }
}
