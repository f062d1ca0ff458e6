"""The OpenAPI 3.1 document of the content API, generated from the code.

Nothing here names a plugin: the document walks the endpoints registered on the API router and
asks each viewset what it takes (its known query parameters, declared filters, facets, the
fields of its model) and what it returns (its body and meta fields, and how each is
serialized). A plugin installed tomorrow is described the moment its endpoint is registered.

The document is built once per process and language (descriptions go through gettext), and
served at ``/api/v2/openapi.json``; ``/api/v2/docs/`` renders the same document as HTML.
"""

import re
import threading

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from taggit.managers import TaggableManager
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models

from cms.api.auth import APITokenAuthentication
from cms.api.content import MAX_SEARCH_LENGTH, ContentAPIViewSet
from cms.api.filters import Filter
from cms.api.locales import LocalesAPIViewSet
from cms.api.representations import (
    ApiRichTextField,
    DocumentField,
    EmbedField,
    FallbackField,
    ImageField,
    LanguageCodesField,
    LocaleCodeField,
    MediaField,
    RelatedItemsField,
    TranslationsField,
    type_name,
)
from cms.api.router import MAX_OFFSET
from cms.api.search import SearchAPIViewSet

OPENAPI_VERSION = "3.1.0"
SECURITY_SCHEME = "apiToken"
# Wagtail's own parameters that are no part of the public contract: a cache buster for jQuery
# and the browsable API's renderer switch.
UNDOCUMENTED_PARAMETERS = frozenset({"_", "format"})
RICH_TEXT_FORMATS = [
    APIRichText.FORMAT_DB_HTML,
    APIRichText.FORMAT_HTML,
    APIRichText.FORMAT_DB_MARKDOWN,
    APIRichText.FORMAT_MARKDOWN,
]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    """``schema`` or null (OpenAPI 3.1: JSON Schema's type lists)."""
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    kind = schema.get("type")
    if kind is None:
        return schema
    kinds = kind if isinstance(kind, list) else [kind]
    return {**schema, "type": [*kinds, "null"] if "null" not in kinds else kinds}


def schema_name(endpoint):
    """``member-news`` -> ``MemberNews``: a component name made from an endpoint's name."""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", endpoint) if part)


def first_paragraph(text):
    text = (text or "").strip()
    return " ".join(text.split("\n\n")[0].split()) if text else ""


def comma_list(items_schema, description, example=None):
    """A parameter taking several values comma-separated (``?type=a,b``)."""
    parameter = {
        "description": description,
        "schema": {"type": "array", "items": items_schema, "minItems": 1},
        "style": "form",
        "explode": False,
    }
    if example is not None:
        parameter["example"] = example
    return parameter


def language_codes():
    return list(settings.CONTENT_LANGUAGE_CODES)


# Shared schemas -----------------------------------------------------------------------------


def shared_schemas():
    codes = language_codes()
    return {
        "Error": {
            "type": "object",
            "description": _("A request the API cannot answer; the message names the cause."),
            "properties": {"message": {"type": "string"}},
            "required": ["message"],
        },
        "Translation": {
            "type": "object",
            "description": _("Another live version of the same item, in another language."),
            "properties": {
                "locale": {"type": "string", "enum": codes},
                "id": {"type": "integer"},
            },
            "required": ["locale", "id"],
        },
        "RelatedItem": {
            "type": "object",
            "description": _(
                "A related item, in the language of the item that refers to it where a "
                "translation exists."
            ),
            "properties": {
                "id": {"type": "integer"},
                "type": {"type": "string", "description": _("app_label.ModelName")},
                "title": {"type": "string"},
                "detail_url": {"type": ["string", "null"]},
                "slug": {"type": "string"},
                "locale": {"type": ["string", "null"]},
            },
        },
        "Image": {
            "type": "object",
            "description": _("An image with its alt text and a fixed set of renditions."),
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "alt": {"type": ["string", "null"]},
                "width": {"type": ["integer", "null"]},
                "height": {"type": ["integer", "null"]},
                "renditions": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "properties": {
                            "url": {"type": "string"},
                            "width": {"type": "integer"},
                            "height": {"type": "integer"},
                        },
                    },
                },
            },
        },
        "Document": {
            "type": "object",
            "description": _("A document with its download URL, size in bytes and type."),
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "download_url": {"type": "string"},
                "size": {"type": ["integer", "null"]},
                "content_type": {"type": "string"},
                "extension": {"type": "string"},
            },
        },
        "Media": {
            "type": "object",
            "description": _("An uploaded audio or video file."),
            "properties": {
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "type": {"type": "string"},
                "url": {"type": "string"},
                "duration_seconds": {"type": ["number", "null"]},
                "content_type": {"type": ["string", "null"]},
            },
        },
        "Embed": {
            "type": "object",
            "description": _("A video link as provider, URL and HTML."),
            "properties": {
                "url": {"type": "string"},
                "provider": {"type": ["string", "null"]},
                "html": {"type": ["string", "null"]},
            },
        },
    }


