package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.PortAddress;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Whether a container port has a listener behind it. Docker's userland proxy accepts every connection on a published
 * port and closes it at once when nothing listens in the container, so an accepted connection alone proves nothing:
 * the port counts as open when the connection stays up (or the server speaks first). The same holds on a network.
 */
final class PortProbe {
    private static final int CONNECT_MILLIS = 1000;
    private static final int SETTLE_MILLIS = 300;

    private PortProbe() {}

    static boolean isOpen(PortAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), CONNECT_MILLIS);
            socket.setSoTimeout(SETTLE_MILLIS);
            InputStream in = socket.getInputStream();
            return in.read() != -1;
        } catch (SocketTimeoutException stillConnected) {
            return true;
        } catch (IOException refusedOrReset) {
            return false;
        }
    }
}
