"""Choices, URL names and cache keys of relations_plugin: one place for every magic string."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VisitType(models.TextChoices):
    STATE = "state", _("State visit")
    OFFICIAL = "official", _("Official visit")
    WORKING = "working", _("Working visit")
    PRIVATE = "private", _("Private visit")
    TRANSIT = "transit", _("Transit visit")


class ParticipantRole(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", _("Head of state")
    HEAD_OF_GOVERNMENT = "head_of_government", _("Head of government")
    MINISTER = "minister", _("Minister")
    AMBASSADOR = "ambassador", _("Ambassador")
    OFFICIAL = "official", _("Official")
    DELEGATION = "delegation", _("Delegation member")
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government", _("Deputy head of government")
    VICE_PRESIDENT = "vice_president", _("Vice-president")
    DEPUTY_MINISTER = "deputy_minister", _("Deputy minister")
    PARLIAMENT_SPEAKER = "parliament_speaker", _("Speaker of parliament")


class EventKind(models.TextChoices):
    ARRIVAL = "arrival", _("Arrival")
    WELCOME_CEREMONY = "welcome_ceremony", _("Welcome ceremony")
    TALKS_NARROW = "talks_narrow", _("Talks in narrow format")
    TALKS_EXPANDED = "talks_expanded", _("Talks in expanded format")
    SIGNING = "signing", _("Signing ceremony")
    PRESS_BRIEFING = "press_briefing", _("Press briefing")
    MEETING = "meeting", _("Meeting")
    DEPARTURE = "departure", _("Departure")
    OTHER = "other", _("Other")


class AgreementKind(models.TextChoices):
    AGREEMENT = "agreement", _("Agreement")
    MEMORANDUM = "memorandum", _("Memorandum of understanding")
    DECLARATION = "declaration", _("Declaration")
    ROADMAP = "roadmap", _("Roadmap")
    PROTOCOL = "protocol", _("Protocol")
    PROGRAMME = "programme", _("Programme")
    TREATY = "treaty", _("Treaty")
    CONTRACT = "contract", _("Commercial contract")
    CONVENTION = "convention", _("Convention")
    ACTION_PLAN = "plan", _("Action plan")
    LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")
    EXCHANGE_OF_NOTES = "exchange_of_notes", _("Exchange of notes")


class AgreementStatus(models.TextChoices):
    SIGNED = "signed", _("Signed")
    ANNOUNCED = "announced", _("Announced, not yet signed")


class Sphere(models.TextChoices):
    TRADE = "trade", _("Trade")
    INVESTMENT = "investment", _("Investment")
    TRANSPORT = "transport", _("Transport")
    ENERGY = "energy", _("Energy")
    EDUCATION = "education", _("Education")
    CULTURE = "culture", _("Culture")
    HEALTH = "health", _("Health")
    DEFENCE = "defence", _("Defence")
    DIGITAL = "digital", _("Digital")
    CUSTOMS = "customs", _("Customs")
    TOURISM = "tourism", _("Tourism")
    AGRICULTURE = "agriculture", _("Agriculture")
    SCIENCE = "science", _("Science")
    FINANCE = "finance", _("Finance")
    JUSTICE = "justice", _("Justice")
    DIPLOMACY = "diplomacy", _("Diplomacy")
    # The rest of the editor assist's vocabulary (ASSIST-SPEC), so that no suggested sphere becomes "Other".
    AVIATION = "aviation", _("Aviation")
    INFRASTRUCTURE = "infrastructure", _("Infrastructure")
    MINING = "mining", _("Mining")
    WATER = "water", _("Water")
    SPACE = "space", _("Space")
    SECURITY = "security", _("Security")
    CIVIL_PROTECTION = "civil_protection", _("Civil protection")
    LABOUR = "labour", _("Labour")
    MIGRATION = "migration", _("Migration")
    CONSULAR = "consular", _("Consular affairs")
    ENVIRONMENT = "environment", _("Environment")
    SPORT = "sport", _("Sport")
    MEDIA = "media", _("Media")
    DEVELOPMENT = "development", _("Development")
    POLITICAL = "political", _("Political")
    OTHER = "other", _("Other")


class QuoteKind(models.TextChoices):
    """How the article gives a statement: readers see direct and partial quotes in marks, reported ones without."""

    DIRECT = "direct", _("Direct quote")
    PARTIAL = "partial", _("Partial quote")
    REPORTED = "reported", _("Reported speech")


class ArticleRole(models.TextChoices):
    MAIN = "main", _("Main story")
    RELATED = "related", _("Related")
    BACKGROUND = "background", _("Background")


class WebhookEvent(models.TextChoices):
    PUBLISHED = "package.published", _("Package published")
    CORRECTED = "package.corrected", _("Package corrected (a new version of a published package)")
    UNPUBLISHED = "package.unpublished", _("Package unpublished")
    EMBARGO_LIFTED = "package.embargo_lifted", _("Package embargo lifted")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed (gave up)")


VISIT_DETAIL_URL = "visit-detail"
VISIT_LIST_URL = "visit-list"
RELATION_DETAIL_URL = "relation-detail"
PERSON_DETAIL_URL = "person-detail"
ARTICLE_DETAIL_URL = "article-detail"
PREVIEW_URL = "visit-preview"

# Lifetimes an editor may give a preview link, in hours, with their labels.
PREVIEW_LINK_LIFETIMES = [(1, _("1 hour")), (24, _("24 hours")), (24 * 7, _("7 days"))]
