"""The core's Wagtail hooks: media serving and document privacy."""

from wagtail import hooks

from cms.document_privacy import documents_moved_between_collections
from cms.media_serving import redirect_to_signed_url

# After Wagtail's own check_view_restrictions (order 0), which refuses requests that do not pass.
hooks.register("before_serve_document", redirect_to_signed_url, order=100)
hooks.register("after_bulk_action", documents_moved_between_collections)
