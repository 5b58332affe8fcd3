package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.SendSignal;

/** {@code signal SIGTERM}: sent through the kill API, so it works without a shell or kill binary in the image. */
final class SignalExecutor implements StepExecutor<SendSignal> {
    @Override
    public Verdict run(SendSignal signal, Container on, StepContext context) {
        context.docker().kill(on.id(), signal.signal().name());
        return Verdict.held(on);
    }
}
