package dev.plimsoll.engine;

/** A configuration parameter whose value cannot be used; its message names the key, the value and what fits. */
public final class InvalidConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidConfigurationException(String key, String value, String expected) {
        super("configuration parameter " + key + " is '" + value + "', expected " + expected);
    }
}
