"""The base of every content endpoint: languages, filters, facets, search and representations
on top of Wagtail API v2, at a constant number of SQL queries whatever the page size."""

import functools
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Case, IntegerField, Prefetch, Value, When
from rest_framework.response import Response
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.serializers import BaseSerializer
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from cms.api.auth import APITokenAuthentication, may_read_drafts
from cms.api.images import RenditionIndex
from cms.api.localization import RelatedLocalizer, TranslationIndex, apply_locale
from cms.api.renderers import API_RENDERERS
from cms.api.representations import (
    PREFETCHED,
    FallbackField,
    LocaleCodeField,
    TranslationsField,
    compact_fields,
    related_list,
)
from cms.document_privacy import restricted_collection_ids
from cms.embeds import stored_embeds

MAX_SEARCH_LENGTH = 200
MAX_SEARCH_RESULTS = 1000
LANGUAGE_PARAMETERS = frozenset({"locale", "fallback", "translation_of"})
MAX_ID = 2**63 - 1


class FieldValueFilter(FieldsFilter):
    """Wagtail's filtering by field value (``?title=…``), with a 400 naming the parameter for
    a value its field cannot hold (Wagtail hands a date that is not a date, or a word for a
    many-to-many id, to the database: a 500)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                self.check_range(queryset.model, name, value)
                queryset = super().filter_queryset(
                    SimpleNamespace(GET={name: value}), queryset, view
                )
            except (ValueError, ValidationError) as error:
                raise BadRequestError(f"{name}: '{value[:50]}' is not a valid value") from error
        return queryset

    @staticmethod
    def check_range(model, name, value):
        """A ValueError for an id past what the database holds: Django lets it through to the
        database for a relation (a 500), where it does not for a plain integer field."""
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return
        target = getattr(field, "target_field", None)
        if field.is_relation and isinstance(target, IntegerField):
            if not -MAX_ID <= int(value) <= MAX_ID:
                raise ValueError("out of range")


class DeclaredFieldsFilter(FieldValueFilter):
    """Filtering by field value, leaving the parameters that a declared filter handles
    (``series`` is a slug there, not the id Wagtail would expect)."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET.copy()
        for spec in view.filters:
            params.pop(spec.name, None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class ContentSerializer(BaseSerializer):
    """Wagtail's serializer with the language facts in ``meta``: locale, translations and,
    when a fallback language was asked for, whether the item is in it."""

    locale = LocaleCodeField()
    translations = TranslationsField()
    fallback = FallbackField()


def frozen_fields_config(config):
    """Wagtail's parsed ``fields`` parameter as nested tuples, usable as a cache key."""
    return tuple(
        (name, negated, frozen_fields_config(children) if children else children)
        for name, negated, children in config
    )


@functools.lru_cache(maxsize=512)
def cached_serializer_class(viewset, router, model, fields_config, show_details, nested):
    """Wagtail builds a serializer class for every request; the same one serves every request
    asking for the same fields."""
    return super(LanguageAwareMixin, viewset)._get_serializer_class(
        router, model, fields_config, show_details=show_details, nested=nested
    )


class LanguageAwareMixin:
    """What every endpoint of translatable items shares: the translations and related items
    shown with each item are fetched once per response, not once per item."""

    authentication_classes = [APITokenAuthentication]
    renderer_classes = API_RENDERERS
    image_relations = ()
    # Fields that read relations or columns of other names: {"speaker_list": ("speakers",)}.
    relations_read_by = {}
    localized_relations = ()
    embed_fields = ()

    def visible_queryset(self):
        """Everything the reader may see: live items, or also drafts for a preview token."""
        raise NotImplementedError

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        return cached_serializer_class(
            cls, router, model, frozen_fields_config(fields_config), show_details, nested
        )

    def shown_fields(self):
        """The names of the top-level fields this response shows: the endpoint's defaults, or
        those the ``fields`` parameter asks for."""
        if not hasattr(self, "_shown_fields"):
            raw = self.request.GET.get("fields")
            try:
                config = parse_fields_parameter(raw) if raw is not None else []
            except ValueError as error:
                raise BadRequestError(f"fields error: {error}") from error
            serializer_class = self._get_serializer_class(
                self.request.wagtailapi_router,
                self.model,
                config,
                show_details=self.action != "listing_view",
            )
            self._shown_fields = frozenset(serializer_class.Meta.fields)
        return self._shown_fields

    def shows(self, relation):
        """Whether a field this response shows reads ``relation``: the field of the same name
        (``a__b`` is read by ``a``) or one that ``relations_read_by`` says reads it. Related
        rows are fetched only for the fields shown."""
        shown = self.shown_fields()
        if relation.split("__", 1)[0] in shown:
            return True
        return any(
            relation in relations
            for field, relations in self.relations_read_by.items()
            if field in shown
        )

    def prepare(self, items):
        self.translation_index = TranslationIndex(self.visible_queryset(), items)
        self.localizer = RelatedLocalizer()
        locale_ids = {item.locale_id for item in items}
        for name in filter(self.shows, self.localized_relations):
            field = self.model._meta.get_field(name)
            related = []
            for item in items:
                if field.many_to_many or field.one_to_many:
                    related.extend(related_list(item, name))
                elif (value := getattr(item, name)) is not None:
                    related.append(value)
            self.localizer.prepare(field.related_model, related, locale_ids)
        self.rendition_index = RenditionIndex(
            getattr(item, name)
            for item in items
            for name in filter(self.shows, self.image_relations)
        )
        self.embeds = stored_embeds(
            getattr(item, name) for item in items for name in filter(self.shows, self.embed_fields)
        )

    def hidden_collection_ids(self):
        """Collections whose documents this reader may not see: restricted ones, unless the
        request carries a preview token."""
        if not hasattr(self, "_hidden_collection_ids"):
            self._hidden_collection_ids = (
                set() if may_read_drafts(self.request) else restricted_collection_ids()
            )
        return self._hidden_collection_ids

    def locale_code(self, locale_id):
        if not hasattr(self, "_locale_codes"):
            self._locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        return self._locale_codes.get(locale_id)

    def respond_with_listing(self, queryset, extra_meta=None):
        page = list(self.paginate_queryset(queryset))
        self.prepare(page)
        serializer = self.get_serializer(page, many=True)
        response = self.get_paginated_response(serializer.data)
        if extra_meta:
            response.data["meta"].update(extra_meta)
        return response


class ContentAPIViewSet(LanguageAwareMixin, BaseAPIViewSet):
    """An endpoint for a plugin's content model.

    Subclasses set ``model``, their ``filters`` (see cms.api.filters), the relations their
    fields read (``select_related``, ``prefetch_related``, ``image_relations`` for images shown
    with renditions) and ``localized_relations`` (related translatable items shown in the
    item's language). Each relation is fetched only when a field of its name is shown, or a
    field that ``relations_read_by`` names as reading it.
    """

    base_serializer_class = ContentSerializer
    filter_backends = [DeclaredFieldsFilter, OrderingFilter]
    meta_fields = [*BaseAPIViewSet.meta_fields, "locale", "translations", "fallback"]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "locale",
        "translations",
        "fallback",
    ]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "locale"]
    filters = ()
    select_related = ()
    prefetch_related = ()
    image_relations = ()

    @classmethod
    def query_parameters(cls):
        return (
            cls.known_query_parameters
            | LANGUAGE_PARAMETERS
            | {"facets"}
            | {f.name for f in cls.filters}
        )

    def check_query_parameters(self, queryset):
        self.known_query_parameters = self.query_parameters()
        super().check_query_parameters(queryset)

    def visible_queryset(self):
        queryset = self.model._default_manager.all()
        if hasattr(self.model, "live") and not may_read_drafts(self.request):
            queryset = queryset.filter(live=True)
        return queryset

    def get_queryset(self):
        return self.with_relations(self.visible_queryset().order_by("id"))

    def with_relations(self, queryset):
        """``queryset`` with the related rows of the fields shown, fetched in bulk: related
        content shown as compact objects only with the columns those read, into plain lists."""
        prefetches = []
        for name in filter(self.shows, self.prefetch_related):
            field = self.model._meta.get_field(name)
            if name in self.localized_relations and field.many_to_many:
                related = field.related_model
                prefetches.append(
                    Prefetch(
                        name,
                        queryset=related._default_manager.only(*compact_fields(related)),
                        to_attr=PREFETCHED.format(name),
                    )
                )
            else:
                prefetches.append(name)
        return queryset.select_related(
            *filter(self.shows, self.select_related), *filter(self.shows, self.image_relations)
        ).prefetch_related(*prefetches)

    def listing_view(self, request):
        self.check_query_parameters(self.visible_queryset())
        queryset = self.get_queryset()
        queryset = apply_locale(queryset, request.GET, self.visible_queryset())
        for spec in self.filters:
            if spec.name in request.GET:
                queryset = spec.apply(queryset, request.GET[spec.name])
        queryset = self.filter_queryset(queryset)
        queryset = self.apply_search(queryset)
        return self.respond_with_listing(queryset, self.facets(queryset))

    def detail_view(self, request, pk):
        instance = self.get_object()
        if may_read_drafts(request) and getattr(instance, "latest_revision_id", None):
            instance = instance.get_latest_revision_as_object()
        self.prepare([instance])
        return Response(self.get_serializer(instance).data)

    def content_valid_until(self):
        """The Unix time at which this response stops being true by the clock alone (an
        event stops being upcoming), or None: caches keep it no longer (cms.api.http_cache)."""
        return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            response.api_valid_until = self.content_valid_until()
        return response

    def apply_search(self, queryset):
        query = self.request.GET.get("search")
        if query is None:
            return queryset
        if not query.strip():
            raise BadRequestError("search: give a text to search for")
        if len(query) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search: at most {MAX_SEARCH_LENGTH} characters")
        operator = self.request.GET.get("search_operator", "and")
        if operator not in ("and", "or"):
            raise BadRequestError("search_operator: give and or or")
        # Search the visible items, then keep the filtered ones: the search index only knows
        # the fields declared as filter fields, while our filters reach any relation.
        results = get_search_backend().search(query, self.visible_queryset(), operator=operator)
        ids = [result.pk for result in results[:MAX_SEARCH_RESULTS]]
        queryset = queryset.filter(pk__in=ids)
        if "order" not in self.request.GET and ids:
            rank = Case(
                *[When(pk=pk, then=Value(i)) for i, pk in enumerate(ids)],
                output_field=IntegerField(),
            )
            queryset = queryset.order_by(rank, "id")
        return queryset

    def facets(self, queryset):
        raw = self.request.GET.get("facets")
        if raw is None:
            return None
        by_name = {spec.name: spec for spec in self.filters if spec.facet}
        names = [name.strip() for name in raw.split(",")]
        unknown = [name for name in names if name not in by_name]
        if not raw.strip() or unknown:
            allowed = ", ".join(sorted(by_name)) or "none"
            raise BadRequestError(
                f"facets: unknown facet '{', '.join(unknown)}' (one of: {allowed})"
            )
        # Count over the matching items themselves, so that filtering by one topic still
        # counts each matching item's other topics.
        matching = self.model._default_manager.filter(pk__in=queryset.values("pk"))
        return {"facets": {name: by_name[name].facet_counts(matching) for name in names}}
