package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageAccounts;
import dev.plimsoll.grammar.ast.ById;
import dev.plimsoll.grammar.ast.ByName;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.ast.Principal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code owned by "user[:group]"}: names resolve through the image's own /etc/passwd and /etc/group. */
final class Ownership {

    private Ownership() {}

    static List<String> mismatches(OwnedBy owner, FileEntry entry, ImageAccounts accounts) {
        if (entry.uid() == FileEntry.UNKNOWN_OWNER) {
            return List.of("owner: unknown: Docker's archive API does not tell the owner of a socket or a fifo, and"
                    + " the container could not run 'stat' to ask (stopped, or no coreutils)");
        }
        boolean userHolds =
                holds(owner.user(), entry.uid(), accounts.uid(name(owner.user())), accounts.userName(entry.uid()));
        boolean groupHolds = owner.group()
                .map(group -> holds(group, entry.gid(), accounts.gid(name(group)), accounts.groupName(entry.gid())))
                .orElse(true);
        if (userHolds && groupHolds) {
            return List.of();
        }
        String expected = show(owner.user())
                + owner.group().map(group -> ":" + show(group)).orElse("");
        String actualNames = accounts.userName(entry.uid()).orElse(String.valueOf(entry.uid()))
                + owner.group()
                        .map(group -> ":" + accounts.groupName(entry.gid()).orElse(String.valueOf(entry.gid())))
                        .orElse("");
        String actualIds =
                entry.uid() + owner.group().map(group -> ":" + entry.gid()).orElse("");
        return List.of("owner: expected " + Show.quote(expected) + ", got " + Show.quote(actualNames) + " (" + actualIds
                + ")" + unknown(owner, accounts));
    }

    private static boolean holds(Principal expected, int actualId, OptionalInt idOfName, Optional<String> nameOfId) {
        if (expected instanceof ById byId) {
            return byId.id() == actualId;
        }
        String name = ((ByName) expected).name();
        return (idOfName.isPresent() && idOfName.getAsInt() == actualId)
                || nameOfId.filter(name::equals).isPresent();
    }

    // A name the image does not know can never match: say so rather than leave the reader guessing.
    private static String unknown(OwnedBy owner, ImageAccounts accounts) {
        if (owner.user() instanceof ByName user && accounts.uid(user.name()).isEmpty()) {
            return "; the image has no user " + Show.quote(user.name());
        }
        if (owner.group().orElse(null) instanceof ByName group
                && accounts.gid(group.name()).isEmpty()) {
            return "; the image has no group " + Show.quote(group.name());
        }
        return "";
    }

    private static String name(Principal principal) {
        return principal instanceof ByName byName ? byName.name() : "";
    }

    private static String show(Principal principal) {
        return principal instanceof ById byId ? String.valueOf(byId.id()) : ((ByName) principal).name();
    }
}
