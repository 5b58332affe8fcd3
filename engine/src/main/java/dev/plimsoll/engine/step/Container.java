package dev.plimsoll.engine.step;

/**
 * A running container a step acts on, with the words a failure uses for it.
 *
 * @param owner {@code the container} for the subject, {@code service db} for a service
 */
public record Container(String id, String owner) {}
