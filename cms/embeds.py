"""Embeds (video and other oEmbed links) fetched when content is published, never while a
reader waits.

The API shows an embed's provider and HTML from the embeds Wagtail has stored
(``wagtailembeds.Embed``); a URL nobody fetched yet shows with ``provider`` and ``html``
null. Publishing a page or a content item enqueues :func:`fetch_embeds_task` for the URLs it
holds: those of its content endpoint's ``embed_fields`` and of the embed blocks in its
StreamFields. The task runs on the configured django-tasks backend (``TASKS``): by default
queued in the database for ``manage.py db_worker``; with ``TASKS_BACKEND=immediate``, at once.
"""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.finders import get_finders

logger = logging.getLogger(__name__)


@task()
def fetch_embeds_task(urls):
    """Fetch and store the embed of each URL that has none yet; a URL no provider takes, or
    whose provider fails, is logged and skipped."""
    finders = get_finders()
    for url in urls:
        if not any(finder.accept(url) for finder in finders):
            logger.info("No embed provider for %s", url)
            continue
        try:
            get_embed(url)
        except EmbedException as error:
            logger.warning("The embed provider gave nothing for %s: %s", url, error)


def stored_embeds(urls):
    """``{url: embed}`` for those of ``urls`` with a stored embed (the newest where there are
    several, fetched at several sizes), in one query; never fetches any."""
    from wagtail.embeds.models import Embed

    urls = {url for url in urls if url}
    if not urls:
        return {}
    return {
        embed.url: embed for embed in Embed.objects.filter(url__in=urls).order_by("last_updated")
    }


def stored_embed(url):
    """The stored embed of ``url``, or None; never fetches it."""
    return stored_embeds([url]).get(url)


def embed_urls_in(value):
    """The URLs of the embed blocks anywhere inside a StreamField value."""
    if isinstance(value, EmbedValue):
        return [value.url] if value.url else []
    if isinstance(value, StreamValue):
        children = [child.value for child in value]
    elif isinstance(value, StructValue):
        children = list(value.values())
    elif isinstance(value, ListValue | list):
        children = list(value)
    else:
        return []
    return [url for child in children for url in embed_urls_in(child)]


def embed_urls(instance, field_names=()):
    """The embed URLs ``instance`` holds: in ``field_names`` and in its StreamFields."""
    urls = [getattr(instance, name) for name in field_names]
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if isinstance(value, StreamValue):
            urls += embed_urls_in(value)
    return [url for url in dict.fromkeys(urls) if url]


def fetch_embeds_after_commit(instance, field_names=()):
    urls = embed_urls(instance, field_names)
    if urls:
        transaction.on_commit(lambda: fetch_embeds_task.enqueue(urls), robust=True)


def connect_signals():
    """Fetch embeds on publishing pages and the content of every endpoint that shows embeds;
    called from CmsConfig.ready()."""
    from wagtail.signals import page_published, published

    from cms.plugins import get_plugins

    def page_was_published(sender, instance, **kwargs):
        fetch_embeds_after_commit(instance.specific)

    page_published.connect(page_was_published, dispatch_uid="cms-embeds-page-published", weak=False)
    for plugin in get_plugins():
        viewset = plugin.get_api_viewset()
        model = getattr(viewset, "model", None)
        fields = tuple(getattr(viewset, "embed_fields", ()))
        if model is None or not fields:
            continue

        def item_was_published(sender, instance, fields=fields, **kwargs):
            fetch_embeds_after_commit(instance, fields)

        published.connect(
            item_was_published,
            sender=model,
            dispatch_uid=f"cms-embeds-published-{model._meta.label}",
            weak=False,
        )
