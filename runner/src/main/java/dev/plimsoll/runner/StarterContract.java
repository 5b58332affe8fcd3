package dev.plimsoll.runner;

import dev.plimsoll.engine.docker.ImageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The contract {@code init} writes: the image's metadata as {@code image has} facts (true today, so they
 * pass), plus a first scenario per exposed port. It is a starting point for a person to edit.
 */
record StarterContract(String reference, ImageInfo image) {

    /** Variables a base image sets for every image; stating them promises nothing about this one. */
    private static final List<String> NOISE = List.of("PATH");

    String render() {
        List<String> lines = new ArrayList<>();
        lines.add(
                "# " + name() + ".contract — written by `plimsoll init " + reference + "` from the image's metadata.");
        lines.add("# Every fact below holds today; keep the ones that are promises, delete the rest.");
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
        image.stopSignal().ifPresent(signal -> lines.add("  stop signal " + signal));
        lines.add("  size below " + sizeBound() + "MB");
        lines.add("}");
        lines.add("");
        lines.add("scenario \"starts and keeps running\" {");
        lines.add("  expect running after 2s");
        lines.add("}");
        image.exposedPorts().stream().filter(port -> !port.endsWith("/udp")).forEach(port -> listens(lines, port));
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

    private static void listens(List<String> lines, String port) {
        String number = port.replaceAll("/.*$", "");
        lines.add("");
        lines.add("scenario \"listens on port " + number + "\" {");
        lines.add("  publish " + number);
        lines.add("  expect port " + number + " open within 30s");
        lines.add("}");
    }

    /** Today's size plus a tenth, rounded up to whole megabytes: room for patch releases, not for bloat. */
    private long sizeBound() {
        long megabytes = (long) Math.ceil(image.sizeBytes() * 1.1 / 1_000_000.0);
        return Math.max(1, megabytes);
    }

    static String quote(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("$", "\\$")
                .replace("\n", "\\n")
                .replace("\t", "\\t");
    }
}
