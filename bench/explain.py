#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of the statements the running app sends for each endpoint, written as Markdown.

    bench/explain.py --base http://127.0.0.1:18092 --db kyodo_nation --out docs/performance/explain-nation.md \
        /api/v1/districts/20020 '/api/v1/city-requests?fiscalYear=2025&page=1&size=50' ...

How: PostgreSQL logs every statement with its parameters for a moment (log_min_duration_statement = 0, set with
ALTER SYSTEM and a reload, restored at the end); each endpoint is called once to warm up and once more, and the
statements logged during that second call are explained with their parameters put back in. The server's log is read
from --log (Debian's default file). Statements of the app's background jobs that fall into the window (webhook
cursors, housekeeping, rate-limit syncs) are left out. Needs psql and curl on the PATH, and PostgreSQL's superuser
(trust authentication, as on the development machine).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

BACKGROUND = ("webhook_cursor", "rate_limit_counter", "pg_notify", "LISTEN", "kyodo_identity", "housekeeping",
              "change_event_head")
LINE = re.compile(r"^\S+ \S+ \S+ \[\d+\] (\S*)@(\S*) LOG:  duration: ([0-9.]+) ms  (?:execute|statement)[^:]*: (.*)$")
PARAMS = re.compile(r"DETAIL:  [Pp]arameters: (.*)$")
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def psql(db, sql):
    return subprocess.run(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-p", os.environ.get("PGPORT", "5432"),
                           "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
                          capture_output=True, text=True)


def sign_in(base, user, password):
    req = urllib.request.Request(base + "/api/v1/sessions", data=json.dumps({"username": user, "password": password})
                                 .encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        for h in r.headers.get_all("Set-Cookie") or []:
            if h.startswith("kyodo_session="):
                return h.split(";")[0].split("=", 1)[1]
    sys.exit("sign-in failed")


def call(base, path, cookie):
    req = urllib.request.Request(base + path, headers={"Cookie": "kyodo_session=" + cookie, "Accept": "application/json"})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, (time.monotonic() - t0) * 1000


def statements(log, offset, db):
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        lines = f.read().splitlines()
    out = []
    for i, line in enumerate(lines):
        m = LINE.match(line)
        if not m or m.group(2) != db:
            continue
        sql = m.group(4).strip()
        if not sql or sql in ("BEGIN", "COMMIT", "ROLLBACK", "SELECT 1") or sql.startswith("SET ") or any(b in sql for b in BACKGROUND):
            continue
        params = {}
        if i + 1 < len(lines):
            p = PARAMS.search(lines[i + 1])
            if p:
                params = {int(n): v for n, v in PARAM.findall(p.group(1))}
        # $10 before $1
        for n in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, params[n].replace("\\", "\\\\"), sql)
        out.append((float(m.group(3)), sql))
    return out


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", required=True)
    a.add_argument("--db", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--log", default="/var/log/postgresql/postgresql-15-main.log")
    a.add_argument("--user", default="office")
    a.add_argument("--password", default="office-demo-pass")
    a.add_argument("--title", default="")
    a.add_argument("paths", nargs="+")
    args = a.parse_args()
    cookie = sign_in(args.base, args.user, args.password)
    r = psql(args.db, "alter system set log_min_duration_statement = 0")
    if r.returncode:
        sys.exit(r.stderr)
    psql(args.db, "select pg_reload_conf()")
    time.sleep(0.5)
    sections = []
    try:
        for path in args.paths:
            call(args.base, path, cookie)
            time.sleep(0.3)
            offset = os.path.getsize(args.log)
            status, ms = call(args.base, path, cookie)
            time.sleep(0.5)
            sections.append((path, status, ms, statements(args.log, offset, args.db)))
    finally:
        psql(args.db, "alter system reset log_min_duration_statement")
        psql(args.db, "select pg_reload_conf()")
    size = psql(args.db, "select pg_size_pretty(pg_database_size(current_database()))").stdout.strip()
    with open(args.out, "w") as f:
        f.write("# EXPLAIN of the hot statements%s\n\n" % (" — " + args.title if args.title else ""))
        f.write("Written by `bench/explain.py` on %s UTC against database `%s` (%s); load average %s. Each endpoint was "
                "called once to warm up, then once more; the statements PostgreSQL logged for that call are explained "
                "here with `EXPLAIN (ANALYZE, BUFFERS)` and their parameters. The time beside each is the app's "
                "execution as logged.\n\n" % (time.strftime("%Y-%m-%d %H:%M", time.gmtime()), args.db, size,
                                               open("/proc/loadavg").read().split()[0]))
        for path, status, ms, stmts in sections:
            f.write("## `GET %s`\n\n%d, %.1f ms end to end, %d statements.\n\n" % (path, status, ms, len(stmts)))
            for n, (d, sql) in enumerate(stmts, 1):
                if not re.match(r"(?i)\s*(select|with)\b", sql):
                    # EXPLAIN ANALYZE runs the statement: a write is listed, not run again
                    f.write("%d. %.2f ms in the app's call (a write, not explained)\n\n```sql\n%s\n```\n\n" % (n, d, sql))
                    continue
                plan = psql(args.db, "explain (analyze, buffers, costs off) " + sql)
                f.write("%d. %.2f ms in the app's call\n\n```sql\n%s\n```\n\n```\n%s\n```\n\n"
                        % (n, d, sql, (plan.stdout or plan.stderr).rstrip()))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
