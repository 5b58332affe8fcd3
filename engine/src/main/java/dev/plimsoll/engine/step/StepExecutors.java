package dev.plimsoll.engine.step;

import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.ExpectExit;
import dev.plimsoll.grammar.ast.ExpectFile;
import dev.plimsoll.grammar.ast.ExpectHttp;
import dev.plimsoll.grammar.ast.ExpectOutput;
import dev.plimsoll.grammar.ast.ExpectPortOpen;
import dev.plimsoll.grammar.ast.ExpectProcess;
import dev.plimsoll.grammar.ast.ExpectRun;
import dev.plimsoll.grammar.ast.ExpectRunning;
import dev.plimsoll.grammar.ast.Pause;
import dev.plimsoll.grammar.ast.Recreate;
import dev.plimsoll.grammar.ast.Restart;
import dev.plimsoll.grammar.ast.SendSignal;
import dev.plimsoll.grammar.ast.StartService;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.StopService;
import dev.plimsoll.grammar.ast.WaitForExit;
import dev.plimsoll.grammar.ast.WaitForHealthy;
import dev.plimsoll.grammar.ast.WaitForHttp;
import dev.plimsoll.grammar.ast.WaitForLog;
import dev.plimsoll.grammar.ast.WaitForPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which executor carries out which kind of step. A kind without one is a bug that
 * StepExecutorsTest finds by walking every permitted subclass of {@link Step}; at run time it is an error, never a
 * silent pass.
 */
public final class StepExecutors {
    private static final StepExecutors STANDARD = new StepExecutors()
            .register(WaitForLog.class, new WaitForLogExecutor())
            .register(WaitForHealthy.class, new WaitForHealthyExecutor())
            .register(WaitForPort.class, new WaitForPortExecutor())
            .register(WaitForHttp.class, new WaitForHttpExecutor())
            .register(SendSignal.class, new SignalExecutor())
            .register(Recreate.class, new RecreateExecutor())
            .register(Restart.class, new RestartExecutor())
            .register(StopService.class, new StopServiceExecutor())
            .register(StartService.class, new StartServiceExecutor())
            .register(ExpectOutput.class, new OutputCheckExecutor())
            .register(ExpectExit.class, new ExitCheckExecutor())
            .register(ExpectRunning.class, new RunningCheckExecutor())
            .register(ExpectProcess.class, new ProcessCheckExecutor())
            .register(ExpectPortOpen.class, new PortCheckExecutor())
            .register(ExpectHttp.class, new HttpCheckExecutor())
            .register(ExpectCommand.class, new CommandCheckExecutor())
            .register(Pause.class, new PauseExecutor())
            .register(WaitForExit.class, new WaitForExitExecutor())
            .register(ExpectRun.class, new ClientRunExecutor())
            .register(ExpectFile.class, new FileCheckExecutor());

    private final Map<Class<?>, StepExecutor<?>> byKind = new HashMap<>();

    private StepExecutors() {}

    public static StepExecutors standard() {
        return STANDARD;
    }

    private <S extends Step> StepExecutors register(Class<S> kind, StepExecutor<S> executor) {
        if (byKind.put(kind, executor) != null) {
            throw new IllegalStateException("two executors for " + kind.getSimpleName());
        }
        return this;
    }

    /** The kinds of step that have an executor. */
    public Set<Class<?>> kinds() {
        return Set.copyOf(byKind.keySet());
    }

    /**
     * Carries out {@code step} on {@code on}. A Docker error of an action (a signal to a stopped container) is the
     * action's failure at its line, like a missed wait.
     */
    public Verdict run(Step step, Container on, StepContext context) {
        try {
            return executorOf(step).run(step, on, context);
        } catch (DockerOperationException e) {
            if (step instanceof Action) {
                return Verdict.of(List.of(String.valueOf(e.getMessage())), on);
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked") // register() pairs each kind with an executor of that kind
    private StepExecutor<Step> executorOf(Step step) {
        StepExecutor<?> executor = byKind.get(step.getClass());
        if (executor == null) {
            throw new IllegalStateException("no executor for " + step.getClass().getSimpleName() + ": "
                    + step.describe() + " at line " + step.span().line());
        }
        return (StepExecutor<Step>) executor;
    }
}
