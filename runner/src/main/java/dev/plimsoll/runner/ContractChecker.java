package dev.plimsoll.runner;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

/**
 * The one place {@code check} meets the grammar. {@link GrammarContractChecker} holds the real calls; it is
 * compiled only once the grammar facade exists in the build (see the {@code without-grammar} profile in
 * runner/pom.xml), hence the lookup by name.
 */
interface ContractChecker {

    CheckedContract check(Path file);

    static ContractChecker fromGrammar() {
        try {
            return (ContractChecker) Class.forName(ContractChecker.class.getPackageName() + ".GrammarContractChecker")
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ClassNotFoundException e) {
            return file -> {
                throw new IllegalStateException("this build of plimsoll has no contract parser (the grammar module)");
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e instanceof InvocationTargetException ? e.getCause() : e);
        }
    }
}
