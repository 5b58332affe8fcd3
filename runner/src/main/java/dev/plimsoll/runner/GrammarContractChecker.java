package dev.plimsoll.runner;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/** Parses and validates a contract with the grammar facade; no Docker involved. */
final class GrammarContractChecker implements ContractChecker {

    @Override
    public CheckedContract check(Path file) {
        ParseResult result = Contracts.parse(file, DisplayPaths.of(file));
        SortedSet<String> expected =
                result.contract().map(Contracts::expectedVariables).orElseGet(TreeSet::new);
        return new CheckedContract(file, result.hasErrors(), result.render(), expected);
    }
}
