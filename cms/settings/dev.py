"""Settings for a developer's machine: `make run` uses these."""

from .base import *  # noqa: F403
from .base import SECRET_KEY as _SECRET_KEY

DEBUG = True
# A fixed key is fine on a developer's machine; production refuses to start without one.
SECRET_KEY = _SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
WHITENOISE_USE_FINDERS = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
