package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.CommandChecks;
import dev.plimsoll.engine.check.OutputChecks;
import dev.plimsoll.engine.check.ProcessChecks;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.ExpectExit;
import dev.plimsoll.grammar.ast.ExpectHttp;
import dev.plimsoll.grammar.ast.ExpectOutput;
import dev.plimsoll.grammar.ast.ExpectPortOpen;
import dev.plimsoll.grammar.ast.ExpectProcess;
import dev.plimsoll.grammar.ast.ExpectRunning;
import dev.plimsoll.grammar.ast.Expectation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What the {@code expect} lines of a scenario check; each is a test of its own. */
final class Checks {
    private final ScenarioRun run;
    private final StepRunner steps;

    Checks(ScenarioRun run, StepRunner steps) {
        this.run = run;
        this.steps = steps;
    }

    void run(Expectation expectation) {
        steps.require(expectation, expectation.describe(), mismatches(expectation));
    }

    private List<String> mismatches(Expectation expectation) {
        if (expectation instanceof ExpectOutput output) {
            return output(output);
        }
        if (expectation instanceof ExpectExit exit) {
            return exit(exit);
        }
        if (expectation instanceof ExpectRunning running) {
            return running(running);
        }
        if (expectation instanceof ExpectProcess process) {
            return Eventually.hold(steps.checkDeadline(Optional.empty()), () -> process(process));
        }
        if (expectation instanceof ExpectPortOpen port) {
            String key = ContainerSpecs.portKey(port.port());
            Duration deadline = steps.checkDeadline(port.within());
            return Eventually.hold(deadline, () -> steps.portOpen(run.subjectId(), key));
        }
        if (expectation instanceof ExpectHttp http) {
            Duration deadline = steps.checkDeadline(http.within());
            return Eventually.hold(deadline, () -> steps.http(run.subjectId(), http.request(), http.assertions()));
        }
        ExpectCommand command = (ExpectCommand) expectation;
        Duration deadline = steps.checkDeadline(command.within());
        return Eventually.hold(deadline, () -> command(command));
    }

    private List<String> output(ExpectOutput output) {
        ContainerLog log = run.subjectLog();
        ContainerLog.Stream stream = StepRunner.stream(output.stream());
        Duration deadline = steps.checkDeadline(output.within());
        if (!deadline.isZero() && !output.negated()) {
            // Woken by each new line: the whole stream is checked again until it holds or the deadline passes.
            log.awaitLine(stream, line -> outputMismatches(output, log, stream).isEmpty(), deadline);
        } else if (!run.docker().state(run.subjectId()).running()) {
            run.awaitLogEnd();
        }
        return outputMismatches(output, log, stream);
    }

    private List<String> outputMismatches(ExpectOutput output, ContainerLog log, ContainerLog.Stream stream) {
        return OutputChecks.mismatches(
                output.stream(), output.negated(), output.match(), log.text(stream), run.variables());
    }

    private List<String> exit(ExpectExit exit) {
        Duration deadline = steps.deadline(exit.within(), run.deadlines().exitScaled());
        OptionalInt code = run.docker().awaitExit(run.subjectId(), deadline);
        if (code.isEmpty()) {
            return List.of("still running after " + Deadlines.describe(deadline));
        }
        run.awaitLogEnd();
        return code.getAsInt() == exit.code()
                ? List.of()
                : List.of("exit code: expected " + exit.code() + ", got " + code.getAsInt());
    }

    private List<String> running(ExpectRunning running) {
        Duration after = run.deadlines().scaled(ContractRun.toJava(running.after()));
        OptionalInt code = run.docker().awaitExit(run.subjectId(), after);
        code.ifPresent(exited -> run.awaitLogEnd());
        return code.isEmpty()
                ? List.of()
                : List.of("exited with code " + code.getAsInt() + " within " + Deadlines.describe(after));
    }

    private List<String> process(ExpectProcess process) {
        ContainerState state = run.docker().state(run.subjectId());
        if (!state.running()) {
            return List.of("the container is not running (" + state.status() + ")");
        }
        return ProcessChecks.mismatches(
                process.name(), process.user(), run.docker().top(run.subjectId()), run.variables());
    }

    private List<String> command(ExpectCommand command) {
        ContainerState state = run.docker().state(run.subjectId());
        if (!state.running()) {
            return List.of("the container is not running (" + state.status() + "), so no command can run in it");
        }
        List<String> argv = ContainerSpecs.resolveAll(command.argv(), run.variables());
        ExecResult result =
                run.docker().exec(run.subjectId(), argv, run.deadlines().commandScaled());
        return CommandChecks.mismatches(command, result, run.variables());
    }
}
