"""Copy the media stored on local disk into the S3 bucket."""

import mimetypes
import os

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import models
from tqdm import tqdm

from cms.storage import PRIVATE_PREFIX, STORAGE_ERRORS, LocalMediaStorage

LISTED = 20  # names shown per kind of skip at normal verbosity


class Command(BaseCommand):
    """Copy every file under MEDIA_ROOT (and the private folder of restricted documents) into
    the bucket named by AWS_STORAGE_BUCKET_NAME, under the same keys, with a progress bar.

    Safe to re-run: a file already in the bucket with the same size is skipped, and one that
    differs is left alone unless ``--overwrite`` is given. It reports what it skipped, and which
    files the database names that are not on local disk (nothing to copy for those).
    """

    help = "Copy local media into the S3 bucket (safe to re-run; reports what it skipped)."

    def add_arguments(self, parser):
        parser.add_argument("--source", help="Local media folder (default: MEDIA_ROOT).")
        parser.add_argument(
            "--private-source",
            help="Folder of restricted documents (default: MEDIA_PRIVATE_ROOT, or the source "
            "folder with -private appended).",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace objects in the bucket whose size differs from the local file.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be copied, copy nothing."
        )

    def handle(
        self,
        *args,
        source=None,
        private_source=None,
        overwrite=False,
        dry_run=False,
        verbosity=1,
        **options,
    ):
        storage = default_storage
        if not hasattr(storage, "bucket_name"):
            raise CommandError(
                "Media are stored on local disk: set AWS_STORAGE_BUCKET_NAME (and the other "
                "AWS_* variables) to copy them into a bucket."
            )
        local = LocalMediaStorage(
            location=source or settings.MEDIA_ROOT,
            private_location=private_source or getattr(settings, "MEDIA_PRIVATE_ROOT", None),
        )
        files = list(local_files(local))
        try:
            in_bucket = bucket_sizes(storage)
        except STORAGE_ERRORS as error:
            raise CommandError(f"Cannot list bucket {storage.bucket_name!r}: {error}") from error

        to_copy, same, different = [], [], []
        for name, path, size in files:
            existing = in_bucket.get(storage.key(name))
            if existing is None or (existing != size and overwrite):
                to_copy.append((name, path, size))
            elif existing == size:
                same.append(name)
            else:
                different.append(name)

        copied, failed = [], []
        progress = tqdm(
            total=sum(size for _name, _path, size in to_copy),
            desc="Copying media",
            unit="B",
            unit_scale=True,
            file=self.stderr,
            disable=verbosity == 0 or dry_run,
        )
        with progress:
            for name, path, _size in to_copy:
                progress.set_postfix_str(name[-40:])
                if dry_run:
                    copied.append(name)
                    continue
                try:
                    upload(storage, name, path, progress.update)
                except STORAGE_ERRORS as error:
                    failed.append((name, error))
                else:
                    copied.append(name)

        verb = "Would copy" if dry_run else "Copied"
        copied_names = set(copied)
        total = sum(size for name, _path, size in to_copy if name in copied_names)
        self.stdout.write(f"{verb} {len(copied)} files ({human(total)}) to {storage.bucket_name}.")
        self.report(
            same, "Skipped {} already in the bucket (same size).", verbosity, listed=verbosity > 1
        )
        self.report(
            different,
            "Skipped {} that differ from what is in the bucket (--overwrite replaces them):",
            verbosity,
        )
        missing = sorted(referenced_names() - {name for name, _p, _s in files})
        missing = [name for name in missing if storage.key(name) not in in_bucket]
        self.report(missing, "Skipped {} named in the database but not on local disk:", verbosity)
        for name, error in failed:
            self.stderr.write(f"Failed: {name}: {error}")
        if failed:
            raise CommandError(f"{len(failed)} files could not be copied; run the command again.")

    def report(self, names, message, verbosity, listed=True):
        if not names:
            return
        self.stdout.write(message.format(len(names)))
        if listed and verbosity > 0:
            shown = names if verbosity > 1 else names[:LISTED]
            for name in shown:
                self.stdout.write(f"  {name}")
            if len(names) > len(shown):
                self.stdout.write(f"  … and {len(names) - len(shown)} more (-v 2 lists them all)")


def local_files(local):
    """(storage name, path, size) of every file on local disk, the private folder included."""
    for root, prefix in ((local.location, ""), (local.private_location, PRIVATE_PREFIX)):
        if not os.path.isdir(root):
            continue
        for folder, _dirs, names in os.walk(root):
            for filename in sorted(names):
                path = os.path.join(folder, filename)
                if os.path.isfile(path) and not os.path.islink(path):
                    relative = os.path.relpath(path, root).replace(os.sep, "/")
                    yield prefix + relative, path, os.path.getsize(path)


def bucket_sizes(storage):
    sizes = {}
    paginator = storage.client.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=storage.bucket_name):
        for entry in page.get("Contents", ()):
            sizes[entry["Key"]] = entry["Size"]
    return sizes


def upload(storage, name, path, callback):
    """Stream one file into the bucket under exactly ``name`` (no renaming)."""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    storage.client.upload_file(
        path,
        storage.bucket_name,
        storage.key(name),
        ExtraArgs={"ContentType": content_type},
        Config=storage.transfer_config,
        Callback=callback,
    )


def referenced_names():
    """Every file name stored in a FileField of any model."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                names.update(
                    model._default_manager.exclude(**{field.attname: ""})
                    .values_list(field.attname, flat=True)
                    .distinct()
                )
    names.discard(None)
    return names


def human(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"
