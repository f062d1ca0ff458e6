from wagtail.api.v2.views import BaseAPIViewSet

from cop_glossary.models import Term


class TermAPIViewSet(BaseAPIViewSet):
    """Glossary terms at /api/v2/glossary/."""

    model = Term
    body_fields = [*BaseAPIViewSet.body_fields, "term", "definition"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "term"]