def error_responses(detail):
    responses = {
        "400": {
            "description": _("Bad input: the message names the parameter."),
            "content": {"application/json": {"schema": ref("Error")}},
        },
        "404": {
            "description": _("No such item, or one the reader may not see."),
            "content": {"application/json": {"schema": ref("Error")}},
        },
    }
    if detail:
        # An id that is not a whole number matches no URL at all: Django's HTML page.
        responses["404"]["content"]["text/html"] = {"schema": {"type": "string"}}
    else:
        responses["404"]["description"] = _("Unknown site (pages) or output format.")
    return responses


# Fields -------------------------------------------------------------------------------------

SERIALIZER_SCHEMAS = {
    ApiRichTextField: lambda field: {
        "type": ["string", "null"],
        "description": _("Rich text as HTML, internal links with data-api-url."),
    },
    ImageField: lambda field: nullable(ref("Image")),
    DocumentField: lambda field: nullable(ref("Document")),
    MediaField: lambda field: nullable(ref("Media")),
    EmbedField: lambda field: nullable(ref("Embed")),
    LanguageCodesField: lambda field: {"type": "array", "items": {"type": "string"}},
    LocaleCodeField: lambda field: {"type": "string", "enum": language_codes()},
    TranslationsField: lambda field: {"type": "array", "items": ref("Translation")},
    FallbackField: lambda field: {
        "type": "boolean",
        "description": _("Present when fallback was asked for: true for an item shown in it."),
    },
    RelatedItemsField: lambda field: (
        {"type": "array", "items": ref("RelatedItem")}
        if field.many
        else nullable(ref("RelatedItem"))
    ),
}

META_SCHEMAS = {
    "type": lambda: {"type": "string", "description": _("app_label.ModelName")},
    "detail_url": lambda: {"type": "string", "description": _("This item in the API.")},
    "html_url": lambda: {"type": ["string", "null"], "description": _("The page on the site.")},
    "slug": lambda: {"type": "string"},
    "show_in_menus": lambda: {"type": "boolean"},
    "seo_title": lambda: {"type": "string"},
    "search_description": lambda: {"type": "string"},
    "first_published_at": lambda: {"type": ["string", "null"], "format": "date-time"},
    "alias_of": lambda: {"type": ["object", "null"]},
    "parent": lambda: {"type": ["object", "null"], "description": _("The parent page.")},
    "locale": lambda: {"type": "string", "enum": language_codes()},
    "tags": lambda: {"type": "array", "items": {"type": "string"}},
    "download_url": lambda: {"type": "string"},
    "translations": lambda: {"type": "array", "items": ref("Translation")},
    "fallback": lambda: {
        "type": "boolean",
        "description": _("Present when fallback was asked for: true for an item shown in it."),
    },
}


def model_field(model, name):
    """The model field called ``name``, or None for a property or a method."""
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_value_schema(field):
    """How Wagtail's serializer shows a model field's value; ``{}`` (anything) where it may
    vary."""
    if field is None:
        return {}
    if isinstance(field, TaggableManager):
        return {"type": "array", "items": {"type": "string"}}
    if isinstance(field, StreamField):
        return {"type": "array", "description": _("StreamField blocks")}
    if isinstance(field, RichTextField):
        schema = {"type": "string"}
    elif field.many_to_many or field.one_to_many:
        return {"type": "array"}
    elif field.is_relation:
        schema = {"type": "object"}
    elif isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, (models.IntegerField, models.AutoField)):
        schema = {"type": "integer"}
    elif isinstance(field, models.FloatField):
        schema = {"type": "number"}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, (models.CharField, models.TextField)):
        schema = {"type": "string"}
    else:
        return {}
    return nullable(schema) if getattr(field, "null", False) or field.is_relation else schema


