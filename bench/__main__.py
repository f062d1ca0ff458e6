"""The benchmark report behind `make bench`.

For each dataset size (BENCH_SCALES, or BENCH_N resources per locale, default 10,000):

1. builds the dataset once into bench/results/bench-<N>-v<version>.sqlite3 (bench/dataset.py)
   and reuses it on later runs;
2. counts the SQL queries of every listing with limit=1 and limit=20, ours and stock Wagtail's
   (bench/probe.py, Django's test client);
3. serves the dataset with gunicorn (bench.settings: production settings plus the stock Wagtail
   API v2 endpoints of bench/stock.py; 2 sync workers) on a free loopback port, and loads each
   endpoint of bench/endpoints.py (limit=20) with wrk: ours with the response cache off, stock
   Wagtail's listings of the same data (for resources: the pages listing of equivalent pages,
   the issue's comparator, and a plain snippet viewset over the resources), ours with the
   response cache on, and the same response bytes served as a static file by the same server
   (the ceiling).

Prints requests/s, p50, p99, the ratios (ours vs each stock comparator, ours vs ceiling) and
the query counts, and writes every number to bench/results/latest.json.

Environment: BENCH_N (resources per locale, default 10000), BENCH_SCALES (comma-separated sizes,
e.g. 1000,10000, instead of BENCH_N), BENCH_DURATION (seconds per wrk run, default 10),
BENCH_CONNECTIONS (wrk connections, default 8).
"""

