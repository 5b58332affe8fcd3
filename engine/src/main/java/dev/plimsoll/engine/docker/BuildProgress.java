package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Collects a build's output: the image id, the first error, and the last lines of the log. */
final class BuildProgress extends QuietCallback<BuildResponseItem> {

    static final int TAIL_LINES = 20;

    // The classic builder announces each step's image as " ---> 0123456789ab".
    private static final Pattern STEP_IMAGE = Pattern.compile("^ ---> ([0-9a-f]{12})$");

    private final Deque<String> tail = new ArrayDeque<>();
    private final List<String> stepImages = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile @Nullable String imageId;
    private volatile @Nullable String error;

    @Override
    public void onNext(BuildResponseItem item) {
        if (item.getStream() != null) {
            append(item.getStream());
        }
        if (item.isErrorIndicated() && error == null) {
            error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage()
                    : item.getError();
        }
        if (item.getImageId() != null) {
            imageId = item.getImageId();
        }
    }

    private synchronized void append(String text) {
        partial.append(text);
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            addLine(partial.substring(0, newline));
            partial.delete(0, newline + 1);
        }
    }

    private void addLine(String line) {
        if (line.isBlank()) {
            return;
        }
        Matcher step = STEP_IMAGE.matcher(line.stripTrailing());
        if (step.matches()) {
            stepImages.add(step.group(1));
        }
        tail.addLast(line.stripTrailing());
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }

    Optional<String> imageId() {
        return Optional.ofNullable(imageId);
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The images of the steps that succeeded, last first: a failed build leaves them dangling. */
    synchronized List<String> stepImages() {
        List<String> images = new ArrayList<>(stepImages);
        Collections.reverse(images);
        return images;
    }

    synchronized List<String> tail() {
        if (partial.length() > 0) {
            addLine(partial.toString());
            partial.setLength(0);
        }
        return List.copyOf(tail);
    }
}
