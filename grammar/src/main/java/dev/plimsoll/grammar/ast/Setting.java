package dev.plimsoll.grammar.ast;

/**
 * Configures the container; settings come before the first action or expectation.
 */
public sealed interface Setting extends Step
        permits EnvSetting,
                EnvUnset,
                Publish,
                VolumeMount,
                CommandSetting,
                UserSetting,
                EntrypointSetting,
                HostMount,
                DockerSocketMount,
                ServiceSettings,
                HealthcheckSetting,
                NoHealthcheck,
                WorkdirSetting,
                LabelSetting,
                NetworkAlias,
                AnonymousVolume {}