import datetime
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.dataset import DATASET_VERSION
from bench.endpoints import ENDPOINTS, LIMIT, with_limit

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = PROJECT_DIR / "bench" / "results"
RESULTS = RESULTS_DIR / "latest.json"
# bench.settings has WhiteNoise serve RESULTS_DIR / "ceiling" at the site root.
CEILING_DIR = RESULTS_DIR / "ceiling" / "bench-ceiling"
CEILING_URL = "/bench-ceiling"
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
THREADS = 2
WORKERS = 2
SCALES = [
    int(size)
    for size in (os.environ.get("BENCH_SCALES") or os.environ.get("BENCH_N") or "10000").split(",")
    if size.strip()
]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
GOAL_VS_STOCK = 3.0  # cache off: the resources listing at least 3x stock Wagtail's (pages)
GOAL_OF_CEILING = 0.5  # cache on: at least 50% of the ceiling
GOAL_FLAT = 0.9  # the largest dataset keeps at least 90% of the smallest one's requests/s
RUN_WIDTH = 23  # the report's "run" column: cache off, stock (snippet viewset), ...


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrk(url):
    """Load url with wrk: requests/s, p50 and p99 latency in milliseconds, errors."""
    output = subprocess.run(
        [
            "wrk",
            f"-t{THREADS}",
            f"-c{CONNECTIONS}",
            f"-d{DURATION}s",
            "--timeout",
            "10s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        pct: round(float(value) * UNITS[unit], 3)
        for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    requests = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "requests_per_second": rps,
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "requests": int(requests.group(1)) if requests else None,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else None,
    }


def fetch(url, headers=None):
    """(status, body) of a GET, whatever the status; ``headers``, a dict, gets the response's."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            status, body, received = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, body, received = error.code, error.read(), error.headers
    if headers is not None:
        headers.update({name.lower(): value for name, value in received.items()})
    return status, body


def message_of(body):
    try:
        return str(json.loads(body).get("message", ""))[:160]
    except (ValueError, AttributeError):
        return body[:160].decode(errors="replace")


def measure(url):
    """Warm up (a few requests, so each worker has served it once), then load with wrk."""
    for _ in range(2 * WORKERS):
        fetch(url)
    return wrk(url)


def run(command, env, what):
    completed = subprocess.run(command, cwd=PROJECT_DIR, env=env)
    if completed.returncode:
        raise SystemExit(f"make bench: {what} failed (exit status {completed.returncode})")


def ensure_dataset(n, env):
    """The SQLite file holding the dataset for n resources per locale, built if missing."""
    database = RESULTS_DIR / f"bench-{n}-v{DATASET_VERSION}.sqlite3"
    info_path = database.with_suffix(".json")
    if database.exists() and info_path.exists():
        info = json.loads(info_path.read_text())
        print(f"Reusing the dataset for N={n:,}: {database.relative_to(PROJECT_DIR)}", flush=True)
        return database, {**info, "reused": True}
    building = database.with_name(database.name + ".building")
    building.unlink(missing_ok=True)
    run(
        [sys.executable, "-m", "bench.dataset", str(n), str(info_path)],
        {**env, "DATABASE_URL": f"sqlite:///{building}"},
        "building the dataset",
    )
    building.rename(database)
    return database, {**json.loads(info_path.read_text()), "reused": False}


def probe(env, cache, n):
    out = RESULTS_DIR / f"probe-{n}-{cache}.json"
    run(
        [sys.executable, "-m", "bench.probe", str(out)],
        {**env, "BENCH_API_RESPONSE_CACHE": cache, "API_RESPONSE_CACHE": str(cache == "on")},
        "counting queries",
    )
    return json.loads(out.read_text())


class Server:
    """gunicorn serving bench.settings on a free port, for a `with` block."""

    def __init__(self, env, cache):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "WAGTAILAPI_BASE_URL": self.base,
            "BENCH_API_RESPONSE_CACHE": cache,
            "API_RESPONSE_CACHE": str(cache == "on"),
        }
        self.log = RESULTS_DIR / "gunicorn.log"

    def __enter__(self):
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "cms.wsgi",
                    "--workers",
                    str(WORKERS),
                    "--worker-class",
                    "sync",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--log-level",
                    "warning",
                ],
                cwd=PROJECT_DIR,
                env=self.env,
                stdout=log,
                stderr=log,
            )
        for _attempt in range(300):
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1):
                    return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise SystemExit(f"make bench: gunicorn did not start; see {self.log}")

    def __exit__(self, *exc_info):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def ceiling_name(key):
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") + ".json"


def run_scale(n, env):
    """Everything measured for one dataset size."""
    started = time.monotonic()
    load_before = os.getloadavg()
    database, dataset = ensure_dataset(n, env)
    env = {**env, "DATABASE_URL": f"sqlite:///{database}"}
    print(f"Counting queries (N={n:,})", flush=True)
    probed = {"off": probe(env, "off", n)}
    cache_available = probed["off"]["cache_setting_available"]
    if cache_available:
        probed["on"] = probe(env, "on", n)
    endpoints = {}
    for endpoint in ENDPOINTS:
        found = probed["off"]["endpoints"][endpoint.key]
        endpoints[endpoint.key] = {
            "path": with_limit(found["path"]),
            "queries": found.get("path_queries"),
            "queries_cache_on": probed["on"]["endpoints"][endpoint.key].get("path_queries")
            if cache_available
            else None,
            # The first is the endpoint's comparator ("cache_off_vs_stock" in its ratios).
            "stocks": [
                {
                    "name": stock.name,
                    "what": stock.what,
                    "path": with_limit(probed_stock["path"]),
                    "queries": probed_stock["queries"],
                    "loaded": stock.load,
                }
                for stock, probed_stock in zip(endpoint.stocks, found["stocks"], strict=True)
            ],
            "runs": {},
        }

    print(f"Loading: cache off, and stock Wagtail (N={n:,})", flush=True)
    shutil.rmtree(CEILING_DIR, ignore_errors=True)
    CEILING_DIR.mkdir(parents=True)
    with Server(env, "off") as server:
        for endpoint in ENDPOINTS:
            entry = endpoints[endpoint.key]
            headers = {}
            status, body = fetch(server.base + entry["path"], headers)
            entry["status"], entry["bytes"] = status, len(body)
            entry["cache_off_x_cache"] = headers.get("x-cache")
            if status != 200:
                entry["message"] = message_of(body)
                print(f"  {endpoint.key}: {status} {entry['message']} (not measured)", flush=True)
                continue
            (CEILING_DIR / ceiling_name(endpoint.key)).write_bytes(body)
            entry["runs"]["cache_off"] = measure(server.base + entry["path"])
            for stock in entry["stocks"]:
                if not stock["loaded"]:
                    continue
                status, body = fetch(server.base + stock["path"])
                stock["status"], stock["bytes"] = status, len(body)
                if status == 200:
                    stock["run"] = measure(server.base + stock["path"])
                else:
                    stock["message"] = message_of(body)
                    print(
                        f"  {endpoint.key}, stock ({stock['name']}): {status} "
                        f"{stock['message']} (not measured)",
                        flush=True,
                    )

    print(
        f"Loading: {'cache on, and ' if cache_available else ''}the ceiling (N={n:,})",
        flush=True,
    )
    with Server(env, "on" if cache_available else "off") as server:
        for endpoint in ENDPOINTS:
            entry = endpoints[endpoint.key]
            if entry["status"] != 200:
                continue
            if cache_available:
                # Each worker has a cache of its own (local memory): ask until one answers
                # from it. X-Cache (cms/api/http_cache.py) says HIT, MISS or BYPASS.
                for _attempt in range(4 * WORKERS):
                    headers = {}
                    status, body = fetch(server.base + entry["path"], headers)
                    if headers.get("x-cache") == "HIT":
                        break
                entry["cache_on_status"], entry["cache_on_bytes"] = status, len(body)
                entry["cache_on_x_cache"] = headers.get("x-cache")
                entry["runs"]["cache_on"] = measure(server.base + entry["path"])
            static_url = f"{server.base}{CEILING_URL}/{ceiling_name(endpoint.key)}"
            status, body = fetch(static_url)
            if status == 200 and len(body) == entry["bytes"]:
                entry["runs"]["ceiling"] = measure(static_url)

    for entry in endpoints.values():
        entry["ratios"] = ratios(entry)
    return {
        "n": n,
        "dataset": {**dataset, "file": str(database.relative_to(PROJECT_DIR))},
        "facts": probed["off"]["facts"],
        "cache_setting_available": cache_available,
        "endpoints": endpoints,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "seconds": round(time.monotonic() - started, 1),
    }


def rps(run):
    return run["requests_per_second"] if run else None


def share(a, b):
    return round(a / b, 4) if a is not None and b else None


def ratios(entry):
    """Ours against the ceiling, and against each stock comparator (written into the
    comparator's entry); ``cache_off_vs_stock`` is against the first, named alongside."""
    runs = entry["runs"]
    cache_on = runs.get("cache_on") or runs.get("cache_off")  # no cache setting: the same
    for stock in entry["stocks"]:
        stock["cache_off_vs_stock"] = share(rps(runs.get("cache_off")), rps(stock.get("run")))
    comparator = entry["stocks"][0] if entry["stocks"] else {}
    return {
        "cache_off_vs_stock": comparator.get("cache_off_vs_stock"),
        "stock_comparator": comparator.get("name"),
        "cache_off_of_ceiling": share(rps(runs.get("cache_off")), rps(runs.get("ceiling"))),
        "cache_on_of_ceiling": share(rps(cache_on), rps(runs.get("ceiling"))),
    }


def goals(report):
    """The issue's goals, as measured (reported, never asserted)."""
    largest = report["scales"][str(max(SCALES))]
    resources = largest["endpoints"]["resources"]
    result = {
        "resources_cache_off_vs_stock": {
            "goal": f">= {GOAL_VS_STOCK:g}x",
            "comparator": resources["stocks"][0]["what"],
            "measured": resources["ratios"]["cache_off_vs_stock"],
            # For information: the same listing against the other stock comparators.
            "others": {
                stock["name"]: stock["cache_off_vs_stock"] for stock in resources["stocks"][1:]
            },
        },
        "resources_cache_on_of_ceiling": {
            "goal": f">= {GOAL_OF_CEILING:.0%}",
            "measured": resources["ratios"]["cache_on_of_ceiling"],
            "note": None
            if largest["cache_setting_available"]
            else "no API_RESPONSE_CACHE setting yet: cache on is the same as cache off",
        },
    }
    result["resources_cache_off_vs_stock"]["met"] = _at_least(
        result["resources_cache_off_vs_stock"]["measured"], GOAL_VS_STOCK
    )
    result["resources_cache_on_of_ceiling"]["met"] = _at_least(
        result["resources_cache_on_of_ceiling"]["measured"], GOAL_OF_CEILING
    )
    if len(SCALES) > 1:
        small = report["scales"][str(min(SCALES))]
        flat = {}
        for key, entry in largest["endpoints"].items():
            before = small["endpoints"][key]
            kept = share(rps(entry["runs"].get("cache_off")), rps(before["runs"].get("cache_off")))
            queries = [
                (side["queries"] or {}).get("limit_20", {}).get("queries")
                for side in (before, entry)
            ]
            flat[key] = {
                "requests_per_second_kept": kept,
                "queries_limit_20": queries,
                "met": _at_least(kept, GOAL_FLAT) and queries[0] == queries[1],
            }
        result["flat_cost"] = {
            "goal": f"from N={min(SCALES):,} to N={max(SCALES):,}, cache off: same queries and "
            f">= {GOAL_FLAT:.0%} of the requests/s",
            "endpoints": flat,
        }
    return result


def _at_least(value, goal):
    return None if value is None else value >= goal


def git_state():
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


# Printing


def fmt(value, spec, missing="-"):
    return missing if value is None else format(value, spec)


def print_scale(scale):
    per_locale = scale["dataset"]["per_locale"]
    locales = len(scale["dataset"]["locales"])
    resource_pages = per_locale.get("resource_pages", 0)
    print(
        f"\nN={scale['n']:,} resources per locale x {locales} locales "
        f"({per_locale['organizations']:,} organisations, {per_locale['webinars']:,} webinars, "
        f"{per_locale['events']:,} events, {per_locale['pages'] + 1 + resource_pages:,} pages "
        f"per locale of which {resource_pages:,} equivalent to resources; "
        f"{scale['dataset'].get('images', 0)} images); "
        f"load average before/after {scale['load_average_before'][0]:.2f}/"
        f"{scale['load_average_after'][0]:.2f}"
    )
    header = (
        f"{'endpoint':20} {'run':{RUN_WIDTH}} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'bytes':>7}  {'queries l=1/l=20':>16}"
    )
    print(header)
    print("-" * len(header))
    for key, entry in scale["endpoints"].items():
        if entry["status"] != 200:
            print(f"{key:20} {entry['status']}: {entry.get('message', '')} (not measured)")
            continue
        rows = [("cache off", entry["runs"].get("cache_off"), entry["bytes"], entry["queries"])]
        if scale["cache_setting_available"]:
            rows.append(
                (
                    "cache on",
                    entry["runs"].get("cache_on"),
                    entry.get("cache_on_bytes"),
                    entry["queries_cache_on"],
                )
            )
        for stock in entry["stocks"]:
            rows.append(
                (f"stock ({stock['name']})", stock.get("run"), stock.get("bytes"), stock["queries"])
            )
        rows.append(("ceiling", entry["runs"].get("ceiling"), None, None))
        for label, result, size, queries in rows:
            counted = (
                f"{queries['limit_1']['queries']} / {queries['limit_20']['queries']}"
                if queries
                else ""
            )
            if result is None:
                print(
                    f"{key:20} {label:{RUN_WIDTH}} {'not loaded':>9} {'':>8} {'':>8} {'':>7}  "
                    f"{counted:>16}"
                )
                continue
            errors = result["non_2xx"] or result["socket_errors"]
            x_cache = entry.get("cache_on_x_cache") if label == "cache on" else "HIT"
            print(
                f"{key:20} {label:{RUN_WIDTH}} {result['requests_per_second']:9.1f} "
                f"{fmt(result['p50_ms'], '8.2f'):>8} {fmt(result['p99_ms'], '8.2f'):>8} "
                f"{fmt(size, '7d', ''):>7}  {counted:>16}"
                + (f"  errors: {errors}" if errors else "")
                + (f"  X-Cache: {x_cache}" if x_cache != "HIT" else "")
            )
    if not scale["cache_setting_available"]:
        print("cache on: no API_RESPONSE_CACHE setting in cms/settings/base.py yet, so not run")
        print("          separately (the same as cache off).")
    print(
        f"\n{'endpoint':20} {'off vs stock':>13} {'off of ceiling':>15} {'on of ceiling':>14}"
        "  stock comparator"
    )
    for key, entry in scale["endpoints"].items():
        if entry["status"] != 200:
            continue
        r = entry["ratios"]
        for n, stock in enumerate(entry["stocks"] or [{}]):
            vs_stock = fmt(stock.get("cache_off_vs_stock"), ".2f", "-")
            vs_stock += "x" if stock.get("cache_off_vs_stock") else ""
            print(
                f"{key if n == 0 else '':20} {vs_stock:>13} "
                + (
                    f"{fmt(r['cache_off_of_ceiling'], '.1%'):>15} "
                    f"{fmt(r['cache_on_of_ceiling'], '.1%'):>14}"
                    if n == 0
                    else f"{'':>15} {'':>14}"
                )
                + (f"  {stock['name']}: {stock['what']}" if stock else "")
                + ("" if not stock or stock["loaded"] else " (queries only)")
            )


def print_goals(result):
    print("\nGoals (reported, not asserted):")
    off = result["resources_cache_off_vs_stock"]
    print(
        f"  cache off, resources listing {off['goal']} stock Wagtail: "
        f"{fmt(off['measured'], '.2f')}x  {_verdict(off['met'])}"
    )
    print(f"    (against {off['comparator']})")
    for name, measured in off["others"].items():
        print(f"    for information, against stock ({name}): {fmt(measured, '.2f')}x")
    on = result["resources_cache_on_of_ceiling"]
    print(
        f"  cache on, resources listing {on['goal']} of the ceiling: "
        f"{fmt(on['measured'], '.1%')}  {_verdict(on['met'])}"
        + (f"  ({on['note']})" if on["note"] else "")
    )
    if "flat_cost" in result:
        print(f"  flat cost, {result['flat_cost']['goal']}:")
        for key, flat in result["flat_cost"]["endpoints"].items():
            print(
                f"    {key:20} requests/s kept {fmt(flat['requests_per_second_kept'], '.0%'):>5}, "
                f"queries (l=20) {flat['queries_limit_20'][0]} -> {flat['queries_limit_20'][1]}"
                f"  {_verdict(flat['met'])}"
            )


def _verdict(met):
    return {True: "met", False: "NOT met", None: "n/a"}[met]


def main():
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    CEILING_DIR.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    report = {
        "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "git": git_state(),
        "machine": {"cpus": os.cpu_count()},
        "config": {
            "scales": SCALES,
            "duration_s": DURATION,
            "connections": CONNECTIONS,
            "wrk_threads": THREADS,
            "gunicorn_workers": WORKERS,
            "limit": LIMIT,
            "dataset_version": DATASET_VERSION,
        },
        "scales": {},
    }
    for n in SCALES:
        report["scales"][str(n)] = run_scale(n, env)
        RESULTS.write_text(json.dumps(report, indent=2))
    report["goals"] = goals(report)
    RESULTS.write_text(json.dumps(report, indent=2))

    print(
        f"\nmake bench: gunicorn {WORKERS} sync workers, wrk {THREADS} threads x {CONNECTIONS} "
        f"connections x {DURATION} s per run, limit={LIMIT}; {os.cpu_count()} CPUs; "
        f"git {report['git']}"
    )
    for n in SCALES:
        print_scale(report["scales"][str(n)])
    print_goals(report["goals"])
    print(f"\nAll numbers in {RESULTS.relative_to(PROJECT_DIR)}")


if __name__ == "__main__":
    main()
