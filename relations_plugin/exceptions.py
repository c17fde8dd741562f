"""Errors the services raise; views and admin turn them into messages."""


class RelationsPluginError(Exception):
    """Base class of every error relations_plugin raises on purpose."""


class VisitStateError(RelationsPluginError):
    """A lifecycle step (publish, new draft) is not possible from the package's current state."""
