"""Syndication API of relations_plugin: JSON, IPTC ninjs and Atom for partners, mounted under /api/v1/."""
