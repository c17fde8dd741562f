"""Views of the host project itself."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def healthz(request):
    """Liveness for load balancers: answers without touching the database (also the benchmark's ceiling)."""
    return HttpResponse("ok", content_type="text/plain")
