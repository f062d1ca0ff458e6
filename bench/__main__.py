"""The benchmark report behind `make bench`.

Serves the current database with gunicorn (production settings, 2 sync workers) on a free
loopback port, loads each endpoint with wrk (Debian package `wrk`) and, in the same run, the
same response bytes served as a static file by the same server: the ceiling. Prints
requests/s, p50 and p99 and the ratio to the ceiling, and writes bench/results/latest.json.

Environment: BENCH_DURATION (seconds per endpoint, default 10), BENCH_CONNECTIONS (default 8).
"""

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
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESULTS = PROJECT_DIR / "bench" / "results" / "latest.json"
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
ENDPOINTS = {
    "healthz": "/healthz",
    "pages listing (limit 20)": "/api/v2/pages/?limit=20",
    "pages listing, Arabic": "/api/v2/pages/?locale=ar&limit=20",
    "page detail": None,  # filled with the first page's detail URL
}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrk(url):
    """Run wrk against url; requests/s, p50 and p99 latency in milliseconds."""
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        pct: float(value) * UNITS[unit]
        for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": rps,
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def wait_until_up(base):
    for _attempt in range(100):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def main():
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    static_dir = PROJECT_DIR / "static" / "bench"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILAPI_BASE_URL": base,
        "LOG_LEVEL": "WARNING",
    }
    # The ceiling: the listing's own bytes as a static file, fetched from a first server run.
    static_dir.mkdir(parents=True, exist_ok=True)
    server = start_gunicorn(port, env)
    try:
        wait_until_up(base)
        with urllib.request.urlopen(f"{base}{ENDPOINTS['pages listing (limit 20)']}") as response:
            listing = response.read()
        first = json.loads(listing)["items"][0]["meta"]["detail_url"]
        ENDPOINTS["page detail"] = first.removeprefix(base)
    finally:
        stop(server)
    (static_dir / "pages.json").write_bytes(listing)
    ENDPOINTS["static ceiling (same bytes)"] = "/static/bench/pages.json"

    server = start_gunicorn(port, env)
    try:
        wait_until_up(base)
        results = {name: wrk(base + path) for name, path in ENDPOINTS.items()}
    finally:
        stop(server)
    ceiling = results["static ceiling (same bytes)"]["requests_per_second"]
    print(f"\n{'endpoint':32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of ceiling':>11}")
    for name, result in results.items():
        share = result["requests_per_second"] / ceiling
        print(
            f"{name:32} {result['requests_per_second']:9.1f} {result['p50_ms']:8.2f} "
            f"{result['p99_ms']:8.2f} {share:10.1%}"
        )
        result["share_of_ceiling"] = round(share, 4)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "duration_s": DURATION,
                "connections": CONNECTIONS,
                "workers": 2,
                "response_bytes": len(listing),
                "results": results,
            },
            indent=2,
        )
    )
    print(f"\n{len(listing)} bytes per listing; results in {RESULTS.relative_to(PROJECT_DIR)}")


def start_gunicorn(port, env):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_DIR,
        env=env,
    )


def stop(server):
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)


if __name__ == "__main__":
    main()
