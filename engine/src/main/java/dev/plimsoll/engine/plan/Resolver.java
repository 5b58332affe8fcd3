package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Absent;
import dev.plimsoll.grammar.ast.BodyIs;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Content;
import dev.plimsoll.grammar.ast.Empty;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Exists;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.ExpectProcess;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.FileProperty;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.IsDirectory;
import dev.plimsoll.grammar.ast.IsRegularFile;
import dev.plimsoll.grammar.ast.IsSocket;
import dev.plimsoll.grammar.ast.IsSymlink;
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
import dev.plimsoll.grammar.ast.LinesInOrder;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.OutputAssertion;
import dev.plimsoll.grammar.ast.OutputContains;
import dev.plimsoll.grammar.ast.OutputEmpty;
import dev.plimsoll.grammar.ast.OutputEquals;
import dev.plimsoll.grammar.ast.OutputMatch;
import dev.plimsoll.grammar.ast.OutputMatches;
import dev.plimsoll.grammar.ast.OwnedBy;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.PortValue;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.StatusIs;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a step's AST into the values its checks take: every {@code ${NAME}} replaced with the variables the step sees
 * (for a scenario's step, those include the values saved by the steps before it, so a step is resolved when it is
 * about to run), every regex compiled once. Image facts are resolved by {@link ImageFactResolver}.
 *
 * <p>Each family of the AST is handled kind by kind; a kind without a branch is a bug that ResolverTest finds by
 * walking every permitted subclass, never a silent default.
 */
public final class Resolver {
    private final Variables variables;

    public Resolver(Variables variables) {
        this.variables = variables;
    }

    public String text(Text text) {
        return text.resolve(variables);
    }

    public List<String> texts(List<Text> texts) {
        return texts.stream().map(this::text).toList();
    }

    /** As {@code /re/} is written: no flags, {@code find()} anywhere in the string. */
    public ExpectedText text(TextMatch match) {
        if (match instanceof Contains contains) {
            return new ExpectedText.Contains(text(contains.text()));
        }
        if (match instanceof Equals equals) {
            return new ExpectedText.EqualTo(text(equals.text()));
        }
        if (match instanceof Matches matches) {
            return new ExpectedText.Matching(Pattern.compile(matches.regex().pattern()));
        }
        if (match instanceof Empty) {
            return new ExpectedText.Empty();
        }
        throw unhandled(match);
    }

    /** A stream's regex is MULTILINE: {@code ^} and {@code $} hold at each line of the whole stream. */
    public ExpectedOutput output(OutputMatch match) {
        if (match instanceof OutputContains contains) {
            return new ExpectedOutput.Contains(text(contains.text()));
        }
        if (match instanceof OutputMatches matches) {
            return new ExpectedOutput.Matching(Pattern.compile(matches.regex().pattern(), Pattern.MULTILINE));
        }
        if (match instanceof OutputEquals equals) {
            return new ExpectedOutput.EqualTo(text(equals.text()));
        }
        if (match instanceof OutputEmpty) {
            return new ExpectedOutput.Empty();
        }
        if (match instanceof LinesInOrder lines) {
            return new ExpectedOutput.LinesInOrder(
                    lines.lines().stream().map(this::text).toList());
        }
        throw unhandled(match);
    }

    public OutputExpectation output(OutputAssertion assertion) {
        return new OutputExpectation(assertion.stream(), assertion.negated(), output(assertion.match()));
    }

    public List<OutputExpectation> outputs(List<OutputAssertion> assertions) {
        return assertions.stream().map(this::output).toList();
    }

    public CommandExpectation command(ExpectCommand command) {
        return new CommandExpectation(texts(command.argv()), command.exitCode(), outputs(command.outputs()));
    }

    public ProcessExpectation process(ExpectProcess process) {
        return new ProcessExpectation(text(process.name()), text(process.user()));
    }

