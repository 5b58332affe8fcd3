package dev.plimsoll.runner.docker;

/** How many objects {@code clean} removed (or would remove), by kind. */
public record Removed(int containers, int networks, int volumes) {

    public static final Removed NONE = new Removed(0, 0, 0);

    Removed plus(Removed other) {
        return new Removed(containers + other.containers, networks + other.networks, volumes + other.volumes);
    }

    /** e.g. {@code 2 containers, 1 network, 0 volumes}. */
    public String describe() {
        return describe(containers, networks, volumes);
    }

    public static String describe(int containers, int networks, int volumes) {
        return count(containers, "container") + ", " + count(networks, "network") + ", " + count(volumes, "volume");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
