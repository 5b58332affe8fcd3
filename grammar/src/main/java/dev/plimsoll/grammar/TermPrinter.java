package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.ById;
import dev.plimsoll.grammar.ast.ByName;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.Empty;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.OnHost;
import dev.plimsoll.grammar.ast.OnService;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.PortValue;
import dev.plimsoll.grammar.ast.Principal;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.ast.Size;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Canonical source for the small values: strings, regexes, durations, sizes, ports, comparisons. */
final class TermPrinter {
    private static final List<String> SIZE_UNITS = List.of("GiB", "GB", "MiB", "MB", "KiB", "kB", "B");
    private static final List<Long> SIZE_FACTORS =
            List.of(1L << 30, 1_000_000_000L, 1L << 20, 1_000_000L, 1L << 10, 1_000L, 1L);

    private TermPrinter() {}

    static String text(Text text) {
        return "\"" + text.source() + "\"";
    }

    static String texts(List<Text> texts) {
        return texts.stream().map(TermPrinter::text).collect(Collectors.joining(", "));
    }

    static String regex(Regex regex) {
        StringBuilder out = new StringBuilder("/");
        String pattern = regex.pattern();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
            } else {
                out.append(c == '/' ? "\\/" : String.valueOf(c));
            }
        }
        return out.append('/').toString();
    }

    static String duration(Duration duration) {
        return Durations.format(duration.millis());
    }

    static String within(Optional<Duration> within) {
        return within.map(d -> " within " + duration(d)).orElse("");
    }

    /** Nothing for the subject, else {@code on service NAME} / {@code on host} with a leading space. */
    static String target(Target target) {
        if (target instanceof OnService service) {
            return " on service " + service.name();
        }
        return target instanceof OnHost ? " on host" : "";
    }

    static String size(Size size) {
        return scaled(size.bytes(), SIZE_UNITS, SIZE_FACTORS);
    }

    /** The largest unit that divides the value exactly. */
    private static String scaled(long value, List<String> units, List<Long> factors) {
        for (int i = 0; i < units.size(); i++) {
            if (value != 0 && value % factors.get(i) == 0) {
                return value / factors.get(i) + units.get(i);
            }
        }
        return value + units.get(units.size() - 1);
    }

    static String port(PortValue port) {
        if (port instanceof PortText text) {
            return text(text.text());
        }
        return port((Port) port);
    }

    static String port(Port port) {
        return port.number() + (port.protocol() == Protocol.UDP ? "/udp" : "");
    }

    static String stream(Stream stream) {
        return stream.name().toLowerCase(Locale.ROOT);
    }

    static String principal(Principal principal) {
        return principal instanceof ById id ? String.valueOf(id.id()) : ((ByName) principal).name();
    }

    /** {@code = "x"}, {@code contains "x"}, {@code matches /x/}, {@code empty}. */
    static String match(TextMatch match, String equalsWord) {
        if (match instanceof Equals equals) {
            return equalsWord + " " + text(equals.text());
        }
        if (match instanceof Contains contains) {
            return "contains " + text(contains.text());
        }
        return match instanceof Matches matches ? "matches " + regex(matches.regex()) : "empty";
    }

    /** In log waits and line lists a plain string means "contains" and a bare regex "matches". */
    static String line(TextMatch match) {
        if (match instanceof Contains contains) {
            return text(contains.text());
        }
        if (match instanceof Matches matches) {
            return regex(matches.regex());
        }
        return match instanceof Empty ? "empty" : match(match, "=");
    }

    /** One string when it splits back into the same words, else the list form. */
    static String argv(List<Text> argv) {
        boolean splittable = !argv.isEmpty() && argv.stream().allMatch(TermPrinter::isWord);
        if (splittable) {
            return "\"" + argv.stream().map(Text::source).collect(Collectors.joining(" ")) + "\"";
        }
        return "[" + texts(argv) + "]";
    }

    private static boolean isWord(Text text) {
        return !text.parts().isEmpty()
                && text.parts().stream()
                        .allMatch(p -> !(p instanceof Literal l)
                                || l.value()
                                        .chars()
                                        .noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"'));
    }
}