def field_schema(model, name, overrides, meta):
    """The schema of one field of an item: from its serializer where the viewset names one,
    else from the model field."""
    serializer = overrides.get(name)
    if serializer is not None:
        for cls in type(serializer).__mro__:
            if cls in SERIALIZER_SCHEMAS:
                return SERIALIZER_SCHEMAS[cls](serializer)
        return {}
    if meta and name in META_SCHEMAS:
        return META_SCHEMAS[name]()
    if name == "id":
        return {"type": "integer"}
    return field_value_schema(model_field(model, name))


def item_schema(viewset, model, endpoint):
    """An item of a Wagtail-style endpoint: id, meta, then the body fields. The ``fields``
    parameter can leave any of them out, so none is required."""
    overrides = viewset.get_field_serializer_overrides(model)
    meta = {
        name: field_schema(model, name, overrides, meta=True)
        for name in viewset.get_meta_fields_names(model)
    }
    body = {
        name: field_schema(model, name, overrides, meta=False)
        for name in viewset.get_body_fields_names(model)
    }
    return {
        "type": "object",
        "description": _("An item of %(endpoint)s. Use fields to choose what it shows.")
        % {"endpoint": endpoint},
        "properties": {
            "id": {"type": "integer"},
            "meta": {"type": "object", "properties": meta},
            **{name: schema for name, schema in body.items() if name != "id"},
        },
    }


