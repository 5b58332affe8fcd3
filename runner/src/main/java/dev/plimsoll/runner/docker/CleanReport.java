package dev.plimsoll.runner.docker;

import java.util.List;

/**
 * What {@code clean} did, or with {@code --dry-run} would do.
 *
 * @param runs every run found, removed or left alone, with the reason
 * @param images the images plimsoll built: all of them, and those removed
 */
public record CleanReport(List<RunVerdict> runs, Removed removed, Images images) {

    public CleanReport {
        runs = List.copyOf(runs);
    }

    /** Why a run was removed or left alone. */
    public enum Reason {
        /** Its owner is gone (same host, that pid is no longer the owner). */
        OWNER_GONE,
        /** Named with {@code --run}, and its owner is not known to be alive. */
        NAMED,
        /** {@code --force}. */
        FORCED,
        /** Left: its owner is running. */
        OWNER_ALIVE,
        /** Left: made on another host or pid namespace, where its owner cannot be seen. */
        ELSEWHERE,
        /** Left: made by a plimsoll that did not record owners. */
        NO_OWNER
    }

    /**
     * One run's objects.
     *
     * @param owner e.g. {@code pid 4711 on build-7}, or empty
     */
    public record RunVerdict(String runId, Reason reason, String owner, Removed objects) {

        public boolean removed() {
            return reason == Reason.OWNER_GONE || reason == Reason.NAMED || reason == Reason.FORCED;
        }
    }

    /**
     * @param count built images found
     * @param bytes the disk they hold of their own
     * @param removed how many were (or would be) removed
     * @param removedBytes the disk that frees
     * @param kept how many Docker kept although asked to remove them (a container uses them)
     */
    public record Images(int count, long bytes, int removed, long removedBytes, int kept) {}
}
