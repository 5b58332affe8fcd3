package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ProcessInfo;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Text;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code expect process "name" runs as "user"}. */
public final class ProcessChecks {

    private static final int SHOWN = 10;

    private ProcessChecks() {}

    /** name matches a process whose executable basename (first token of command, after path) equals name, or whose
     *  command line contains it as a word; user compared by name (or uid if the expected is numeric). Lists the
     *  processes seen when nothing matches (max 10). */
    public static List<String> mismatches(Text name, Text user, List<ProcessInfo> processes, Variables vars) {
        String wanted = name.resolve(vars);
        String expectedUser = user.resolve(vars);
        List<ProcessInfo> named = processes.stream()
                .filter(process -> isNamed(process.command(), wanted))
                .toList();
        if (named.isEmpty()) {
            return List.of("no process " + Show.quote(wanted) + " is running (seen: " + seen(processes) + ")");
        }
        if (named.stream().anyMatch(process -> runsAs(process, expectedUser))) {
            return List.of();
        }
        String got = named.stream()
                .map(process -> Show.quote(process.user()) + " (pid " + process.pid() + ")")
                .collect(Collectors.joining(", "));
        return List.of(
                "process " + Show.quote(wanted) + ": expected user " + Show.quote(expectedUser) + ", got " + got);
    }

    static boolean isNamed(String command, String name) {
        String executable = command.strip().split("\\s+", 2)[0];
        String basename = executable.substring(executable.lastIndexOf('/') + 1);
        if (basename.equals(name)) {
            return true;
        }
        // a word: not glued to letters, digits, dots, dashes or underscores on either side
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w.-])")
                .matcher(command)
                .find();
    }

    private static boolean runsAs(ProcessInfo process, String user) {
        if (!user.isEmpty() && user.chars().allMatch(Character::isDigit)) {
            return String.valueOf(process.uid()).equals(user);
        }
        return process.user().equals(user);
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
