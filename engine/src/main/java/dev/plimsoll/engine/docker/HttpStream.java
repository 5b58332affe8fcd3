package dev.plimsoll.engine.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reading HTTP/1.1 messages as they pass through the scenario's Docker socket ({@link ApiRequests},
 * {@link ApiResponses}): lines, headers and bodies by their framing. Reads only: the {@link Tee} under it forwards
 * every byte the moment it is read, so parsing never delays or changes the stream.
 */
final class HttpStream {
    private static final int MAX_LINE = 64 * 1024;

    /** Not HTTP as we expect it: stop looking, keep forwarding. */
    static final class NotHttp extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What the headers of a message say about its body.
     *
     * @param length the Content-Length, or -1 when none was given
     */
    record Head(long length, boolean chunked, boolean upgrade) {}

    private HttpStream() {}

    /** Reads header lines up to the blank line. */
    static Head headers(InputStream in) throws IOException, NotHttp {
        long length = -1;
        boolean chunked = false;
        boolean upgrade = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new NotHttp();
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = contentLength(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "upgrade" -> upgrade = true;
                default -> {}
            }
        }
        return new Head(length, chunked, upgrade);
    }

    private static long contentLength(String value) throws NotHttp {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotHttp();
        }
    }

    /** Reads a body framed by {@code head}, keeping up to {@code keep} bytes of it (0: keeps nothing). */
    static byte[] body(InputStream in, Head head, int keep) throws IOException, NotHttp {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        if (head.chunked()) {
            chunks(in, kept, keep);
        } else {
            read(in, Math.max(head.length(), 0), kept, keep);
        }
        return kept.toByteArray();
    }

    private static void chunks(InputStream in, ByteArrayOutputStream kept, int keep) throws IOException, NotHttp {
        while (true) {
            String size = line(in);
            if (size == null) {
                return;
            }
            long bytes;
            try {
                bytes = Long.parseLong(size.split(";", 2)[0].trim(), 16);
            } catch (NumberFormatException e) {
                throw new NotHttp();
            }
            if (bytes == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers say nothing we need
                }
                return;
            }
            read(in, bytes, kept, keep);
            line(in); // the CRLF after the chunk
        }
    }

    private static void read(InputStream in, long bytes, ByteArrayOutputStream kept, int keep) throws IOException {
        byte[] buffer = new byte[8192];
        long left = bytes;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            int room = keep - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, Math.min(room, read));
            }
            left -= read;
        }
    }

    /** One line without its CRLF; null at the end of the stream before any byte. */
    static @Nullable String line(InputStream in) throws IOException, NotHttp {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (bytes.size() >= MAX_LINE) {
                throw new NotHttp();
            }
            bytes.write(b);
        }
        if (b < 0 && bytes.size() == 0) {
            return null;
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Writes to {@code out} every byte read from {@code in}, as soon as it is read. */
    static final class Tee extends InputStream {
        private final InputStream in;
        private final OutputStream out;

        Tee(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                out.write(buffer, offset, read);
                out.flush();
            }
            return read;
        }
    }
}
