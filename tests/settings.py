"""The suite's settings: the core's test settings plus two test content plugins, one listed in
INSTALLED_APPS and one installed as a package that declares a `cms.plugins` entry point."""

import site
from pathlib import Path

# A folder laid out like site-packages, holding an installed distribution with a `cms.plugins`
# entry point; adding it is what `pip install` does for a real plugin package. It must happen
# before the settings below look for entry points.
site.addsitedir(str(Path(__file__).resolve().parent / "site_packages"))

from cms.settings.test import *  # noqa: E402, F403
from cms.settings.test import INSTALLED_APPS as _INSTALLED_APPS  # noqa: E402

INSTALLED_APPS = [*_INSTALLED_APPS, "tests.sample_plugin"]

# Embeds come from a finder that answers for https://video.example.org/ links without the
# network, and records what it was asked.
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder"}]
