#!/usr/bin/python3
"""app: a small JSON API that listens only on a unix socket ($SOCKET, /run/app/app.sock).

The proxy in front of it reaches the socket through a volume both mount at /run/app. A stale
socket from an earlier container is replaced; the socket is made 0666 so that the proxy's user
may connect.
"""
import json
import os
import signal
import socketserver
import sys
from http.server import BaseHTTPRequestHandler

SOCKET = os.environ.get("SOCKET", "/run/app/app.sock")


class Handler(BaseHTTPRequestHandler):
    server_version = "app/1.0"

    def address_string(self):
        # A unix socket has no peer address; the proxy says who asked.
        return self.headers.get("X-Forwarded-For", "-") if self.headers else "-"

    def log_message(self, format, *args):  # noqa: A002 - the name http.server gives it
        print(f"app: {self.address_string()} {format % args}", flush=True)

    def reply(self, status, document):
        body = (json.dumps(document) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/api/health":
            self.reply(200, {"status": "ok", "socket": SOCKET})
        elif self.path == "/api/hello":
            self.reply(200, {"message": "hello from the app", "via": "unix socket"})
        else:
            self.reply(404, {"error": "not found"})


class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def main():
    if os.path.exists(SOCKET):
        os.unlink(SOCKET)
    server = Server(SOCKET, Handler)
    os.chmod(SOCKET, 0o666)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"app listening on unix socket {SOCKET}", flush=True)
    try:
        server.serve_forever()
    except (SystemExit, KeyboardInterrupt):
        pass
    server.server_close()
    os.unlink(SOCKET)
    print("app stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
