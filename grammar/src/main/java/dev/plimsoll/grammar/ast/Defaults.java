package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * The {@code defaults { ... }} block: deadlines for this file.
 *
 * <ul>
 *   <li>{@code wait within D}: deadline of a {@code wait for} without {@code within}
 *   <li>{@code exit within D}: how long {@code expect exit} waits for the container to end without {@code within}
 *   <li>{@code http timeout D}: timeout of one HTTP request
 *   <li>{@code command timeout D}: timeout of one {@code expect command} execution
 *   <li>{@code expect within D}: time budget of one attempt of any other check (process, port, output)
 * </ul>
 *
 * <p>There is no bare {@code within}: a check without {@code within} is tried once.
 */
public record Defaults(
        Optional<Duration> waitTimeout,
        Optional<Duration> exitTimeout,
        Optional<Duration> httpTimeout,
        Optional<Duration> commandTimeout,
        Optional<Duration> expectTimeout,
        Span span)
        implements Node {}
