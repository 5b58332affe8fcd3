package dev.plimsoll.runner.promote;

import dev.plimsoll.engine.docker.ImageName;

/** One name the image gets: {@code repository:tag}, e.g. {@code 127.0.0.1:5000/greeter:1.2}. */
public record Target(String repository, String tag) {

    public String reference() {
        return repository + ":" + tag;
    }

    /** The registry host the push goes to ({@code docker.io} when the repository names none). */
    public String registry() {
        return ImageName.parse(repository).map(ImageName::registryHost).orElse(ImageName.DOCKER_HUB);
    }
}
