package dev.plimsoll.engine.step;

/**
 * A container a step acts on, with the words a failure uses for it; or the host itself, for {@code on host}.
 *
 * @param owner {@code the container} for the subject, {@code service db} for a service
 */
public record Container(String id, String owner) {
    /** {@code on host}: ports are host ports (127.0.0.1, or the host override), not container ports. */
    public static final Container HOST = new Container("", "the host");

    public boolean isHost() {
        return id.isEmpty();
    }
}
