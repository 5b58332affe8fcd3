package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.Durations;
import dev.plimsoll.grammar.diag.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code healthcheck}: {@code test} as a string (run by a shell) or a list, the timings, or {@code disable}. */
final class HealthcheckReader {
    private HealthcheckReader() {}

    static Optional<Healthcheck> read(Yaml yaml, Report report) {
        if (!(yaml instanceof Yaml.Mapping m)) {
            report.error("'healthcheck' must be a mapping", yaml.origin());
            return Optional.empty();
        }
        boolean disabled = text(m, "disable").map("true"::equals).orElse(false);
        List<String> test = new ArrayList<>();
        Optional<Yaml> written = m.get("test");
        if (written.isPresent() && written.get() instanceof Yaml.Scalar s) {
            test.addAll(List.of("CMD-SHELL", s.text()));
        } else if (written.isPresent() && written.get() instanceof Yaml.Sequence list) {
            for (Yaml item : list.items()) {
                if (item instanceof Yaml.Scalar s) {
                    test.add(s.text());
                } else {
                    report.error("a healthcheck test list holds strings only", item.origin());
                }
            }
            if (!test.isEmpty() && !List.of("CMD", "CMD-SHELL", "NONE").contains(test.get(0))) {
                report.error("a healthcheck test list starts with CMD, CMD-SHELL or NONE", list.origin());
            } else if (test.size() == 1 && !test.get(0).equals("NONE")) {
                report.error("a healthcheck test list names its command after " + test.get(0), list.origin());
            }
        } else if (written.isPresent()) {
            report.error(
                    "a healthcheck 'test' is a string (run by a shell) or a list such as [\"CMD\", \"pg_isready\"]",
                    written.get().origin());
        }
        if (test.size() == 1 && test.get(0).equals("NONE")) {
            disabled = true;
            test.clear();
        }
        Optional<Integer> retries = Optional.empty();
        Optional<String> retriesText = text(m, "retries");
        if (retriesText.isPresent()) {
            try {
                retries = Optional.of(Integer.parseInt(retriesText.get()));
            } catch (NumberFormatException e) {
                report.error(
                        "'retries' must be a whole number",
                        m.get("retries").get().origin());
            }
        }
        for (Yaml.Entry entry : m.entries()) {
            if (entry.name().equals("start_interval")) {
                report.warning(
                        "healthcheck 'start_interval' is ignored: the checks run every 'interval' from the start",
                        entry.key().origin());
            } else if (!KEYS.contains(entry.name())) {
                report.error(
                        "unknown healthcheck key '" + entry.name() + "'",
                        entry.key().origin(),
                        Suggestion.closest(entry.name(), KEYS).map(k -> "did you mean '" + k + "'?"));
            }
        }
        return Optional.of(new Healthcheck(
                test,
                disabled,
                duration(m, "interval", report),
                duration(m, "timeout", report),
                duration(m, "start_period", report),
                retries,
                m.origin()));
    }

    private static final List<String> KEYS =
            List.of("test", "interval", "timeout", "start_period", "retries", "disable");

    /** Compose writes Go durations; plimsoll takes the units contracts use (ms, s, m, h), combined as in 1m30s. */
    private static Optional<String> duration(Yaml.Mapping m, String key, Report report) {
        Optional<String> written = text(m, key);
        if (written.isPresent() && Durations.parseMillis(written.get()).isEmpty()) {
            report.error(
                    "healthcheck '" + key + "' must be a duration like 10s, 1m30s or 500ms, not '" + written.get()
                            + "'",
                    m.get(key).orElseThrow().origin());
            return Optional.empty();
        }
        return written;
    }

    private static Optional<String> text(Yaml.Mapping m, String key) {
        return m.get(key).filter(Yaml.Scalar.class::isInstance).map(y -> ((Yaml.Scalar) y).text());
    }
}
