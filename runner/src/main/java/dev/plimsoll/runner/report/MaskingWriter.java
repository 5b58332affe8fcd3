package dev.plimsoll.runner.report;

import dev.plimsoll.engine.Secrets;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * Everything the runner prints passes through here: each line is written once it is complete (or flushed) with
 * every secret known by then replaced by {@code ***}. The secrets are asked for per line, as the engine registers
 * them when the run starts.
 */
public final class MaskingWriter extends Writer {

    private final Writer delegate;
    private final Supplier<Secrets> secrets;
    private final StringBuilder line = new StringBuilder();

    public MaskingWriter(Writer delegate, Supplier<Secrets> secrets) {
        this.delegate = delegate;
        this.secrets = secrets;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                emit();
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        delegate.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        delegate.close();
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            delegate.write(secrets.get().mask(line.toString()));
            line.setLength(0);
        }
    }
}
