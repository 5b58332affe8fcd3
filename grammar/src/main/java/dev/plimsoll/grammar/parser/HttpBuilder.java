package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.BodyIs;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.Header;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.JsonBoolean;
import dev.plimsoll.grammar.ast.JsonCheck;
import dev.plimsoll.grammar.ast.JsonEquals;
import dev.plimsoll.grammar.ast.JsonExists;
import dev.plimsoll.grammar.ast.JsonMatches;
import dev.plimsoll.grammar.ast.JsonNull;
import dev.plimsoll.grammar.ast.JsonNumber;
import dev.plimsoll.grammar.ast.JsonString;
import dev.plimsoll.grammar.ast.JsonValue;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StatusIs;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code http METHOD "path" options { assertions }}, shared by {@code expect http} and {@code wait for http}. */
final class HttpBuilder {
    private final Terms terms;
    private final Problems problems;

    HttpBuilder(Terms terms, Problems problems) {
        this.terms = terms;
        this.problems = problems;
    }

    HttpRequest request(HttpCallContext ctx) {
        Optional<Integer> port = Optional.empty();
        Optional<Text> body = Optional.empty();
        boolean follow = false;
        List<Header> headers = new ArrayList<>();
        for (HttpOptionContext option : ctx.httpOption()) {
            if (option instanceof PortOptionContext p) {
                port = once(port, terms.values.number(p.INT().getSymbol()), option, "port");
            } else if (option instanceof HeaderOptionContext h) {
                headers.add(new Header(terms.text(h.string(0)), terms.text(h.string(1)), Spans.of(h)));
            } else if (option instanceof BodyOptionContext b) {
                body = once(body, terms.text(b.string()), option, "body");
            } else if (option instanceof FollowOptionContext) {
                follow = true;
            }
        }
        Span span = Spans.of(ctx.method()).to(Spans.of(ctx.string())); // starts at the method, see HttpMethodRule
        return new HttpRequest(ctx.method().getText(), terms.text(ctx.string()), port, headers, body, follow, span);
    }

    Optional<Duration> within(HttpCallContext ctx) {
        Optional<Duration> within = Optional.empty();
        for (HttpOptionContext option : ctx.httpOption()) {
            if (option instanceof WithinOptionContext w) {
                within = once(within, terms.duration(w.within().duration()), option, "within");
            }
        }
        return within;
    }

    /** {@code on service NAME} / {@code on host} among the options; the subject when absent. */
    Target target(HttpCallContext ctx, Span step) {
        Optional<Target> target = Optional.empty();
        for (HttpOptionContext option : ctx.httpOption()) {
            if (option instanceof OnOptionContext t) {
                target = once(target, terms.target(t.target(), step), option, "on");
            }
        }
        return target.orElseGet(() -> Target.subject(step));
    }

    private <T> Optional<T> once(Optional<T> previous, T value, HttpOptionContext option, String what) {
        if (previous.isPresent()) {
            problems.error("'" + what + "' given twice for one request", Spans.of(option));
        }
        return Optional.of(value);
    }

    List<HttpAssertion> assertions(HttpCallContext ctx) {
        return ctx.httpAssertion().stream().map(this::assertion).toList();
    }

    private HttpAssertion assertion(HttpAssertionContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof StatusAssertionContext status) {
            return new StatusIs(terms.values.number(status.INT().getSymbol()), span);
        }
        if (ctx instanceof HeaderAssertionContext header) {
            return new HeaderIs(terms.text(header.string()), terms.textMatch(header.textMatch()), span);
        }
        if (ctx instanceof BodyAssertionContext body) {
            return new BodyIs(terms.textMatch(body.textMatch()), span);
        }
        JsonAssertionContext json = (JsonAssertionContext) ctx;
        return new JsonAssertion(terms.text(json.string()), jsonCheck(json.jsonCheck()), span);
    }

    private JsonCheck jsonCheck(JsonCheckContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof JsonExistsContext) {
            return new JsonExists(span);
        }
        if (ctx instanceof JsonMatchesContext matches) {
            return new JsonMatches(terms.regex(matches.regex()), span);
        }
        return new JsonEquals(jsonValue(((JsonEqualsContext) ctx).jsonValue()), span);
    }

    private JsonValue jsonValue(JsonValueContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof JsonStringContext string) {
            return new JsonString(terms.text(string.string()), span);
        }
        if (ctx instanceof JsonNumberContext) {
            return new JsonNumber(new BigDecimal(ctx.getText()), span);
        }
        if (ctx instanceof JsonNullContext) {
            return new JsonNull(span);
        }
        return new JsonBoolean(ctx instanceof JsonTrueContext, span);
    }
}
