package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to create a container from. Use {@link #builder(String)}.
 *
 * @param env variables to set, over the image's
 * @param unsetEnv variables the image defines that the container must not have
 * @param cmd replaces the image's CMD when present
 * @param entrypoint replaces the image's ENTRYPOINT when present
 * @param network the network to join (its name), else Docker's default bridge
 * @param networkAliases names under which others on {@code network} reach this container
 * @param ports container ports to publish on 127.0.0.1 at a free host port, like {@code 9000/tcp} or {@code 9000}
 * @param volumes named volumes to mount
 * @param workingDir replaces the image's WORKDIR when present
 * @param anonymousVolumes container paths that get a fresh volume of their own, like an image's VOLUME
 * @param healthcheck replaces the image's HEALTHCHECK when present
 */
public record ContainerSpec(
        String image,
        Optional<String> name,
        Map<String, String> env,
        Set<String> unsetEnv,
        Optional<List<String>> cmd,
        Optional<List<String>> entrypoint,
        Optional<String> user,
        Optional<String> network,
        List<String> networkAliases,
        List<String> ports,
        List<VolumeMount> volumes,
        Map<String, String> labels,
        Optional<String> workingDir,
        List<String> anonymousVolumes,
        Optional<Health> healthcheck) {

    public ContainerSpec {
        env = Map.copyOf(env);
        unsetEnv = Set.copyOf(unsetEnv);
        cmd = cmd.map(List::copyOf);
        entrypoint = entrypoint.map(List::copyOf);
        networkAliases = List.copyOf(networkAliases);
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        labels = Map.copyOf(labels);
        anonymousVolumes = List.copyOf(anonymousVolumes);
    }

    /**
     * A health check as Docker takes it; an empty part keeps the image's (or Docker's default).
     *
     * @param test {@code ["CMD", ...]}, {@code ["CMD-SHELL", "..."]}, {@code ["NONE"]} (no check), or empty
     */
    public record Health(
            List<String> test,
            Optional<Duration> interval,
            Optional<Duration> timeout,
            Optional<Duration> startPeriod,
            Optional<Integer> retries) {
        public Health {
            test = List.copyOf(test);
        }

        /** Turns the image's HEALTHCHECK off. */
        public static Health none() {
            return new Health(List.of("NONE"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * A named volume, or an absolute host path (a bind mount), mounted at a container path.
     *
     * @param readOnly mounted read-only
     */
    public record VolumeMount(String volume, String containerPath, boolean readOnly) {
        public VolumeMount(String volume, String containerPath) {
            this(volume, containerPath, false);
        }
    }

    public static Builder builder(String image) {
        return new Builder(image);
    }

    /** Collects a spec step by step; every method returns this builder. */
    public static final class Builder {
        private final String image;
        private Optional<String> name = Optional.empty();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Set<String> unsetEnv = new LinkedHashSet<>();
        private Optional<List<String>> cmd = Optional.empty();
        private Optional<List<String>> entrypoint = Optional.empty();
        private Optional<String> user = Optional.empty();
        private Optional<String> network = Optional.empty();
        private final List<String> networkAliases = new ArrayList<>();
        private final List<String> ports = new ArrayList<>();
        private final List<VolumeMount> volumes = new ArrayList<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private Optional<String> workingDir = Optional.empty();
        private final List<String> anonymousVolumes = new ArrayList<>();
        private Optional<Health> healthcheck = Optional.empty();

        private Builder(String image) {
            this.image = image;
        }

        public Builder name(String value) {
            name = Optional.of(value);
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            unsetEnv.remove(key);
            return this;
        }

        public Builder unsetEnv(String key) {
            unsetEnv.add(key);
            env.remove(key);
            return this;
        }

        public Builder cmd(List<String> value) {
            cmd = Optional.of(value);
            return this;
        }

        public Builder entrypoint(List<String> value) {
            entrypoint = Optional.of(value);
            return this;
        }

        public Builder user(String value) {
            user = Optional.of(value);
            return this;
        }

        public Builder network(String value, String... aliases) {
            network = Optional.of(value);
            networkAliases.addAll(List.of(aliases));
            return this;
        }

        public Builder publish(String containerPort) {
            ports.add(containerPort);
            return this;
        }

        public Builder volume(String volume, String containerPath) {
            volumes.add(new VolumeMount(volume, containerPath));
            return this;
        }

        /** Mounts a host path (absolute) at a container path. */
        public Builder bind(String hostPath, String containerPath, boolean readOnly) {
            volumes.add(new VolumeMount(hostPath, containerPath, readOnly));
            return this;
        }

        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public Builder labels(Map<String, String> values) {
            labels.putAll(values);
            return this;
        }

        /** One more name on the network; only with {@link #network}. */
        public Builder alias(String value) {
            if (!networkAliases.contains(value)) {
                networkAliases.add(value);
            }
            return this;
        }

        public Builder workingDir(String value) {
            workingDir = Optional.of(value);
            return this;
        }

        /** A fresh volume of this container at {@code containerPath}. */
        public Builder anonymousVolume(String containerPath) {
            anonymousVolumes.add(containerPath);
            return this;
        }

        public Builder healthcheck(Health value) {
            healthcheck = Optional.of(value);
            return this;
        }

        public ContainerSpec build() {
            return new ContainerSpec(
                    image,
                    name,
                    env,
                    unsetEnv,
                    cmd,
                    entrypoint,
                    user,
                    network,
                    networkAliases,
                    ports,
                    volumes,
                    labels,
                    workingDir,
                    anonymousVolumes,
                    healthcheck);
        }
    }
}
