package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Tags local images and pushes them with the credentials the docker CLI would use. */
final class Pushes {

    private final DockerClient client;
    private final RegistryCredentials credentials;

    Pushes(DockerClient client, RegistryCredentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    void tag(String image, String repository, String tag) {
        DockerCall.run(
                "tag " + image + " as " + repository + ":" + tag,
                () -> client.tagImageCmd(image, repository, tag).withForce().exec());
    }

    /** Pushes {@code repository:tag} and returns the manifest digest the registry stored it under. */
    String push(String repository, String tag) {
        String reference = repository + ":" + tag;
        ImageName name = ImageName.parse(reference)
                .orElseThrow(() -> new DockerOperationException("'" + reference + "' is not an image name"));
        String registry = name.registryHost();
        Optional<RegistryAuth> auth = credentials.forRegistry(registry);
        AuthConfig config =
                auth.map(RegistryAuth::toAuthConfig).orElseGet(() -> new AuthConfig().withRegistryAddress(registry));
        Progress progress = new Progress();
        try {
            DockerCall.run("push " + reference, () -> {
                try {
                    client.pushImageCmd(repository)
                            .withTag(tag)
                            .withAuthConfig(config)
                            .exec(progress)
                            .awaitCompletion();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DockerOperationException("interrupted while pushing " + reference, e);
                }
                progress.rethrow();
            });
        } catch (DockerOperationException e) {
            throw refused(registry, reference, DockerCall.reason(e), auth);
        }
        if (progress.error != null) {
            throw refused(registry, reference, progress.error, auth);
        }
        if (progress.digest == null) {
            throw new PushFailedException(registry, registry + " did not say which digest " + reference + " got");
        }
        return progress.digest;
    }

    private static PushFailedException refused(
            String registry, String reference, String reason, Optional<RegistryAuth> auth) {
        String credentials = auth.map(a -> "with " + a).orElse("without credentials");
        return new PushFailedException(
                registry, "registry " + registry + " refused " + reference + " (" + credentials + "): " + reason);
    }

    /** Keeps the stream's error and the digest from its last {@code aux} message. */
    private static final class Progress extends QuietCallback<PushResponseItem> {
        volatile @Nullable String error;
        volatile @Nullable String digest;

        @Override
        public void onNext(PushResponseItem item) {
            ResponseItem.ErrorDetail detail = item.getErrorDetail();
            if (detail != null && detail.getMessage() != null) {
                error = detail.getMessage();
            } else if (item.getError() != null) {
                error = item.getError();
            }
            ResponseItem.AuxDetail aux = item.getAux();
            if (aux != null && aux.getDigest() != null) {
                digest = aux.getDigest();
            }
        }
    }
}
