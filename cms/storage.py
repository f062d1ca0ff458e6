"""The media storages: local disk by default, S3-compatible object storage when configured.

Both keep the same key layout. Public files live under Wagtail's own folders (``original_images/``,
``images/``, ``documents/``, ``media/``, ``media_thumbnails/``), which the bucket serves to anyone
(see :func:`public_read_policy`). Files of documents in a restricted collection live under
``private/``, which nobody can read without a presigned link; on local disk that prefix maps to a
folder outside ``MEDIA_ROOT`` so that nothing serving ``MEDIA_ROOT`` can hand them out.

File names are kept readable in every script (an Arabic or Sorani name stays Arabic or Sorani)
but made safe for storage keys by :func:`safe_filename`.
"""

import os
import re
import shutil
import threading
import unicodedata

from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils._os import safe_join
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PRIVATE_PREFIX = "private/"
# Wagtail's folders for images, renditions, documents and wagtailmedia's recordings and
# thumbnails: the only keys anonymous readers may fetch straight from the bucket.
PUBLIC_PREFIXES = ("original_images/", "images/", "documents/", "media/", "media_thumbnails/")
MAX_STEM_LENGTH = 60


def safe_filename(filename):
    """A file name that is safe as a storage key and still reads as the original.

    Letters and digits of every script are kept (NFC-normalised, so a name typed on a Mac matches
    the same name typed elsewhere); invisible characters (right-to-left marks, zero-width
    joiners, bidi overrides) are dropped; spaces, punctuation and symbols become ``_``; the
    extension is lower-cased ASCII; the stem is at most 60 characters and never empty.
    ``"تقرير الربع الأول.PDF"`` becomes ``"تقرير_الربع_الأول.pdf"``.
    """
    name = unicodedata.normalize("NFC", str(filename)).replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name.lstrip("."), ""
    extension = "".join(ch for ch in extension.lower() if ch.isascii() and ch.isalnum())
    kept = []
    for ch in stem:
        category = unicodedata.category(ch)
        if category[0] in "LN" or category in ("Mn", "Mc") or ch in "-_.":
            kept.append(ch)
        elif category[0] != "C":  # separators, punctuation, symbols
            kept.append("_")
        # Control and format characters (Cc, Cf: bidi marks, ZWNJ, ...) are dropped.
    stem = re.sub(r"_{2,}", "_", "".join(kept)).strip("._-")
    stem = stem[:MAX_STEM_LENGTH].strip("._-") or "file"
    return f"{stem}.{extension}" if extension else stem


def is_private_name(name):
    return str(name).replace("\\", "/").startswith(PRIVATE_PREFIX)


def private_name(name):
    return name if is_private_name(name) else PRIVATE_PREFIX + name


def public_name(name):
    return name[len(PRIVATE_PREFIX) :] if is_private_name(name) else name


