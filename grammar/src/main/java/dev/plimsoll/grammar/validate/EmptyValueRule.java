package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.CommandSetting;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.ExpectProcess;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.UserSetting;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.List;
import java.util.function.Consumer;

/**
 * Values that can never mean anything when empty: a user, a process's user, a command. Docker would take an empty
 * user or command as "the image's default", so the contract would silently test something else than it says.
 */
final class EmptyValueRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (UserSetting user : nodes.all(UserSetting.class)) {
            user(user.user(), report);
        }
        for (UserFact user : nodes.all(UserFact.class)) {
            user(user.user(), report);
        }
        for (ExpectProcess process : nodes.all(ExpectProcess.class)) {
            user(process.user(), report);
        }
        for (CommandSetting command : nodes.all(CommandSetting.class)) {
            command(command.argv(), command.span(), report);
        }
        for (ExpectCommand command : nodes.all(ExpectCommand.class)) {
            command(command.argv(), command.span(), report);
        }
    }

    private static void user(Text user, Consumer<Diagnostic> report) {
        if (user.parts().isEmpty()) {
            report.accept(Diagnostic.error(
                    "empty user", user.span(), "name a user, a user:group or numeric ids, e.g. \"app\" or \"1000\""));
        } else if (user.isLiteral() && user.literalValue().chars().anyMatch(Character::isWhitespace)) {
            report.accept(Diagnostic.error(
                    "user '" + user.literalValue() + "' contains a space",
                    user.span(),
                    "user and group are separated by ':', e.g. \"app:app\""));
        }
    }

    private static void command(List<Text> argv, Span span, Consumer<Diagnostic> report) {
        if (argv.isEmpty()) {
            report.accept(Diagnostic.error(
                    "empty command",
                    Lines.head(span),
                    "write the program and its arguments, e.g. [\"sh\", \"-c\", \"echo hi\"] or \"sh -c 'echo hi'\""));
        }
    }
}
