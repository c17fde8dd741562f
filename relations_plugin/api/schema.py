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
    "description": "`detail`, or one key per offending query parameter with a list of messages.",
    "additionalProperties": True,
}
# Errors come in the negotiated format: JSON, or ninjs' media type when the client asked for ninjs.
ERROR_RESPONSE = {
    "content": {media: {"schema": ERROR_SCHEMA} for media in ("application/json", "application/ninjs+json")}
}
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
