"""drf-spectacular extensions: how the partner token appears in the OpenAPI schema."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema


class PartnerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "relations_plugin.api.authentication.PartnerTokenAuthentication"
    name = "partnerToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "Partner token: `Token <token>`. Without it, the API serves anonymous clients.",
        }


ERROR_SCHEMA = {
    "type": "object",
    "description": "An RFC 9457 problem: `status`, `title`, `detail`, and for a 400 `errors`, the messages of each "
    "offending query parameter.",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}
# Every error is a problem document (relations_plugin.api.errors), whatever format the client asked for.
ERROR_RESPONSE = {"content": {"application/problem+json": {"schema": ERROR_SCHEMA}}}
ERRORS = {
    "400": "A query parameter is invalid or unknown; the body names it.",
    "401": "The token is invalid or inactive.",
    "404": "Not found, not published, or embargoed for this client.",
    "429": "Too many requests; see Retry-After.",
}


class SyndicationAutoSchema(AutoSchema):
    """Documents the API's error answers, so clients (and schemathesis) know every status it gives."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction == "response":
            for code, description in ERRORS.items():
                if code == "404" and not self._is_retrieve():
                    continue
                responses.setdefault(code, {"description": description, **ERROR_RESPONSE})
        return responses

    def _is_retrieve(self) -> bool:
        return getattr(self.view, "action", None) == "retrieve"
