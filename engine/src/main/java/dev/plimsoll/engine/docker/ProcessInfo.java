package dev.plimsoll.engine.docker;

/**
 * One process of a running container.
 *
 * @param user the name from the container's /etc/passwd, else the uid as text
 * @param command the full command line
 */
public record ProcessInfo(int pid, int uid, String user, String command) {}
