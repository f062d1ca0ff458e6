"""An oEmbed finder for the tests: answers for https://video.example.org/ links without any
network, and records what it was asked (tests/settings.py makes it the only finder)."""

from wagtail.embeds.finders.base import EmbedFinder

PREFIX = "https://video.example.org/"
asked = []


class ExampleVideoFinder(EmbedFinder):
    """Embeds for https://video.example.org/<id>."""

    def accept(self, url):
        return url.startswith(PREFIX)

    def find_embed(self, url, max_width=None, max_height=None):
        asked.append(url)
        video = url.removeprefix(PREFIX)
        return {
            "title": f"Video {video}",
            "author_name": "Community of Practice",
            "provider_name": "Example Video",
            "type": "video",
            "thumbnail_url": f"{PREFIX}{video}.jpg",
            "width": 640,
            "height": 360,
            "html": f'<iframe src="{PREFIX}embed/{video}"></iframe>',
        }


embed_finder_class = ExampleVideoFinder
