#!/usr/bin/python3
"""migrate: the notes migration, broken on purpose. Its second statement alters a table that no
statement before it created, so PostgreSQL refuses it and the migration exits 1."""
import os
import sys
import time

import psycopg2


def main():
    deadline = time.monotonic() + 30
    while True:
        try:
            conn = psycopg2.connect(
                host=os.environ["DATABASE_HOST"],
                user=os.environ.get("DATABASE_USER", "postgres"),
                password=os.environ.get("DATABASE_PASSWORD", ""),
                dbname=os.environ.get("DATABASE_NAME", "postgres"),
                connect_timeout=3,
            )
            break
        except psycopg2.OperationalError as error:
            if time.monotonic() > deadline:
                print(f"migrate: database unreachable: {error}".strip(), file=sys.stderr)
                return 1
            time.sleep(0.5)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version int NOT NULL)")
            cur.execute("ALTER TABLE note ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()")
    except psycopg2.Error as error:
        print(f"migrate: failed: {str(error).strip()}", file=sys.stderr)
        return 1
    print("migrate: table notes is ready", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
