package dev.plimsoll.engine.docker;

import java.util.Optional;

/**
 * One entry of a container's filesystem.
 *
 * @param path absolute path in the container
 * @param mode permission bits, e.g. {@code 0755} (no file type bits)
 * @param uid the owner's uid, or {@link #UNKNOWN_OWNER} when Docker does not tell (a socket or a fifo, which its
 *     archive API skips: only its stat is known)
 * @param gid the group's gid, or {@link #UNKNOWN_OWNER}
 * @param linkTarget the target of a symlink
 * @param content the bytes of a regular file up to {@link #MAX_CONTENT} bytes; empty for larger files and
 *     for anything that is not a regular file
 */
public record FileEntry(
        String path,
        Type type,
        int mode,
        int uid,
        int gid,
        Optional<String> linkTarget,
        long size,
        Optional<byte[]> content) {

    /** Files larger than this (1 MiB) are listed without content. */
    public static final int MAX_CONTENT = 1 << 20;

    /** The uid and gid of an entry known only from Docker's path stat, which has no owner. */
    public static final int UNKNOWN_OWNER = -1;

    public enum Type {
        FILE,
        DIRECTORY,
        SYMLINK,
        SOCKET,
        OTHER
    }
}
