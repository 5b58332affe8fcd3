package dev.plimsoll.engine.docker;

/**
 * One request a container sent through the scenario's Docker socket, as far as cleanup cares.
 *
 * @param container for {@link Kind#CREATE} the {@code name} asked for (empty when none); for {@link Kind#START} the
 *     id or name in the path; else empty
 * @param head whether the method was HEAD, whose response has no body
 */
record ApiRequest(Kind kind, String container, boolean head) {

    enum Kind {
        /** {@code POST /containers/create}: its response names the new container. */
        CREATE,
        /** {@code POST /containers/ID/start}. */
        START,
        /** Any other request. */
        OTHER,
        /** Attach, exec start or an upgrade: after its response's head the connection carries raw streams. */
        TAKEOVER,
        /** The requests ended, or stopped being HTTP: nothing after this is parsed. */
        END
    }

    static ApiRequest end() {
        return new ApiRequest(Kind.END, "", false);
    }
}
