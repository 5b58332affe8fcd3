#!/usr/bin/python3
"""records: a tiny record store in two roles, from one image (python3 stdlib only).

  ROLE=primary (default)   POST /records {"title": ...} -> 201 {"id", "title"}; GET /records; GET /health
  ROLE=replica             GET only; copies the primary's records from http://$PRIMARY:$PORT/records
                           every $SYNC_INTERVAL seconds (1); POST -> 405, a replica is read-only

Both answer on $PORT (8080) and say "<role> ready" once they accept connections.
"""
import json
import os
import signal
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROLE = os.environ.get("ROLE", "primary")
PORT = int(os.environ.get("PORT", "8080"))
SYNC_AGENT = "records-replica"
records = []
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    server_version = "records/1.0"

    def log_message(self, format, *args):  # noqa: A002 - the name http.server gives it
        if self.headers and self.headers.get("User-Agent") == SYNC_AGENT:
            return  # a replica's poll every second would drown the log
        print(f"{ROLE}: {self.command} {self.path} {args[1] if len(args) > 1 else ''}", flush=True)

    def reply(self, status, document):
        body = (json.dumps(document) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Role", ROLE)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/health":
            with lock:
                self.reply(200, {"role": ROLE, "records": len(records)})
        elif self.path == "/records":
            with lock:
                self.reply(200, list(records))
        else:
            self.reply(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/records":
            self.reply(404, {"error": "not found"})
            return
        if ROLE != "primary":
            self.reply(405, {"error": "this is a read-only replica; write to the primary"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            title = json.loads(self.rfile.read(length) or b"{}").get("title")
        except (ValueError, AttributeError):
            title = None
        if not isinstance(title, str) or not title:
            self.reply(400, {"error": "a record needs a non-empty \"title\""})
            return
        with lock:
            record = {"id": len(records) + 1, "title": title}
            records.append(record)
        self.reply(201, record)


def follow(primary):
    """Replaces the replica's records with the primary's, forever; says so when it falls behind."""
    url = f"http://{primary}:{PORT}/records"
    interval = float(os.environ.get("SYNC_INTERVAL", "1"))
    reachable = True
    while True:
        try:
            request = urllib.request.Request(url, headers={"User-Agent": SYNC_AGENT})
            with urllib.request.urlopen(request, timeout=2) as response:
                copied = json.load(response)
            with lock:
                changed = len(copied) != len(records)
                records[:] = copied
            if changed:
                print(f"replica: synced {len(copied)} records from {primary}", flush=True)
            reachable = True
        except (OSError, ValueError) as error:
            if reachable:
                print(f"replica: primary {primary} unreachable ({error}); keeping {len(records)} records", flush=True)
            reachable = False
        time.sleep(interval)


def main():
    if ROLE not in ("primary", "replica"):
        print(f"ROLE must be primary or replica, not {ROLE!r}", file=sys.stderr)
        return 3
    primary = os.environ.get("PRIMARY", "")
    if ROLE == "replica" and not primary:
        print("a replica needs PRIMARY, the primary's host name", file=sys.stderr)
        return 3
    server = ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if ROLE == "replica":
        threading.Thread(target=follow, args=(primary,), daemon=True).start()
        print(f"replica ready on port {PORT}, following {primary}:{PORT}", flush=True)
    else:
        print(f"primary ready on port {PORT}", flush=True)
    try:
        server.serve_forever()
    except (SystemExit, KeyboardInterrupt):
        pass
    print(f"{ROLE} stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
