package dev.plimsoll.engine.docker;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Users and groups of an image, from its /etc/passwd and /etc/group: uid/gid to and from names. */
public final class ImageAccounts {

    private final Map<Integer, String> userNames = new HashMap<>();
    private final Map<String, Integer> uids = new HashMap<>();
    private final Map<String, Integer> primaryGids = new HashMap<>();
    private final Map<Integer, String> groupNames = new HashMap<>();
    private final Map<String, Integer> gids = new HashMap<>();

    private ImageAccounts() {}

    /** Parses the two files' text; malformed lines are skipped, as libc does. */
    public static ImageAccounts parse(String passwd, String group) {
        ImageAccounts accounts = new ImageAccounts();
        passwd.lines().forEach(accounts::addUser);
        group.lines().forEach(accounts::addGroup);
        return accounts;
    }

    public static ImageAccounts empty() {
        return new ImageAccounts();
    }

    public Optional<String> userName(int uid) {
        return Optional.ofNullable(userNames.get(uid));
    }

    public OptionalInt uid(String userName) {
        return optionalInt(uids.get(userName));
    }

    public OptionalInt primaryGid(String userName) {
        return optionalInt(primaryGids.get(userName));
    }

    public Optional<String> groupName(int gid) {
        return Optional.ofNullable(groupNames.get(gid));
    }

    public OptionalInt gid(String groupName) {
        return optionalInt(gids.get(groupName));
    }

    // name:password:uid:gid:gecos:home:shell
    private void addUser(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length < 4 || fields[0].isEmpty()) {
            return;
        }
        Integer uid = parseId(fields[2]);
        Integer gid = parseId(fields[3]);
        if (uid == null || gid == null) {
            return;
        }
        userNames.putIfAbsent(uid, fields[0]);
        uids.putIfAbsent(fields[0], uid);
        primaryGids.putIfAbsent(fields[0], gid);
    }

    // name:password:gid:members
    private void addGroup(String line) {
        String[] fields = line.split(":", -1);
        if (fields.length < 3 || fields[0].isEmpty()) {
            return;
        }
        Integer gid = parseId(fields[2]);
        if (gid == null) {
            return;
        }
        groupNames.putIfAbsent(gid, fields[0]);
        gids.putIfAbsent(fields[0], gid);
    }

    private static @Nullable Integer parseId(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OptionalInt optionalInt(@Nullable Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
