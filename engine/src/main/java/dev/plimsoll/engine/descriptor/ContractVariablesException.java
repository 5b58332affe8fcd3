package dev.plimsoll.engine.descriptor;

/** A contract uses {@code ${NAME}} that nothing defines; the message holds the rendered diagnostics. */
public final class ContractVariablesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ContractVariablesException(String renderedDiagnostics) {
        super(renderedDiagnostics, null, false, false);
    }
}
