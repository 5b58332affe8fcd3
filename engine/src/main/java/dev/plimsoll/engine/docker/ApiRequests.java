package dev.plimsoll.engine.docker;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The client's half of a connection to the Docker API, read as HTTP/1.1 requests one after another: every byte is
 * forwarded the moment it is read (so parsing never delays or changes the stream), and the container named by each
 * {@code POST /v1.xx/containers/ID/start} is reported. After a request that takes the connection over (attach, exec,
 * an upgrade) or anything that is not HTTP, it only forwards.
 */
final class ApiRequests {
    private static final Pattern START =
            Pattern.compile("POST (?:/v[0-9.]+)?/containers/([^/?\\s]+)/start(?:\\?\\S*)? HTTP/1\\.[01]");
    private static final Pattern HIJACK = Pattern.compile("\\S+ (?:/v[0-9.]+)?/(?:containers/[^/?\\s]+/attach|exec/"
            + "[^/?\\s]+/start|session|grpc)(?:[?/]\\S*)? HTTP/1\\.[01]");
    private static final int MAX_LINE = 64 * 1024;

    /** Not HTTP as we expect it: stop looking, keep forwarding. */
    private static final class NotHttp extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private ApiRequests() {}

    /** Copies {@code client} to {@code engine} until the client's end, reporting each container it starts. */
    static void forward(InputStream client, OutputStream engine, Consumer<String> started) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new Tee(client, engine));
        try {
            scan(in, started);
        } catch (NotHttp e) {
            // only forward from here on
        }
        in.transferTo(OutputStream.nullOutputStream()); // the tee forwards what this reads
    }

    private static void scan(InputStream in, Consumer<String> started) throws IOException, NotHttp {
        while (true) {
            String requestLine = line(in);
            if (requestLine == null) {
                return;
            }
            if (requestLine.isEmpty()) {
                continue; // a stray CRLF between requests is allowed
            }
            long length = 0;
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
            Matcher start = START.matcher(requestLine);
            if (start.matches()) {
                started.accept(URLDecoder.decode(start.group(1), StandardCharsets.UTF_8));
            }
            if (upgrade || HIJACK.matcher(requestLine).matches()) {
                return;
            }
            if (chunked) {
                skipChunks(in);
            } else {
                skip(in, length);
            }
        }
    }

    private static long contentLength(String value) throws NotHttp {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotHttp();
        }
    }

    private static void skipChunks(InputStream in) throws IOException, NotHttp {
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
            skip(in, bytes);
            line(in); // the CRLF after the chunk
        }
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One line without its CRLF; null at the end of the stream before any byte. */
    private static @Nullable String line(InputStream in) throws IOException, NotHttp {
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
    private static final class Tee extends InputStream {
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
