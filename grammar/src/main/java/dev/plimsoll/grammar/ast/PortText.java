package dev.plimsoll.grammar.ast;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code "${PORT}"} or {@code "${PORT}/udp"}: a port written as a string, so it can come from a variable or a saved
 * value. Its value must read as a port number 1..65535, optionally with {@code /tcp} or {@code /udp}.
 */
public record PortText(Text text, Span span) implements PortValue {
    private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:/(tcp|udp))?");

    /** What the value reads as, at this node's span; empty when it is not a port. */
    public Optional<Port> parse(String value) {
        Matcher matcher = PORT.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        if (number < 1 || number > 65535) {
            return Optional.empty();
        }
        Protocol protocol = "udp".equals(matcher.group(2)) ? Protocol.UDP : Protocol.TCP;
        return Optional.of(new Port(number, protocol, span));
    }

    /** Why a UDP port cannot be waited for or checked as open, in the words a diagnostic and a failed step use. */
    public static String notProbed(int number) {
        return "port " + number + "/udp cannot be probed: UDP has no connection to open";
    }

    /** Why {@code value} is not a port, in the words a diagnostic and a failed step use alike. */
    public static String problem(String value) {
        return "'" + value + "' is not a port number (1..65535, optionally with /tcp or /udp)";
    }
}
