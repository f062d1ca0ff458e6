"""How API responses become bytes: the same JSON as Django REST framework's renderer, written
by orjson. With indentation the standard library's encoder falls back to pure Python, which
cost a listing of 20 items more time than all of its SQL queries."""

import orjson
from rest_framework import renderers
from rest_framework.utils.encoders import JSONEncoder

OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
_fallback = JSONEncoder()


def _default(value):
    # Lazy translations, decimals, dates and times (written as REST framework writes them:
    # UTC as "Z", milliseconds), querysets: whatever orjson leaves, REST framework's encoder
    # does.
    return _fallback.default(value)


class JSONRenderer(renderers.JSONRenderer):
    """REST framework's JSON renderer, through orjson: UTF-8, two-space indentation, keys in
    the order the serializer gives them."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, default=_default, option=OPTIONS)


# The browsable page (?format=api) shows what the first of these renders.
API_RENDERERS = [JSONRenderer, renderers.BrowsableAPIRenderer]
