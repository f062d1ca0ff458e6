"""Settings for ``bench.upload_memory`` only: production settings, with static files found in
place (so the admin renders without ``collectstatic``)."""

import os

from cms.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True

# The benchmark's control run: uploads kept in memory, as they would be without streaming.
if os.environ.get("BENCH_UPLOADS_IN_MEMORY"):
    FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024 * 1024
