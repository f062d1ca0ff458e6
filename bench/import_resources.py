"""How fast ``manage.py import_resources`` is: 10,000 rows into a fresh database.

Generates a CSV of BENCH_IMPORT_ROWS rows (default 10,000; English rows with Arabic and Sorani
translations sharing their external_id, every tenth row with a small PDF of its own, the others
with a link) in a temporary folder, migrates a fresh SQLite database there, creates the topics
and organisations the rows name, then times three imports: the first creates every resource,
the second finds them all unchanged, the third changes every title (each resource then gets a
new revision, published through Wagtail's API). Prints rows, seconds and rows/s for each.

    .venv/bin/python -m bench.import_resources

The time is the wall-clock time of the ``manage.py import_resources`` process, start-up
included; its CPU time and the load average are printed too, since other work on the machine
stretches the wall clock.
"""

import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
TOPICS = ["democracy", "human-rights", "governance", "elections", "gender", "peacebuilding"]
ORGANIZATIONS = [f"Member organisation {n}" for n in range(1, 47)]
TYPES = ["report", "toolkit", "guide", "policy-brief", "training-material", "case-study"]
SETUP = f"""
from wagtail.models import Locale
from organizations.models import Organization
from resources.models import Topic
locale = Locale.get_default()
Topic.objects.bulk_create(
    [Topic(name=slug.title(), slug=slug, locale=locale) for slug in {TOPICS!r}]
)
Organization.objects.bulk_create(
    [Organization(name=name, kind="local-ngo", locale=locale) for name in {ORGANIZATIONS!r}]
)
"""
# A minimal valid PDF; each file gets a distinct comment so that none is a duplicate.
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n"
)


def resource_rows(rows):
    """(resource number, locale) for each row: every resource in English, one in three also
    in Arabic and one in six also in Sorani (the same external_id: translations)."""
    n = 0
    produced = 0
    while True:
        for locale, wanted in (("en", True), ("ar", n % 3 == 0), ("ckb", n % 6 == 0)):
            if wanted:
                if produced == rows:
                    return
                produced += 1
                yield n, locale
        n += 1


def write_csv(folder, rows, name="resources.csv", edition=""):
    """The benchmark's CSV: (path, files written). ``edition`` is added to every title."""
    files = folder / "files"
    files.mkdir(exist_ok=True)
    header = [
        "external_id",
        "title",
        "summary",
        "abstract",
        "type",
        "topics",
        "languages",
        "organization",
        "year",
        "url",
        "file",
        "locale",
        "status",
    ]
    languages = ["en", "ar", "ckb"]
    titles = {
        "en": "Coordination report {n}: civil society in Ninewa",
        "ar": "تقرير التنسيق {n}: المجتمع المدني في نينوى",
        "ckb": "ڕاپۆرتی هەماهەنگی {n}: کۆمەڵگەی مەدەنی لە نەینەوا",
    }
    file_count = 0
    with open(folder / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for index, (n, locale) in enumerate(resource_rows(rows)):
            file_cell = url_cell = ""
            if index % 10 == 0:
                file_count += 1
                file_cell = f"files/resource-{index}.pdf"
                (folder / file_cell).write_bytes(PDF + f"% {index}\n".encode())
            else:
                url_cell = f"https://library.example.org/resources/{n}"
            abstract = (
                f"<p>Findings from <b>{n % 40 + 2} districts</b>.</p><ul><li>Mapping</li></ul>"
                if n % 2
                else f"Interviews with {n % 50 + 5} organisations.\n\nRecommendations."
            )
            writer.writerow(
                [
                    f"RES-{n:06d}",
                    titles[locale].format(n=n) + edition,
                    "Where member organisations work, on what, and where coordination is weak.",
                    abstract,
                    TYPES[n % len(TYPES)],
                    ";".join(TOPICS[n % len(TOPICS) : n % len(TOPICS) + 2]),
                    ";".join(languages[: n % 3 + 1]),
                    ORGANIZATIONS[n % len(ORGANIZATIONS)] if n % 4 else "",
                    str(2000 + n % 25),
                    url_cell,
                    file_cell,
                    locale,
                    "draft" if n % 20 == 0 else "live",
                ]
            )
    return folder / name, file_count


def manage(env, *args):
    """Run manage.py; (wall-clock seconds, CPU seconds of the child, its output)."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"manage.py {args[0]} failed")
    child_cpu = after.ru_utime - cpu.ru_utime + after.ru_stime - cpu.ru_stime
    return elapsed, child_cpu, result.stdout.strip()


def main():
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        }
        for name in ("ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "REDIS_URL"):
            env.pop(name, None)
        path, files = write_csv(folder, ROWS)
        revised, _files = write_csv(folder, ROWS, "revised.csv", edition=" (revised)")
        print(f"import_resources: {ROWS} rows ({files} with a file), fresh SQLite database")
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "shell", "-c", SETUP)
        runs = (
            ("first import", path),
            ("re-import, unchanged", path),
            ("re-import, all changed", revised),
        )
        for label, csv_path in runs:
            seconds, cpu, summary = manage(env, "import_resources", str(csv_path), "-v", "0")
            print(
                f"  {label:<24} rows {ROWS}  seconds {seconds:6.1f}  rows/s {ROWS / seconds:6.1f}"
                f"  (CPU {cpu:5.1f} s)  {summary.split(': ', 1)[-1]}"
            )
        print("  load average: " + " ".join(f"{load:.2f}" for load in os.getloadavg()))


if __name__ == "__main__":
    main()
