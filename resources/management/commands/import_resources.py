"""Import resources into the library from a CSV or XLSX file."""

import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from resources.importer import ImportFileError, ResourceImporter, RowErrors


@contextmanager
def quiet_logger(name, level):
    """Raise a logger's level for the duration (Wagtail logs a line per revision and publish)."""
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


class ProgressStream:
    """A command's output wrapper as a stream for tqdm: no newline added to each redraw."""

    def __init__(self, wrapper):
        self.wrapper = wrapper
        # tqdm draws a Unicode bar only on a stream that says it can encode it.
        self.encoding = getattr(wrapper, "encoding", None) or "utf-8"

    def write(self, text):
        self.wrapper.write(text, ending="")

    def flush(self):
        self.wrapper.flush()


class Command(BaseCommand):
    """Create or update resources from a spreadsheet, one row a resource.

    Every row is checked before anything is saved: any bad row is reported (row number,
    column, reason) and nothing is saved, unless ``--skip-invalid`` is given, which saves the
    good rows and reports the others. A row whose ``external_id`` already exists in its locale
    updates that resource; an unchanged row is left alone. The columns are described in the
    README ("Importing resources") and resources/importer.py.
    """

    help = "Import resources from a CSV (UTF-8) or XLSX file; see README, Importing resources."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .csv or .xlsx file to import.")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Save the valid rows and report the invalid ones (default: save nothing "
            "when any row is invalid).",
        )

    def handle(self, *args, file, skip_invalid=False, verbosity=1, **options):
        def progress(iterable, desc, total):
            return tqdm(
                iterable,
                desc=desc,
                total=total,
                unit="row",
                file=ProgressStream(self.stderr),
                disable=verbosity == 0,
            )

        importer = ResourceImporter(file, skip_invalid=skip_invalid, progress=progress)
        try:
            with quiet_logger("wagtail", logging.INFO if verbosity > 1 else logging.WARNING):
                result = importer.run()
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        except RowErrors as error:
            self.report(error.errors)
            rows = len({e.row for e in error.errors})
            raise CommandError(
                ngettext(
                    "%(rows)d of %(total)d rows has a problem: nothing was imported. Fix it, "
                    "or run again with --skip-invalid to import the valid rows.",
                    "%(rows)d of %(total)d rows have problems: nothing was imported. Fix them, "
                    "or run again with --skip-invalid to import the valid rows.",
                    rows,
                )
                % {"rows": rows, "total": error.row_count}
            ) from error

        self.report(result.errors)
        summary = _(
            "Imported %(file)s: created %(created)d, updated %(updated)d, skipped %(skipped)d "
            "(%(unchanged)d unchanged, %(invalid)d invalid)."
        ) % {
            "file": file,
            "created": result.created,
            "updated": result.updated,
            "skipped": result.skipped,
            "unchanged": result.unchanged,
            "invalid": result.invalid,
        }
        self.stdout.write(
            self.style.WARNING(summary) if result.invalid else self.style.SUCCESS(summary)
        )

    def report(self, errors):
        for error in errors:
            self.stderr.write(str(error))
