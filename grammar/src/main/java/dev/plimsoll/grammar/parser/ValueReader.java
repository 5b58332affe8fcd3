package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.Durations;
import dev.plimsoll.grammar.Signals;
import dev.plimsoll.grammar.ast.ById;
import dev.plimsoll.grammar.ast.ByName;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.Principal;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.SignalName;
import dev.plimsoll.grammar.ast.Size;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/** Reads number-like values; a bad one is reported and replaced so reading can go on. */
final class ValueReader {
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([a-zA-Z]*)");
    private static final Map<String, Long> SIZE_UNITS = Map.of(
            "B", 1L,
            "kB", 1_000L,
            "MB", 1_000_000L,
            "GB", 1_000_000_000L,
            "KiB", 1L << 10,
            "MiB", 1L << 20,
            "GiB", 1L << 30);

    /** Longer deadlines are mistakes (a unit slip, a digit too many), and near-infinite ones overflow. */
    static final long MAX_DURATION_MILLIS = 24 * 3_600_000L;

    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    /** {@code 5s}, {@code 1.5m}, or compound like {@code 1h30m}; at most {@link #MAX_DURATION_MILLIS}. */
    Duration duration(Token token) {
        Span span = Spans.of(token);
        String text = token.getText();
        Matcher m = QUANTITY.matcher(text);
        BigDecimal millis = BigDecimal.ZERO;
        int end = 0;
        while (end < text.length() && m.find(end) && m.start() == end) {
            if (m.group(2).isEmpty()) {
                problems.error("duration '" + text + "' has no unit", span, "add a unit: 500ms, 5s, 2m or 1h");
                return new Duration(0, span);
            }
            Long unit = Durations.UNITS.get(m.group(2));
            if (unit == null) {
                problems.error(
                        "unknown duration unit '" + m.group(2) + "' in '" + text + "'", span, unitHint(m.group(2)));
                return new Duration(0, span);
            }
            millis = millis.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
            end = m.end();
        }
        if (millis.compareTo(BigDecimal.valueOf(MAX_DURATION_MILLIS)) > 0) {
            problems.error(
                    "duration '" + text + "' is longer than 24h",
                    span,
                    "deadlines are for containers starting and answering: seconds or minutes, e.g. 30s or 5m");
            return new Duration(0, span);
        }
        return new Duration(whole(millis, token, "duration"), span);
    }

    /** Units people write for durations, and the one they mean. */
    private static String unitHint(String unit) {
        String meant =
                switch (unit.toLowerCase(java.util.Locale.ROOT)) {
                    case "sec", "secs", "second", "seconds" -> "s";
                    case "min", "mins", "minute", "minutes" -> "m";
                    case "hr", "hrs", "hour", "hours" -> "h";
                    case "msec", "msecs", "millis", "millisecond", "milliseconds" -> "ms";
                    default -> "";
                };
        return meant.isEmpty()
                ? "durations use ms, s, m or h, e.g. 5s or 1m30s"
                : "write '" + meant + "', e.g. 5" + meant + "; durations use ms, s, m or h";
    }

    Size size(Token token) {
        Span span = Spans.of(token);
        Matcher m = QUANTITY.matcher(token.getText());
        if (!m.matches() || m.group(2).isEmpty()) {
            problems.error(
                    "size '" + token.getText() + "' has no unit", span, "add a unit: B, kB, MB, GB, KiB, MiB or GiB");
            return new Size(0, span);
        }
        Long unit = SIZE_UNITS.get(m.group(2));
        if (unit == null) {
            problems.error(
                    "unknown size unit '" + m.group(2) + "' in '" + token.getText() + "'",
                    span,
                    "sizes use B, kB, MB, GB (decimal) or KiB, MiB, GiB (binary), e.g. 300MB");
            return new Size(0, span);
        }
        return new Size(whole(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)), token, "size"), span);
    }

    private long whole(BigDecimal value, Token token, String what) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            problems.error(
                    what + " '" + token.getText() + "' is not a whole number of its smallest unit", Spans.of(token));
            return 0;
        }
    }

    Port port(Token token) {
        String text = token.getText();
        int slash = text.indexOf('/');
        String digits = slash < 0 ? text : text.substring(0, slash);
        Protocol protocol = Protocol.TCP;
        if (slash >= 0) {
            String name = text.substring(slash + 1);
            if (!name.equals("tcp") && !name.equals("udp")) {
                problems.error(
                        "unknown protocol '" + name + "' in port '" + text + "'", Spans.of(token), "use tcp or udp");
            }
            protocol = name.equals("udp") ? Protocol.UDP : Protocol.TCP;
        }
        return new Port(number(digits), protocol, Spans.of(token));
    }

    /** An exit status as a process reports it: 0 to 255. A bad one is reported at its token and read as 0. */
    int exitCode(Token token) {
        int code = number(token);
        if (code < 0 || code > 255) {
            String shown = token.getText().length() > 12 ? token.getText().substring(0, 12) + "…" : token.getText();
            problems.error(
                    "exit code " + shown + " is out of range (0..255)",
                    Spans.of(token),
                    "a process exits with 0 to 255; killed by a signal it reports 128 + the signal, e.g. 143 for"
                            + " SIGTERM");
            return 0;
        }
        return code;
    }

    /** A whole number; out-of-int values become -1, which every range rule rejects. */
    int number(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    int number(Token token) {
        return number(token.getText());
    }

    SignalName signal(Token token) {
        String name = token.getText();
        if (Signals.isKnown(name)) {
            return new SignalName(name, Spans.of(token));
        }
        String message = "unknown signal '" + name + "'";
        Signals.suggestion(name)
                .ifPresentOrElse(
                        s -> problems.error(message, Spans.of(token), "did you mean '" + s + "'?"),
                        () -> problems.error(
                                message, Spans.of(token), "use a Linux signal name like SIGTERM or SIGHUP"));
        return new SignalName(name, Spans.of(token));
    }

    int mode(Token token) {
        String digits = token.getText();
        if (!digits.matches("[0-7]+")) {
            problems.error(
                    "mode '" + digits + "' is not octal", Spans.of(token), "modes are octal digits 0-7, e.g. 0750");
            return 0;
        }
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits, 8);
    }

    /** {@code "app:app"}, {@code "1000:1000"}, {@code "app"}: user and optional group. */
    Principal[] owner(Text text) {
        String value = text.literalValue();
        String[] names = value.split(":", -1);
        if (!text.isLiteral()
                || names.length > 2
                || names[0].isEmpty()
                || (names.length == 2 && names[1].isEmpty())
                || value.chars().anyMatch(Character::isWhitespace)) {
            problems.error(
                    "bad owner '" + value + "'",
                    text.span(),
                    "write \"user\", \"user:group\" or numeric ids like \"1000:1000\"");
            return new Principal[] {principal(value, text.span())};
        }
        return names.length == 1
                ? new Principal[] {principal(names[0], text.span())}
                : new Principal[] {principal(names[0], text.span()), principal(names[1], text.span())};
    }

    private Principal principal(String name, Span span) {
        if (!name.isEmpty() && name.length() < 10 && name.chars().allMatch(Character::isDigit)) {
            return new ById(Integer.parseInt(name), span);
        }
        return new ByName(name, span);
    }
}