def listing_schema(item, facets=()):
    meta = {"total_count": {"type": "integer", "minimum": 0}}
    if facets:
        meta["facets"] = {
            "type": "object",
            "description": _("Per-value counts over the filtered items, for each facet asked for."),
            "properties": {
                name: {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
                for name in facets
            },
            "additionalProperties": False,
        }
    return {
        "type": "object",
        "properties": {
            "meta": {"type": "object", "properties": meta, "required": ["total_count"]},
            "items": {"type": "array", "items": item},
        },
        "required": ["meta", "items"],
    }


# Parameters ---------------------------------------------------------------------------------


def field_names(viewset, model, detail):
    names = list(dict.fromkeys(viewset.get_available_fields(model)))
    if not detail:
        names = [name for name in names if name not in viewset.detail_only_fields]
    return names


def fields_parameter(viewset, model, detail):
    names = field_names(viewset, model, detail)
    return comma_list(
        {"type": "string", "enum": ["*", "_", *names, *(f"-{name}" for name in names)]},
        _(
            "Which fields to show: names to add to the defaults, -name to remove one, * first "
            "for all, _ first for none; a related field takes its own list in brackets, "
            "e.g. topics(title)."
        ),
        example=names[1:3] or None,
    )


def field_filter_schema(field):
    if isinstance(field, models.BooleanField):
        return {"type": "string", "enum": ["true", "false", "1", "0"]}
    if field.is_relation or isinstance(field, (models.IntegerField, models.AutoField)):
        return {"type": "integer"}
    if isinstance(field, models.DateTimeField):
        return {"type": "string", "format": "date-time"}
    if isinstance(field, models.DateField):
        return {"type": "string", "format": "date"}
    return {"type": "string"}


def common_parameter(name, viewset, model):
    """The description of one of the parameters Wagtail or cms.api give many endpoints, or None
    for one of the endpoint's own."""
    codes = language_codes()
    content = issubclass(viewset, ContentAPIViewSet)
    if name == "limit":
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        schema = {"type": "integer", "minimum": 0, "default": min(20, limit_max or 20)}
        if limit_max:
            schema["maximum"] = limit_max
        return {"description": _("How many items to return."), "schema": schema}
    if name == "offset":
        return {
            "description": _("How many items to skip."),
            "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        }
    if name == "order":
        names = viewset.get_available_fields(model, db_fields_only=True)
        return comma_list(
            {"type": "string", "enum": ["random", *names, *(f"-{n}" for n in names)]},
            _("Sort by these fields (-name for descending), or random."),
            example=[f"-{names[0]}"] if names else None,
        )
    if name == "search":
        schema = {"type": "string", "minLength": 1}
        if content:
            schema["maxLength"] = MAX_SEARCH_LENGTH
        return {
            "description": _("Full-text search; results in order of relevance unless order."),
            "schema": schema,
        }
    if name == "search_operator":
        return {
            "description": _("and: items matching every word; or: any word."),
            "schema": {"type": "string", "enum": ["and", "or"], "default": "and"},
        }
    if name == "rich_text_format":
        return {
            "description": _("How Wagtail rich text fields are shown."),
            "schema": {"type": "string", "enum": RICH_TEXT_FORMATS},
        }
    if name == "locale":
        return {
            "description": _("Only items in this language."),
            "schema": {"type": "string", "enum": codes},
            "example": codes[-1],
        }
    if name == "fallback":
        return {
            "description": _(
                "With locale: items with no live translation in that language are shown in "
                "this one instead, marked meta.fallback."
            ),
            "schema": {"type": "string", "enum": codes},
            "example": codes[0],
        }
    if name == "translation_of":
        return {
            "description": _("The other language versions of the item with this id."),
            "schema": {"type": "integer", "minimum": 1},
        }
    if name == "type":
        page_types = sorted(type_name(m) for m in get_page_models())
        return comma_list(
            {"type": "string", "enum": page_types},
            _(
                "Only pages of these types (app_label.ModelName); with one type, fields can "
                "name that type's own fields."
            ),
        )
    if name in ("child_of", "descendant_of"):
        return {
            "description": (
                _("Only the children of this page (an id, or root for the site's home page).")
                if name == "child_of"
                else _("Only pages below this one (an id, or root for the site's home page).")
            ),
            "schema": {"anyOf": [{"type": "integer", "minimum": 1}, {"const": "root"}]},
        }
    if name == "ancestor_of":
        return {
            "description": _("Only the pages above this one."),
            "schema": {"type": "integer", "minimum": 1},
        }
    if name == "site":
        return {
            "description": _("Only pages of the site with this hostname (or hostname:port)."),
            "schema": {"type": "string"},
        }
    return None


# The order parameters are listed in; the endpoint's own come after them.
COMMON_ORDER = [
    "limit",
    "offset",
    "order",
    "fields",
    "search",
    "search_operator",
    "locale",
    "fallback",
    "translation_of",
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "site",
    "rich_text_format",
]


def query_parameters(viewset):
    """The parameters the listing takes and acts on (Wagtail accepts ``order`` and ``search``
    everywhere, but only a filter backend or the endpoint's own search acts on them)."""
    names = set(
        viewset.query_parameters()
        if hasattr(viewset, "query_parameters")
        else viewset.known_query_parameters
    )
    backends = viewset.filter_backends
    if not any(issubclass(backend, OrderingFilter) for backend in backends):
        names -= {"order"}
    if not hasattr(viewset, "apply_search") and not any(
        issubclass(backend, SearchFilter) for backend in backends
    ):
        names -= {"search", "search_operator"}
    return names - UNDOCUMENTED_PARAMETERS


def parameter(name, spec, group):
    return {"name": name, "in": "query", "required": False, **spec, "x-group": group}


def listing_parameters(viewset, model):
    """Every query parameter the listing takes: common ones, declared filters, facets and
    filtering by field value."""
    names = query_parameters(viewset)
    declared = list(getattr(viewset, "filters", ()))
    declared_names = {spec.name for spec in declared}
    params = []
    for name in COMMON_ORDER:
        if name not in names or name in declared_names:
            continue
        if name == "fields":
            params.append(parameter(name, fields_parameter(viewset, model, False), "common"))
            continue
        group = "language" if name in ("locale", "fallback", "translation_of") else "common"
        params.append(parameter(name, common_parameter(name, viewset, model), group))
    for spec in declared:
        description = str(spec.description or _("Filter by %(name)s.") % {"name": spec.name})
        if type(spec).apply is Filter.apply:  # the filters that split comma-separated values
            description += " " + _("Several values may be given, comma-separated.")
        params.append(
            parameter(
                spec.name, {"description": description, "schema": spec.openapi_schema}, "filter"
            )
        )
    facets = [spec.name for spec in declared if spec.facet]
    if "facets" in names and facets:
        params.append(
            parameter(
                "facets",
                comma_list(
                    {"type": "string", "enum": facets},
                    _("Add per-value counts of these filters to meta.facets."),
                    example=facets[:2],
                ),
                "filter",
            )
        )
    handled = {p["name"] for p in params} | declared_names | {"facets"}
    for name in sorted(names - handled):
        spec = common_parameter(name, viewset, model)
        if spec is None:
            spec = {"description": "", "schema": {"type": "string"}}
        params.append(parameter(name, spec, "common"))
    if any(issubclass(backend, FieldsFilter) for backend in viewset.filter_backends):
        for name in viewset.get_available_fields(model, db_fields_only=True):
            if name in handled or name in names or name == "locale":
                continue
            field = model._meta.get_field(name)
            params.append(
                parameter(
                    name,
                    {
                        "description": _("Only items whose %(field)s is this value.")
                        % {"field": name},
                        "schema": field_filter_schema(field),
                    },
                    "field",
                )
            )
    return params


def detail_parameters(viewset, model):
    params = [
        {
            "name": "id",
            "in": "path",
            "required": True,
            "description": _("The item's id."),
            "schema": {"type": "integer", "minimum": 1},
        },
        parameter("fields", fields_parameter(viewset, model, True), "common"),
    ]
    if "rich_text_format" in viewset.known_query_parameters:
        params.append(
            parameter(
                "rich_text_format", common_parameter("rich_text_format", viewset, model), "common"
            )
        )
    return params


# Endpoints ----------------------------------------------------------------------------------


def endpoint_paths(endpoint):
    listing = reverse(f"wagtailapi:{endpoint}:listing")
    try:
        detail = reverse(f"wagtailapi:{endpoint}:detail", args=[0])
    except NoReverseMatch:
        detail = None
    else:
        detail = detail[: -len("0/")] + "{id}/"
    return listing, detail


def security(viewset):
    if any(issubclass(cls, APITokenAuthentication) for cls in viewset.authentication_classes):
        return [{}, {SECURITY_SCHEME: []}]
    return None


def operation(endpoint, kind, summary, parameters, response_schema, viewset):
    op = {
        "operationId": f"{schema_name(endpoint)}{kind.capitalize()}",
        "tags": [endpoint],
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": {
                "description": _("OK"),
                "content": {"application/json": {"schema": response_schema}},
            },
            **error_responses(detail=kind == "detail"),
        },
    }
    secured = security(viewset)
    if secured:
        op["security"] = secured
    return op