def public_read_policy(bucket_name):
    """The bucket policy that lets anyone read public media, and nothing else."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicReadOfPublicMedia",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [f"arn:aws:s3:::{bucket_name}/{prefix}*" for prefix in PUBLIC_PREFIXES],
            }
        ],
    }


class LocalMediaStorage(FileSystemStorage):
    """Files on local disk; ``private/…`` names live outside ``MEDIA_ROOT``.

    The private folder is ``MEDIA_PRIVATE_ROOT``, or ``MEDIA_ROOT`` with ``-private`` appended
    (``media-private/`` next to ``media/``). Such files are only ever served by Wagtail's document
    serve view, after its permission check.
    """

    def __init__(self, *args, private_location=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._private_location = private_location

    @property
    def private_location(self):
        configured = self._private_location or getattr(settings, "MEDIA_PRIVATE_ROOT", None)
        if configured:
            return os.path.abspath(configured)
        return f"{str(self.location).rstrip(os.sep)}-private"

    def path(self, name):
        if is_private_name(name):
            return safe_join(self.private_location, public_name(str(name).replace("\\", "/")))
        return super().path(name)

    def _save(self, name, content):
        if not is_private_name(name):
            return super()._save(name, content)
        # Django gives the saved file MEDIA_ROOT's group, and names it relative to MEDIA_ROOT.
        os.makedirs(self.location, exist_ok=True)
        saved = os.path.normpath(os.path.join(self.location, super()._save(name, content)))
        return PRIVATE_PREFIX + os.path.relpath(saved, self.private_location).replace(os.sep, "/")

    def get_valid_name(self, name):
        return safe_filename(name)

    def copy(self, source_name, target_name):
        """Copy a stored file to another name (which must be free)."""
        target = self.path(target_name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(self.path(source_name), target)


class MediaS3Storage(S3Storage):
    """django-storages' S3 backend with safe names, server-side copies and presigned links.

    ``url()`` never signs anything: public files get their stable (or CDN) URL, and a
    ``private/…`` file's plain URL is refused by the bucket. Presigned links come only from
    :meth:`signed_url`, which the document serve view calls after Wagtail's permission check.
    """

    def __init__(self, **settings):
        super().__init__(**settings)
        self._signing_clients = threading.local()
        self.client_config = self.client_config.merge(
            Config(
                connect_timeout=self.connect_timeout,
                read_timeout=self.read_timeout,
                retries={"max_attempts": self.max_attempts},
            )
        )
        self.transfer_config = TransferConfig(
            multipart_threshold=self.multipart_chunksize,
            multipart_chunksize=self.multipart_chunksize,
            max_concurrency=self.max_concurrency,
        )

    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            "signing_endpoint_url": None,
            "signed_url_expire": 120,
            "connect_timeout": 5,
            "read_timeout": 30,
            "max_attempts": 2,
            "multipart_chunksize": 8 * 1024 * 1024,
            "max_concurrency": 4,
        }

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_signing_clients", None)
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        self._signing_clients = threading.local()

    def get_valid_name(self, name):
        return safe_filename(name)

    @property
    def client(self):
        return self.connection.meta.client

    def key(self, name):
        """The object key for a storage name (the ``location`` prefix included)."""
        return self._normalize_name(clean_name(name))

    def _signing_client(self):
        endpoint = self.signing_endpoint_url or self.endpoint_url
        if endpoint == self.endpoint_url:
            return self.client
        client = getattr(self._signing_clients, "client", None)
        if client is None:
            client = self._create_session().client(
                "s3",
                region_name=self.region_name,
                use_ssl=self.use_ssl,
                endpoint_url=endpoint,
                config=self.client_config,
                verify=self.verify,
            )
            self._signing_clients.client = client
        return client

    def signed_url(self, name, *, filename=None, inline=False, content_type=None, expire=None):
        """A short-lived presigned GET link to ``name``, for someone already allowed to read it.

        ``filename`` (any script) becomes the download's name; ``inline`` lets the browser
        display it rather than save it.
        """
        params = {"Bucket": self.bucket_name, "Key": self.key(name)}
        if filename:
            params["ResponseContentDisposition"] = content_disposition_header(
                as_attachment=not inline, filename=filename
            )
        if content_type:
            params["ResponseContentType"] = content_type
        return self._signing_client().generate_presigned_url(
            "get_object", Params=params, ExpiresIn=int(expire or self.signed_url_expire)
        )

    def copy(self, source_name, target_name):
        """Copy an object to another key inside the bucket (server-side, any size)."""
        self.client.copy(
            {"Bucket": self.bucket_name, "Key": self.key(source_name)},
            self.bucket_name,
            self.key(target_name),
            Config=self.transfer_config,
        )


def copy_stored_file(storage, source_name, target_name):
    """Copy a stored file to ``target_name`` with whatever the storage does best."""
    copy = getattr(storage, "copy", None)
    if copy is not None:
        copy(source_name, target_name)
        return
    with storage.open(source_name, "rb") as source:
        saved = storage.save(target_name, source)
    if saved != target_name:
        storage.delete(saved)
        raise FileExistsError(target_name)


def relocated_name(storage, name, *, private, max_length=None):
    """A free name for ``name`` moved in or out of ``private/``, or ``None`` if it is there."""
    if is_private_name(name) == private:
        return None
    target = private_name(name) if private else public_name(name)
    return storage.get_available_name(target, max_length=max_length)


# Storage failures, as the admin explains them.
UNREACHABLE = "unreachable"
REFUSED = "refused"
FAILED = "failed"

REFUSING_CODES = {
    "AccessDenied",
    "AllAccessDisabled",
    "AccountProblem",
    "ExpiredToken",
    "InvalidAccessKeyId",
    "InvalidToken",
    "NoSuchBucket",
    "SignatureDoesNotMatch",
}

FAILURE_MESSAGES = {
    UNREACHABLE: _(
        "The file was not saved: the media storage cannot be reached right now. Nothing was "
        "changed; please try again in a few minutes."
    ),
    REFUSED: _(
        "The file was not saved: the media storage refused it (access denied). Nothing was "
        "changed; please ask an administrator to check the storage settings."
    ),
    FAILED: _(
        "The file was not saved: the media storage reported an error. Nothing was changed; "
        "please try again."
    ),
}


def _storage_error_types():
    from boto3.exceptions import Boto3Error
    from botocore.exceptions import BotoCoreError, ClientError

    return (BotoCoreError, ClientError, Boto3Error, OSError)


STORAGE_ERRORS = _storage_error_types()


def storage_failure(error):
    """``UNREACHABLE``, ``REFUSED`` or ``FAILED``: what went wrong when talking to the storage."""
    from botocore.exceptions import (
        ClientError,
        ConnectionClosedError,
        ConnectTimeoutError,
        EndpointConnectionError,
        NoCredentialsError,
        ReadTimeoutError,
    )

    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, ClientError):
            code = str(error.response.get("Error", {}).get("Code", ""))
            status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            return REFUSED if code in REFUSING_CODES or status in (401, 403) else FAILED
        if isinstance(error, EndpointConnectionError | ConnectTimeoutError | ReadTimeoutError):
            return UNREACHABLE
        if isinstance(error, ConnectionClosedError | ConnectionError):
            return UNREACHABLE
        if isinstance(error, NoCredentialsError | PermissionError):
            return REFUSED
        error = error.__cause__ or error.__context__
    return FAILED


def storage_failure_message(error):
    return FAILURE_MESSAGES[storage_failure(error)]
