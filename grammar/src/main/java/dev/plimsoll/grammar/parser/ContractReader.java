package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Source text to AST: lex, parse (collecting syntax errors), then build when the syntax is sound. */
public final class ContractReader {
    private ContractReader() {}

    /** The contract (absent after a syntax error) and every syntax or value problem found. */
    public record Outcome(Optional<Contract> contract, List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Outcome read(String sourceName, String text) {
        Problems problems = new Problems();
        ContractLexer lexer = new ContractLexer(CharStreams.fromString(text, sourceName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        Optional<ContractParser.ContractContext> parsed = fastParse(tokens);
        if (parsed.isEmpty()) {
            parsed = fullParse(tokens, problems);
        }
        if (parsed.isEmpty()) {
            return new Outcome(Optional.empty(), problems.all()); // stopped early: too many syntax errors
        }
        ContractParser.ContractContext tree = parsed.get();
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), withValueProblems(sourceName, tree, problems.all()));
        }
        Contract contract = new ContractBuilder(problems).contract(sourceName, tree);
        return new Outcome(Optional.of(contract), problems.all());
    }

    /** SLL prediction is much faster and right for valid input; it gives up (without reporting) on errors. */
    private static Optional<ContractParser.ContractContext> fastParse(CommonTokenStream tokens) {
        ContractParser parser = new ContractParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return Optional.of(parser.contract());
        } catch (ParseCancellationException e) {
            return Optional.empty();
        }
    }

    /** Full LL with error recovery, so every syntax error is reported with what was expected; empty when stopped. */
    private static Optional<ContractParser.ContractContext> fullParse(CommonTokenStream tokens, Problems problems) {
        tokens.seek(0);
        ContractParser parser = new ContractParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(problems));
        try {
            return Optional.of(parser.contract());
        } catch (ParseCancellationException tooManyErrors) {
            return Optional.empty();
        }
    }

    /**
     * After a syntax error the tree has holes, but the intact lines can still carry value problems (a
     * duration without unit, an unknown signal, a lowercase http method): report those too, so one run shows everything.
     */
    private static List<Diagnostic> withValueProblems(
            String sourceName, ContractParser.ContractContext tree, List<Diagnostic> syntax) {
        Set<Integer> brokenLines = syntax.stream().map(d -> d.span().line()).collect(Collectors.toSet());
        Problems values = new Problems();
        try {
            Contract partial = new ContractBuilder(values).contract(sourceName, tree);
            Validator.validate(partial).forEach(values::add);
        } catch (RuntimeException holeInRecoveredTree) {
            // the recovered tree lacks a required part: what was found before it is still worth reporting
        }
        List<Diagnostic> all = new ArrayList<>(syntax);
        values.all().stream()
                .filter(d -> !brokenLines.contains(d.span().line()))
                .forEach(all::add);
        return all;
    }
}