    /**
     * {@code 9000} as written, or {@code "${PORT}"} as it resolves now; a value that is not a port number is the step's
     * failure, since a variable or a saved value may hold anything.
     */
    public CheckedPort port(PortValue port) {
        if (port instanceof Port number) {
            return CheckedPort.of(number);
        }
        if (port instanceof PortText written) {
            String value = text(written.text());
            String shown = "port \"" + written.text().source() + "\": ";
            return written.parse(value)
                    .map(parsed -> parsed.protocol() == Protocol.UDP
                            ? CheckedPort.invalid(shown + PortText.notProbed(parsed.number()))
                            : CheckedPort.of(parsed))
                    .orElseGet(() -> CheckedPort.invalid(shown + PortText.problem(value)));
        }
        throw unhandled(port);
    }

    public OutgoingRequest request(HttpRequest request) {
        return new OutgoingRequest(
                request.method(),
                text(request.path()),
                request.port(),
                request.headers().stream()
                        .map(header -> new OutgoingRequest.Header(text(header.name()), text(header.value())))
                        .toList(),
                request.body().map(this::text),
                request.followRedirects());
    }

    public List<ResponseCheck> response(List<HttpAssertion> assertions) {
        return assertions.stream().map(this::response).toList();
    }

    public ResponseCheck response(HttpAssertion assertion) {
        if (assertion instanceof StatusIs status) {
            return new ResponseCheck.Status(status.status());
        }
        if (assertion instanceof HeaderIs header) {
            return new ResponseCheck.Header(text(header.name()), text(header.value()));
        }
        if (assertion instanceof BodyIs body) {
            return new ResponseCheck.Body(text(body.match()));
        }
        if (assertion instanceof JsonAssertion json) {
            return new ResponseCheck.Json(text(json.path()), json(json.check()));
        }
        throw unhandled(assertion);
    }

    private ExpectedJson json(JsonCheck check) {
        if (check instanceof JsonExists) {
            return new ExpectedJson.Exists();
        }
        if (check instanceof JsonMatches matches) {
            return new ExpectedJson.Matching(Pattern.compile(matches.regex().pattern()));
        }
        if (check instanceof JsonEquals equals) {
            return new ExpectedJson.EqualTo(literal(equals.value()));
        }
        throw unhandled(check);
    }

    private ExpectedJson.Literal literal(JsonValue value) {
        if (value instanceof JsonString string) {
            return new ExpectedJson.StringValue(text(string.text()));
        }
        if (value instanceof JsonNumber number) {
            return new ExpectedJson.NumberValue(number.value());
        }
        if (value instanceof JsonBoolean bool) {
            return new ExpectedJson.BooleanValue(bool.value());
        }
        if (value instanceof JsonNull) {
            return new ExpectedJson.NullValue();
        }
        throw unhandled(value);
    }

    public FileExpectation file(FileCheck check) {
        return file(check.path(), check.properties());
    }

    public FileExpectation file(Text path, List<FileProperty> properties) {
        return new FileExpectation(
                text(path), properties.stream().map(this::property).toList());
    }

    private FileExpectation.Property property(FileProperty property) {
        if (property instanceof Exists) {
            return new FileExpectation.Exists();
        }
        if (property instanceof Absent) {
            return new FileExpectation.Absent();
        }
        if (property instanceof IsDirectory) {
            return new FileExpectation.IsDirectory();
        }
        if (property instanceof IsRegularFile) {
            return new FileExpectation.IsRegularFile();
        }
        if (property instanceof IsSocket) {
            return new FileExpectation.IsSocket();
        }
        if (property instanceof IsSymlink symlink) {
            return new FileExpectation.IsSymlink(symlink.target().map(this::text));
        }
        if (property instanceof OwnedBy owner) {
            return new FileExpectation.Owner(owner);
        }
        if (property instanceof HasMode mode) {
            return new FileExpectation.Mode(mode.mode());
        }
        if (property instanceof Content content) {
            return new FileExpectation.Content(text(content.match()));
        }
        throw unhandled(property);
    }

    static IllegalStateException unhandled(Object node) {
        return new IllegalStateException("nothing resolves '" + node.getClass().getSimpleName() + "'");
    }
}
