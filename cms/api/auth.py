"""API tokens for the content API: a token (made in the admin under Account > API tokens, or
with ``manage.py api_tokens``) lets a preview front end read drafts."""

from rest_framework.authentication import BaseAuthentication
from wagtail.models import APIToken


class APITokenAuthentication(BaseAuthentication):
    """``Authorization: Bearer <token>`` against Wagtail's API tokens."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        scheme, _space, token = header.partition(" ")
        if scheme != self.keyword or not token.strip():
            return None
        api_token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(token.strip()), revoked_at=None)
            .first()
        )
        if api_token is None or not api_token.user.is_active:
            return None
        return api_token.user, api_token

    def authenticate_header(self, request):
        return self.keyword


def may_read_drafts(request):
    """Whether this request carries the API token of someone who works in the admin."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or getattr(request, "auth", None) is None:
        return False
    return user.has_perm("wagtailadmin.access_admin")
