package dev.plimsoll.engine.discovery;

import java.nio.file.Path;

/** What counts as a contract: a file whose name ends in {@code .contract}. */
final class ContractFiles {
    static final String EXTENSION = ".contract";

    static boolean isContract(Path path) {
        return isContract(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    static boolean isContract(String name) {
        return name.endsWith(EXTENSION) && name.length() > EXTENSION.length();
    }

    private ContractFiles() {}
}
