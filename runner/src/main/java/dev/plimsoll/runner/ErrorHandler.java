package dev.plimsoll.runner;

import dev.plimsoll.runner.report.Messages;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every way a command can go wrong into one human line on stderr and an exit code. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine cli = problem.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("plimsoll: " + problem.getMessage());
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code;
    }

    @Override
    public int handleExecutionException(Exception problem, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (LoggerFactory.getLogger(ErrorHandler.class).isDebugEnabled()) {
            problem.printStackTrace(err);
        }
        if (problem instanceof PathProblem paths) {
            err.println("plimsoll: " + paths.getMessage());
            return paths.exitCode().code;
        }
        if (Messages.causeNamed(problem, "DockerUnavailableException").isPresent()) {
            err.println("plimsoll: " + Messages.firstLine(Messages.of(dockerCause(problem))));
            return ExitCode.DOCKER_UNAVAILABLE.code;
        }
        if (problem instanceof UncheckedIOException || problem instanceof IllegalStateException) {
            err.println("plimsoll: " + Messages.firstLine(Messages.of(problem)));
            return ExitCode.USAGE.code;
        }
        err.println("plimsoll: unexpected " + problem.getClass().getName() + ": " + Messages.of(problem)
                + " (run with -v for the stack trace)");
        return ExitCode.USAGE.code;
    }

    private static Throwable dockerCause(Exception problem) {
        return Messages.causeNamed(problem, "DockerUnavailableException").orElse(problem);
    }
}
