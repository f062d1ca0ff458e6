"""How much a gunicorn worker's memory grows while an editor uploads a large PDF in the admin.

    .venv/bin/python -m bench.upload_memory [--size-mb 20] [--storage local|s3]

Starts, each in its own process: moto's S3 server on a free port (so the objects it keeps in
memory are not counted), and gunicorn with production settings and one sync worker, on a SQLite
database of its own. Logs in to the admin, uploads a small PDF to warm the worker up, then
uploads a PDF of ``--size-mb`` through the "Add a document" form, streaming the request body
from disk as a browser does. The worker's resident memory is read from /proc: ``VmRSS`` just
before the upload, and the peak (``VmHWM``, reset first, and a 5 ms sampler as a cross-check)
while it is handled. Growth = peak - before. Done with media on local disk, on S3, and, as a
control that shows what the measurement sees when a file *is* held in memory, on local disk with
Django told to keep uploads in memory.

Prints a table, writes ``bench/results/upload_memory.json``, and exits 1 when a worker grew by
``LIMIT_MB`` (100 MB) or more. Linux only (it reads /proc).
"""

import argparse
import json
import os
import re
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESULTS = PROJECT_DIR / "bench" / "results" / "upload_memory.json"
LIMIT_MB = 100
MB = 1024 * 1024
CHUNK = 64 * 1024
USERNAME = "bench-editor"
BUCKET = "cop-media-bench"
# A local-disk run with uploads held in memory: shows what the measurement sees when a file is.
CONTROL = "control"
SWITCHING = ("DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, what):
    for _attempt in range(600):
        if process.poll() is not None:
            raise SystemExit(f"{what} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{what} did not start")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def kilobytes(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


def worker_pid(master_pid):
    for _attempt in range(100):
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.05)
    raise SystemExit("gunicorn started no worker")


def reset_peak(pid):
    """Reset VmHWM to the current RSS (Linux 4.0+); False when not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class Sampler(threading.Thread):
    """The highest VmRSS seen every 5 ms, in case VmHWM cannot be reset."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, kilobytes(self.pid, "VmRSS"))
            time.sleep(0.005)


class Browser:
    """Just enough of a browser for the admin: cookies (Secure ones too, over plain HTTP to the
    loopback) and CSRF tokens."""

    def __init__(self, base):
        self.host, self.port = base.removeprefix("http://").split(":")
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        connection = HTTPConnection(self.host, int(self.port), timeout=300)
        headers = {**(headers or {}), "Host": f"{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or ():
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response.status, response.headers, content.decode("utf-8", "replace")

    def form_token(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def post_form(self, path, fields):
        body = "&".join(
            f"{urllib.parse.quote(k)}={urllib.parse.quote(str(v))}" for k, v in fields.items()
        ).encode()
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )

    def log_in(self, password):
        _status, _headers, html = self.request("GET", "/admin/login/")
        status, headers, _html = self.post_form(
            "/admin/login/",
            {
                "csrfmiddlewaretoken": self.form_token(html),
                "username": USERNAME,
                "password": password,
                "next": "/admin/",
            },
        )
        if status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"could not log in to the admin (HTTP {status})")

    def upload_document(self, path, title):
        """POST the "Add a document" form with the file streamed from disk; the HTTP status."""
        _status, _headers, html = self.request("GET", "/admin/documents/add/")
        collection = re.search(r'name="collection"[^>]*>\s*<option value="(\d+)"', html)
        boundary = secrets.token_hex(16)
        fields = {
            "csrfmiddlewaretoken": self.form_token(html),
            "title": title,
            "collection": collection.group(1) if collection else "1",
        }
        head = b"".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
            for name, value in fields.items()
        )
        head += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{Path(path).name}"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()

        def body():
            yield head
            with open(path, "rb") as file:
                while chunk := file.read(CHUNK):
                    yield chunk
            yield tail

        length = len(head) + os.path.getsize(path) + len(tail)
        status, headers, html = self.request(
            "POST",
            "/admin/documents/add/",
            body(),
            {
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(length),
            },
        )
        if status != 302:
            errors = re.findall(r'class="error-message"[^>]*>(.*?)<', html, re.S)
            raise SystemExit(f"upload refused (HTTP {status}): {errors or html[:500]}")
        return status


def write_pdf(path, size):
    """A PDF of ``size`` bytes whose bulk is a stream of incompressible bytes."""
    tail = b"\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"
    length = size - 64 - len(tail)
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length " + str(length).encode()
    head = head + b" >>\nstream\n"
    head = head + b" " * (64 - len(head))
    payload = size - len(head) - len(tail)
    with open(path, "wb") as file:
        file.write(head)
        remaining = payload
        while remaining:
            chunk = os.urandom(min(MB, remaining))
            file.write(chunk)
            remaining -= len(chunk)
        file.write(tail)


