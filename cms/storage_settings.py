"""Where uploaded files go, chosen from the environment.

Imported by the settings, so it must not import Django models (nor the storage classes: Django
imports those by their dotted path when a file is first stored).
"""

MB = 1024 * 1024

# A presigned link to a restricted document is valid this long: enough to start the download,
# too short to be worth passing around.
SIGNED_URL_SECONDS = 120


def media_storage_from_env(environ):
    """The ``STORAGES["default"]`` entry for this environment.

    Without ``AWS_STORAGE_BUCKET_NAME``: local disk (``MEDIA_ROOT``, with restricted documents
    kept outside it). With it: django-storages' S3 backend with boto3, talking to
    ``AWS_S3_ENDPOINT_URL`` (unset for AWS itself) with the given credentials and region.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {"BACKEND": "cms.storage.LocalMediaStorage"}

    endpoint = environ.get("AWS_S3_ENDPOINT_URL") or None
    # Plain values only: Wagtail hands the storage's constructor arguments to background tasks
    # (deleting files) as JSON. cms.storage.MediaS3Storage builds boto's configs from them.
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        # Public files: stable, unsigned URLs, on the CDN's domain when there is one.
        "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "querystring_auth": False,
        # Restricted documents: presigned links, made for the endpoint browsers can reach.
        "signing_endpoint_url": environ.get("AWS_S3_PUBLIC_ENDPOINT_URL") or endpoint,
        "signed_url_expire": SIGNED_URL_SECONDS,
        "signature_version": "s3v4",
        # S3-compatible servers (MinIO, moto) want the bucket in the path.
        "addressing_style": "path" if endpoint else None,
        "file_overwrite": False,
        "default_acl": None,
        # Fail fast when the storage is unreachable, so uploads and /readyz answer.
        "connect_timeout": 5,
        "read_timeout": 30,
        "max_attempts": 2,
        # Uploads stream from the request's temporary file in 8 MB parts, at most four in
        # flight: a worker never holds more than that of a file in memory.
        "multipart_chunksize": 8 * MB,
        "max_concurrency": 4,
    }
    if (environ.get("AWS_S3_ENDPOINT_URL") or "").startswith("http://"):
        options["url_protocol"] = "http:"
    return {"BACKEND": "cms.storage.MediaS3Storage", "OPTIONS": options}
