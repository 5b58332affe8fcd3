package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.BuildArg;
import dev.plimsoll.grammar.ast.BuildSubject;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.parser.ContractParser.ArgOptionContext;
import dev.plimsoll.grammar.parser.ContractParser.BuildOptionContext;
import dev.plimsoll.grammar.parser.ContractParser.BuildSubjectContext;
import dev.plimsoll.grammar.parser.ContractParser.DockerfileOptionContext;
import dev.plimsoll.grammar.parser.ContractParser.ImageSubjectContext;
import dev.plimsoll.grammar.parser.ContractParser.SubjectContext;
import dev.plimsoll.grammar.parser.ContractParser.TargetOptionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code image "ref"} or {@code build "dir" options}: the contract's subject, a service's or a client run's. */
final class SubjectBuilder {
    private final Terms terms;

    SubjectBuilder(Terms terms) {
        this.terms = terms;
    }

    Subject subject(SubjectContext ctx) {
        if (ctx instanceof ImageSubjectContext image) {
            return new ImageSubject(terms.text(image.string()), Spans.of(ctx));
        }
        BuildSubjectContext build = (BuildSubjectContext) ctx;
        Optional<Text> dockerfile = Optional.empty();
        Optional<Text> target = Optional.empty();
        List<BuildArg> args = new ArrayList<>();
        for (BuildOptionContext option : build.buildOption()) {
            if (option instanceof DockerfileOptionContext d) {
                dockerfile = Optional.of(terms.text(d.string()));
            } else if (option instanceof TargetOptionContext t) {
                target = Optional.of(terms.text(t.string()));
            } else {
                ArgOptionContext arg = (ArgOptionContext) option;
                args.add(new BuildArg(terms.name(arg.name()), terms.text(arg.string()), Spans.of(arg)));
            }
        }
        return new BuildSubject(terms.text(build.string()), dockerfile, args, target, Spans.of(ctx));
    }
}
