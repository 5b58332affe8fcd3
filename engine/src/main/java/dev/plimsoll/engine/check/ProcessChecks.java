package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ProcessInfo;
import dev.plimsoll.engine.plan.ProcessExpectation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code expect process "name" runs as "user"} or {@code "user:group"}. */
public final class ProcessChecks {

    private static final int SHOWN = 10;

    private ProcessChecks() {}

    /**
     * name matches a process whose executable basename (first token of command, after path) equals name, or whose
     * command line contains it as a word. The expected {@code user} or {@code user:group} is compared by name, or by
     * id when numeric; the group is the process's real group. Lists the processes seen when nothing matches (max 10).
     */
    public static List<String> mismatches(ProcessExpectation expectation, List<ProcessInfo> processes) {
        String wanted = expectation.name();
        String expected = expectation.user();
        Pattern word = word(wanted);
        int colon = expected.indexOf(':');
        String expectedUser = colon < 0 ? expected : expected.substring(0, colon);
        Optional<String> expectedGroup = colon < 0 ? Optional.empty() : Optional.of(expected.substring(colon + 1));
        List<ProcessInfo> named = processes.stream()
                .filter(process -> isNamed(process.command(), wanted, word))
                .toList();
        if (named.isEmpty()) {
            return List.of("no process " + Show.quote(wanted) + " is running (seen: " + seen(processes) + ")");
        }
        if (named.stream().anyMatch(process -> runsAs(process, expectedUser, expectedGroup))) {
            return List.of();
        }
        if (expectedGroup.isEmpty()) {
            String got = named.stream()
                    .map(process -> Show.quote(process.user()) + " (pid " + process.pid() + ")")
                    .collect(Collectors.joining(", "));
            return List.of(
                    "process " + Show.quote(wanted) + ": expected user " + Show.quote(expectedUser) + ", got " + got);
        }
        String got = named.stream()
                .map(process -> "user " + Show.quote(process.user()) + " and group " + Show.quote(process.group())
                        + " (pid " + process.pid() + ")")
                .collect(Collectors.joining(", "));
        return List.of("process " + Show.quote(wanted) + ": expected user " + Show.quote(expectedUser) + " and group "
                + Show.quote(expectedGroup.get()) + ", got " + got);
    }

    // a word: not glued to letters, digits, dots, dashes or underscores on either side
    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w.-])");
    }

    private static boolean isNamed(String command, String name, Pattern word) {
        String executable = command.strip().split("\\s+", 2)[0];
        String basename = executable.substring(executable.lastIndexOf('/') + 1);
        if (basename.equals(name)) {
            return true;
        }
        return word.matcher(command).find();
    }

    private static boolean runsAs(ProcessInfo process, String user, Optional<String> group) {
        return sameAccount(user, process.uid(), process.user())
                && group.map(expected -> sameAccount(expected, process.gid(), process.group()))
                        .orElse(true);
    }

    private static boolean sameAccount(String expected, int id, String name) {
        if (!expected.isEmpty() && expected.chars().allMatch(Character::isDigit)) {
            return String.valueOf(id).equals(expected);
        }
        return name.equals(expected);
    }

    private static String seen(List<ProcessInfo> processes) {
        if (processes.isEmpty()) {
            return "no processes";
        }
        String shown = processes.stream()
                .limit(SHOWN)
                .map(process -> "pid " + process.pid() + " " + Show.quote(process.command(), 80))
                .collect(Collectors.joining(", "));
        int more = processes.size() - SHOWN;
        return more > 0 ? shown + " and " + more + " more" : shown;
    }
}
