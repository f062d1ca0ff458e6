"""``/api/v2/docs/``: the OpenAPI document as a readable page, rendered on the server (no
script, nothing fetched from elsewhere), in the reader's language."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from cms.api.openapi import get_document, schema_name

METHODS = ("get", "post", "put", "patch", "delete")
GROUP_ORDER = ("common", "language", "filter", "field")


def resolve(schema, document):
    """``schema`` with a top-level ``$ref`` (or a nullable ``anyOf`` of one) followed."""
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def ref_name(schema):
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    for option in schema.get("anyOf", ()):
        if "$ref" in option:
            return ref_name(option)
    return None


def summarize(schema):
    """A short human description of a JSON schema: "integer, 0–100", "one of: a, b"."""
    if not schema:
        return _("any")
    name = ref_name(schema)
    if name:
        nullable = any(option.get("type") == "null" for option in schema.get("anyOf", ()))
        return _("%(type)s or null") % {"type": name} if nullable else name
    if "anyOf" in schema:
        return " | ".join(summarize(option) for option in schema["anyOf"])
    if "const" in schema:
        return f"“{schema['const']}”"
    kinds = schema.get("type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    nullable = "null" in kinds
    kinds = [kind for kind in kinds if kind != "null"]
    kind = kinds[0] if kinds else ""
    if kind == "array":
        items = schema.get("items", {})
        text = _("list of %(items)s") % {"items": summarize(items)} if items else _("list")
    elif "enum" in schema:
        values = [str(value) for value in schema["enum"]]
        negated = [v for v in values if v.startswith("-") and v[1:] in values]
        shown = [v for v in values if v not in negated]
        text = _("one of: %(values)s") % {"values": ", ".join(shown)}
        if negated:
            text += " " + _("(each also as -name)")
    else:
        text = kind or _("any")
        if "format" in schema:
            text += f" ({schema['format']})"
        if "minimum" in schema or "maximum" in schema:
            text += f", {schema.get('minimum', '')}–{schema.get('maximum', '')}"
        if "maxLength" in schema:
            text += ", " + _("at most %(n)s characters") % {"n": schema["maxLength"]}
        if "pattern" in schema:
            text += ", " + _("matching %(pattern)s") % {"pattern": schema["pattern"]}
    if nullable:
        text = _("%(type)s or null") % {"type": text}
    return text


def example_value(parameter):
    value = parameter.get("example")
    if value is None:
        schema = parameter.get("schema", {})
        if schema.get("enum"):
            value = schema["enum"][0]
        elif schema.get("type") == "array" and schema.get("items", {}).get("enum"):
            value = [next(v for v in schema["items"]["enum"] if v not in ("*", "_"))]
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    return value


def example_url(path, parameters, kind):
    """A request a reader can try: the path with an id, and a few illustrative parameters."""
    path = path.replace("{id}", "1")
    query = {}
    for parameter in parameters:
        if parameter["in"] != "query":
            continue
        if parameter.get("required") or "example" in parameter:
            query[parameter["name"]] = example_value(parameter)
    if kind == "listing" and "limit" in {p["name"] for p in parameters}:
        query["limit"] = 5
    return path + ("?" + urlencode(query, safe=",") if query else "")


def describe_fields(schema, document):
    """The fields of an item as (name, type, description) rows; meta fields as meta.name."""
    schema = resolve(schema, document)
    if schema.get("type") == "object" and "items" in schema.get("properties", {}):
        schema = resolve(schema["properties"]["items"].get("items", {}), document)
    rows = []
    for name, field in schema.get("properties", {}).items():
        if name == "meta":
            for meta_name, meta_field in field.get("properties", {}).items():
                rows.append(
                    (f"meta.{meta_name}", summarize(meta_field), meta_field.get("description", ""))
                )
            continue
        rows.append((name, summarize(field), field.get("description", "")))
    return rows


def shared_shapes(document):
    """The component schemas that are not one endpoint's own (Image, RelatedItem, ...)."""
    own = {
        f"{prefix}{suffix}"
        for prefix in {schema_name(tag["name"]) for tag in document.get("tags", ())}
        for suffix in ("Item", "Listing")
    }
    return [
        {
            "name": name,
            "description": schema.get("description", ""),
            "fields": describe_fields(schema, document),
        }
        for name, schema in document["components"]["schemas"].items()
        if name not in own
    ]


def build_sections(document):
    """The document as the template shows it: one section per endpoint (tag)."""
    sections = {
        tag["name"]: {"name": tag["name"], "description": tag["description"], "operations": []}
        for tag in document.get("tags", ())
    }
    for path, item in document["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            kind = "detail" if "{" in path else "listing"
            parameters = sorted(
                op.get("parameters", ()),
                key=lambda p: (
                    p["in"] != "path",
                    GROUP_ORDER.index(p.get("x-group", "common"))
                    if p.get("x-group", "common") in GROUP_ORDER
                    else len(GROUP_ORDER),
                ),
            )
            ok = op["responses"]["200"]["content"]["application/json"]["schema"]
            section = sections.setdefault(
                op["tags"][0], {"name": op["tags"][0], "description": "", "operations": []}
            )
            section["operations"].append(
                {
                    "id": op["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "example": example_url(path, parameters, kind),
                    "secured": bool(op.get("security")),
                    "parameters": [
                        {
                            "name": p["name"],
                            "location": p["in"],
                            "required": p.get("required", False),
                            "type": summarize(p.get("schema", {})),
                            "description": p.get("description", ""),
                            "group": p.get("x-group", ""),
                        }
                        for p in parameters
                    ],
                    "fields": describe_fields(ok, document),
                    "statuses": [
                        (code, response.get("description", ""))
                        for code, response in op["responses"].items()
                    ],
                }
            )
    return list(sections.values())


def api_docs(request):
    """``/api/v2/docs/``, in the language of ``?lang=`` (one of LANGUAGES) or the site's: URLs
    outside the language prefixes are always in the default language otherwise."""
    languages = dict(settings.LANGUAGES)
    code = request.GET.get("lang")
    if code not in languages:
        code = translation.get_language()
    with translation.override(code):
        document = get_document()
        response = render(
            request,
            "cms/api_docs.html",
            {
                "info": document["info"],
                "version": document["openapi"],
                "sections": build_sections(document),
                "shapes": shared_shapes(document),
                "openapi_url": reverse("openapi"),
                "security": document["components"]["securitySchemes"],
                "languages": [
                    (language, get_language_info(language)["name_local"]) for language in languages
                ],
            },
        )
    response["Content-Language"] = code
    return response