def describe_wagtail_endpoint(endpoint, viewset, schemas):
    """A Wagtail API v2 endpoint: a listing and a detail view of ``viewset.model``."""
    model = viewset.model
    name = schema_name(endpoint)
    schemas[f"{name}Item"] = item_schema(viewset, model, endpoint)
    facets = [spec.name for spec in getattr(viewset, "filters", ()) if spec.facet]
    schemas[f"{name}Listing"] = listing_schema(ref(f"{name}Item"), facets)
    listing, detail = endpoint_paths(endpoint)
    paths = {
        listing: {
            "get": operation(
                endpoint,
                "listing",
                _("List %(endpoint)s") % {"endpoint": endpoint},
                listing_parameters(viewset, model),
                ref(f"{name}Listing"),
                viewset,
            )
        }
    }
    if detail:
        paths[detail] = {
            "get": operation(
                endpoint,
                "detail",
                _("One item of %(endpoint)s") % {"endpoint": endpoint},
                detail_parameters(viewset, model),
                ref(f"{name}Item"),
                viewset,
            )
        }
    return paths


def describe_locales(endpoint, viewset, schemas):
    name = schema_name(endpoint)
    schemas[f"{name}Item"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "code": {"type": "string", "enum": language_codes()},
            "name": {"type": "string", "description": _("Its name in English.")},
            "name_local": {"type": "string", "description": _("Its name in itself.")},
            "direction": {"type": "string", "enum": ["ltr", "rtl"]},
            "is_default": {"type": "boolean", "description": _("The source language.")},
        },
        "required": ["id", "code", "name", "name_local", "direction", "is_default"],
    }
    schemas[f"{name}Listing"] = listing_schema(ref(f"{name}Item"))
    listing, detail = endpoint_paths(endpoint)
    return {
        listing: {
            "get": operation(
                endpoint,
                "listing",
                _("List the content languages"),
                [],
                ref(f"{name}Listing"),
                viewset,
            )
        },
        detail: {
            "get": operation(
                endpoint,
                "detail",
                _("One content language"),
                [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": _("The locale's id."),
                        "schema": {"type": "integer", "minimum": 1},
                    }
                ],
                ref(f"{name}Item"),
                viewset,
            )
        },
    }


