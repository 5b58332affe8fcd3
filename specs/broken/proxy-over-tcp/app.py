#!/usr/bin/python3
"""app, broken on purpose: it listens on TCP port 8081 instead of the unix socket the proxy
expects at /run/app/app.sock, so the proxy answers 502 for every /api/ request."""
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(os.environ.get("PORT", "8081"))


class Handler(BaseHTTPRequestHandler):
    server_version = "app/1.0"

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
            self.reply(200, {"status": "ok", "port": PORT})
        elif self.path == "/api/hello":
            self.reply(200, {"message": "hello from the app", "via": "tcp"})
        else:
            self.reply(404, {"error": "not found"})


def main():
    server = ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"app listening on port {PORT}", flush=True)
    try:
        server.serve_forever()
    except (SystemExit, KeyboardInterrupt):
        pass
    print("app stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