def prepare_database(workdir, env, database_from=None):
    """A migrated SQLite database for the server: a copy of ``database_from`` (a sqlite3
    connection to an already migrated database) or a fresh ``migrate``."""
    path = workdir / "db.sqlite3"
    if database_from is not None:
        with sqlite3.connect(path) as target:
            database_from.backup(target)
    else:
        run([sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], env)
    return path


def run(command, env):
    result = subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result


def start_s3():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    wait_for(f"{endpoint}/moto-api/", server, "moto")
    import boto3

    boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    return server, endpoint


def measure(storage, env, pdf, size):
    """Start a server for ``storage`` ("local" or "s3"), upload, and return the measurement."""
    moto = None
    if storage == CONTROL:
        env = {**env, "BENCH_UPLOADS_IN_MEMORY": "1"}
    if storage == "s3":
        moto, endpoint = start_s3()
        env = {
            **env,
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_S3_REGION_NAME": "us-east-1",
        }
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--workers",
            "1",
            "--worker-class",
            "sync",
            "--timeout",
            "300",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=PROJECT_DIR,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz", server, "gunicorn")
        worker = worker_pid(server.pid)
        browser = Browser(base)
        browser.log_in(env["DJANGO_SUPERUSER_PASSWORD"])
        warm_up = pdf.with_name("warm-up.pdf")
        write_pdf(warm_up, 4096)
        browser.upload_document(warm_up, "Warm-up")

        before = kilobytes(worker, "VmRSS")
        peak_reset = reset_peak(worker)
        sampler = Sampler(worker)
        sampler.start()
        started = time.monotonic()
        browser.upload_document(pdf, "Annual report with annexes")
        seconds = time.monotonic() - started
        sampler.running = False
        sampler.join()
        peak = max(sampler.peak, kilobytes(worker, "VmHWM") if peak_reset else 0)
        stored = stored_size(storage, env, pdf.name)
    finally:
        stop(server)
        if moto is not None:
            stop(moto)
    if stored != size:
        raise SystemExit(f"{storage}: stored {stored} bytes, uploaded {size}")
    return {
        "storage": storage,
        "file_mb": round(size / MB, 1),
        "rss_before_mb": round(before / 1024, 1),
        "rss_peak_mb": round(peak / 1024, 1),
        "growth_mb": round((peak - before) / 1024, 1),
        "seconds": round(seconds, 2),
        "peak_from": "VmHWM" if peak_reset else "5 ms sampling",
    }


def stored_size(storage, env, filename):
    if storage != "s3":
        return (Path(env["MEDIA_ROOT"]) / "documents" / filename).stat().st_size
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        region_name="us-east-1",
    )
    return client.head_object(Bucket=BUCKET, Key=f"documents/{filename}")["ContentLength"]


def measure_upload_memory(size_mb=20, storages=("local", "s3"), database_from=None):
    """The measurements, one per storage. ``database_from``: see :func:`prepare_database`."""
    size = int(size_mb * MB)
    with tempfile.TemporaryDirectory(prefix="cop-upload-bench-") as tmp:
        workdir = Path(tmp)
        password = secrets.token_urlsafe(16)
        env = {
            **{k: v for k, v in os.environ.items() if k not in SWITCHING and "AWS_" not in k},
            "DJANGO_SETTINGS_MODULE": "bench.upload_memory_settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "LOG_LEVEL": "WARNING",
            "DJANGO_SUPERUSER_USERNAME": USERNAME,
            "DJANGO_SUPERUSER_PASSWORD": password,
        }
        prepare_database(workdir, env, database_from)
        run([sys.executable, "manage.py", "ensure_superuser"], env)
        pdf = workdir / "annual-report-with-annexes.pdf"
        write_pdf(pdf, size)
        return [measure(storage, env, pdf, size) for storage in storages]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20)
    parser.add_argument("--storage", choices=["local", "s3", CONTROL], action="append")
    args = parser.parse_args()
    storages = tuple(args.storage or ("local", "s3", CONTROL))
    results = measure_upload_memory(args.size_mb, storages)
    print(f"\n{'storage':8} {'file MB':>8} {'RSS before':>11} {'peak':>8} {'growth':>8} {'s':>6}")
    for r in results:
        print(
            f"{r['storage']:8} {r['file_mb']:8.1f} {r['rss_before_mb']:11.1f} "
            f"{r['rss_peak_mb']:8.1f} {r['growth_mb']:8.1f} {r['seconds']:6.2f}"
        )
    if CONTROL in storages:
        print(f"({CONTROL}: local disk with Django told to keep uploads in memory, for comparison)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"limit_mb": LIMIT_MB, "results": results}, indent=2))
    worst = max((r["growth_mb"] for r in results if r["storage"] != CONTROL), default=0)
    verdict = "OK" if worst < LIMIT_MB else "TOO MUCH"
    print(f"\nWorst growth {worst} MB (limit {LIMIT_MB} MB): {verdict}.")
    print(f"Peak resident memory from {results[0]['peak_from']}.")
    print(f"Results in {RESULTS.relative_to(PROJECT_DIR)}")
    sys.exit(0 if worst < LIMIT_MB else 1)


if __name__ == "__main__":
    main()
