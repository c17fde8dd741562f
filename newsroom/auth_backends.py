"""Sign-in limits for the admin: django-axes' lockout check, for sign-ins that come with a request."""

from axes.backends import AxesStandaloneBackend


class LoginAttemptsBackend(AxesStandaloneBackend):
    """Refuses sign-ins of a locked-out account or address (``AXES_*`` settings).

    A sign-in without a request (a management command, a shell, the test client's ``login()``) is not a web sign-in
    and has no address to count, so it is left to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
