package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.EnvFact;
import dev.plimsoll.grammar.ast.ExposedPortFact;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.LabelFact;
import dev.plimsoll.grammar.ast.SizeBelowFact;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import java.util.Locale;

/** {@code image has { ... }}: each fact resolved with the contract's variables (no step saves a value for it). */
public final class ImageFactResolver {
    private final Resolver resolver;

    public ImageFactResolver(Variables variables) {
        this.resolver = new Resolver(variables);
    }

    public ExpectedImageFact fact(ImageFact fact) {
        if (fact instanceof UserFact user) {
            return new ExpectedImageFact.User(resolver.text(user.user()));
        }
        if (fact instanceof ExposedPortFact port) {
            return new ExpectedImageFact.ExposedPort(
                    port.port().number() + "/" + port.port().protocol().name().toLowerCase(Locale.ROOT));
        }
        if (fact instanceof VolumeFact volume) {
            return new ExpectedImageFact.Volume(resolver.text(volume.path()));
        }
        if (fact instanceof EnvFact env) {
            return new ExpectedImageFact.Env(env.name(), env.value().map(resolver::text));
        }
        if (fact instanceof LabelFact label) {
            return new ExpectedImageFact.Label(
                    resolver.text(label.name()), label.value().map(resolver::text));
        }
        if (fact instanceof HealthcheckFact) {
            return new ExpectedImageFact.Healthcheck();
        }
        if (fact instanceof StopSignalFact signal) {
            return new ExpectedImageFact.StopSignal(signal.signal().name());
        }
        if (fact instanceof WorkdirFact workdir) {
            return new ExpectedImageFact.Workdir(resolver.text(workdir.path()));
        }
        if (fact instanceof EntrypointFact entrypoint) {
            return new ExpectedImageFact.Entrypoint(resolver.texts(entrypoint.argv()));
        }
        if (fact instanceof CmdFact cmd) {
            return new ExpectedImageFact.Cmd(resolver.texts(cmd.argv()));
        }
        if (fact instanceof SizeBelowFact size) {
            return new ExpectedImageFact.SizeBelow(size.size().bytes());
        }
        throw Resolver.unhandled(fact);
    }
}
