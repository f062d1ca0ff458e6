"""Import resources into the library from a CSV or XLSX file (``manage.py import_resources``).

The import runs in three phases:

1. **read**: the file as a whole is checked (size, type, encoding, header, formulas, duplicate
   IDs); any problem raises :class:`ImportFileError` and nothing else happens.
2. **check**: every row is parsed and validated, including the model's ``full_clean()``, against
   topics, organisations, locales and existing resources fetched once up front. Problems are
   collected as :class:`RowError` (row number, column, reason).
3. **save**: the valid rows are written, in one transaction (or one per row with
   ``skip_invalid``): new resources are created, existing ones (same ``external_id`` in the same
   locale) updated, unchanged ones left alone. Each write makes a revision and, for status
   ``live``, publishes it, as an editor's save in the admin would.

Row numbers are those a spreadsheet shows: the header is row 1, the first resource row 2.
"""

import csv
import functools
import hashlib
import html
import io
import logging
import re
import uuid
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files import File
from django.db import DatabaseError, connections, models, router, transaction
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.db.models.signals import post_save
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.log_actions import registry as log_registry
from wagtail.models import Locale, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import published

from organizations.models import Organization
from resources.models import Resource, ResourceType, Topic

REQUIRED_COLUMNS = ("external_id", "title", "summary", "type")
OPTIONAL_COLUMNS = (
    "abstract",
    "topics",
    "languages",
    "organization",
    "year",
    "url",
    "file",
    "locale",
    "status",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
STATUSES = ("live", "draft")
EXTENSIONS = (".csv", ".xlsx")

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

# Which column a model field's validation error belongs to.
FIELD_COLUMNS = {
    "external_id": "external_id",
    "title": "title",
    "summary": "summary",
    "abstract": "abstract",
    "resource_type": "type",
    "topics": "topics",
    "document_languages": "languages",
    "organization": "organization",
    "publication_year": "year",
    "document": "file",
    "external_url": "url",
    "locale": "locale",
}
# Foreign keys: the importer resolves them from prefetched objects, or leaves them as they are,
# so full_clean() need not look each of them up again (one query per row and field).
RESOLVED_FOREIGN_KEYS = tuple(
    f.name for f in Resource._meta.concrete_fields if f.is_relation and f.many_to_one
)
PUBLISHING_STATE_FIELDS = (
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision",
    "live_revision",
    "expired",
)
# What a re-imported row is compared with, to leave unchanged resources alone.
COMPARED_FIELDS = (
    "external_id",
    "title",
    "summary",
    "abstract",
    "resource_type",
    "publication_year",
    "external_url",
    "organization",
    "document",
)
# The abstract is rich text with the editor's features; imported HTML is reduced to them.
ABSTRACT_FEATURES = ("bold", "italic", "ol", "ul", "link")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
VOID_TAG = re.compile(r"<(br|hr|img|wbr|input|meta|link|source)\b[^<>]*>", re.IGNORECASE)
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
LIST_SEPARATOR = re.compile(r"[;,]")
MAX_FORMULA_CELLS_LISTED = 10
# A placeholder document id while checking a row whose file is uploaded only when it is saved,
# so that the model's "file or link" rule sees that the row has a file.
PENDING_DOCUMENT_ID = -1
QUERY_CHUNK = 500
CREATE_BATCH = 500

logger = logging.getLogger(__name__)


class ImportFileError(Exception):
    """A problem with the file as a whole: nothing is imported."""


@dataclass(frozen=True)
class RowError:
    """A problem with one cell (or, with an empty column, one row) of the file."""

    row: int
    column: str
    message: str

    def __str__(self):
        if self.column:
            return _("Row %(row)d, column %(column)s: %(message)s") % {
                "row": self.row,
                "column": self.column,
                "message": self.message,
            }
        return _("Row %(row)d: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class Row:
    """A data row as read from the file: its spreadsheet row number and its cells by column."""

    number: int
    values: dict
    extra_cells: bool = False  # non-empty cells to the right of the last column


@dataclass
class RowPlan:
    """A checked row: what to write for it."""

    number: int
    external_id: str
    locale: Locale
    status: str
    existing: Resource | None
    fields: dict  # model attribute -> value, only for the columns the file has
    topics: list | None  # None: the file has no topics column (an update keeps them)
    languages: list | None
    file_path: Path | None
    clear_document: bool = False  # the file column is there and empty: drop the file
    translation_key: uuid.UUID | None = None
    unchanged: bool = False  # an existing resource that the row would not change


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    errors: list = field(default_factory=list)

    @property
    def skipped(self):
        return self.unchanged + self.invalid


class RowErrors(Exception):
    """Rows failed the check and ``skip_invalid`` is off: nothing was saved."""

    def __init__(self, errors, row_count):
        super().__init__(errors)
        self.errors = errors
        self.row_count = row_count


def _no_progress(iterable, desc, total):
    return iterable


def max_input_bytes():
    return getattr(settings, "RESOURCE_IMPORT_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES)


def max_file_bytes():
    return getattr(settings, "RESOURCE_IMPORT_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)


def allowed_document_extensions():
    return [ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []]


def split_list(value):
    return [item.strip() for item in LIST_SEPARATOR.split(value) if item.strip()]


def quoted_list(items):
    return ", ".join(f"“{item}”" for item in items)


def normalise_header(name):
    return re.sub(r"[\s-]+", "_", str(name).strip().lower())


def cell_text(value):
    """A spreadsheet value as the text the importer works with."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@functools.cache
def abstract_converter():
    return ContentstateConverter(list(ABSTRACT_FEATURES))


def abstract_html(value):
    """Plain text or simple HTML as the rich text the editor would store.

    Plain text becomes paragraphs (a blank line between them; a single newline is a line
    break). HTML is reduced to what the abstract's editor allows, as saving it there would
    (links other than web, e-mail and relative ones lose their target). Block keys are
    dropped so the same input always gives the same HTML. Raises ValueError for HTML the
    editor's converter cannot read.
    """
    value = value.strip()
    if not value:
        return ""
    if not HTML_TAG.search(value):
        paragraphs = re.split(r"\n\s*\n", value.replace("\r\n", "\n"))
        value = "".join(
            "<p>{}</p>".format("<br/>".join(html.escape(line.strip()) for line in p.split("\n")))
            for p in paragraphs
        )
    # Void elements written without a slash (<br>) would look unclosed to the converter.
    value = VOID_TAG.sub(lambda match: "<br/>" if match[1].lower() == "br" else "", value)
    converter = abstract_converter()
    try:
        contentstate = converter.from_database_format(value)
    except Exception as error:  # Wagtail's converter asserts on unmatched tags
        raise ValueError(str(error)) from error
    return BLOCK_KEY.sub("", converter.to_database_format(contentstate))


def file_sha1(path):
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha1").hexdigest()


@contextmanager
def search_index_deferred(model):
    """Don't update the search index at each save of ``model``'s objects (the caller indexes
    them once afterwards with update_search_index)."""
    disconnected = post_save.disconnect(search_index_on_save, sender=model)
    try:
        yield
    finally:
        if disconnected:
            post_save.connect(search_index_on_save, sender=model)


def update_search_index(model, objects):
    """Index the given objects, as they are in memory, in every auto-updated search backend.

    Objects the model's get_indexed_objects() leaves out are left out. Indexing what is in
    memory spares a query per object and relation (the topics of a resource are in memory).
    """
    for start in range(0, len(objects), QUERY_CHUNK):
        chunk = objects[start : start + QUERY_CHUNK]
        indexed = set(
            model.get_indexed_objects()
            .filter(pk__in=[obj.pk for obj in chunk])
            .values_list("pk", flat=True)
        )
        chunk = [obj for obj in chunk if obj.pk in indexed]
        if not chunk:
            continue
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, chunk)
            except Exception:
                # As Wagtail does for each save: an external search service being down must
                # not undo the import (``manage.py update_index`` catches up).
                logger.exception("Could not index imported objects in %r", name)
                if not backend.catch_indexing_errors:
                    raise


def delete_files(documents):
    """Remove the stored files of documents whose database rows were rolled back."""
    for document in documents:
        try:
            document.file.storage.delete(document.file.name)
        except Exception:
            logger.exception("Could not delete %s after a failed import", document.file.name)


def create_reference_index(objects, content_type, base_content_type):
    """The reference index entries of new objects (which have none yet), in one query.

    ReferenceIndex.create_or_update_for_object() does this one object at a time, with two
    queries each; this inserts the same rows, extracted by the same method.
    """
    entries = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=obj.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for obj in objects
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        )
    ]
    ReferenceIndex.objects.bulk_create(entries, ignore_conflicts=True)


# Reading -------------------------------------------------------------------------------------


def read_rows(path):
    """The header (normalised column names) and the data rows of a CSV or XLSX file.

    Raises ImportFileError for any problem with the file as a whole.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(_("File not found: %(path)s") % {"path": path})
    extension = path.suffix.lower()
    if extension not in EXTENSIONS:
        raise ImportFileError(
            _("Unknown file type “%(extension)s”: import a .csv or an .xlsx file.")
            % {"extension": path.suffix or path.name}
        )
    size = path.stat().st_size
    if size > max_input_bytes():
        raise ImportFileError(
            _("%(name)s is %(size)s; the largest file that can be imported is %(limit)s.")
            % {
                "name": path.name,
                "size": filesizeformat(size),
                "limit": filesizeformat(max_input_bytes()),
            }
        )
    if extension == ".csv":
        records = _csv_records(path)
    else:
        records = _xlsx_records(path)
    records = [(number, cells) for number, cells in records if any(cells)]
    if not records:
        raise ImportFileError(_("%(name)s is empty.") % {"name": path.name})
    (_header_number, header_cells), data = records[0], records[1:]
    header = _check_header(header_cells)
    if not data:
        raise ImportFileError(
            _("%(name)s has a header row but no resource rows.") % {"name": path.name}
        )
    rows = []
    for number, cells in data:
        values = {}
        extra = False
        for index, cell in enumerate(cells):
            if index < len(header):
                if header[index]:
                    values[header[index]] = cell
            elif cell:
                extra = True
        for column in header:
            if column:
                values.setdefault(column, "")
        rows.append(Row(number, values, extra))
    _check_duplicate_ids(rows)
    return rows


def _csv_records(path):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            _(
                "%(name)s is not UTF-8 text (byte 0x%(byte)02X on line %(line)d): it must be "
                "UTF-8. In Excel choose “Save as → CSV UTF-8”, in LibreOffice tick “Edit filter "
                "settings” and choose Unicode (UTF-8), then import it again."
            )
            % {"name": path.name, "byte": data[error.start], "line": line}
        ) from error
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [
            (number, [cell.strip() for cell in cells])
            for number, cells in enumerate(reader, start=1)
        ]
    except csv.Error as error:
        raise ImportFileError(
            _("%(name)s is not a readable CSV file (line %(line)d: %(error)s).")
            % {"name": path.name, "line": reader.line_num, "error": error}
        ) from error


def _xlsx_records(path):
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only=False: formulas stay formulas, so they can be found and refused (their
        # cached values may be stale or missing, and the importer never evaluates them).
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise ImportFileError(
            _("%(name)s is not a readable XLSX workbook (%(error)s).")
            % {"name": path.name, "error": error}
        ) from error
    try:
        sheet = workbook.worksheets[0]
        records = []
        formulas = []
        for cells in sheet.iter_rows():
            number = next((c.row for c in cells if getattr(c, "row", None)), None)
            if number is None:
                number = (records[-1][0] + 1) if records else 1
            values = []
            for cell in cells:
                if cell.data_type == "f":
                    formulas.append(cell.coordinate)
                values.append(cell_text(cell.value))
            records.append((number, values))
    finally:
        workbook.close()
    if formulas:
        listed = ", ".join(formulas[:MAX_FORMULA_CELLS_LISTED])
        if len(formulas) > MAX_FORMULA_CELLS_LISTED:
            listed += " " + _("and %(count)d more") % {
                "count": len(formulas) - MAX_FORMULA_CELLS_LISTED
            }
        raise ImportFileError(
            ngettext(
                "%(name)s: cell %(cells)s contains a formula. Formulas are not imported: "
                "replace them with their values (copy, then paste special → values only) "
                "and import again.",
                "%(name)s: cells %(cells)s contain formulas. Formulas are not imported: "
                "replace them with their values (copy, then paste special → values only) "
                "and import again.",
                len(formulas),
            )
            % {"name": path.name, "cells": listed}
        )
    return records


def _check_header(cells):
    header = [normalise_header(cell) if cell else "" for cell in cells]
    while header and not header[-1]:
        header.pop()
    seen = set()
    duplicates = []
    for column in header:
        if column and column in seen and column not in duplicates:
            duplicates.append(column)
        seen.add(column)
    unknown = [cells[i] for i, column in enumerate(header) if column and column not in COLUMNS]
    missing = [column for column in REQUIRED_COLUMNS if column not in seen]
    problems = []
    if missing:
        problems.append(
            ngettext(
                "Missing required column: %(columns)s.",
                "Missing required columns: %(columns)s.",
                len(missing),
            )
            % {"columns": quoted_list(missing)}
        )
    if unknown:
        problems.append(
            ngettext(
                "Unknown column: %(columns)s.",
                "Unknown columns: %(columns)s.",
                len(unknown),
            )
            % {"columns": quoted_list(unknown)}
        )
    if duplicates:
        problems.append(
            ngettext(
                "Column %(columns)s appears more than once.",
                "Columns %(columns)s appear more than once.",
                len(duplicates),
            )
            % {"columns": quoted_list(duplicates)}
        )
    if problems:
        if missing or unknown:
            problems.append(
                _("The columns are: %(columns)s (the first four are required).")
                % {"columns": ", ".join(COLUMNS)}
            )
        raise ImportFileError(" ".join(problems))
    return header


def _check_duplicate_ids(rows):
    default = settings.LANGUAGE_CODE
    seen = defaultdict(list)
    for row in rows:
        external_id = row.values["external_id"]
        if external_id:
            locale = row.values.get("locale", "").lower() or default
            seen[(external_id, locale)].append(row.number)
    duplicates = [(key, numbers) for key, numbers in seen.items() if len(numbers) > 1]
    if duplicates:
        lines = [_("The same external_id appears more than once for a locale:")]
        lines += [
            _("external_id “%(id)s” (locale %(locale)s) on rows %(rows)s")
            % {"id": external_id, "locale": locale, "rows": ", ".join(map(str, numbers))}
            for (external_id, locale), numbers in duplicates
        ]
        raise ImportFileError("\n".join(lines))


# Checking ------------------------------------------------------------------------------------


class ResourceImporter:
    """Imports one file; see the module docstring. ``progress(iterable, desc, total)`` wraps
    the loops of the check and save phases (a tqdm bar in the management command)."""

    def __init__(self, path, *, skip_invalid=False, progress=None):
        self.path = Path(path)
        self.folder = self.path.resolve().parent
        self.skip_invalid = skip_invalid
        self.progress = progress or _no_progress

    def run(self):
        """Read, check and save; returns an ImportResult.

        Raises ImportFileError for a bad file, and RowErrors when rows are invalid and
        ``skip_invalid`` is off (nothing is saved then).
        """
        rows = read_rows(self.path)
        plans, errors = self.check(rows)
        result = ImportResult(errors=errors, invalid=len(rows) - len(plans))
        if errors and not self.skip_invalid:
            raise RowErrors(errors, len(rows))
        self.save(plans, result)
        return result

    # -- check --

    def _prefetch(self, rows):
        """Everything rows refer to, fetched once: a few queries whatever the row count."""
        codes = list(settings.CONTENT_LANGUAGE_CODES)
        self.locales = {
            locale.language_code: locale
            for locale in Locale.objects.filter(language_code__in=codes)
        }
        self.default_locale = self.locales.get(settings.LANGUAGE_CODE) or Locale.get_default()
        self.topics = {(t.slug, t.locale_id): t for t in Topic.objects.all()}
        self.organizations = {
            (o.translation_key, o.locale_id): o for o in Organization.objects.all()
        }
        self.organizations_by_name = defaultdict(list)
        for organization in self.organizations.values():
            if organization.locale_id == self.default_locale.pk:
                self.organizations_by_name[organization.name.strip().casefold()].append(
                    organization
                )
        self.document_extensions = allowed_document_extensions()

        external_ids = sorted({row.values["external_id"] for row in rows} - {""})
        self.existing = {}
        translation_keys = {}
        for start in range(0, len(external_ids), QUERY_CHUNK):
            chunk = external_ids[start : start + QUERY_CHUNK]
            queryset = (
                Resource.objects.filter(external_id__in=chunk)
                .select_related("document")
                .prefetch_related("topics", "document_languages")
                .order_by("pk")
            )
            for resource in queryset:
                self.existing[(resource.external_id, resource.locale_id)] = resource
                translation_keys.setdefault(resource.external_id, resource.translation_key)
        # The content of newer drafts, to compare re-imported rows with.
        draft_revisions = sorted(
            resource.latest_revision_id
            for resource in self.existing.values()
            if resource.has_unpublished_changes and resource.latest_revision_id
        )
        self.latest_revisions = {}
        for start in range(0, len(draft_revisions), QUERY_CHUNK):
            self.latest_revisions.update(
                Revision.objects.filter(
                    pk__in=draft_revisions[start : start + QUERY_CHUNK]
                ).values_list("pk", "content")
            )
        # Resources that share an external_id across locales are translations of one another:
        # a new row in another locale joins the existing resource's translation key.
        self.translation_keys = translation_keys
        self.taken_keys = set()
        keys = sorted(set(translation_keys.values()))
        for start in range(0, len(keys), QUERY_CHUNK):
            self.taken_keys.update(
                Resource.objects.filter(
                    translation_key__in=keys[start : start + QUERY_CHUNK]
                ).values_list("translation_key", "locale_id")
            )

    def check(self, rows):
        """Validate every row; returns (plans for the valid rows, errors of the others)."""
        self._prefetch(rows)
        plans = []
        errors = []
        for row in self.progress(rows, _("Checking"), len(rows)):
            plan, row_errors = self.check_row(row)
            if row_errors:
                errors.extend(row_errors)
            else:
                plans.append(plan)
        return plans, errors

    def check_row(self, row):
        values = row.values
        errors = []

        def error(column, message):
            errors.append(RowError(row.number, column, str(message)))

        if row.extra_cells:
            error("", _("The row has more cells than the header has columns."))
        for column in REQUIRED_COLUMNS:
            if not values[column]:
                error(column, _("A value is required."))

        external_id = values["external_id"]
        locale_code = values.get("locale", "").lower() or settings.LANGUAGE_CODE
        locale = self.locales.get(locale_code)
        if locale is None:
            error(
                "locale",
                _("“%(value)s” is not a content language; use one of: %(choices)s.")
                % {"value": values["locale"], "choices": ", ".join(self.locales)},
            )
            locale = self.default_locale
        existing = self.existing.get((external_id, locale.pk)) if external_id else None

        status = values.get("status", "").lower() or "live"
        if status not in STATUSES:
            error(
                "status",
                _("“%(value)s” is not a status; use “live” or “draft”.")
                % {"value": values["status"]},
            )

        fields = {
            "external_id": external_id,
            "title": values["title"],
            "summary": values["summary"],
        }
        resource_type = values["type"].lower()
        if resource_type:
            if resource_type not in ResourceType.values:
                error(
                    "type",
                    _("“%(value)s” is not a resource type; use one of: %(choices)s.")
                    % {"value": values["type"], "choices": ", ".join(ResourceType.values)},
                )
            fields["resource_type"] = resource_type
        if "abstract" in values:
            try:
                fields["abstract"] = abstract_html(values["abstract"])
            except ValueError:
                error(
                    "abstract",
                    _(
                        "The HTML could not be read (are all tags closed?). Use plain text, "
                        "or only these tags: p, br, b, strong, i, em, ul, ol, li, a."
                    ),
                )
        if "year" in values:
            fields["publication_year"] = self._year(values["year"], error)
        if "url" in values:
            fields["external_url"] = values["url"]
        if "organization" in values:
            fields["organization"] = self._organization(values["organization"], locale, error)
        topics = self._topics(values["topics"], locale, error) if "topics" in values else None
        languages = self._languages(values["languages"], error) if "languages" in values else None
        if not languages and existing is None:
            # The model wants the document's languages; a new resource defaults to its own.
            languages = [locale]
        file_path = self._file(values["file"], error) if values.get("file") else None

        has_url = bool(
            fields["external_url"] if "url" in values else existing and existing.external_url
        )
        has_file = bool(
            values.get("file") if "file" in values else existing and existing.document_id
        )
        if not has_url and not has_file:
            error(
                "url" if "url" in values else "file",
                _("Fill in url or file: a resource needs a link or a file."),
            )

        plan = RowPlan(
            number=row.number,
            external_id=external_id,
            locale=locale,
            status=status,
            existing=existing,
            fields=fields,
            topics=topics,
            languages=languages,
            file_path=file_path,
            clear_document="file" in values and not values["file"],
        )
        if existing is None and external_id:
            plan.translation_key = self._translation_key(external_id, locale)
        if existing is not None and not errors and self._unchanged(plan):
            # Nothing will be saved for it: the model's validation has nothing to check.
            plan.unchanged = True
            return plan, errors
        self._full_clean(plan, has_file and not has_url and "file" in values, errors, row)
        return plan, errors

    def _year(self, value, error):
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            error(
                "year",
                _("“%(value)s” is not a year (a whole number such as 2024).") % {"value": value},
            )
            return None

    def _organization(self, name, locale, error):
        if not name:
            return None
        matches = self.organizations_by_name.get(name.strip().casefold(), [])
        if not matches:
            error(
                "organization",
                _(
                    "No organisation is named “%(name)s” (use its name in %(language)s, "
                    "as in the member directory)."
                )
                % {"name": name, "language": self.default_locale.get_display_name()},
            )
            return None
        if len(matches) > 1:
            error(
                "organization",
                _("%(count)d organisations are named “%(name)s”; rename one of them first.")
                % {"count": len(matches), "name": name},
            )
            return None
        organization = matches[0]
        # The organisation's translation in the row's language, when there is one.
        return self.organizations.get((organization.translation_key, locale.pk), organization)

    def _topics(self, value, locale, error):
        topics = []
        unknown = []
        for slug in split_list(value):
            slug_key = slug.lower()
            topic = self.topics.get((slug_key, locale.pk)) or self.topics.get(
                (slug_key, self.default_locale.pk)
            )
            if topic is None:
                unknown.append(slug)
            elif topic not in topics:
                topics.append(topic)
        if unknown:
            error(
                "topics",
                ngettext(
                    "Unknown topic %(slugs)s (use a topic's slug).",
                    "Unknown topics %(slugs)s (use topics' slugs).",
                    len(unknown),
                )
                % {"slugs": quoted_list(unknown)},
            )
        return topics

    def _languages(self, value, error):
        languages = []
        unknown = []
        for code in split_list(value):
            locale = self.locales.get(code.lower())
            if locale is None:
                unknown.append(code)
            elif locale not in languages:
                languages.append(locale)
        if unknown:
            error(
                "languages",
                ngettext(
                    "Unknown language code %(codes)s; use %(choices)s.",
                    "Unknown language codes %(codes)s; use %(choices)s.",
                    len(unknown),
                )
                % {"codes": quoted_list(unknown), "choices": ", ".join(self.locales)},
            )
        return languages

    def _file(self, value, error):
        relative = value.replace("\\", "/")
        candidate = (self.folder / relative).resolve()
        if Path(relative).is_absolute() or not candidate.is_relative_to(self.folder):
            error(
                "file",
                _("“%(path)s” is outside the folder of the import file; give a path inside it.")
                % {"path": value},
            )
            return None
        if not candidate.is_file():
            error(
                "file",
                _("File not found: %(path)s (looked in %(folder)s).")
                % {"path": value, "folder": self.folder},
            )
            return None
        extension = candidate.suffix.lower().lstrip(".")
        if self.document_extensions and extension not in self.document_extensions:
            error(
                "file",
                _("Files of type “%(extension)s” cannot be uploaded; allowed: %(allowed)s.")
                % {
                    "extension": candidate.suffix or candidate.name,
                    "allowed": ", ".join(self.document_extensions),
                },
            )
            return None
        size = candidate.stat().st_size
        if size > max_file_bytes():
            error(
                "file",
                _("%(path)s is %(size)s; the largest file that can be uploaded is %(limit)s.")
                % {
                    "path": value,
                    "size": filesizeformat(size),
                    "limit": filesizeformat(max_file_bytes()),
                },
            )
            return None
        return candidate

    def _translation_key(self, external_id, locale):
        key = self.translation_keys.get(external_id)
        if key is None or (key, locale.pk) in self.taken_keys:
            key = uuid.uuid4()
            self.translation_keys.setdefault(external_id, key)
        self.taken_keys.add((key, locale.pk))
        return key

    def _full_clean(self, plan, file_only, errors, row):
        """The model's own validation (field validators, choices, lengths, clean())."""
        instance = self.build(plan)
        if file_only and not instance.document_id:
            instance.document_id = PENDING_DOCUMENT_ID
        flagged = {error.column for error in errors}
        try:
            # The importer resolved the foreign keys from prefetched objects and gives new
            # resources a translation key no other resource has in their locale, so those
            # need no query per row; clean() still runs in full.
            instance.full_clean(exclude=RESOLVED_FOREIGN_KEYS, validate_unique=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = "" if name == NON_FIELD_ERRORS else FIELD_COLUMNS.get(name, name)
                if column in flagged or (column in ("url", "file") and flagged & {"url", "file"}):
                    continue
                for message in dict.fromkeys(messages):
                    errors.append(RowError(row.number, column, str(message)))
                flagged.add(column)

    def build(self, plan):
        """An unsaved Resource with the row's values (on the existing one's, for an update)."""
        if plan.existing is not None:
            existing = plan.existing
            instance = Resource(
                **{f.attname: getattr(existing, f.attname) for f in Resource._meta.concrete_fields}
            )
            instance._state.adding = False
        else:
            instance = Resource(locale=plan.locale, translation_key=plan.translation_key)
        for name, value in plan.fields.items():
            setattr(instance, name, value)
        if plan.clear_document:
            instance.document_id = None
        return instance

    # -- save --

    def save(self, plans, result):
        """Write the checked rows: one transaction in all, or one per row with skip_invalid.

        New resources are created in batches (see _create); existing ones are updated through
        Wagtail's own save_revision() and publish(). Saving a resource several times would
        update the search index each time: it is updated once per resource at the end.
        """
        self.documents = {}  # sha1 -> Document uploaded during this import
        self.to_index = []  # resources whose database row changed
        rows = self.progress(plans, _("Saving"), len(plans))
        with (
            search_index_deferred(Resource),
            search_index_deferred(get_document_model()),
            disable_reference_index_auto_update(),
        ):
            if not self.skip_invalid:
                try:
                    with transaction.atomic():
                        self._save_all(rows, result)
                except BaseException:
                    # The rows are rolled back; the files uploaded for them must go too.
                    delete_files(self.documents.values())
                    raise
                return
            for plan in rows:
                if plan.unchanged:
                    result.unchanged += 1
                    continue
                uploaded = dict(self.documents)
                try:
                    with transaction.atomic():
                        if plan.existing is None:
                            created, updated = self._create([plan]), None
                        else:
                            created, updated = None, self._update(plan)
                except (DatabaseError, ValidationError) as error:
                    delete_files(d for key, d in self.documents.items() if key not in uploaded)
                    self.documents = uploaded
                    message = _("Not saved: %(error)s") % {"error": error}
                    result.errors.append(RowError(plan.number, "", message))
                    result.invalid += 1
                    continue
                if created is not None:
                    self._record_created(result, created)
                else:
                    self._record_update(result, plan, updated)
            self._update_search_index()

    def _save_all(self, rows, result):
        batch = []
        for plan in rows:
            if plan.unchanged:
                result.unchanged += 1
            elif plan.existing is not None:
                self._record_update(result, plan, self._update(plan))
            else:
                batch.append(plan)
                if len(batch) == CREATE_BATCH:
                    self._record_created(result, self._create(batch))
                    batch = []
        self._record_created(result, self._create(batch))
        self._update_search_index()

    def _record_created(self, result, resources):
        result.created += len(resources)
        self.to_index += resources

    def _record_update(self, result, plan, resource):
        result.updated += 1
        if plan.status == "live":  # a draft leaves the row, hence the index, as it was
            self.to_index.append(resource)

    def _update_search_index(self):
        update_search_index(Resource, self.to_index)
        update_search_index(get_document_model(), list(self.documents.values()))

    def _apply(self, resource, plan, document):
        for name, value in plan.fields.items():
            setattr(resource, name, value)
        if plan.file_path:
            resource.document = document
        elif plan.clear_document:
            resource.document = None
        if plan.topics is not None:
            resource.topics = plan.topics
        if plan.languages:
            resource.document_languages = plan.languages

    def _update(self, plan):
        """Update an existing resource as an editor's save (and publish) in the admin would:
        a new revision, published for status live. Returns the resource."""
        resource = plan.existing
        self._apply(resource, plan, self._document(plan) if plan.file_path else None)
        # A draft leaves the live version as it is; publishing applies the revision.
        revision = resource.save_revision(clean=False, log_action=True)
        if plan.status == "live":
            revision.publish()
            self._refresh_publishing_state(resource)
            # What the live row refers to now (a draft changes nothing there).
            ReferenceIndex.create_or_update_for_object(resource)
        return resource

    @staticmethod
    def _refresh_publishing_state(resource):
        """publish() works on a copy of the resource: read back what it changed in the row, so
        that the resource in memory (indexed for search at the end) is as saved."""
        resource.refresh_from_db(fields=PUBLISHING_STATE_FIELDS)

    def _create_one(self, plan):
        """Create one resource through Wagtail's own API, as the admin's create view does:
        save it, save a revision, publish that for status live.

        The fallback of _create for databases whose bulk inserts do not return primary keys,
        and the reference its bulk path is tested against.
        """
        resource = self.build(plan)
        self._apply(resource, plan, self._document(plan) if plan.file_path else None)
        resource.live = False
        resource.has_unpublished_changes = True
        resource.save()
        revision = resource.save_revision(clean=False, log_action="wagtail.create")
        if plan.status == "live":
            revision.publish()
            self._refresh_publishing_state(resource)
        ReferenceIndex.create_or_update_for_object(resource)
        return resource

    def _create(self, plans):
        """Create new resources in bulk, ending in the state Wagtail's "create, then publish"
        leaves (or "create" only, for status draft).

        Saving a new resource, saving its first revision and publishing it costs some forty
        queries a row through Wagtail's API; here each step is one query per batch: the rows
        (as the admin creates them: not live, unpublished changes), their topics and
        languages, their first revisions (serialised by Wagtail as save_revision() does), the
        rows pointing at their revisions and, for status live, marked live and published, and
        the "create" and "publish" log entries. Then, per resource, the signals saving and
        publishing send (post_save, published) and its reference index entries.
        """
        if not plans:
            return []
        database = router.db_for_write(Resource)
        if not connections[database].features.can_return_rows_from_bulk_insert:
            return [self._create_one(plan) for plan in plans]
        now = timezone.now()
        resources = []
        for plan in plans:
            resource = self.build(plan)
            self._apply(resource, plan, self._document(plan) if plan.file_path else None)
            # Set in memory, so that serialising the revision needs no query.
            resource.topics = plan.topics or []
            resource.related_resources = []
            resource.live = False
            resource.has_unpublished_changes = True
            resources.append(resource)
        Resource.objects.bulk_create(resources)

        for name in ("topics", "document_languages"):
            model_field = Resource._meta.get_field(name)
            through = model_field.remote_field.through
            source = f"{model_field.m2m_field_name()}_id"
            target = f"{model_field.m2m_reverse_field_name()}_id"
            through.objects.bulk_create(
                [
                    through(**{source: resource.pk, target: related.pk})
                    for resource in resources
                    for related in getattr(resource, name).all()
                ]
            )

        content_type = Resource.get_content_type()
        base_content_type = Resource.get_base_content_type()
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type=content_type,
                    base_content_type=base_content_type,
                    object_id=str(resource.pk),
                    created_at=now,
                    user=None,
                    approved_go_live_at=None,
                    content=resource.serializable_data(),
                    object_str=str(resource),
                )
                for resource in resources
            ]
        )

        # Point each row at its revision, and publish the live ones: two queries a batch.
        batch = Resource.objects.filter(pk__in=[resource.pk for resource in resources])
        batch.update(
            latest_revision_id=Subquery(
                Revision.objects.filter(
                    base_content_type=base_content_type,
                    object_id=Cast(OuterRef("pk"), models.CharField()),
                )
                .order_by("-pk")
                .values("pk")[:1]
            )
        )
        live = [
            resource
            for plan, resource in zip(plans, resources, strict=True)
            if plan.status == "live"
        ]
        batch.filter(pk__in=[resource.pk for resource in live]).update(
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            live_revision_id=F("latest_revision_id"),
        )
        for resource, revision in zip(resources, revisions, strict=True):
            resource.latest_revision = revision
        for resource in live:
            resource.live = True
            resource.has_unpublished_changes = False
            resource.first_published_at = resource.last_published_at = now
            resource.live_revision = resource.latest_revision

        log_model = log_registry.get_log_model_for_model(Resource)
        if log_model is not None:
            log_model.objects.bulk_create(
                [
                    log_model(
                        content_type=content_type,
                        label=log_model.objects.get_instance_title(resource),
                        action=action,
                        timestamp=now,
                        data={},
                        user=None,
                        uuid=None,
                        revision=resource.latest_revision,
                        content_changed=True,
                        object_id=str(resource.pk),
                    )
                    for resource in resources
                    for action in (
                        ("wagtail.create", "wagtail.publish")
                        if resource.live
                        else ("wagtail.create",)
                    )
                ]
            )

        for resource in resources:
            post_save.send(
                sender=Resource,
                instance=resource,
                created=True,
                update_fields=None,
                raw=False,
                using=database,
            )
            if resource.live:
                published.send(sender=Resource, instance=resource, revision=resource.live_revision)
        create_reference_index(resources, content_type, base_content_type)
        return resources

    def _document(self, plan):
        """The row's file as a Wagtail document: the existing one when the content is the
        same, else uploaded once per import (rows sharing a file share the document)."""
        sha1 = file_sha1(plan.file_path)
        existing = plan.existing
        if existing is not None and existing.document and existing.document.file_hash == sha1:
            return existing.document
        if sha1 in self.documents:
            return self.documents[sha1]
        document_model = get_document_model()
        with open(plan.file_path, "rb") as handle:
            document = document_model(
                title=plan.fields["title"],
                file=File(handle, name=plan.file_path.name),
                file_size=plan.file_path.stat().st_size,
                file_hash=sha1,
            )
            document.save()
        ReferenceIndex.create_or_update_for_object(document)
        self.documents[sha1] = document
        return document

    def _unchanged(self, plan):
        """Whether saving the row would change nothing (then no revision is made).

        A live row compares with the live resource (and changes it if it has a newer draft or
        is not live); a draft row compares with the latest version, draft or live. Everything
        compared was fetched up front: no query.
        """
        existing = plan.existing
        if plan.status == "live" and (existing.has_unpublished_changes or not existing.live):
            return False
        current = self._latest_values(existing)
        if current is None:
            return False
        for name, value in plan.fields.items():
            if isinstance(value, models.Model):
                value = value.pk
            if name == "abstract":
                current[name] = BLOCK_KEY.sub("", current[name] or "")
            if current[name] != value and (current[name] or value):  # None and "" are alike
                return False
        if plan.file_path:
            document = existing.document if current["document"] == existing.document_id else None
            if document is None or document.file_hash != file_sha1(plan.file_path):
                return False
        if plan.clear_document and current["document"]:
            return False
        if plan.topics is not None and {t.pk for t in plan.topics} != current["topics"]:
            return False
        if plan.languages and {x.pk for x in plan.languages} != current["document_languages"]:
            return False
        return True

    def _latest_values(self, existing):
        """The field values of an existing resource's latest version, by field name (foreign
        keys and many-to-many fields as primary keys): its row, or its newer draft revision."""
        if existing.has_unpublished_changes:
            content = self.latest_revisions.get(existing.latest_revision_id)
            if content is None:
                return None
            values = {name: content.get(name) for name in COMPARED_FIELDS}
            for name in ("topics", "document_languages"):
                values[name] = set(content.get(name) or [])
            return values
        values = {
            name: getattr(existing, Resource._meta.get_field(name).attname)
            for name in COMPARED_FIELDS
        }
        values["topics"] = {topic.pk for topic in existing.topics.all()}
        values["document_languages"] = {x.pk for x in existing.document_languages.all()}
        return values
