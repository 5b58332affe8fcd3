package dev.plimsoll.engine.docker;

/** How a container is named to people: the first 12 digits of its id, as the docker CLI shows it. */
public final class ContainerIds {
    private ContainerIds() {}

    /** The short form of a full hex id; a name, or an id already short, stays as it is. */
    public static String shortId(String id) {
        return id.length() > 12 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? id.substring(0, 12) : id;
    }
}
