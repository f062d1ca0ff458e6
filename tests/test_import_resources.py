"""manage.py import_resources: spreadsheets of resources in, with every row checked first."""

import csv
import io
import shutil
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook
from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry, ReferenceIndex, Revision

from organizations.models import Organization
from resources import importer as importer_module
from resources.importer import ImportResult, ResourceImporter, read_rows
from resources.models import Resource
from tests.factories import OrganizationFactory, TopicFactory

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
HEADER = [
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
ARABIC_TITLE = "دليل المراقبة الانتخابية للمنظمات المحلية"
ARABIC_SUMMARY = "كيف وثّق المراقبون انتخابات ٢٠٢١ في المحافظات."


def row(external_id="COP-001", **values):
    """One resource row, as a dict by column; the defaults make a valid row."""
    base = {
        "external_id": external_id,
        "title": f"Election monitoring toolkit {external_id}",
        "summary": "How observers documented the 2021 elections.",
        "abstract": "",
        "type": "toolkit",
        "topics": "democracy",
        "languages": "en",
        "organization": "Iraqi Al-Amal Association",
        "year": "2021",
        "url": f"https://library.example.org/{external_id}",
        "file": "",
        "locale": "",
        "status": "",
    }
    base.update(values)
    return base


def write_csv(folder, rows, header=HEADER, name="resources.csv", encoding="utf-8"):
    path = Path(folder) / name
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for values in rows:
            writer.writerow([values.get(column, "") for column in header])
    return path


def write_xlsx(folder, rows, header=HEADER, name="resources.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append([values.get(column, "") for column in header])
    path = Path(folder) / name
    workbook.save(path)
    return path


def run_import(path, *args):
    """Run the command; returns (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_resources", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def import_fails(path, *args):
    """Run the command expecting it to refuse; returns its message and what it reported."""
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_resources", str(path), *args, stdout=io.StringIO(), stderr=err)
    return str(failure.value), err.getvalue()


@pytest.fixture
def taxonomy(db):
    """The topics and the organisation the default rows name."""
    return {
        "democracy": TopicFactory(slug="democracy", name="Democracy"),
        "human-rights": TopicFactory(slug="human-rights", name="Human rights"),
        "organization": OrganizationFactory(name="Iraqi Al-Amal Association"),
    }


# A good file ---------------------------------------------------------------------------------


def test_a_good_csv_creates_published_resources_with_revisions(taxonomy, tmp_path, locales):
    path = write_csv(
        tmp_path,
        [
            row("COP-001", topics="democracy; human-rights", languages="en;ar"),
            row("COP-002", type="policy-brief", year="2019", organization=""),
        ],
    )

    out, err = run_import(path)

    assert "created 2, updated 0, skipped 0" in out
    first = Resource.objects.get(external_id="COP-001")
    assert first.live and not first.has_unpublished_changes
    assert first.live_revision_id == first.latest_revision_id is not None
    assert first.first_published_at is not None
    assert first.resource_type == "toolkit"
    assert first.publication_year == 2021
    assert first.organization == taxonomy["organization"]
    assert set(first.topics.values_list("slug", flat=True)) == {"democracy", "human-rights"}
    assert set(first.document_languages.all()) == {locales["en"], locales["ar"]}
    assert first.locale == locales["en"]
    assert first.revisions.count() == 1
    second = Resource.objects.get(external_id="COP-002")
    assert second.resource_type == "policy-brief" and second.organization is None
    # Both bars drew on stderr.
    assert "Checking" in err and "Saving" in err


def test_the_committed_samples_import(taxonomy, tmp_path):
    TopicFactory(slug="governance", name="Governance")
    OrganizationFactory(name="Search for Common Ground")
    for sample in ("resources-sample.csv", "resources-sample.xlsx"):
        shutil.copy(SAMPLES / sample, tmp_path / sample)
    shutil.copytree(SAMPLES / "files", tmp_path / "files")

    out, _err = run_import(tmp_path / "resources-sample.csv")
    assert "created 6, updated 0, skipped 0" in out
    out, _err = run_import(tmp_path / "resources-sample.xlsx")
    assert "created 0, updated 0, skipped 6 (6 unchanged, 0 invalid)" in out

    toolkit = Resource.objects.get(external_id="COP-2022-014")
    assert toolkit.document.title == toolkit.title
    assert toolkit.document.file.read().startswith(b"%PDF")
    draft = Resource.objects.get(external_id="COP-2023-003")
    assert not draft.live and draft.latest_revision is not None


def test_the_new_resources_are_in_the_search_index_and_the_reference_index(taxonomy, tmp_path):
    (tmp_path / "guide.pdf").write_bytes(b"%PDF-1.4 a guide")
    path = write_csv(
        tmp_path, [row("COP-001", title="Observers in Ninewa", url="", file="guide.pdf")]
    )

    run_import(path)

    resource = Resource.objects.get()
    assert list(Resource.objects.search("Ninewa")) == [resource]
    referenced = set(
        ReferenceIndex.get_references_for_object(resource).values_list("model_path", flat=True)
    )
    assert {"organization", "document"} <= referenced
    assert get_document_model().objects.search("Ninewa").count() == 1


def test_saving_a_resource_after_an_import_still_updates_the_search_index(taxonomy, tmp_path):
    run_import(write_csv(tmp_path, [row("COP-001")]))
    resource = Resource.objects.get()
    resource.title = "Renamed after the import"
    resource.save()
    assert list(Resource.objects.search("Renamed")) == [resource]


def test_bulk_creation_leaves_what_wagtails_own_create_and_publish_leaves(taxonomy, tmp_path):
    """The importer creates in bulk; the same rows through save(), save_revision() and
    publish() must end in the same state."""
    (tmp_path / "guide.pdf").write_bytes(b"%PDF-1.4 a guide")
    path = write_csv(
        tmp_path,
        [
            row("BULK", abstract="<p>An <b>abstract</b></p>", file="guide.pdf", url=""),
            row("BULK-DRAFT", status="draft"),
        ],
    )
    importer = ResourceImporter(path)
    plans, errors = importer.check(read_rows(path))
    assert errors == []
    importer.save(plans, ImportResult())
    for plan in plans:
        plan.external_id = plan.fields["external_id"] = f"{plan.external_id}-WAGTAIL"
        plan.translation_key = uuid.uuid4()
        importer._create_one(plan)

    def state(external_id):
        resource = Resource.objects.get(external_id=external_id)
        revision = resource.latest_revision
        content = {
            key: value
            for key, value in revision.content.items()
            if key not in {"pk", "translation_key", "external_id", "created_at", "updated_at"}
        }
        logs = ModelLogEntry.objects.filter(object_id=str(resource.pk)).order_by("action")
        return {
            "live": resource.live,
            "has_unpublished_changes": resource.has_unpublished_changes,
            "published": resource.first_published_at is not None,
            "live_revision": resource.live_revision_id == revision.pk,
            "revisions": resource.revisions.count(),
            "content": content,
            "as_object_title": revision.as_object().title,
            "logs": [(log.action, log.revision_id == revision.pk) for log in logs],
            "references": sorted(
                ReferenceIndex.get_references_for_object(resource).values_list(
                    "model_path", "content_path"
                )
            ),
            "topics": sorted(resource.topics.values_list("slug", flat=True)),
            "searchable": resource.pk in {r.pk for r in Resource.objects.search(resource.title)},
        }

    for external_id in ("BULK", "BULK-DRAFT"):
        assert state(external_id) == state(f"{external_id}-WAGTAIL")


# Re-import -----------------------------------------------------------------------------------


def test_a_re_import_updates_the_resource_instead_of_duplicating_it(taxonomy, tmp_path):
    run_import(write_csv(tmp_path, [row("COP-001"), row("COP-002")]))
    resource = Resource.objects.get(external_id="COP-001")

    changed = write_csv(
        tmp_path,
        [row("COP-001", title="Election monitoring toolkit, second edition"), row("COP-002")],
        name="changed.csv",
    )
    out, _err = run_import(changed)

    assert "created 0, updated 1, skipped 1 (1 unchanged, 0 invalid)" in out
    assert Resource.objects.count() == 2
    resource.refresh_from_db()
    assert resource.title == "Election monitoring toolkit, second edition"
    assert resource.live and not resource.has_unpublished_changes
    assert resource.revisions.count() == 2
    assert resource.live_revision == resource.latest_revision
    assert list(Resource.objects.search("second edition")) == [resource]


def test_an_unchanged_re_import_makes_no_revision(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001", abstract="Plain text.\n\nTwo paragraphs.")])
    run_import(path)
    revisions = Revision.objects.count()

    out, _err = run_import(path)

    assert "created 0, updated 0, skipped 1 (1 unchanged, 0 invalid)" in out
    assert Revision.objects.count() == revisions


def test_a_draft_row_saves_a_revision_and_leaves_the_live_version(taxonomy, tmp_path):
    run_import(write_csv(tmp_path, [row("COP-001")]))
    path = write_csv(
        tmp_path, [row("COP-001", title="Not ready yet", status="draft")], name="d.csv"
    )

    out, _err = run_import(path)
    assert "updated 1" in out
    resource = Resource.objects.get()
    assert resource.live and resource.has_unpublished_changes
    assert resource.title != "Not ready yet"
    assert resource.get_latest_revision_as_object().title == "Not ready yet"

    # The same draft again changes nothing.
    out, _err = run_import(path)
    assert "skipped 1 (1 unchanged, 0 invalid)" in out
    assert resource.revisions.count() == 2


def test_columns_left_out_of_the_file_are_left_alone_on_update(taxonomy, tmp_path):
    run_import(write_csv(tmp_path, [row("COP-001", topics="democracy;human-rights")]))
    header = ["external_id", "title", "summary", "type"]
    path = write_csv(tmp_path, [row("COP-001", title="Shorter title")], header, name="few.csv")

    run_import(path)

    resource = Resource.objects.get()
    assert resource.title == "Shorter title"
    assert resource.topics.count() == 2
    assert resource.organization == taxonomy["organization"]
    assert resource.external_url == "https://library.example.org/COP-001"


def test_rows_sharing_an_external_id_across_locales_are_translations(taxonomy, tmp_path, locales):
    path = write_csv(
        tmp_path,
        [
            row("COP-001"),
            row("COP-001", title=ARABIC_TITLE, summary=ARABIC_SUMMARY, locale="ar"),
        ],
    )
    run_import(path)

    english = Resource.objects.get(locale=locales["en"])
    arabic = Resource.objects.get(locale=locales["ar"])
    assert english.translation_key == arabic.translation_key
    assert english.get_translation(locales["ar"]) == arabic


# XLSX ----------------------------------------------------------------------------------------


def test_an_xlsx_file_imports(taxonomy, tmp_path):
    path = write_xlsx(tmp_path, [row("COP-001"), row("COP-002", year=2020, status="draft")])

    out, _err = run_import(path)

    assert "created 2" in out
    assert Resource.objects.get(external_id="COP-002").publication_year == 2020


def test_an_xlsx_with_formulas_is_refused_naming_the_cell(taxonomy, tmp_path):
    path = write_xlsx(tmp_path, [row("COP-001"), row("COP-002", year="=2019+1")])

    message, _report = import_fails(path)

    assert "cell I3 contains a formula" in message
    assert not Resource.objects.exists()


# Problems with the file as a whole -----------------------------------------------------------


def test_a_file_that_is_not_utf8_is_refused(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001", title=ARABIC_TITLE, locale="ar")], encoding="cp1256")

    message, _report = import_fails(path)

    assert "must be UTF-8" in message
    assert not Resource.objects.exists()


def test_a_utf8_file_with_a_byte_order_mark_imports(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001", title=ARABIC_TITLE)], encoding="utf-8-sig")
    run_import(path)
    assert Resource.objects.get().title == ARABIC_TITLE


def test_missing_required_columns_are_named(taxonomy, tmp_path):
    header = ["external_id", "title", "url"]
    message, _report = import_fails(write_csv(tmp_path, [row()], header))

    assert "Missing required columns: “summary”, “type”" in message
    assert not Resource.objects.exists()


def test_unknown_columns_are_named(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row()], [*HEADER, "Author", "pages"])

    message, _report = import_fails(path)

    assert "Unknown columns: “Author”, “pages”" in message


@pytest.mark.parametrize("content", ["", "\ufeff", "\n\n"])
def test_an_empty_file_is_refused(db, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_text(content, encoding="utf-8")

    message, _report = import_fails(path)

    assert "empty.csv is empty" in message


def test_a_file_with_only_a_header_is_refused(db, tmp_path):
    message, _report = import_fails(write_csv(tmp_path, []))
    assert "has a header row but no resource rows" in message


def test_a_missing_file_and_an_unknown_extension_are_refused(db, tmp_path):
    message, _report = import_fails(tmp_path / "nowhere.csv")
    assert "File not found" in message

    path = tmp_path / "resources.xls"
    path.write_bytes(b"old excel")
    message, _report = import_fails(path)
    assert "Unknown file type “.xls”" in message


def test_an_input_file_over_the_limit_is_refused(taxonomy, tmp_path, settings):
    settings.RESOURCE_IMPORT_MAX_INPUT_BYTES = 100
    path = write_csv(tmp_path, [row("COP-001"), row("COP-002")])

    message, _report = import_fails(path)

    assert "the largest file that can be imported is 100" in message
    assert not Resource.objects.exists()


def test_a_duplicate_external_id_is_refused_naming_the_rows(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001"), row("COP-002"), row("COP-001")])

    message, _report = import_fails(path, "--skip-invalid")

    assert "external_id “COP-001” (locale en) on rows 2, 4" in message
    assert not Resource.objects.exists()


# Problems with rows --------------------------------------------------------------------------


def test_a_non_numeric_year_is_reported_and_nothing_is_saved(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001"), row("COP-002", year="twenty-twenty")])

    message, report = import_fails(path)

    assert "Row 3, column year: “twenty-twenty” is not a year" in report
    assert "1 of 2 rows has a problem: nothing was imported" in message
    assert not Resource.objects.exists()


def test_an_unknown_topic_is_reported_and_nothing_is_saved(taxonomy, tmp_path):
    path = write_csv(tmp_path, [row("COP-001", topics="democracy;elections")])

    _message, report = import_fails(path)

    assert "Row 2, column topics: Unknown topic “elections”" in report
    assert not Resource.objects.exists()


def test_a_referenced_file_over_the_limit_is_reported(taxonomy, tmp_path, settings):
    settings.RESOURCE_IMPORT_MAX_FILE_BYTES = 1024
    (tmp_path / "big.pdf").write_bytes(b"%PDF" + b"0" * 2048)
    path = write_csv(tmp_path, [row("COP-001", file="big.pdf", url="")])

    _message, report = import_fails(path)

    assert "Row 2, column file: big.pdf is 2.0" in report
    assert "the largest file that can be uploaded is 1.0" in report
    assert not Resource.objects.exists()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("values", "column", "reason"),
    [
        ({"year": "1850"}, "year", "greater than or equal to 1990"),
        ({"type": "novel"}, "type", "“novel” is not a resource type"),
        ({"organization": "Unknown NGO"}, "organization", "No organisation is named"),
        ({"languages": "en;fr"}, "languages", "Unknown language code “fr”"),
        ({"locale": "de"}, "locale", "“de” is not a content language"),
        ({"status": "archived"}, "status", "is not a status"),
        ({"url": ""}, "url", "a resource needs a link or a file"),
        ({"url": "not a link"}, "url", "Enter a valid URL"),
        ({"url": "", "file": "missing.pdf"}, "file", "File not found: missing.pdf"),
        ({"url": "", "file": "../outside.pdf"}, "file", "outside the folder"),
        ({"title": ""}, "title", "A value is required"),
        ({"title": "x" * 300}, "title", "at most 255 characters"),
        ({"abstract": "<p>unclosed <b>bold</p>"}, "abstract", "could not be read"),
    ],
)
def test_each_bad_cell_is_reported_with_its_row_and_column(
    taxonomy, tmp_path, values, column, reason
):
    path = write_csv(tmp_path, [row("COP-001"), row("COP-002", **values)])

    _message, report = import_fails(path)

    assert f"Row 3, column {column}: " in report
    assert reason in report
    assert not Resource.objects.exists()


def test_every_bad_row_is_reported_at_once(taxonomy, tmp_path):
    path = write_csv(
        tmp_path,
        [row("COP-001", year="soon"), row("COP-002"), row("COP-003", type="", topics="nope")],
    )

    message, report = import_fails(path)

    assert "Row 2, column year" in report
    assert "Row 4, column type" in report and "Row 4, column topics" in report
    assert "2 of 3 rows have problems" in message


def test_skip_invalid_saves_the_good_rows_and_reports_the_bad_ones(taxonomy, tmp_path):
    path = write_csv(
        tmp_path,
        [row("COP-001"), row("COP-002", year="soon"), row("COP-003", topics="elections")],
    )

    out, err = run_import(path, "--skip-invalid")

    assert "created 1, updated 0, skipped 2 (0 unchanged, 2 invalid)" in out
    assert "Row 3, column year" in err and "Row 4, column topics" in err
    assert list(Resource.objects.values_list("external_id", flat=True)) == ["COP-001"]


def test_a_failure_while_saving_leaves_nothing_behind(taxonomy, tmp_path, monkeypatch, media_root):
    (tmp_path / "guide.pdf").write_bytes(b"%PDF-1.4 a guide")
    path = write_csv(tmp_path, [row("COP-001", file="guide.pdf", url=""), row("COP-002")])

    def broken(*args, **kwargs):
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(importer_module, "create_reference_index", broken)
    with pytest.raises(DatabaseError):
        run_import(path)

    assert not Resource.objects.exists()
    assert not get_document_model().objects.exists()
    assert not [p for p in Path(media_root).rglob("*") if p.is_file()]


def test_with_skip_invalid_a_row_that_fails_to_save_is_rolled_back_alone(
    taxonomy, tmp_path, monkeypatch
):
    path = write_csv(tmp_path, [row("COP-001"), row("COP-002"), row("COP-003")])
    create = ResourceImporter._create

    def create_but_not_the_second(self, plans):
        if plans and plans[0].external_id == "COP-002":
            create(self, plans)  # written, then undone by the row's transaction
            raise DatabaseError("database is locked")
        return create(self, plans)

    monkeypatch.setattr(ResourceImporter, "_create", create_but_not_the_second)
    out, err = run_import(path, "--skip-invalid")

    assert "created 2, updated 0, skipped 1 (0 unchanged, 1 invalid)" in out
    assert "Row 3: Not saved: database is locked" in err
    assert set(Resource.objects.values_list("external_id", flat=True)) == {"COP-001", "COP-003"}
    assert Revision.objects.count() == 2


# Languages -----------------------------------------------------------------------------------


def test_arabic_text_round_trips(taxonomy, tmp_path, locales, client):
    organization = Organization.objects.get()
    path = write_csv(
        tmp_path,
        [
            row(
                "COP-AR-1",
                title=ARABIC_TITLE,
                summary=ARABIC_SUMMARY,
                abstract="<p>تقرير عن <b>الحوكمة</b> في نينوى</p>",
                organization=organization.name,
                languages="ar",
                locale="ar",
            )
        ],
    )
    run_import(path)

    resource = Resource.objects.get()
    assert resource.locale == locales["ar"]
    assert (resource.title, resource.summary) == (ARABIC_TITLE, ARABIC_SUMMARY)
    assert resource.abstract == "<p>تقرير عن <b>الحوكمة</b> في نينوى</p>"
    assert resource.latest_revision.content["title"] == ARABIC_TITLE
    detail = client.get(f"/api/v2/resources/{resource.pk}/").json()
    assert detail["title"] == ARABIC_TITLE


# Cost ----------------------------------------------------------------------------------------


def test_checking_costs_the_same_queries_whatever_the_number_of_rows(taxonomy, tmp_path):
    """Topics, organisations and existing resources are fetched once; the only query per row
    is the model's own clean() (its external_id rule)."""

    def check_queries(count):
        path = write_csv(tmp_path, [row(f"ID-{n}") for n in range(count)], name=f"{count}.csv")
        importer = ResourceImporter(path)
        rows = read_rows(path)
        with CaptureQueriesContext(connection) as queries:
            importer.check(rows)
        return len(queries) - count

    assert check_queries(5) == check_queries(50)


def test_checking_unchanged_rows_costs_no_query_per_row(taxonomy, tmp_path):
    """Re-importing compares rows with the existing resources (and their topics, languages
    and newer drafts) fetched up front; unchanged rows need no model validation."""
    rows = [row(f"ID-{n}", status="draft" if n % 2 else "live") for n in range(40)]
    path = write_csv(tmp_path, rows)
    run_import(path)

    importer = ResourceImporter(path)
    parsed = read_rows(path)
    with CaptureQueriesContext(connection) as queries:
        plans, errors = importer.check(parsed)

    assert errors == [] and all(plan.unchanged for plan in plans)
    assert len(queries) < 10
