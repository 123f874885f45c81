"""Touches to the generated OpenAPI schema that drf-spectacular cannot infer."""


def require_one_of_bodies(result, generator, request, public):
    """A request body that is one of several shapes (a rating or an answer) is still required;
    drf-spectacular only marks bodies required from a plain object's required fields."""
    schemas = result.get("components", {}).get("schemas", {})
    for path in result.get("paths", {}).values():
        for operation in path.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            if not body:
                continue
            refs = {media.get("schema", {}).get("$ref", "") for media in body.get("content", {}).values()}
            if any("oneOf" in schemas.get(ref.rsplit("/", 1)[-1], {}) for ref in refs):
                body["required"] = True
    return result
