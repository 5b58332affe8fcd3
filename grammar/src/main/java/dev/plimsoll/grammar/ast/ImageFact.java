package dev.plimsoll.grammar.ast;

/**
 * A fact checked from image metadata, without starting a container.
 */
public sealed interface ImageFact extends Node
        permits UserFact,
                ExposedPortFact,
                VolumeFact,
                EnvFact,
                LabelFact,
                HealthcheckFact,
                StopSignalFact,
                WorkdirFact,
                EntrypointFact,
                CmdFact,
                SizeBelowFact {}
