"""Images in API responses: each image with a fixed set of renditions, the renditions of a
whole page of items read in one query as plain rows (a listing of 20 thumbnails otherwise
builds 120 rendition model instances, which cost more than the rest of the listing)."""

import functools

from wagtail.images import get_image_model
from wagtail.images.models import Filter

# The fixed set of image renditions every image carries: name -> Wagtail filter spec.
IMAGE_RENDITIONS = {
    "small": "width-400",
    "medium": "width-800",
    "large": "width-1600",
    "small_webp": "width-400|format-webp",
    "medium_webp": "width-800|format-webp",
    "large_webp": "width-1600|format-webp",
}
# Built once: get_renditions() would parse each spec again for every image.
RENDITION_FILTERS = {spec: Filter(spec=spec) for spec in IMAGE_RENDITIONS.values()}


@functools.lru_cache(maxsize=50_000)
def _remembered_url(storage, base_url, name):
    return storage.url(name)


def file_url(storage, name):
    """``storage.url(name)``, remembered where a file's URL never changes (a rendition's file
    is never rewritten under the same name); never where URLs are signed and expire (S3 with
    ``querystring_auth``). A listing of 20 thumbnails asks for 120 of them."""
    if getattr(storage, "querystring_auth", False):
        return storage.url(name)
    return _remembered_url(storage, getattr(storage, "base_url", None), name)


class RenditionIndex:
    """The fixed renditions of ``images``: ``renditions(image)`` gives ``{spec: (url, width,
    height)}``. One query for all of them; an image whose renditions were never made gets
    them made (and stored) on first use, as Wagtail's ``get_renditions`` does."""

    def __init__(self, images):
        images = {image.pk: image for image in images if image is not None}
        rendition_model = get_image_model().get_rendition_model()
        self.storage = rendition_model._meta.get_field("file").storage
        self.found = {}
        if not images:
            return
        rows = rendition_model.objects.filter(
            image_id__in=images, filter_spec__in=RENDITION_FILTERS
        ).values_list("image_id", "filter_spec", "focal_point_key", "file", "width", "height")
        for image_id, spec, focal_point_key, name, width, height in rows:
            # A rendition made for another focal point is stale (Wagtail's own rule).
            if focal_point_key == RENDITION_FILTERS[spec].get_cache_key(images[image_id]):
                self.found.setdefault(image_id, {})[spec] = (name, width, height)

    def renditions(self, image):
        found = self.found.get(image.pk, {})
        if len(found) < len(RENDITION_FILTERS):
            made = image.get_renditions(*RENDITION_FILTERS.values())
            found = {spec: (r.file.name, r.width, r.height) for spec, r in made.items()}
            self.found[image.pk] = found
        return {
            spec: (file_url(self.storage, name), width, height)
            for spec, (name, width, height) in found.items()
        }
