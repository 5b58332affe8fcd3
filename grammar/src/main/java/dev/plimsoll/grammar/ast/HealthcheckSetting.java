package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code healthcheck ["pg_isready"] interval 2s timeout 3s start period 5s retries 10}: replaces the image's
 * HEALTHCHECK for this container; a part left out keeps Docker's default (the image's test when no test is given).
 */
public record HealthcheckSetting(
        Optional<HealthTest> test,
        Optional<Duration> interval,
        Optional<Duration> timeout,
        Optional<Duration> startPeriod,
        Optional<Integer> retries,
        Span span)
        implements Setting {}
