package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.ComposeSource;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Defaults;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.FileCheck;
import dev.plimsoll.grammar.ast.ImageFacts;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.WaitAction;
import dev.plimsoll.grammar.parser.ContractParser.DeclarationContext;
import dev.plimsoll.grammar.parser.ContractParser.DefaultItemContext;
import dev.plimsoll.grammar.parser.ContractParser.ServiceItemContext;
import dev.plimsoll.grammar.parser.ContractParser.SubjectContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a syntactically valid parse tree into the immutable AST, reporting bad values as it goes. */
final class ContractBuilder {
    private enum Deadline {
        WAIT,
        EXIT,
        HTTP,
        COMMAND,
        EXPECT
    }

    private final Problems problems;
    private final Terms terms;
    private final StepBuilder steps;
    private final FactBuilder facts;
    private final SubjectBuilder subjects;

    ContractBuilder(Problems problems) {
        this.problems = problems;
        this.terms = new Terms(problems);
        this.facts = new FactBuilder(terms);
        this.subjects = new SubjectBuilder(terms);
        this.steps = new StepBuilder(terms, problems, facts, subjects);
    }

    Contract contract(String sourceName, ContractParser.ContractContext ctx) {
        List<Subject> subjects = new ArrayList<>();
        List<Defaults> defaults = new ArrayList<>();
        List<ImageFacts> imageFacts = new ArrayList<>();
        List<FileCheck> files = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<ComposeSource> composes = new ArrayList<>();
        for (DeclarationContext d : ctx.declaration()) {
            if (d.subject() != null) {
                subjects.add(subject(d.subject()));
            } else if (d.composeSubject() != null) {
                subjects.add(new ServiceSubject(terms.name(d.composeSubject().name()), Spans.of(d.composeSubject())));
            } else if (d.composeServices() != null) {
                composes.add(composeSource(d.composeServices()));
            } else if (d.defaultsBlock() != null) {
                defaults.add(defaults(d.defaultsBlock()));
            } else if (d.imageFacts() != null) {
                imageFacts.add(facts.imageFacts(d.imageFacts()));
            } else if (d.fileCheck() != null) {
                files.add(facts.fileCheck(d.fileCheck()));
            } else if (d.service() != null) {
                services.add(service(d.service()));
            } else {
                scenarios.add(scenario(d.scenario()));
            }
        }
        reportRepeats(subjects, "subject", "a contract tests one image: keep one 'image' or 'build' line");
        reportRepeats(defaults, "defaults block", "merge them into one 'defaults { ... }'");
        reportRepeats(imageFacts, "'image has' block", "merge them into one 'image has { ... }'");
        reportRepeats(composes, "'services from' line", "name every Compose file on one line, in merge order");
        return new Contract(
                sourceName,
                first(subjects),
                first(defaults),
                first(imageFacts),
                files,
                services,
                scenarios,
                first(composes),
                Spans.of(ctx));
    }

    private ComposeSource composeSource(ContractParser.ComposeServicesContext ctx) {
        List<Text> files = ctx.string().stream().map(terms::text).toList();
        List<Text> profiles = files.subList(ctx.string().size() - ctx.PROFILE().size(), files.size());
        return new ComposeSource(files.subList(0, files.size() - profiles.size()), profiles, Spans.of(ctx));
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private void reportRepeats(List<? extends dev.plimsoll.grammar.ast.Node> nodes, String what, String hint) {
        for (int i = 1; i < nodes.size(); i++) {
            Span firstAt = nodes.get(0).span();
            problems.error(
                    "second " + what + " (the first is on line " + firstAt.line() + ")", head(nodes.get(i)), hint);
        }
    }

    /** Only the first line of a node, so a repeated block is not underlined across lines. */
    private static Span head(dev.plimsoll.grammar.ast.Node node) {
        Span s = node.span();
        return s.endLine() == s.line() ? s : Span.of(s.line(), s.column(), 1);
    }

    Subject subject(SubjectContext ctx) {
        return subjects.subject(ctx);
    }

    private Defaults defaults(ContractParser.DefaultsBlockContext ctx) {
        Map<Deadline, Duration> set = new EnumMap<>(Deadline.class);
        for (DefaultItemContext item : ctx.defaultItem()) {
            Deadline kind = deadline(item);
            Duration value = terms.duration(item.getChild(ContractParser.DurationContext.class, 0));
            if (set.put(kind, value) != null) {
                problems.error("deadline '" + item.getChild(0).getText() + "' set twice in defaults", Spans.of(item));
            }
        }
        return new Defaults(
                Optional.ofNullable(set.get(Deadline.WAIT)),
                Optional.ofNullable(set.get(Deadline.EXIT)),
                Optional.ofNullable(set.get(Deadline.HTTP)),
                Optional.ofNullable(set.get(Deadline.COMMAND)),
                Optional.ofNullable(set.get(Deadline.EXPECT)),
                Spans.of(ctx));
    }

    private static Deadline deadline(DefaultItemContext item) {
        if (item instanceof ContractParser.WaitDefaultContext) {
            return Deadline.WAIT;
        }
        if (item instanceof ContractParser.ExitDefaultContext) {
            return Deadline.EXIT;
        }
        if (item instanceof ContractParser.HttpDefaultContext) {
            return Deadline.HTTP;
        }
        return item instanceof ContractParser.CommandDefaultContext ? Deadline.COMMAND : Deadline.EXPECT;
    }

    private Service service(ContractParser.ServiceContext ctx) {
        List<Setting> settings = new ArrayList<>();
        List<WaitAction> waits = new ArrayList<>();
        for (ServiceItemContext item : ctx.serviceItem()) {
            if (item.setting() != null) {
                settings.add(steps.setting(item.setting()));
            } else if (item.target() != null) {
                steps.strayTarget(item.target());
            } else {
                waits.add(steps.waitAction(item.waitAction()));
            }
        }
        return new Service(terms.name(ctx.name()), subject(ctx.subject()), settings, waits, Spans.of(ctx));
    }

    private Scenario scenario(ContractParser.ScenarioContext ctx) {
        List<MatrixAxis> matrix = ctx.axis().stream()
                .map(a -> new MatrixAxis(terms.name(a.name()), terms.texts(a.string()), Spans.of(a)))
                .toList();
        List<Step> body = new ArrayList<>();
        for (ContractParser.StepContext step : ctx.step()) {
            if (step.target() != null) {
                steps.strayTarget(step.target());
            } else {
                body.add(steps.step(step));
            }
        }
        return new Scenario(terms.text(ctx.string()), matrix, body, Spans.of(ctx));
    }
}
