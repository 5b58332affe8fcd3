package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.model.AuthConfig;
import java.util.Optional;

/**
 * Credentials for one registry, as the docker CLI would send them. Never printed: {@link #toString()} names the
 * registry and where the credentials came from only.
 *
 * @param source where they were found, e.g. {@code /home/me/.docker/config.json (auths)}
 */
record RegistryAuth(
        String serverAddress, String username, String password, Optional<String> identityToken, String source) {

    AuthConfig toAuthConfig() {
        AuthConfig config = new AuthConfig().withRegistryAddress(serverAddress);
        if (identityToken.isPresent()) {
            return config.withIdentityToken(identityToken.get());
        }
        return config.withUsername(username).withPassword(password);
    }

    @Override
    public String toString() {
        return "credentials for " + serverAddress + " from " + source;
    }
}
