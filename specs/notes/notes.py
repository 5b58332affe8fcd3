#!/usr/bin/python3
"""notes: a small notes API over PostgreSQL (stdlib http.server + psycopg2).

  notes serve     answers on $PORT (8000): GET /health, POST /notes, GET /notes, GET /notes/ID
  notes migrate   creates the table once and exits 0 (a one-shot container before the API)

Connects to $DATABASE_HOST as $DATABASE_USER (postgres) with $DATABASE_PASSWORD. Every request is
appended to /var/log/notes/access.log, the file an operator tails.
"""
import json
import os
import re
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg2

ACCESS_LOG = "/var/log/notes/access.log"
NOTE_PATH = re.compile(r"^/notes/(\d+)/?$")


def connect():
    return psycopg2.connect(
        host=os.environ["DATABASE_HOST"],
        port=int(os.environ.get("DATABASE_PORT", "5432")),
        user=os.environ.get("DATABASE_USER", "postgres"),
        password=os.environ.get("DATABASE_PASSWORD", ""),
        dbname=os.environ.get("DATABASE_NAME", "postgres"),
        connect_timeout=3,
    )


def migrate():
    # The database may still be starting: retry the connection for 30 s before giving up.
    deadline = time.monotonic() + 30
    while True:
        try:
            conn = connect()
            break
        except psycopg2.OperationalError as error:
            if time.monotonic() > deadline:
                print(f"migrate: database unreachable: {error}".strip(), file=sys.stderr)
                return 1
            time.sleep(0.5)
    with conn, conn.cursor() as cur:
        cur.execute(
            "CREATE TABLE IF NOT EXISTS notes ("
            " id serial PRIMARY KEY,"
            " contents text NOT NULL,"
            " created_at timestamptz NOT NULL DEFAULT now())"
        )
    conn.close()
    print("migrate: table notes is ready", flush=True)
    return 0


class Handler(BaseHTTPRequestHandler):
    server_version = "notes/1.0"

    def log_message(self, format, *args):  # noqa: A002 - the name http.server gives it
        line = "%s - [%s] %s\n" % (self.address_string(), self.log_date_time_string(), format % args)
        with open(ACCESS_LOG, "a", encoding="utf-8") as log:
            log.write(line)

    def reply(self, status, document, headers=()):
        body = (json.dumps(document) + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def query(self, sql, params=()):
        conn = connect()
        try:
            with conn, conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else []
        finally:
            conn.close()

    def do_GET(self):
        try:
            if self.path == "/health":
                self.query("SELECT 1 FROM notes LIMIT 1")
                self.reply(200, {"status": "ok"})
            elif self.path.rstrip("/") == "/notes":
                rows = self.query("SELECT id, contents FROM notes ORDER BY id")
                self.reply(200, [{"id": i, "contents": c} for i, c in rows])
            elif NOTE_PATH.match(self.path):
                note_id = int(NOTE_PATH.match(self.path).group(1))
                rows = self.query("SELECT id, contents FROM notes WHERE id = %s", (note_id,))
                if rows:
                    self.reply(200, {"id": rows[0][0], "contents": rows[0][1]})
                else:
                    self.reply(404, {"error": f"no note {note_id}"})
            else:
                self.reply(404, {"error": "not found"})
        except psycopg2.Error as error:
            self.reply(503, {"error": str(error).strip()})

    def do_POST(self):
        if self.path.rstrip("/") != "/notes":
            self.reply(404, {"error": "not found"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            contents = json.loads(self.rfile.read(length) or b"{}").get("contents")
        except (ValueError, AttributeError):
            contents = None
        if not isinstance(contents, str) or not contents:
            self.reply(400, {"error": "a note needs non-empty \"contents\""})
            return
        try:
            rows = self.query("INSERT INTO notes (contents) VALUES (%s) RETURNING id", (contents,))
        except psycopg2.Error as error:
            self.reply(503, {"error": str(error).strip()})
            return
        note_id = rows[0][0]
        self.reply(201, {"id": note_id, "contents": contents}, [("Location", f"/notes/{note_id}")])


def serve():
    port = int(os.environ.get("PORT", "8000"))
    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    # SIGTERM ends serve_forever from another thread; exit 0 is a clean stop.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"notes listening on port {port}, database at {os.environ['DATABASE_HOST']}", flush=True)
    try:
        server.serve_forever()
    except (SystemExit, KeyboardInterrupt):
        pass
    print("notes stopped", flush=True)
    return 0


def main(argv):
    if not os.environ.get("DATABASE_HOST"):
        print("DATABASE_HOST is not set; notes needs a PostgreSQL to keep notes in", file=sys.stderr)
        return 3
    command = argv[1] if len(argv) > 1 else "serve"
    if command == "migrate":
        return migrate()
    if command == "serve":
        return serve()
    print(f"unknown command {command!r}; use serve or migrate", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
