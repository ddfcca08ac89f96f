"""A bounded load run of the web app on loopback: latency per route, errors, server memory.

    .venv/bin/python benchmarks/web_load.py --db /tmp/newsclaims-webload.db

Data: the 181 HTML pages of ``../shared/benchmarks/article-extraction/html/`` (gzipped; unpacked
to a temporary folder) plus the seed articles of ``../shared/corpus/kursk/``, analysed once into
``--db`` (a few minutes; the file is reused when it exists; keep it outside the repository).

The app runs under uvicorn in its own process on a free loopback port. Each round, ``--clients``
threads share ``--requests`` requests spread round-robin over the routes (pages and JSON API,
a fact and an article page included), stopping at ``--cap`` seconds. Printed per round: p50 and
p99 latency per route, errors (anything but 200, or no answer) and the server's resident memory.
Before the rounds, each route is asked once and the time printed: building the report data and
drawing each page happens once per change of the data, and the rounds measure the app after it.
"""

from __future__ import annotations

import argparse
import gzip
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
PAGES = SHARED / "benchmarks" / "article-extraction" / "html"
SEED = SHARED / "corpus" / "kursk"
ROUTES = ["/", "/facts", "/facts?page=2", "/conflicts", "/timeline", "/sources", "/articles", "/search?q=killed",
          "/api/overview", "/api/facts", "/api/conflicts", "/api/timeline", "/api/sources", "/api/articles",
          "/api/claims?q=said&limit=50"]


def build(db: Path, workers: int) -> None:
    """Analyse the benchmark pages and the seed articles into ``db`` (once)."""
    from newsclaims import pipeline
    from newsclaims.store import Store

    with tempfile.TemporaryDirectory(prefix="newsclaims-webload-") as tmp:
        for page in sorted(PAGES.glob("*.html.gz")):
            (Path(tmp) / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
        started = time.monotonic()
        with Store(str(db)) as store:
            result = pipeline.analyze([tmp, str(SEED)], store, pipeline.Options(workers=workers))
            stats = store.stats()
    print(f"built {db}: {len(result.added)} added, {len(result.skipped)} skipped, {stats['claims']} claims "
          f"in {time.monotonic() - started:.0f} s", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from newsclaims.web import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=2)
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def detail_routes(base: str) -> list[str]:
    """A fact page and an article page, picked from the API."""
    facts = httpx.get(f"{base}/api/facts?limit=1", timeout=120).json()
    articles = httpx.get(f"{base}/api/articles?limit=1", timeout=120).json()
    routes = [f"/facts/{facts[0]['key']}"] if facts else []
    return routes + ([f"/articles/{articles[0]['id']}"] if articles else [])


def one_round(base: str, routes: list[str], clients: int, requests: int, cap: float) -> dict[str, list]:
    """{route: [latencies in s]} and {route: errors}, under ``clients`` concurrent clients."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    counter = iter(range(requests))
    lock = threading.Lock()
    stop = time.monotonic() + cap

    def client() -> None:
        with httpx.Client(base_url=base, timeout=max(1.0, cap)) as http:
            while time.monotonic() < stop:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                route = routes[n % len(routes)]
                started = time.monotonic()
                try:
                    ok = http.get(route).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies[route].append(time.monotonic() - started)
                    errors[route] += not ok

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {route: [latencies[route], errors[route]] for route in routes}


def report(results: dict[str, list], elapsed: float) -> None:
    total = sum(len(lat) for lat, _ in results.values())
    print(f"{total} requests in {elapsed:.1f} s ({total / elapsed:.0f}/s)")
    print(f"{'route':34} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for route, (lat, errs) in results.items():
        if lat:
            p99 = statistics.quantiles(lat, n=100)[98] if len(lat) > 1 else lat[0]
            print(f"{route[:34]:34} {len(lat):5d} {statistics.median(lat) * 1000:8.0f} {p99 * 1000:8.0f} {errs:6d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "newsclaims-webload.db")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per round at most")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="worker processes for building the database")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.workers)
    if args.build_only:
        return
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        routes = ROUTES + detail_routes(base)
        for route in ROUTES:  # each page drawn once (the app draws the main ones itself after a change)
            httpx.get(base + route, timeout=120)
        print(f"cold start (data built, every route drawn once): {time.monotonic() - started:.1f} s")
        print(f"server RSS at start: {rss_mb(server.pid):.0f} MB")
        for number in range(1, args.rounds + 1):
            started = time.monotonic()
            results = one_round(base, routes, args.clients, args.requests, args.cap)
            print(f"\nround {number}: ", end="")
            report(results, time.monotonic() - started)
            print(f"server RSS after round {number}: {rss_mb(server.pid):.0f} MB", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
