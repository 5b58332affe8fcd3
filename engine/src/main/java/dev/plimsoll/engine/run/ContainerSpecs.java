package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.CommandSetting;
import dev.plimsoll.grammar.ast.EntrypointSetting;
import dev.plimsoll.grammar.ast.EnvSetting;
import dev.plimsoll.grammar.ast.EnvUnset;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.Publish;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.UserSetting;
import dev.plimsoll.grammar.ast.VolumeMount;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Applies a scenario's or a service's settings to the container it will create. */
final class ContainerSpecs {
    private ContainerSpecs() {}

    /**
     * @param volumeName maps the volume name of {@code volume "data" at "/data"} to the scenario's own volume
     */
    static void apply(
            List<? extends Setting> settings,
            ContainerSpec.Builder spec,
            Variables variables,
            UnaryOperator<String> volumeName) {
        for (Setting setting : settings) {
            if (setting instanceof EnvSetting env) {
                spec.env(env.name(), env.value().resolve(variables));
            } else if (setting instanceof EnvUnset unset) {
                spec.unsetEnv(unset.name());
            } else if (setting instanceof Publish publish) {
                spec.publish(portKey(publish.port()));
            } else if (setting instanceof VolumeMount volume) {
                spec.volume(
                        volumeName.apply(volume.volume().resolve(variables)),
                        volume.path().resolve(variables));
            } else if (setting instanceof CommandSetting command) {
                spec.cmd(resolveAll(command.argv(), variables));
            } else if (setting instanceof EntrypointSetting entrypoint) {
                spec.entrypoint(resolveAll(entrypoint.argv(), variables));
            } else if (setting instanceof UserSetting user) {
                spec.user(user.user().resolve(variables));
            }
        }
    }

    /** Docker's name of a container port: {@code 9000/tcp}. */
    static String portKey(Port port) {
        return port.number() + "/" + port.protocol().name().toLowerCase(Locale.ROOT);
    }

    static List<String> resolveAll(List<Text> texts, Variables variables) {
        return texts.stream().map(text -> text.resolve(variables)).toList();
    }
}
