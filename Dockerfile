# plimsoll's runner as an image, for pipelines whose jobs run in containers (README: "Pipelines").
# Build the jar first, then the image:
#   mvn -B -q -pl runner -am package -DskipTests && docker build -t plimsoll .
# Run it with the Docker socket and the project mounted at the same path inside as outside, so that bind mounts
# of contracts (mount "./fixtures" at ...) name paths the Docker host has:
#   docker run --rm -v /var/run/docker.sock:/var/run/docker.sock -v "$PWD:$PWD" -w "$PWD" plimsoll run specs/...
FROM debian:bookworm-slim

# Debian's own headless JRE: no compiler, no GUI libraries.
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*

# The same JVM options as ./plimsoll: a bounded heap with the serial collector.
RUN printf '%s\n' '#!/bin/sh' \
        'exec java ${PLIMSOLL_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} -jar /opt/plimsoll/plimsoll.jar "$@"' \
        > /usr/local/bin/plimsoll \
    && chmod 0755 /usr/local/bin/plimsoll

COPY runner/target/plimsoll.jar /opt/plimsoll/plimsoll.jar

LABEL org.opencontainers.image.title="plimsoll" \
      org.opencontainers.image.description="Contract tests for container images"
ENTRYPOINT ["plimsoll"]