def describe_search(endpoint, viewset, schemas):
    name = schema_name(endpoint)
    types = [type_name(model) for model in viewset.searchable_models()]
    schemas[f"{name}Item"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "description": _("app_label.ModelName")},
                    "locale": {"type": "string", "enum": language_codes()},
                    "detail_url": {"type": ["string", "null"]},
                },
                "required": ["type", "locale", "detail_url"],
            },
            "title": {"type": "string"},
        },
        "required": ["id", "meta", "title"],
    }
    listing_item = listing_schema(ref(f"{name}Item"))
    listing_item["properties"]["meta"]["properties"]["facets"] = {
        "type": "object",
        "properties": {
            "type": {
                "type": "object",
                "description": _("Matches per type."),
                "additionalProperties": {"type": "integer", "minimum": 0},
            }
        },
        "required": ["type"],
    }
    schemas[f"{name}Listing"] = listing_item
    model = None
    params = [
        {
            "name": "search",
            "in": "query",
            "required": True,
            "description": _("The words to look for."),
            "schema": {"type": "string", "minLength": 1, "maxLength": MAX_SEARCH_LENGTH},
            "example": "election",
            "x-group": "common",
        },
        parameter(
            "type",
            comma_list(
                {"type": "string", "enum": types}, _("Only these types (app_label.ModelName).")
            ),
            "filter",
        ),
        parameter("locale", common_parameter("locale", viewset, model), "language"),
        parameter(
            "limit",
            {
                "description": _("How many items to return."),
                "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 20},
            },
            "common",
        ),
        parameter("offset", common_parameter("offset", viewset, model), "common"),
    ]
    listing, _detail = endpoint_paths(endpoint)
    return {
        listing: {
            "get": operation(
                endpoint,
                "listing",
                _("Search live content of every kind"),
                params,
                ref(f"{name}Listing"),
                viewset,
            )
        }
    }


# Endpoints whose responses are not Wagtail API v2 items of a model: the core's own.
SPECIAL_ENDPOINTS = ((LocalesAPIViewSet, describe_locales), (SearchAPIViewSet, describe_search))


def describe_endpoint(endpoint, viewset, schemas):
    for cls, describe in SPECIAL_ENDPOINTS:
        if issubclass(viewset, cls):
            return describe(endpoint, viewset, schemas)
    if issubclass(viewset, BaseAPIViewSet) and viewset.model is not None:
        return describe_wagtail_endpoint(endpoint, viewset, schemas)
    return {}


def build_document(router):
    """The OpenAPI document for every endpoint registered on ``router``."""
    schemas = shared_schemas()
    paths, tags = {}, []
    for endpoint, viewset in router._endpoints.items():
        described = describe_endpoint(endpoint, viewset, schemas)
        if not described:
            continue
        paths.update(described)
        tags.append({"name": endpoint, "description": first_paragraph(viewset.__doc__)})
    codes = ", ".join(language_codes())
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": _("%(site)s content API") % {"site": settings.WAGTAIL_SITE_NAME},
            "version": "2",
            "description": _(
                "Published content in every language (%(codes)s). Listings answer "
                "{meta: {total_count}, items: [...]}, each item with id and meta (type, "
                "detail_url, locale, translations). locale picks a language; with fallback, "
                "items not yet translated come in the fallback language, marked "
                "meta.fallback. Bad input gets a 400 with a JSON message naming the "
                "parameter. Anonymous readers see live, public content only; an API token "
                "(Authorization: Bearer ...) of an editor also reads drafts, for previews."
            )
            % {"codes": codes},
        },
        "paths": paths,
        "tags": tags,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                SECURITY_SCHEME: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": _(
                        "Optional. An API token made in the admin (Account, API tokens) or with "
                        "manage.py api_tokens; an editor's token reads drafts for previews."
                    ),
                }
            },
        },
    }


_documents = {}
_lock = threading.Lock()


def get_document():
    """The document for the API router, built once per process and language."""
    from cms.api.router import api_router

    language = get_language() or settings.LANGUAGE_CODE
    document = _documents.get(language)
    if document is None:
        with _lock:
            document = _documents.get(language)
            if document is None:
                document = _documents[language] = build_document(api_router)
    return document


def openapi_json(request):
    """``/api/v2/openapi.json``."""
    return JsonResponse(get_document(), json_dumps_params={"ensure_ascii": False})
