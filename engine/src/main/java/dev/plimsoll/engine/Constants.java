package dev.plimsoll.engine;

/**
 * Every configuration parameter the plimsoll engine reads. Set them in {@code junit-platform.properties}, as
 * {@code -D} system properties, or through the runner's options.
 */
public final class Constants {

    /** The engine's id, as used by {@code @IncludeEngines("plimsoll")}. */
    public static final String ENGINE_ID = "plimsoll";

    /**
     * Deadline of a {@code wait for} without {@code within}, as a duration ({@code 500ms}, {@code 30s}, {@code 2m}).
     * Default: {@code 60s}. A contract's {@code defaults} block wins over this.
     */
    public static final String WAIT_TIMEOUT_PROPERTY_NAME = "plimsoll.timeout.wait";

    /** Deadline of {@code expect exit N} without {@code within}. Default: {@code 10s}. */
    public static final String EXIT_TIMEOUT_PROPERTY_NAME = "plimsoll.timeout.exit";

    /** Connect and read timeout of one HTTP request. Default: {@code 10s}. */
    public static final String HTTP_TIMEOUT_PROPERTY_NAME = "plimsoll.timeout.http";

    /** Deadline of one {@code command} run in the container. Default: {@code 30s}. */
    public static final String COMMAND_TIMEOUT_PROPERTY_NAME = "plimsoll.timeout.command";

    /**
     * How long a check without {@code within} is retried until it holds. Default: {@code 0s}, tried once, as
     * the language says; a contract's {@code defaults { expect within D }} wins over this.
     */
    public static final String EXPECT_TIMEOUT_PROPERTY_NAME = "plimsoll.timeout.expect";

    /**
     * Factor applied to every deadline, for slow machines: {@code 2} doubles them. A positive decimal number.
     * Default: {@code 1}.
     */
    public static final String TIMEOUT_SCALE_PROPERTY_NAME = "plimsoll.timeout.scale";

    /** How many lines of the container's log a failure message shows. A whole number. Default: {@code 30}. */
    public static final String LOG_TAIL_PROPERTY_NAME = "plimsoll.log.tail";

    /**
     * Prefix of contract variables: {@code plimsoll.var.IMAGE=acme/app:1.2} defines {@code ${IMAGE}}. They win over
     * the process environment.
     */
    public static final String VARIABLE_PROPERTY_PREFIX = "plimsoll.var.";

    /**
     * The Docker engine to use, like {@code DOCKER_HOST} ({@code unix:///var/run/docker.sock},
     * {@code tcp://127.0.0.1:2375}). Default: found as the docker CLI finds it.
     */
    public static final String DOCKER_HOST_PROPERTY_NAME = "plimsoll.docker.host";

    /**
     * A host name or address at which the runner reaches the ports Docker publishes, such as a TCP daemon's host.
     * Wins over the environment variable {@value #HOST_OVERRIDE_ENVIRONMENT_NAME}. Default: 127.0.0.1 on the Docker
     * host; inside a container of the same engine, each container's address on its scenario's network.
     */
    public static final String HOST_OVERRIDE_PROPERTY_NAME = "plimsoll.host.override";

    /** The environment variable for {@link #HOST_OVERRIDE_PROPERTY_NAME}. */
    public static final String HOST_OVERRIDE_ENVIRONMENT_NAME = "PLIMSOLL_HOST_OVERRIDE";

    /** Whether scenarios run in parallel: {@code true} or {@code false}. Default: {@code false}. */
    public static final String PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME = "plimsoll.execution.parallel.enabled";

    /**
     * Whether a contract's next scenario is prepared while the one before it runs its steps: its network, its
     * services started and ready, its subject's container created but not started. {@code true} or {@code false}.
     * Default: {@code true}.
     */
    public static final String PREPARE_AHEAD_PROPERTY_NAME = "plimsoll.execution.prepare-ahead";

    /**
     * Prefix of the parallelism settings, read as the JUnit Platform reads them: {@code .strategy} ({@code dynamic},
     * {@code fixed}), {@code .fixed.parallelism}, {@code .dynamic.factor}. Default: dynamic, one thread per core.
     */
    public static final String PARALLEL_CONFIG_PREFIX = "plimsoll.execution.parallel.config.";

    /**
     * Names whose values are secrets, comma-separated ({@code DB_PASS,X-Api-Session}): variables, {@code env}
     * settings and request headers. Their values are shown as {@code ***}, as are those of names that look like
     * credentials ({@code *PASSWORD*}, {@code *TOKEN*}, {@code *SECRET*}, {@code *KEY*}, {@code Authorization}).
     * Default: none beyond those.
     */
    public static final String SECRET_NAMES_PROPERTY_NAME = "plimsoll.secret.names";

    private Constants() {}
}
