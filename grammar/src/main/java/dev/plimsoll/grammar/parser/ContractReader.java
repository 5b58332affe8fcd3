package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

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
        ContractParser parser = new ContractParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(problems));
        ContractParser.ContractContext tree = parser.contract();
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems.all());
        }
        Contract contract = new ContractBuilder(problems).contract(sourceName, tree);
        return new Outcome(Optional.of(contract), problems.all());
    }
}
