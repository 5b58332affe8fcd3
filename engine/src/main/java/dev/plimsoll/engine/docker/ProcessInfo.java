package dev.plimsoll.engine.docker;

/**
 * One process of a running container.
 *
 * @param uid the effective user id
 * @param user the name from the container's /etc/passwd, else the uid as text
 * @param gid the real group id, as the process's status has it
 * @param group the name from the container's /etc/group, else the gid as text
 * @param command the full command line
 */
public record ProcessInfo(int pid, int uid, String user, int gid, String group, String command) {}
