"""Serving documents from S3: public ones at their stable URL, restricted ones by presigned link.

Wagtail's document serve view (``/documents/<id>/<filename>``, the URL the API and rich text
give out) runs its ``before_serve_document`` hooks first: Wagtail's own hook answers with the
login or password page when the collection's view restrictions refuse the request. Ours runs
after it, so it only sees requests that passed: for a document in a restricted collection it
redirects to a presigned link valid for ``signed_url_expire`` seconds, marked private and never
cached. Public documents fall through to Wagtail's ``redirect`` method: their stable (or CDN)
URL. On local disk there is nothing to sign, and Wagtail streams the file after its check.
"""

from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from wagtail.documents.models import document_served

from cms.document_privacy import collection_is_restricted
from cms.storage import is_private_name


def redirect_to_signed_url(document, request):
    """before_serve_document hook (registered after Wagtail's restriction check)."""
    storage = document.file.storage
    signed_url = getattr(storage, "signed_url", None)
    if signed_url is None:
        return None
    if not (collection_is_restricted(document.collection) or is_private_name(document.file.name)):
        return None
    document_served.send(sender=type(document), instance=document, request=request)
    url = signed_url(
        document.file.name,
        filename=document.filename,
        inline=document.content_disposition == "inline",
        content_type=document.content_type,
    )
    response = HttpResponseRedirect(url)
    add_never_cache_headers(response)
    return response
