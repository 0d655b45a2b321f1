#!/usr/bin/env python3
"""Steady write load for the reliability scripts (python3 standard library only).

  load.py run    --base URL --token T --prefix P --out FILE --stop FILE [--workers N]
  load.py verify --results FILE... --rows FILE

run: each worker creates plans one after another (POST /api/v1/plans with an Idempotency-Key), and between two
writes reads GET /api/v1/me with the same session. A write that is not acknowledged (503, 502, a connection error
...) is retried with the same key and body until it is acknowledged, so no logical write is given up while the
service recovers; after the stop file appears, the write in progress is still retried for up to 20 s. Every
attempt is recorded. The client retries after 0.2 s rather than after Retry-After, to measure recovery closely.

verify: compares the acknowledged writes with what the database holds (rows FILE: `code|plan id|CREATE audit
entries|idempotency records` per plan, from psql) and prints the figures; exits 1 when an assertion fails.
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
import uuid

ACK_DEADLINE_AFTER_STOP = 20.0


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.attempts = []  # (t, method, status, note)
        self.acked = []  # {code, id, key, replayed, attempts}
        self.unacked = []  # {code, key}

    def attempt(self, method, status, note=""):
        with self.lock:
            self.attempts.append((time.time(), method, status, note))


def request(base, method, path, token, body=None, headers=None, timeout=15.0):
    """Returns (status, headers dict lower-cased, body bytes); status 0 on a connection error."""
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    h = {"Accept": "application/json", "Cookie": "kyodo_session=" + token}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    try:
        conn.request(method, path, body=None if body is None else json.dumps(body).encode(), headers=h)
        r = conn.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    except (OSError, http.client.HTTPException) as e:
        return 0, {}, str(e).encode()
    finally:
        conn.close()


def classify(status, headers, data):
    """A note for a non-2xx answer: 'ok-503' when it is a proper outage answer, else what is wrong with it."""
    if status != 503:
        return ""
    problems = []
    if not headers.get("content-type", "").startswith("application/problem+json"):
        problems.append("content-type " + headers.get("content-type", "-"))
    if not headers.get("retry-after"):
        problems.append("no Retry-After")
    try:
        p = json.loads(data)
        if p.get("status") != 503 or not p.get("type") or not p.get("title") or not p.get("detail"):
            problems.append("incomplete problem")
    except ValueError:
        problems.append("body is not JSON")
    return "ok-503" if not problems else "bad-503: " + ", ".join(problems)


def worker(args, n, rec, stop):
    i = 0
    while not os.path.exists(stop):
        i += 1
        code = "%s-%d-%d" % (args.prefix, n, i)
        key = str(uuid.uuid4())
        body = {"code": code, "name": "信頼性テスト " + code, "owner": "reliability", "fromFiscalYear": 2025,
                "toFiscalYear": 2026}
        tries = 0
        stop_seen = None
        while True:
            tries += 1
            status, headers, data = request(args.base, "POST", "/api/v1/plans", args.token, body,
                                            {"Idempotency-Key": key})
            rec.attempt("POST", status, classify(status, headers, data))
            if 200 <= status < 300:
                p = json.loads(data)
                with rec.lock:
                    rec.acked.append({"code": code, "id": p["id"], "key": key, "tries": tries,
                                      "replayed": headers.get("idempotent-replayed") == "true"})
                break
            if os.path.exists(stop):
                stop_seen = stop_seen or time.time()
                if time.time() - stop_seen > ACK_DEADLINE_AFTER_STOP:
                    with rec.lock:
                        rec.unacked.append({"code": code, "key": key})
                    return
            time.sleep(0.2)
        status, headers, data = request(args.base, "GET", "/api/v1/me", args.token)
        rec.attempt("GET", status, classify(status, headers, data))
        if status != 200:
            time.sleep(0.2)


def run(args):
    rec = Recorder()
    threads = [threading.Thread(target=worker, args=(args, n, rec, args.stop)) for n in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(args.out, "w") as f:
        json.dump({"attempts": rec.attempts, "acked": rec.acked, "unacked": rec.unacked}, f)


def verify(args):
    attempts, acked, unacked = [], [], []
    for path in args.results:
        with open(path) as f:
            r = json.load(f)
        attempts += r["attempts"]
        acked += r["acked"]
        unacked += r["unacked"]
    rows = {}
    with open(args.rows) as f:
        for line in f:
            line = line.strip()
            if line:
                code, pid, audits, idem = line.split("|")
                rows[code] = (int(pid), int(audits), int(idem))
    failures = []

    def classes(method):
        out = {}
        for _, m, status, _ in attempts:
            if m == method:
                c = "conn-error" if status == 0 else "%dxx" % (status // 100) if status not in (401, 500, 502, 503) else str(status)
                out[c] = out.get(c, 0) + 1
        return out

    post, get = classes("POST"), classes("GET")
    bad = [(m, s, note) for _, m, s, note in attempts if note.startswith("bad-503")]
    unexpected = [(m, s) for _, m, s, _ in attempts if s in (401, 500) or (400 <= s < 500)]
    lost = [a for a in acked if a["code"] not in rows]
    wrong_id = [a for a in acked if a["code"] in rows and rows[a["code"]][0] != a["id"]]
    half = [c for c, (_, audits, idem) in rows.items() if audits != 1 or idem != 1]
    unknown_outcome = [u for u in unacked if u["code"] in rows]
    replayed = sum(1 for a in acked if a["replayed"])
    retried = sum(1 for a in acked if a["tries"] > 1)
    print("  writes: %d logical, %d POSTs sent, %d acknowledged (%d after a retry, %d of them replayed), %d lost, "
          "%d never acknowledged (%d of those present)" % (len(acked) + len(unacked), sum(post.values()), len(acked),
                                                          retried, replayed, len(lost), len(unacked), len(unknown_outcome)))
    print("  POST by status: %s" % ", ".join("%s=%d" % kv for kv in sorted(post.items())))
    print("  GET /me by status: %s" % ", ".join("%s=%d" % kv for kv in sorted(get.items())))
    print("  database: %d plans of this run, %d with not exactly one CREATE audit entry and one idempotency record"
          % (len(rows), len(half)))
    if args.summary:
        with open(args.summary, "w") as f:
            f.write("%d %d %d %d %d %d\n" % (sum(post.values()), len(acked), len(lost), post.get("503", 0),
                                              sum(v for k, v in post.items() if k not in ("2xx", "503")), len(half)))
    if not acked:
        failures.append("no write was acknowledged")
    if lost:
        failures.append("%d acknowledged writes are missing: %s" % (len(lost), [a["code"] for a in lost[:5]]))
    if wrong_id:
        failures.append("%d acknowledged ids differ from the database's" % len(wrong_id))
    if half:
        failures.append("%d writes half-applied (plan without exactly one audit entry / idempotency record): %s"
                        % (len(half), half[:5]))
    if unacked:
        failures.append("%d writes were never acknowledged (the service did not recover)" % len(unacked))
    if bad:
        failures.append("%d 503 answers were not proper problem+json with Retry-After: %s" % (len(bad), bad[:3]))
    if unexpected:
        failures.append("unexpected answers (401/4xx/500): %s" % sorted(set(unexpected)))
    if args.allow != "conn":
        if post.get("conn-error") or get.get("conn-error") or post.get("502") or get.get("502"):
            failures.append("connection errors / 502 although the app stayed up")
    for f in failures:
        print("  FAIL: " + f)
    return 1 if failures else 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--base", required=True)
    r.add_argument("--token", required=True)
    r.add_argument("--prefix", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--stop", required=True)
    r.add_argument("--workers", type=int, default=2)
    v = sub.add_parser("verify")
    v.add_argument("--results", nargs="+", required=True)
    v.add_argument("--rows", required=True)
    v.add_argument("--summary")
    v.add_argument("--allow", default="", help="conn: connection errors and 502 are expected (an instance is killed)")
    a = p.parse_args()
    if a.cmd == "run":
        run(a)
        return 0
    return verify(a)


if __name__ == "__main__":
    sys.exit(main())
