package dev.plimsoll.engine.docker;

/** How many objects {@link Docker#removeAll} removed, per kind. */
public record RemovalCounts(int containers, int networks, int volumes) {

    public int total() {
        return containers + networks + volumes;
    }
}
