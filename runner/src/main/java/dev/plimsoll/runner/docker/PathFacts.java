package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.FileEntry;
import java.util.Optional;

/**
 * One path in the image's filesystem, as a {@code file} check states it.
 *
 * @param owner {@code user:group}, by name where the image's /etc/passwd and /etc/group have one, else by id
 * @param mode permission bits, e.g. {@code 0750}
 * @param linkTarget what a symlink points to
 */
public record PathFacts(String path, FileEntry.Type type, String owner, int mode, Optional<String> linkTarget) {}
