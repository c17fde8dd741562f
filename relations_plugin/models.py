"""Models of bilateral visit story packages.

Reference data (relations, people) is not versioned. Visits and articles follow the grouper/content
pattern of django CMS 4+: ``Visit`` and ``Article`` are stable identities, ``VisitContent`` and
``ArticleContent`` are one language's version each, managed by djangocms-versioning. A package's items
(participants, programme, quotes, agreements, photos, linked articles) hang off ``VisitContent`` so that
every new draft carries a full copy of them.
"""

from __future__ import annotations

import datetime
import functools
import json
import secrets
from pathlib import Path

from cms.models import CMSPlugin
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from djangocms_text.fields import HTMLField
from filer.fields.file import FilerFileField
from filer.fields.image import FilerImageField

from . import constants
from .html import html_to_text
from .managers import ArticleContentQuerySet, PersonQuerySet, RelationQuerySet, VisitContentQuerySet
from .timezones import LocalTime, default_time_zone, package_local_time, validate_time_zone


def validate_language(value: str) -> None:
    if value not in dict(settings.LANGUAGES):
        raise ValidationError(_("“%(value)s” is not one of the site's languages."), params={"value": value})


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    """Country names the app ships for a language django-countries has no catalogue for (Kazakh)."""
    path = Path(__file__).parent / "data" / f"countries_{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def country_name(code: str, language: str = "en") -> str:
    """A country's name in a language: the app's own list where it has one, else django-countries'."""
    shipped = _country_names(language).get(str(code).upper())
    if shipped:
        return shipped
    with translation.override(language):
        return str(countries.name(code))


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Relation(TimestampedModel):
    """An unordered pair of countries, stored with the smaller ISO code first so KZ–RS and RS–KZ are one row."""

    country_a = CountryField(_("first country"))
    country_b = CountryField(_("second country"))
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    established_on = models.DateField(_("diplomatic relations established"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    objects = RelationQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        constraints = [
            models.CheckConstraint(
                condition=Q(country_a__lt=F("country_b")), name="relations_plugin_relation_countries_ordered"
            ),
            models.UniqueConstraint(fields=["country_a", "country_b"], name="relations_plugin_relation_unique_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.country_a.name} – {self.country_b.name}"

    @staticmethod
    def normalise_pair(first: str, second: str) -> tuple[str, str]:
        return tuple(sorted((str(first).upper(), str(second).upper())))

    @classmethod
    def slug_for(cls, first: str, second: str) -> str:
        a, b = cls.normalise_pair(first, second)
        return slugify(f"{country_name(a)} {country_name(b)}")

    def clean(self) -> None:
        if not self.country_a or not self.country_b:
            return
        if str(self.country_a) == str(self.country_b):
            raise ValidationError({"country_b": _("A relation needs two different countries.")})
        self.country_a, self.country_b = self.normalise_pair(self.country_a, self.country_b)
        if not self.slug:
            self.slug = self.slug_for(self.country_a, self.country_b)
        clash = Relation.objects.filter(country_a=self.country_a, country_b=self.country_b).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(_("The relation %(relation)s already exists."), params={"relation": clash.first()})

    @property
    def countries(self) -> tuple[str, str]:
        return str(self.country_a), str(self.country_b)

    def years_of_relations(self, on: datetime.date | None = None) -> int | None:
        """Whole years since diplomatic relations were established, on the given day (today by default)."""
        if not self.established_on:
            return None
        on = on or datetime.date.today()
        years = on.year - self.established_on.year
        if (on.month, on.day) < (self.established_on.month, self.established_on.day):
            years -= 1
        return max(years, 0)

    def get_absolute_url(self) -> str:
        return _reverse_or_empty(constants.RELATION_DETAIL_URL, slug=self.slug)


class Person(TimestampedModel):
    """A leader or official, with the aliases the press uses for them."""

    name = models.CharField(_("name"), max_length=200)
    native_name = models.CharField(_("name in native script"), max_length=200, blank=True)
    country = CountryField(_("country"))
    title = models.CharField(_("current title"), max_length=200, blank=True)
    portrait = FilerImageField(
        verbose_name=_("portrait"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_("Names the press uses: surname, “the Kazakh leader”, spellings without diacritics."),
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    @property
    def names_in_languages(self) -> tuple[str, ...]:
        """The person's name in every language it is written in (``relations_plugin/translation.py``)."""
        from modeltranslation.settings import AVAILABLE_LANGUAGES
        from modeltranslation.utils import build_localized_fieldname

        names = (getattr(self, build_localized_fieldname("name", code), "") for code in AVAILABLE_LANGUAGES)
        return tuple(dict.fromkeys(name for name in names if name))

    def clean(self) -> None:
        from modeltranslation.settings import DEFAULT_LANGUAGE
        from modeltranslation.utils import build_localized_fieldname

        # A name typed on a screen in another language stands for the default language too until translated.
        default_name = build_localized_fieldname("name", DEFAULT_LANGUAGE)
        if not getattr(self, default_name, None) and self.name:
            setattr(self, default_name, self.name)
        if not isinstance(self.aliases, list) or not all(isinstance(alias, str) for alias in self.aliases):
            raise ValidationError({"aliases": _("Aliases must be a list of names.")})
        self.aliases = list(dict.fromkeys(alias.strip() for alias in self.aliases if alias.strip()))

    def get_absolute_url(self) -> str:
        return _reverse_or_empty(constants.PERSON_DETAIL_URL, slug=self.slug)


class Visit(TimestampedModel):
    """The stable identity of a visit: which relation, who is the guest and who the host. Never versioned."""

    relation = models.ForeignKey(Relation, verbose_name=_("relation"), on_delete=models.PROTECT, related_name="visits")
    guest_country = CountryField(_("guest country"))
    host_country = CountryField(_("host country"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [
            models.CheckConstraint(
                condition=~Q(guest_country=F("host_country")), name="relations_plugin_visit_guest_not_host"
            ),
        ]

    def __str__(self) -> str:
        return _("%(guest)s to %(host)s (#%(pk)s)") % {
            "guest": self.guest_country.name,
            "host": self.host_country.name,
            "pk": self.pk,
        }

    def clean(self) -> None:
        if not (self.guest_country and self.host_country and self.relation_id):
            return
        if str(self.guest_country) == str(self.host_country):
            raise ValidationError({"host_country": _("The host country must differ from the guest country.")})
        if {str(self.guest_country), str(self.host_country)} != set(self.relation.countries):
            raise ValidationError(
                _("Guest and host must be the two countries of the relation %(relation)s."),
                params={"relation": self.relation},
            )


class VisitContent(TimestampedModel):
    """One language's version of a visit package; djangocms-versioning keeps its drafts and history."""

    visit = models.ForeignKey(Visit, verbose_name=_("visit"), on_delete=models.CASCADE, related_name="contents")
    language = models.CharField(
        _("language"), max_length=15, default=settings.LANGUAGE_CODE, validators=[validate_language], db_index=True
    )
    headline = models.CharField(_("headline"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=True)
    summary = models.TextField(_("summary"), blank=True)
    visit_type = models.CharField(_("type"), max_length=20, choices=constants.VisitType.choices)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    city = models.CharField(_("city"), max_length=120)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    # Beside the city, and versioned with it: the zone programme times are typed and read in.
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("The time zone of the city of the visit: programme times are entered and shown in it."),
    )
    lead_photo = FilerImageField(
        verbose_name=_("lead photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_photo_alt = models.CharField(_("lead photo alt text"), max_length=250, blank=True)
    correction_note = models.CharField(
        _("correction note"),
        max_length=300,
        blank=True,
        help_text=_("When this version corrects a published one: what was corrected, in a sentence, for readers."),
    )
    translated_from = models.ForeignKey(
        "self",
        verbose_name=_("translated from"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The version of the package in another language that this translation was made from."),
    )

    objects = VisitContentQuerySet.as_manager()
    # Versioning wraps both: ``objects`` then shows published rows only, ``admin_manager`` every version.
    admin_manager = VisitContentQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("visit package")
        verbose_name_plural = _("visit packages")
        permissions = [("publish_visitcontent", _("Can publish, unpublish and schedule visit packages"))]
        indexes = [models.Index(fields=["language", "slug"], name="relations_visit_lang_slug")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="relations_plugin_visitcontent_dates_ordered"
            ),
        ]

    def __str__(self) -> str:
        return self.headline

    def clean(self) -> None:
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The visit cannot end before it starts.")
        if self.lead_photo_id and not self.lead_photo_alt.strip():
            errors["lead_photo_alt"] = _("Describe the lead photo for readers who cannot see it.")
        if self.slug and self.language:
            # Versions of one visit share a slug; other visits may not take it in the same language.
            clash = VisitContent._base_manager.filter(language=self.language, slug=self.slug)
            if self.visit_id:
                clash = clash.exclude(visit_id=self.visit_id)
            if clash.exists():
                errors["slug"] = _("Another visit already uses this slug in this language.")
        if errors:
            raise ValidationError(errors)

    def has_publish_permission(self, user) -> bool:
        """Versioning asks this before publish and unpublish: reporters draft, only editors publish."""
        from .permissions import may_change_state

        return may_change_state(user, self)

    def contains(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def get_placeholder_slots(self) -> list[str]:
        """The CMS toolbar's structure mode asks this: a package is fields and inlines, with no placeholders."""
        return []

    def get_absolute_url(self) -> str:
        return _reverse_or_empty(constants.VISIT_DETAIL_URL, language=self.language, slug=self.slug)


class PackageItem(TimestampedModel):
    """An item of a visit package: copied with the package into each new draft, kept in editor order."""

    sort_order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]


class Participation(PackageItem):
    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=30, choices=constants.ParticipantRole.choices)
    role_title = models.CharField(
        _("title in the visit"), max_length=200, blank=True, help_text=_("e.g. “Minister of Foreign Affairs”")
    )

    class Meta(PackageItem.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["visit_content", "person"], name="relations_plugin_participation_unique_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"


class ProgrammeEvent(PackageItem):
    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="programme_events")
    kind = models.CharField(_("kind"), max_length=30, choices=constants.EventKind.choices)
    title = models.CharField(_("title"), max_length=255)
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta(PackageItem.Meta):
        ordering = ["sort_order", "starts_at", "pk"]
        verbose_name = _("programme event")
        verbose_name_plural = _("programme")

    def __str__(self) -> str:
        return self.title

    @property
    def local_start(self) -> LocalTime:
        """The start as people at the visit read it: in the package's zone, with the zone named."""
        return package_local_time(self.visit_content, self.starts_at)


class Quote(PackageItem):
    """Exact words, attributed to a person, traceable to the article and the characters they come from."""

    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(Person, verbose_name=_("speaker"), on_delete=models.PROTECT, related_name="quotes")
    text = models.TextField(_("exact words"))
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=constants.QuoteKind.choices,
        default=constants.QuoteKind.DIRECT,
        help_text=_("Reported speech (“said that …”) is shown to readers without quotation marks."),
    )
    context = models.CharField(
        _("context"), max_length=255, blank=True, help_text=_("e.g. “at the joint press briefing”")
    )
    said_on = models.DateField(_("said on"), null=True, blank=True)
    source_article = models.ForeignKey(
        "Article",
        verbose_name=_("source article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    start_offset = models.PositiveIntegerField(
        _("start in article"), null=True, blank=True, help_text=_("Character offset in the article's text.")
    )
    end_offset = models.PositiveIntegerField(_("end in article"), null=True, blank=True)
    # A translated package keeps what was said as it was said, beside the translation readers read.
    original_text = models.TextField(_("original words"), blank=True)
    original_language = models.CharField(
        _("original language"), max_length=15, blank=True, validators=[validate_language]
    )

    class Meta(PackageItem.Meta):
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_offset__isnull=True, end_offset__isnull=True)
                | Q(start_offset__isnull=False, end_offset__isnull=False, end_offset__gt=F("start_offset")),
                name="relations_plugin_quote_offsets_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:60]}"

    @property
    def is_reported(self) -> bool:
        """Reported speech is the speaker's meaning in the article's words: readers see it without quotation marks."""
        return self.kind == constants.QuoteKind.REPORTED

    def clean(self) -> None:
        errors = {}
        if (self.start_offset is None) != (self.end_offset is None):
            errors["end_offset"] = _("Give both the start and the end of the quote in the article, or neither.")
        elif self.start_offset is not None and self.end_offset <= self.start_offset:
            errors["end_offset"] = _("The quote must end after it starts.")
        elif self.start_offset is not None and not self.source_article_id:
            errors["source_article"] = _("Offsets point into an article: choose the source article.")
        if errors:
            raise ValidationError(errors)


class Agreement(PackageItem):
    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="agreements")
    title = models.CharField(_("title"), max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=constants.AgreementKind.choices)
    sphere = models.CharField(_("sphere"), max_length=20, choices=constants.Sphere.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=constants.AgreementStatus.choices,
        default=constants.AgreementStatus.SIGNED,
    )
    signatories = models.ManyToManyField(
        Person, verbose_name=_("signatories"), blank=True, related_name="agreements_signed"
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    document = FilerFileField(
        verbose_name=_("document"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.TextField(_("summary"), blank=True)

    class Meta(PackageItem.Meta):
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return self.title


class CeremonyPhoto(PackageItem):
    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="photos")
    image = FilerImageField(verbose_name=_("image"), on_delete=models.PROTECT, related_name="+")
    caption = models.TextField(_("caption"), blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    alt_text = models.CharField(
        _("alt text"), max_length=250, help_text=_("What the photo shows, for readers who cannot see it.")
    )
    event = models.ForeignKey(
        ProgrammeEvent,
        verbose_name=_("programme event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="photos",
    )

    class Meta(PackageItem.Meta):
        verbose_name = _("ceremony photo")
        verbose_name_plural = _("ceremony photos")
        constraints = [
            models.CheckConstraint(condition=~Q(alt_text=""), name="relations_plugin_photo_alt_required"),
        ]

    def __str__(self) -> str:
        return self.caption[:60] or self.alt_text[:60]

    def clean(self) -> None:
        if not (self.alt_text or "").strip():
            raise ValidationError({"alt_text": _("Alt text is required: describe what the photo shows.")})


class LinkedArticle(PackageItem):
    visit_content = models.ForeignKey(VisitContent, on_delete=models.CASCADE, related_name="linked_articles")
    article = models.ForeignKey(
        "Article", verbose_name=_("article"), on_delete=models.PROTECT, related_name="visit_links"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=constants.ArticleRole.choices, default=constants.ArticleRole.RELATED
    )

    class Meta(PackageItem.Meta):
        verbose_name = _("linked article")
        verbose_name_plural = _("linked articles")
        constraints = [
            models.UniqueConstraint(
                fields=["visit_content", "article"], name="relations_plugin_linkedarticle_unique_article"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} ({self.get_role_display()})"


class Article(TimestampedModel):
    """The stable identity of a news article; its words live in ``ArticleContent``, one per language and version."""

    page = models.ForeignKey(
        "cms.Page",
        verbose_name=_("CMS page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the CMS page that publishes this article."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        # Editors pick articles by headline: take the newest content in any language without extra queries
        # when the admin prefetched them. Unprefetched, ``contents`` shows published rows only (versioning wraps
        # the default manager), and a just imported draft would be "Article #3": read every version instead.
        if "contents" in getattr(self, "_prefetched_objects_cache", {}):
            contents = list(self.contents.all())
        else:
            contents = list(ArticleContent._base_manager.filter(article=self).only("headline").order_by("pk"))
        return contents[-1].headline if contents else _("Article #%(pk)s") % {"pk": self.pk}


class ArticleContent(TimestampedModel):
    """One language's version of an article. ``body`` is sanitised HTML; quote offsets point into ``body_text``."""

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="contents")
    language = models.CharField(
        _("language"), max_length=15, default=settings.LANGUAGE_CODE, validators=[validate_language], db_index=True
    )
    headline = models.CharField(_("headline"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=True)
    standfirst = models.TextField(_("standfirst"), blank=True)
    body = HTMLField(_("body"), blank=True)
    byline = models.CharField(_("byline"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True)
    canonical_url = models.URLField(_("canonical URL"), max_length=500, blank=True)

    objects = ArticleContentQuerySet.as_manager()
    admin_manager = ArticleContentQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article content")
        verbose_name_plural = _("article contents")
        permissions = [("publish_articlecontent", _("Can publish, unpublish and schedule articles"))]
        indexes = [models.Index(fields=["language", "slug"], name="relations_article_lang_slug")]

    def __str__(self) -> str:
        return self.headline

    def clean(self) -> None:
        if self.slug and self.language:
            clash = ArticleContent._base_manager.filter(language=self.language, slug=self.slug)
            if self.article_id:
                clash = clash.exclude(article_id=self.article_id)
            if clash.exists():
                raise ValidationError({"slug": _("Another article already uses this slug in this language.")})

    def has_publish_permission(self, user) -> bool:
        from .permissions import may_change_state

        return may_change_state(user, self)

    def get_placeholder_slots(self) -> list[str]:
        """The CMS toolbar's structure mode asks this: an article is fields, with no placeholders."""
        return []

    @cached_property
    def body_text(self) -> str:
        """The body as readers read it, without markup: what quote offsets count characters in."""
        return html_to_text(self.body or "")

    def get_absolute_url(self) -> str:
        return _reverse_or_empty(constants.ARTICLE_DETAIL_URL, language=self.language, slug=self.slug)


def _reverse_or_empty(name: str, *, language: str | None = None, **kwargs) -> str:
    """Reader URLs exist only where the apphook is attached to a page; elsewhere there is no URL to give."""
    with translation.override(language or translation.get_language()):
        try:
            return reverse(f"relations_plugin:{name}", kwargs=kwargs)
        except NoReverseMatch:
            return ""


def _new_token() -> str:
    return secrets.token_urlsafe(32)


class Partner(TimestampedModel):
    """A syndication partner: who may call the API with a token, how often, and whether embargoed items show."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    token = models.CharField(_("token"), max_length=64, unique=True, default=_new_token, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    can_see_embargoed = models.BooleanField(_("may see embargoed items"), default=False)
    rate = models.CharField(
        _("rate limit"),
        max_length=20,
        default="1000/hour",
        validators=[RegexValidator(r"^\d+/(second|minute|hour|day)$", _("Use a form such as “1000/hour”."))],
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    # Token rotation: the token a partner had before the last rotation keeps working until this time.
    previous_token = models.CharField(_("previous token"), max_length=64, blank=True, default="", editable=False)
    previous_token_expires_at = models.DateTimeField(
        _("previous token valid until"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("API partner")
        verbose_name_plural = _("API partners")

    def __str__(self) -> str:
        return self.name


def _new_webhook_secret() -> str:
    """A Standard Webhooks secret: ``whsec_`` and 32 random bytes in base64."""
    import base64

    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


class WebhookEndpoint(TimestampedModel):
    """Where a partner wants to be told about packages: a URL, the events it wants, and the signing secret."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(_("URL"), max_length=500)
    events = models.JSONField(_("events"), default=list, blank=True, help_text=_("Empty: every event."))
    secret = models.CharField(_("signing secret"), max_length=100, default=_new_webhook_secret)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["partner__name", "pk"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.url

    def clean(self) -> None:
        known = set(constants.WebhookEvent.values)
        if not isinstance(self.events, list) or not set(self.events) <= known:
            raise ValidationError({"events": _("Choose events from the list.")})

    def wants(self, event_type: str) -> bool:
        return not self.events or event_type in self.events


class WebhookDelivery(models.Model):
    """One event for one endpoint, and how delivering it went: the delivery log partners' support reads."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name=_("endpoint"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event_id = models.CharField(_("event id"), max_length=100)
    event_type = models.CharField(_("event"), max_length=40, choices=constants.WebhookEvent.choices)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=constants.DeliveryStatus.choices,
        default=constants.DeliveryStatus.PENDING,
        db_index=True,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    response_code = models.PositiveIntegerField(_("response code"), null=True, blank=True)
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "event_id"], name="relations_plugin_delivery_once"),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} → {self.endpoint} ({self.get_status_display()})"


class VisitPluginModel(CMSPlugin):
    """Base of the plugins that show one part of a visit package: they point at the visit, never at a version."""

    visit = models.ForeignKey(Visit, verbose_name=_("visit"), on_delete=models.CASCADE, related_name="+")
    template = models.CharField(_("template"), max_length=100, default="default")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(self.visit)


class VisitTeaserPluginModel(VisitPluginModel):
    pass


class PullQuotePluginModel(VisitPluginModel):
    """One quote of a visit, chosen once and shown from whichever version of the package readers see now.

    Quotes are copied into every version of a package, so ``quote`` is the row the editor chose and stands for its
    speaker and words as said (``original_text``, else ``text``, which a translation's copy keeps too): the plugin
    shows the quote with that speaker and those words in the visit's published, visible package in the page's
    language (``selectors.quote_get_for_plugin``), and nothing when there is none (unpublished, embargoed, the
    words corrected). Without ``quote`` (placed before quotes could be chosen) it shows the package's first quote.
    """

    # RESTRICT: published quotes are never deleted on their own; a visit's deletion takes its plugins with it.
    quote = models.ForeignKey(
        Quote, verbose_name=_("quote"), null=True, blank=True, on_delete=models.RESTRICT, related_name="+"
    )

    def __str__(self) -> str:
        return str(self.quote) if self.quote_id else super().__str__()


class AgreementsListPluginModel(VisitPluginModel):
    pass


class CeremonyGalleryPluginModel(VisitPluginModel):
    limit = models.PositiveSmallIntegerField(_("photos at most"), default=12)


def latest_visits_default_limit() -> int:
    """A new latest-visits plugin shows ``RELATIONS_PLUGIN_LATEST_LIMIT`` visits until the editor says otherwise."""
    from .conf import get_setting

    return get_setting("LATEST_LIMIT")


class LatestVisitsPluginModel(CMSPlugin):
    relation = models.ForeignKey(
        Relation, verbose_name=_("relation"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    country = CountryField(_("country"), blank=True)
    limit = models.PositiveSmallIntegerField(_("visits at most"), default=latest_visits_default_limit)
    template = models.CharField(_("template"), max_length=100, default="default")

    def __str__(self) -> str:
        return str(self.relation or self.country.name or _("All visits"))


class PreviewLink(models.Model):
    """A signed, expiring, revocable link that shows one exact package version to someone without an account.

    Only a SHA-256 digest of the token is stored: the link itself is shown once, to the editor who creates it.
    """

    content = models.ForeignKey(
        VisitContent, verbose_name=_("package version"), on_delete=models.CASCADE, related_name="preview_links"
    )
    token_hash = models.CharField(_("token digest"), max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), db_index=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self) -> str:
        return _("Preview of %(content)s until %(expires)s") % {"content": self.content, "expires": self.expires_at}

    def is_active(self, at: datetime.datetime) -> bool:
        return self.revoked_at is None and self.expires_at > at


class CacheGeneration(models.Model):
    """A counter that every write readers could see moves; caches key their entries by it.

    It lives in the database so that every app process sees a change at once, whatever its cache, and moves inside
    the writing transaction, so the new number and the new content become visible together.
    """

    name = models.CharField(_("name"), max_length=50, primary_key=True)
    value = models.BigIntegerField(_("value"), default=0)

    class Meta:
        verbose_name = _("cache generation")
        verbose_name_plural = _("cache generations")

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"


class PackageDocument(models.Model):
    """A published package version compiled for readers: its story page's head and body, rendered once.

    A published version never changes, so its page is rendered when it is published (by the task runner) and again
    when something it shows changes (``documents.py``); the story page then reads one row instead of the package,
    its children, its people and its renditions. URLs in it are made under a placeholder origin, replaced by the
    request's own when served.
    """

    content = models.OneToOneField(
        VisitContent, on_delete=models.CASCADE, primary_key=True, related_name="document", verbose_name=_("package")
    )
    head = models.TextField(_("head"))
    body = models.TextField(_("body"))
    # The API's JSON detail as anyone but a partner allowed to see embargoed items gets it ("" when not made).
    api = models.TextField(_("API detail"), blank=True)
    # Its IPTC ninjs detail in each version the API offers, for the same clients ({version: JSON text}).
    ninjs = models.JSONField(_("ninjs detail"), default=dict, blank=True)
    # Where the story is in the visit's other published languages ({language: path}, JSON): hreflang and the switcher.
    language_urls = models.TextField(_("URLs in other languages"), blank=True)
    # How the document was made: a document of an older layout, or made before the next go-live or expiry of any
    # published version (which can change its related packages), is not served.
    layout = models.PositiveIntegerField(_("layout"))
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    # The CMS's URL configuration it was made under: a moved apphook page moves every link in it.
    urlconf_revision = models.CharField(_("URL configuration revision"), max_length=64, blank=True)
    compiled_at = models.DateTimeField(_("compiled at"), auto_now=True)

    class Meta:
        verbose_name = _("compiled package")
        verbose_name_plural = _("compiled packages")

    def __str__(self) -> str:
        return str(self.content_id)


class RenditionLock(models.Model):
    """Held while a worker makes one image's renditions, so two workers never make the same image at once.

    Taken by creating the row (the image is unique, so only one insert wins) and released by deleting it; a lock
    older than ``renditions.LOCK_STALE_SECONDS`` belongs to a worker that died and is taken over (``renditions.py``).
    """

    image = models.OneToOneField(
        settings.FILER_IMAGE_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    taken_at = models.DateTimeField(_("taken at"))

    class Meta:
        verbose_name = _("rendition lock")
        verbose_name_plural = _("rendition locks")

    def __str__(self) -> str:
        return str(self.image_id)


class EditorProfile(TimestampedModel):
    """An editor's own preferences: the time zone the admin shows them times in and reads their times in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="editor_profile"
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default=default_time_zone, validators=[validate_time_zone]
    )

    class Meta:
        verbose_name = _("my preferences")
        verbose_name_plural = _("my preferences")

    def __str__(self) -> str:
        return str(self.user)
