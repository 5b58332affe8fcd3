package dev.plimsoll.runner.launch;

import dev.plimsoll.engine.Constants;

/**
 * The configuration parameters the runner hands to the engine. The keys are the engine's own ({@link Constants});
 * the runner talks to the engine only through the JUnit Platform launcher.
 */
public final class EngineParameters {

    /** {@code --set NAME=VALUE} becomes {@code plimsoll.var.NAME=VALUE}. */
    public static final String VARIABLE_PREFIX = Constants.VARIABLE_PROPERTY_PREFIX;

    /** {@code --secret NAME}, comma-separated. */
    public static final String SECRET_NAMES = Constants.SECRET_NAMES_PROPERTY_NAME;

    public static final String TIMEOUT_SCALE = Constants.TIMEOUT_SCALE_PROPERTY_NAME;
    public static final String DOCKER_HOST = Constants.DOCKER_HOST_PROPERTY_NAME;
    public static final String HOST_OVERRIDE = Constants.HOST_OVERRIDE_PROPERTY_NAME;
    public static final String PARALLEL_ENABLED = Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
    public static final String PARALLEL_STRATEGY = Constants.PARALLEL_CONFIG_PREFIX + "strategy";
    public static final String PARALLELISM = Constants.PARALLEL_CONFIG_PREFIX + "fixed.parallelism";

    private EngineParameters() {}
}
