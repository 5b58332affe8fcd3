package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextTarTest {

    @TempDir
    Path context;

    @Test
    void sendsWhatDockerignoreAllowsPlusTheDockerfileAndDockerignore() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write(".dockerignore", "Dockerfile\n.dockerignore\nsecret\ncache\n*.md\n!README.md\n");
        write("secret", "s");
        write("cache/big.bin", "b");
        write("notes.md", "n");
        write("README.md", "r");
        write("bin/run", "#!/bin/sh\n");
        Files.setPosixFilePermissions(context.resolve("bin/run"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(context.resolve("run-link"), Path.of("bin/run"));

        Map<String, TarArchiveEntry> entries = entries(tar());

        assertThat(entries).containsOnlyKeys("Dockerfile", ".dockerignore", "README.md", "bin/", "bin/run", "run-link");
        assertThat(entries.get("bin/run").getMode() & 07777).isEqualTo(0750);
        assertThat(entries.get("bin/run").getLongUserId()).isZero();
        assertThat(entries.get("run-link").isSymbolicLink()).isTrue();
        assertThat(entries.get("run-link").getLinkName()).isEqualTo("bin/run");
    }

    @Test
    void streamsThroughAPipe() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write("data.bin", "x".repeat(2_000_000));

        try (ContextTar tar = ContextTar.open(context, "Dockerfile");
                InputStream input = tar.input()) {
            assertThat(entries(input.readAllBytes())).containsKeys("Dockerfile", "data.bin");
            assertThat(tar.failure()).isNull();
        }
    }

    private void write(String name, String text) throws IOException {
        Path file = context.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private byte[] tar() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(context, "Dockerfile", out);
        return out.toByteArray();
    }

    private static Map<String, TarArchiveEntry> entries(byte[] tar) throws IOException {
        Map<String, TarArchiveEntry> entries = new HashMap<>();
        try (TarArchiveInputStream input = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry entry;
            while ((entry = input.getNextEntry()) != null) {
                entries.put(entry.getName(), entry);
            }
        }
        return entries;
    }
}
