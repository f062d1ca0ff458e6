"""The member directory endpoint: /api/v2/organizations/."""

from cms.api.content import ContentAPIViewSet
from organizations.models import Organization


class OrganizationAPIViewSet(ContentAPIViewSet):
    """Live member organisations. The contact email is staff-only and is not a field here."""

    model = Organization
    body_fields = [
        *ContentAPIViewSet.body_fields,
        "name",
        "kind",
        "description",
        "focus_areas",
        "governorate_codes",
        "website",
        "logo",
        "member_since",
    ]
    listing_default_fields = [*ContentAPIViewSet.listing_default_fields, "name", "kind"]
    select_related = ("logo",)
    prefetch_related = ("focus_areas", "governorates")
