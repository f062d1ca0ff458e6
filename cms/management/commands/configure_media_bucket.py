"""Let anyone read public media from the bucket, and nothing else."""

import json

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from cms.storage import PRIVATE_PREFIX, STORAGE_ERRORS, public_read_policy, storage_failure


class Command(BaseCommand):
    """Set the media bucket's policy: public read of images, renditions, documents, recordings
    and thumbnails; no anonymous access to anything else (``private/`` above all).

    Safe to run every time (``make run`` does). Media on local disk: nothing to do. When the
    credentials may not change bucket policies, it says so and exits without failing, so that a
    bucket configured by its operators still works; ``--print`` shows the policy to apply.
    """

    help = "Apply the public-read policy for public media prefixes to the S3 media bucket."

    def add_arguments(self, parser):
        parser.add_argument(
            "--print", action="store_true", help="Only print the policy, change nothing."
        )

    def handle(self, *args, print=False, **options):
        bucket = getattr(default_storage, "bucket_name", None)
        if bucket is None:
            self.stdout.write("Media are on local disk: no bucket to configure.")
            return
        policy = public_read_policy(bucket)
        if print:
            self.stdout.write(json.dumps(policy, indent=2))
            return
        client = default_storage.connection.meta.client
        try:
            client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
        except STORAGE_ERRORS as error:
            if storage_failure(error) == "refused":
                self.stderr.write(
                    self.style.WARNING(
                        f"Not allowed to set the policy of bucket {bucket!r} ({error}); make "
                        "sure its operators let anyone read public media "
                        f"(`manage.py configure_media_bucket --print` shows how), and nobody "
                        f"read {PRIVATE_PREFIX}."
                    )
                )
                return
            raise CommandError(f"Could not configure bucket {bucket!r}: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Bucket {bucket!r}: public media readable by anyone, {PRIVATE_PREFIX} private."
            )
        )
