package dev.plimsoll.runner.launch;

/**
 * Every configuration parameter the runner hands to the engine, in one place. The engine reads them
 * through the JUnit Platform; the runner never calls engine classes directly.
 */
public final class EngineParameters {

    /** Prefix of a contract variable: {@code --set NAME=VALUE} becomes {@code plimsoll.var.NAME=VALUE}. */
    public static final String VARIABLE_PREFIX = "plimsoll.var.";

    /** Factor applied to every deadline of a contract, e.g. {@code 2.5}; default {@code 1}. */
    public static final String TIMEOUT_SCALE = "plimsoll.timeout.scale";

    /** Docker engine URL that overrides DOCKER_HOST and the current context. */
    public static final String DOCKER_HOST = "plimsoll.docker.host";

    /**
     * {@code true} asks the engine to skip what is left of a contract after its first failure. The runner
     * itself stops between contracts; see {@link ContractRun}.
     */
    public static final String FAIL_FAST = "plimsoll.fail-fast";

    /** Standard JUnit Platform keys for running contracts in parallel with a fixed thread count. */
    public static final String PARALLEL_ENABLED = "junit.platform.execution.parallel.enabled";

    public static final String PARALLEL_STRATEGY = "junit.platform.execution.parallel.config.strategy";
    public static final String PARALLELISM = "junit.platform.execution.parallel.config.fixed.parallelism";

    private EngineParameters() {}
}
