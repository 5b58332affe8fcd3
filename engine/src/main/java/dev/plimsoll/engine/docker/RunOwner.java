package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The process that owns a run, recorded in labels on everything the run creates, so that a sweep or {@code clean}
 * can tell a run whose owner is gone from one that is still going.
 *
 * <p>A pid means something only in its own pid namespace: {@code host} is the host name and the pid namespace
 * together ({@code build-7/pid:[4026531836]}), so two containers with the same host name never judge each other's
 * pids. The start time tells a pid that was reused by a new process.
 *
 * @param host where the pid is meaningful: host name and pid namespace
 * @param started the owner's start, in epoch milliseconds (0 when the platform does not say)
 */
public record RunOwner(String host, long pid, long started) {

    static final String HOST_LABEL = "dev.plimsoll.owner.host";
    static final String PID_LABEL = "dev.plimsoll.owner.pid";
    static final String STARTED_LABEL = "dev.plimsoll.owner.started";

    /** Start times come from jiffies since boot and the boot time in seconds: allow for the rounding. */
    private static final long START_TOLERANCE_MILLIS = 1500;

    /** What a sweep may conclude about a run's owner. */
    public enum Status {
        /** The owner process is running: never touch its run. */
        ALIVE,
        /** Same host, and that pid is no longer the owner: its run is left over. */
        GONE,
        /** Another host or pid namespace: nothing here can tell; left alone. */
        ELSEWHERE
    }

    /** This process. */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostHere(), self.pid(), startOf(self));
    }

    Map<String, String> labels() {
        return Map.of(HOST_LABEL, host, PID_LABEL, Long.toString(pid), STARTED_LABEL, Long.toString(started));
    }

    /** The owner recorded in an object's labels; empty for objects of a plimsoll that did not record one. */
    public static Optional<RunOwner> fromLabels(Map<String, String> labels) {
        String host = labels.get(HOST_LABEL);
        String pid = labels.get(PID_LABEL);
        String started = labels.get(STARTED_LABEL);
        if (host == null || pid == null || started == null) return Optional.empty();
        try {
            return Optional.of(new RunOwner(host, Long.parseLong(pid), Long.parseLong(started)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Judged from this process, which must be on the same host and in the same pid namespace to judge at all. */
    public Status status() {
        if (!host.equals(hostHere())) return Status.ELSEWHERE;
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive() || zombie(pid)) return Status.GONE;
        long now = startOf(process.get());
        if (started != 0 && now != 0 && Math.abs(now - started) > START_TOLERANCE_MILLIS) return Status.GONE;
        return Status.ALIVE;
    }

    /** e.g. {@code pid 4711 on build-7}. */
    public String describe() {
        int namespace = host.lastIndexOf('/');
        return "pid " + pid + " on " + (namespace < 0 ? host : host.substring(0, namespace));
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** A killed process stays in the table until its parent reaps it; it no longer owns anything. */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int end = stat.lastIndexOf(')');
            return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException notLinuxOrGone) {
            return false;
        }
    }

    static String hostHere() {
        return hostName() + "/" + pidNamespace();
    }

    private static String hostName() {
        for (Path file : new Path[] {Path.of("/proc/sys/kernel/hostname"), Path.of("/etc/hostname")}) {
            try {
                String name = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) return name;
            } catch (IOException | RuntimeException e) {
                // try the next source
            }
        }
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv;
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private static String pidNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | RuntimeException e) {
            return "pid";
        }
    }
}
