"""How content is represented to external sites: each kind of value as an object a front end
can use as it is (images with renditions, documents with download URLs, embeds, related items
as compact objects in the reader's language, rich text with API references)."""

import mimetypes
import re

from rest_framework.fields import Field, SkipField
from wagtail.api.utils import get_base_url
from wagtail.documents import get_document_model
from wagtail.models import Page

from cms.api.images import IMAGE_RENDITIONS, RenditionIndex

RICH_TEXT_LINK = re.compile(r'<a linktype="(page|document)" id="(\d+)">')


# Where an endpoint puts the items of a to-many relation it fetched for a listing (a plain
# list: reading it costs no queryset, where ``relation.all()`` builds one per item).
PREFETCHED = "{}_prefetched"


def get_full_url(request, path):
    """Wagtail's ``get_full_url``, with the base URL worked out once per request rather than
    once per URL (a listing holds over a hundred)."""
    if path.startswith(("http://", "https://")):
        return path
    if request is None:
        return (get_base_url() or "") + path
    base = getattr(request, "_api_base_url", None)
    if base is None:
        base = request._api_base_url = get_base_url(request) or ""
    return base + path


def view_of(field):
    return field.context.get("view")


def related_list(instance, attribute):
    """The items of the to-many relation ``attribute``: the endpoint's prefetched list when
    there is one, else ``all()`` (itself served from a plain ``prefetch_related``)."""
    prefetched = getattr(instance, PREFETCHED.format(attribute), None)
    if prefetched is not None:
        return prefetched
    return list(getattr(instance, attribute).all())


def compact_fields(model):
    """The columns ``compact`` reads: id, the title (``title`` or ``name``, what ``str()``
    shows), slug, and the language facts that show an item in the reader's language."""
    names = {field.name for field in model._meta.concrete_fields}
    wanted = [model._meta.pk.name, "title", "name", "slug", "translation_key", "locale", "live"]
    return [name for name in wanted if name in names]


def type_name(model):
    return f"{model._meta.app_label}.{model.__name__}"


def compact(obj, field):
    """{id, type, title, detail_url} (and slug where there is one) for a related item."""
    view = view_of(field)
    request = field.context.get("request")
    router = getattr(request, "wagtailapi_router", None)
    path = router.get_object_detail_urlpath(type(obj), obj.pk) if router else None
    data = {
        "id": obj.pk,
        "type": type_name(type(obj)),
        "title": str(obj),
        "detail_url": get_full_url(request, path) if path else None,
    }
    if getattr(obj, "slug", None):
        data["slug"] = obj.slug
    if view is not None and getattr(obj, "locale_id", None):
        data["locale"] = view.locale_code(obj.locale_id)
    return data


class InstanceField(Field):
    """A read-only field computed from the whole instance."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class RelatedItemsField(InstanceField):
    """A foreign key or many-to-many to content, as compact objects in the item's language."""

    def __init__(self, attribute, many=False, **kwargs):
        self.attribute = attribute
        self.many = many
        super().__init__(**kwargs)

    def to_representation(self, instance):
        view = view_of(self)
        items = (
            related_list(instance, self.attribute)
            if self.many
            else [getattr(instance, self.attribute)]
        )
        localized = [
            view.localizer.localize(item, instance.locale_id) if view else item
            for item in items
            if item is not None
        ]
        compacted = [compact(item, self) for item in localized]
        return compacted if self.many else (compacted[0] if compacted else None)


class LanguageCodesField(InstanceField):
    """A many-to-many to Locale as a list of language codes, e.g. ["ar", "en"]."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return sorted(locale.language_code for locale in related_list(instance, self.attribute))


class ImageField(Field):
    """An image with its alt text and a fixed set of renditions (widths, WebP)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, image):
        view = view_of(self)
        index = getattr(view, "rendition_index", None) or RenditionIndex([image])
        renditions = index.renditions(image)
        request = self.context.get("request")
        return {
            "id": image.pk,
            "title": image.title,
            "alt": image.default_alt_text,
            "width": image.width,
            "height": image.height,
            "renditions": {
                name: {"url": get_full_url(request, url), "width": width, "height": height}
                for name, spec in IMAGE_RENDITIONS.items()
                if spec in renditions
                for url, width, height in [renditions[spec]]
            },
        }


class DocumentField(Field):
    """A document with its download URL, size in bytes and content type; null for a reader
    who may not see it (a document in a restricted collection, for an anonymous reader)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, document):
        view = view_of(self)
        if view is not None and document.collection_id in view.hidden_collection_ids():
            return None
        return {
            "id": document.pk,
            "title": document.title,
            "download_url": get_full_url(self.context.get("request"), document.url),
            "size": document.get_file_size(),
            "content_type": mimetypes.guess_type(document.filename)[0]
            or "application/octet-stream",
            "extension": document.file_extension,
        }


class MediaField(Field):
    """An uploaded audio or video file (wagtailmedia)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, media):
        return {
            "id": media.pk,
            "title": media.title,
            "type": media.type,
            "url": get_full_url(self.context.get("request"), media.url),
            "duration_seconds": media.duration,
            "content_type": mimetypes.guess_type(media.file.name)[0],
        }


class EmbedField(InstanceField):
    """A video link as provider, URL and HTML, from embeds fetched at publish time (never
    fetched during a request)."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def to_representation(self, instance):
        url = getattr(instance, self.attribute)
        if not url:
            return None
        view = view_of(self)
        embed = view.embeds.get(url) if view is not None else None
        return {
            "url": url,
            "provider": embed.provider_name if embed else None,
            "html": embed.html if embed else None,
        }


class LocaleCodeField(InstanceField):
    """meta.locale: the item's language code, without a query per item."""

    def to_representation(self, instance):
        view = view_of(self)
        return view.locale_code(instance.locale_id) if view else instance.locale.language_code


class FallbackField(InstanceField):
    """meta.fallback: true when the item is shown in the fallback language."""

    def to_representation(self, instance):
        if not hasattr(instance, "_is_fallback"):
            raise SkipField
        return bool(instance._is_fallback)

    def get_attribute(self, instance):
        if not hasattr(instance, "_is_fallback"):
            raise SkipField
        return instance


class TranslationsField(InstanceField):
    """meta.translations: locale and id of each visible translation."""

    def to_representation(self, instance):
        view = view_of(self)
        return view.translation_index.translations(instance) if view else []


class ApiRichTextField(Field):
    """Rich text as HTML; internal links become links a front end can follow or resolve:
    ``<a href="/about/" data-page-id="4" data-api-url="…/api/v2/pages/4/">``."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, html):
        from wagtail.rich_text import RichText

        if not html:
            return ""
        found = RICH_TEXT_LINK.findall(html)
        if not found:
            return str(RichText(html))
        request = self.context.get("request")
        router = getattr(request, "wagtailapi_router", None)
        pages = (
            Page.objects.live().public().in_bulk([int(i) for kind, i in found if kind == "page"])
        )
        documents = get_document_model().objects.in_bulk(
            [int(i) for kind, i in found if kind == "document"]
        )

        def replace(match):
            kind, pk = match.group(1), int(match.group(2))
            target = (pages if kind == "page" else documents).get(pk)
            if target is None:
                return "<a>"
            url = target.url
            path = router.get_object_detail_urlpath(type(target), pk) if router else None
            api_url = get_full_url(request, path) if path else ""
            return (
                f'<a href="{get_full_url(request, url) if url else ""}" data-{kind}-id="{pk}"'
                f' data-api-url="{api_url}">'
            )

        return RICH_TEXT_LINK.sub(replace, html)
