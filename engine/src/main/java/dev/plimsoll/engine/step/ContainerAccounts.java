package dev.plimsoll.engine.step;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.ImageAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The users and groups of a scenario's containers, read once per container rather than once per check (each read is
 * two archive requests). The tables change only when something in the container rewrites /etc/passwd or /etc/group,
 * so keeping them is sound as long as: a recreate is a new container id and so a new read; a restart or a start
 * forgets the container ({@link #forget}), since an entrypoint may add its user as it starts; and a check that fails
 * with the kept tables is looked at once more with tables read anew ({@link Lookup#mismatches}), which covers a user
 * added while the container runs. A failure therefore names owners from the same fresh tables as before.
 */
public final class ContainerAccounts {
    private final Map<String, ImageAccounts> byContainer = new HashMap<>();

    /** A fresh lookup for one check of {@code containerId}. */
    Lookup lookup(Docker docker, String containerId) {
        return new Lookup(docker, containerId);
    }

    /** The container was started or restarted: its entrypoint may have changed the tables. */
    synchronized void forget(String containerId) {
        byContainer.remove(containerId);
    }

    private synchronized ImageAccounts kept(Docker docker, String containerId) {
        ImageAccounts accounts = byContainer.get(containerId);
        if (accounts == null) {
            accounts = docker.accounts(containerId);
            byContainer.put(containerId, accounts);
        }
        return accounts;
    }

    private synchronized ImageAccounts reread(Docker docker, String containerId) {
        ImageAccounts accounts = docker.accounts(containerId);
        byContainer.put(containerId, accounts);
        return accounts;
    }

    /** The tables as one check (all its attempts) sees them: read anew at most once, when the check fails. */
    final class Lookup {
        private final Docker docker;
        private final String containerId;
        private boolean reread;

        private Lookup(Docker docker, String containerId) {
            this.docker = docker;
            this.containerId = containerId;
        }

        /**
         * The check's mismatches with the kept tables, or, if there are any, with tables read anew once. The tables are
         * read only when the check asks for them: a file check of a mode alone needs no owner names.
         */
        List<String> mismatches(Function<Supplier<ImageAccounts>, List<String>> check) {
            boolean[] asked = {false};
            List<String> mismatches = check.apply(() -> {
                asked[0] = true;
                return kept(docker, containerId);
            });
            if (mismatches.isEmpty() || reread || !asked[0]) {
                return mismatches;
            }
            reread = true;
            return check.apply(() -> reread(docker, containerId));
        }
    }
}
