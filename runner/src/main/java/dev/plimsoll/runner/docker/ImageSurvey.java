package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.ImageInfo;
import java.util.List;

/**
 * What {@code init} learned about an image: its metadata, the files it names, and one trial run.
 *
 * @param paths the volume paths and the entrypoint's executable, in that order; paths the image lacks are left out
 */
public record ImageSurvey(ImageInfo image, List<PathFacts> paths, Startup startup) {

    public ImageSurvey {
        paths = List.copyOf(paths);
    }
}
