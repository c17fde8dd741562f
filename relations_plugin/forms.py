"""Admin forms of relations_plugin: the validation an editor reads, in words an editor understands."""

from __future__ import annotations

import dataclasses
import datetime
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries

from . import constants, images, selectors, timezones
from .conf import get_setting
from .extraction import (
    AgreementSuggestion,
    DateSuggestion,
    KnownPerson,
    PersonSuggestion,
    QuoteSuggestion,
    Suggestions,
)
from .html import comparable_words, normalise_text, quote_in_text
from .models import Article, ArticleContent, EditorProfile, Person, Relation, Visit, VisitContent, country_name
from .services import (
    AcceptedAgreement,
    AcceptedEvent,
    AcceptedItems,
    AcceptedPerson,
    AcceptedQuote,
    PackageContents,
    import_tokens,
)


class LinesField(forms.CharField):
    """A list of strings edited as one line each."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        return list(dict.fromkeys(line.strip() for line in value.splitlines() if line.strip()))

    def has_changed(self, initial, data):
        return (initial or []) != self.to_python(data)


class PersonForm(forms.ModelForm):
    aliases = LinesField(
        label=_("Aliases"),
        required=False,
        help_text=_("One per line: surname, “the Kazakh leader”, spellings without diacritics."),
    )

    class Meta:
        model = Person
        fields = ["name", "native_name", "country", "title", "portrait", "slug", "aliases"]


class RelationForm(forms.ModelForm):
    class Meta:
        model = Relation
        fields = ["country_a", "country_b", "slug", "established_on", "description"]
        help_texts = {"slug": _("Left empty, it is made from the two countries' names.")}


class StaleEditFormMixin(forms.Form):
    """Refuses a save when someone else saved the same content after this form was opened (no lost updates).

    The form keeps what the editor typed; the error names who changed the content, what and when, and links
    to the current version.
    """

    loaded_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_at"].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = type(self.instance)._base_manager.filter(pk=self.instance.pk).values_list("updated_at", flat=True)
        current = current.first()
        if current is not None and cleaned.get("loaded_at") != current.isoformat():
            change = selectors.last_admin_change(self.instance)
            who = change.user.get_username() if change else _("someone")
            what = change.get_change_message() if change else ""
            raise ValidationError(
                _(
                    "%(who)s saved this content at %(when)s, after you opened it (%(what)s). Your changes are not "
                    "saved, and are still in this form: open the current version in a new tab, bring your changes "
                    "over, and save there."
                ),
                code="stale",
                params={
                    "who": who,
                    "when": date_format(timezone.localtime(current), "DATETIME_FORMAT"),
                    "what": what or _("no details"),
                },
            )
        return cleaned


def _country_choices():
    return [("", "---------"), *countries]


def _language_choices():
    return settings.LANGUAGES


class VisitContentForm(StaleEditFormMixin, forms.ModelForm):
    """A package's own fields; on a new package, also the visit it belongs to (new or existing)."""

    language = forms.ChoiceField(label=_("Language"), choices=_language_choices)
    relation = forms.ModelChoiceField(
        label=_("Relation"),
        queryset=Relation.objects.all(),
        required=False,
        help_text=_("For a new visit: the pair of countries. Left empty, the guest's and host's (new if none)."),
    )
    guest_country = forms.ChoiceField(label=_("Guest country"), choices=_country_choices, required=False)
    host_country = forms.ChoiceField(label=_("Host country"), choices=_country_choices, required=False)
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        help_text=_(
            "Of the city of the visit: programme times are entered and shown in it. Left empty, the host country's "
            "zone when it has one only."
        ),
    )

    class Meta:
        model = VisitContent
        fields = [
            "visit",
            "language",
            "headline",
            "slug",
            "summary",
            "visit_type",
            "starts_on",
            "ends_on",
            "city",
            "venue",
            "time_zone",
            "lead_photo",
            "lead_photo_alt",
            "correction_note",
        ]
        help_texts = {
            "visit": _("Pick the visit to translate, or leave empty and give relation, guest and host for a new one."),
            "slug": _("Left empty, it is made from the headline."),
        }

    may_add_relation = False  # the admin sets it from the editor's permissions

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_visit: Visit | None = None
        self.new_relation: Relation | None = None
        if "visit" in self.fields:
            self.fields["visit"].required = False
        if "slug" in self.fields:
            self.fields["slug"].required = False
        if "time_zone" in self.fields:
            self.fields["time_zone"].choices = [("", "---------"), *timezones.zone_choices(self._host_country())]
        if self.instance.pk:
            for name in ("relation", "guest_country", "host_country"):
                self.fields.pop(name, None)
            if "visit" in self.fields:
                self.fields["visit"].disabled = True

    def _host_country(self, cleaned: dict | None = None) -> str:
        if self.instance.visit_id:
            return str(self.instance.visit.host_country)
        if cleaned is not None:
            return str(cleaned["visit"].host_country) if cleaned.get("visit") else cleaned.get("host_country", "")
        return self.data.get(self.add_prefix("host_country"), "") if self.is_bound else ""

    def _clean_time_zone(self, cleaned: dict) -> None:
        """An empty zone is the host country's only zone; a host with several zones needs the editor's choice."""
        host = self._host_country(cleaned)
        if "time_zone" not in self.fields or cleaned.get("time_zone") or "time_zone" in self.errors or not host:
            return
        zones = timezones.country_zones(host)
        if len(zones) == 1:
            cleaned["time_zone"] = zones[0].name
        else:
            self.add_error(
                "time_zone",
                _("%(country)s has several time zones: choose the one of the city of the visit.")
                % {"country": country_name(host, translation.get_language())},
            )

    def clean(self):
        cleaned = super().clean()
        self._clean_time_zone(cleaned)
        if not cleaned.get("slug") and cleaned.get("headline"):
            cleaned["slug"] = slugify(cleaned["headline"], allow_unicode=True)[:255]
            self.instance.slug = cleaned["slug"]
        if self.instance.pk or cleaned.get("visit"):
            return cleaned
        relation, guest, host = cleaned.get("relation"), cleaned.get("guest_country"), cleaned.get("host_country")
        if not (guest and host and (relation or self.may_add_relation or self._pair_relation(guest, host))):
            raise ValidationError(
                _("Choose an existing visit, or give the relation, guest country and host country of a new one.")
            )
        try:
            relation = relation or self._pair_relation(guest, host) or self._relation_to_add(guest, host)
            visit = Visit(relation=relation, guest_country=guest, host_country=host)
            visit.full_clean(exclude=["relation"] if self.new_relation else None)
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        self.new_visit = visit
        return cleaned

    @staticmethod
    def _pair_relation(guest: str, host: str) -> Relation | None:
        country_a, country_b = Relation.normalise_pair(guest, host)
        return Relation.objects.filter(country_a=country_a, country_b=country_b).first()

    def _relation_to_add(self, guest: str, host: str) -> Relation:
        """The relation of a pair of countries no visit has joined yet: saved with the visit (``new_relation``)."""
        self.new_relation = Relation(country_a=guest, country_b=host)
        self.new_relation.full_clean()
        return self.new_relation

    def clean_lead_photo(self):
        return checked_photo(self.cleaned_data.get("lead_photo"))[0]

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        if self.new_visit is not None:
            # The visit is created together with its first package, in the admin's save_model.
            exclusions.add("visit")
        return exclusions


class PackageFormSet(forms.BaseInlineFormSet):
    """Inline formset of a package's items; sees the participants and programme formsets of the same screen."""

    participations_formset: forms.BaseInlineFormSet | None = None
    programme_formset: forms.BaseInlineFormSet | None = None

    def live_forms(self) -> list[forms.ModelForm]:
        """Forms that hold an item after this save: filled in, valid so far, not marked for deletion."""
        return [f for f in self.forms if getattr(f, "cleaned_data", None) and not f.cleaned_data.get("DELETE")]

    def participant_ids(self) -> set[int]:
        """The people the editor lists as participants, as submitted now (not as stored)."""
        formset = self.participations_formset
        if formset is None:
            return set(self.instance.participations.values_list("person_id", flat=True)) if self.instance.pk else set()
        return {form.cleaned_data["person"].pk for form in formset.live_forms() if form.cleaned_data.get("person")}


class ParticipationForm(forms.ModelForm):
    """A bilateral visit is led by heads of state more often than not: a new row starts as one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "role" in self.fields and not self.instance.pk:
            self.fields["role"].initial = constants.ParticipantRole.HEAD_OF_STATE


class ParticipationFormSet(PackageFormSet):
    pass


class ProgrammeEventForm(forms.ModelForm):
    """An event's title is most often its kind ("Talks in narrow format"): left empty, it is the kind's name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Left empty, the kind's name.")

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("title") or "").strip() and cleaned.get("kind"):
            cleaned["title"] = str(constants.EventKind(cleaned["kind"]).label)
        return cleaned


class ProgrammeEventFormSet(PackageFormSet):
    """Programme times are typed and shown as clock times in the package's zone, whatever the editor's own."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if isinstance(form.fields.get("starts_at"), ZonedSplitDateTimeField):
            content = self.instance
            # A new package's zone is chosen on the same form: until it is saved the label cannot name it.
            named = bool(content.time_zone or content.visit_id)
            form.fields["starts_at"].set_zone(timezones.package_zone(content)[0], at_the_visit=True, named=named)

    def clean(self):
        super().clean()
        content = self.instance
        if not (content.starts_on and content.ends_on):
            return
        for form in self.live_forms():
            starts_at = form.cleaned_data.get("starts_at")
            if starts_at and not content.contains(timezones.package_local_time(content, starts_at).at.date()):
                form.add_error(
                    "starts_at",
                    _("This event is outside the visit (%(start)s to %(end)s).")
                    % {"start": content.starts_on, "end": content.ends_on},
                )


@dataclass(frozen=True)
class SourceText:
    """An article's text as quote offsets count characters in it (``ArticleContent.body_text``)."""

    article_id: int
    language: str
    headline: str
    text: str


class SourceTexts:
    """Source articles' texts for one screen: each article's newest version per language, read once per article.

    Drafts count: an editor quotes the article as it is being written.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._contents: dict[int, dict[str, ArticleContent]] = {}

    def get(self, article_id: int, language: str = "") -> SourceText | None:
        """The article's text in ``language`` (the package's by default), else in the language it was last written."""
        if article_id not in self._contents:
            rows = ArticleContent._base_manager.filter(article_id=article_id).order_by("pk")
            self._contents[article_id] = {row.language: row for row in rows}
        contents = self._contents[article_id]
        content = contents.get(language or self.language) or next(reversed(contents.values()), None)
        if content is None:
            return None
        return SourceText(article_id, content.language, content.headline, content.body_text)


class QuoteForm(forms.ModelForm):
    """A quote's words must be its source article's: exactly at its offsets when given, else anywhere in it."""

    def __init__(self, *args, source_texts: SourceTexts | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.source_texts = source_texts

    def clean(self):
        cleaned = super().clean()
        article, start, end = cleaned.get("source_article"), cleaned.get("start_offset"), cleaned.get("end_offset")
        original = (self.instance.original_text or "") if self.instance.pk else ""
        words = comparable_words(original or cleaned.get("text") or "")
        if article is None or not words or self.source_texts is None:
            return cleaned
        source = self.source_texts.get(article.pk, self.instance.original_language if original else "")
        if source is None:
            self.add_error("source_article", _("This article has no text to quote from."))
        elif start is not None and end is not None and end > start:
            if end > len(source.text):
                self.add_error(
                    "start_offset",
                    _("The article's text has %(length)d characters: %(start)d to %(end)d is outside it.")
                    % {"length": len(source.text), "start": start, "end": end},
                )
            elif comparable_words(source.text[start:end]) != words:
                self.add_error(
                    "start_offset",
                    _("Characters %(start)d to %(end)d of the article are “%(covered)s”, not the quote's words.")
                    % {"start": start, "end": end, "covered": source.text[start:end]},
                )
        elif start is None and end is None and not quote_in_text(words, source.text):
            self.add_error(
                "text",
                _("These words are not in the article “%(headline)s”: select them in its text, or correct them.")
                % {"headline": source.headline},
            )
        return cleaned


class QuoteFormSet(PackageFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "source_texts": self.source_texts}

    @cached_property
    def source_texts(self) -> SourceTexts:
        return SourceTexts(self.instance.language or settings.LANGUAGE_CODE)

    def clean(self):
        super().clean()
        participants = self.participant_ids()
        for form in self.live_forms():
            speaker = form.cleaned_data.get("speaker")
            if speaker and speaker.pk not in participants:
                form.add_error(
                    "speaker",
                    _("%(person)s is not a participant of this visit: add them to the participants first.")
                    % {"person": speaker},
                )


class AgreementFormSet(PackageFormSet):
    def clean(self):
        super().clean()
        participants = self.participant_ids()
        for form in self.live_forms():
            outsiders = [p for p in form.cleaned_data.get("signatories") or [] if p.pk not in participants]
            if outsiders:
                form.add_error(
                    "signatories",
                    _("Signatories must be participants of this visit: %(people)s.")
                    % {"people": ", ".join(str(p) for p in outsiders)},
                )


def checked_photo(image) -> tuple[object | None, images.ImageInfo | None]:
    """The one check of a photo being attached (lead or ceremony): what a rendition can be made from, or the
    editor's message. Records the upright size and, when the library has none, the file's credit."""
    if image is None:
        return None, None
    info = images.check_filer_image(image)
    images.record(image, info)
    return image, info


@dataclass(frozen=True)
class ProgrammeRow:
    """A row of the programme inline on the same screen: its position in the formset, and its form (whose instance
    is the event once the programme is saved)."""

    index: int
    label: str
    form: forms.ModelForm


def programme_rows(formset: forms.BaseInlineFormSet | None) -> list[ProgrammeRow]:
    """Every row of the programme formset as submitted (or shown), empty and removed rows included."""
    if formset is None:
        return []
    rows = []
    for index, form in enumerate(formset.forms):
        title = form["title"].value() if "title" in form.fields else ""
        rows.append(ProgrammeRow(index, title or _("Event %(number)s") % {"number": index + 1}, form))
    return rows


class CeremonyPhotoForm(forms.ModelForm):
    """A photo's event is a row of the programme on the same screen (saved or not), never an event id: a photo
    cannot point to another package's event, and an event added in the same save can be chosen."""

    event_row = forms.TypedChoiceField(
        label=_("Programme event"), coerce=int, empty_value=None, required=False, choices=[("", "---------")]
    )
    image_info: images.ImageInfo | None = None

    def __init__(self, *args, programme: Sequence[ProgrammeRow] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = {row.index: row for row in programme}
        self.fields["event_row"].choices = [("", "---------"), *((row.index, row.label) for row in programme)]
        event_id = self.instance.event_id
        self.fields["event_row"].initial = next(
            (row.index for row in programme if event_id and row.form.instance.pk == event_id), None
        )

    def clean_event_row(self):
        index = self.cleaned_data.get("event_row")
        if index is None:
            return None
        row = self.programme.get(index)
        form = row.form if row else None
        cleaned = getattr(form, "cleaned_data", None) or {}
        kept = form is not None and not cleaned.get("DELETE") and (form.instance.pk or form.has_changed())
        if not kept:
            raise ValidationError(_("This event is not in the programme any more: choose another one."))
        return index

    def event(self):
        """The chosen row's event: the programme formset is saved before the photos, so it has its id now."""
        index = self.cleaned_data.get("event_row")
        return None if index is None else self.programme[index].form.instance

    def clean_image(self):
        image, self.image_info = checked_photo(self.cleaned_data.get("image"))
        return image

    def clean(self):
        cleaned = super().clean()
        info = self.image_info
        if info is not None and "credit" in self.fields and not (cleaned.get("credit") or "").strip():
            # The photographer's credit travels in the file (IPTC/XMP/EXIF): the editor need not type it.
            cleaned["credit"] = info.credit or info.copyright
        return cleaned

    def clean_alt_text(self):
        alt = (self.cleaned_data.get("alt_text") or "").strip()
        if not alt:
            raise ValidationError(_("Alt text is required: describe what the photo shows."))
        return alt


class CeremonyPhotoFormSet(PackageFormSet):
    def get_form_kwargs(self, index):
        if self.programme_formset is not None and self.programme_formset.is_bound:
            self.programme_formset.is_valid()  # each row's cleaned data, to tell kept rows from removed ones
        return {**super().get_form_kwargs(index), "programme": programme_rows(self.programme_formset)}

    def save_new(self, form, commit=True):
        form.instance.event = form.event()
        return super().save_new(form, commit)

    def save_existing(self, form, obj, commit=True):
        obj.event = form.event()
        return super().save_existing(form, obj, commit)


class ArticleContentForm(StaleEditFormMixin, forms.ModelForm):
    """An article's words in one language; without an article chosen, a new article is created."""

    language = forms.ChoiceField(label=_("Language"), choices=_language_choices)

    class Meta:
        model = ArticleContent
        fields = [
            "article",
            "language",
            "headline",
            "slug",
            "standfirst",
            "body",
            "byline",
            "source",
            "published_at",
            "canonical_url",
        ]
        help_texts = {"article": _("Pick the article to translate, or leave empty for a new article.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "article" in self.fields:
            self.fields["article"].required = False
            if self.instance.pk:
                self.fields["article"].disabled = True

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        if not self.instance.pk and not self.cleaned_data.get("article"):
            exclusions.add("article")
        return exclusions


HEADLINE_MAX_LENGTH = 200


def split_headline(text: str) -> tuple[str, str]:
    """Headline and body of pasted wire copy whose first line is its headline; ("", text) when the first line reads
    as a paragraph (long, or ending like a sentence) or nothing follows it."""
    first, _newline, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first) > HEADLINE_MAX_LENGTH or first.endswith((".", ",", ":", ";")):
        return "", text
    return first, rest


class ArticleImportForm(forms.Form):
    """Step one of "Import from article": the text (pasted or an existing article's) and its dateline."""

    text = forms.CharField(
        label=_("Article text"), widget=forms.Textarea(attrs={"rows": 16}), required=False, strip=False
    )
    article = forms.ModelChoiceField(
        label=_("…or an existing article"),
        queryset=Article.objects.all(),
        required=False,
        help_text=_("Its text in the package's language is used; quotes then point into it."),
    )
    headline = forms.CharField(
        label=_("Headline of the pasted article"),
        max_length=255,
        required=False,
        help_text=_("Left empty, the text's first line is the headline when it reads as one."),
    )
    source = forms.CharField(label=_("Source"), max_length=255, required=False, initial=_("Wire"))
    dateline = forms.DateField(label=_("Dateline"), help_text=_("Resolves “on Tuesday” and “yesterday”."))

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        self.article_text = ""

    def clean(self):
        cleaned = super().clean()
        article, text = cleaned.get("article"), cleaned.get("text", "")
        if article is not None:
            content = ArticleContent.admin_manager.filter(article=article, language=self.language).latest_content()
            content = content.first()
            if content is None:
                raise ValidationError({"article": _("This article has no text in the package's language.")})
            self.article_text = content.body_text
        elif text.strip():
            if not cleaned.get("headline"):
                cleaned["headline"], text = split_headline(text)
            if not cleaned["headline"]:
                raise ValidationError({"headline": _("Give the pasted article a headline.")})
            self.article_text = normalise_text(text)
        else:
            raise ValidationError(_("Paste the article's text or choose an existing article."))
        return cleaned


NEW_PERSON = "new"


class KnownPeople:
    """The site's people, read once: as the assistant reads them, and as the review offers them.

    The assistant matches names (aliases, titles, inflected forms) against ``known``; ``person_for`` turns its match
    back into the person, so the review never matches names a second time.
    """

    def __init__(self, people: Iterable[Person]) -> None:
        self.people = list(people)
        self._by_known = {selectors.person_known(p): p for p in self.people}
        self._by_pk = {str(p.pk): p for p in self.people}

    @classmethod
    def load(cls) -> KnownPeople:
        return cls(Person.objects.order_by("name"))

    @property
    def known(self) -> list[KnownPerson]:
        return list(self._by_known)

    def person_for(self, suggestion: PersonSuggestion) -> Person | None:
        return self._by_known.get(suggestion.known) if suggestion.known is not None else None

    def get(self, pk: str) -> Person:
        return self._by_pk[pk]

    def choices(self, suggestion: PersonSuggestion) -> list[tuple[str, str]]:
        new = _("New person: %(name)s") % {"name": suggestion.name}
        return [(NEW_PERSON, new), *((str(p.pk), f"{p.name} ({p.country.code})") for p in self.people)]


@dataclass(frozen=True)
class ReviewRow:
    """One suggestion on the review screen: the fields the editor sets, or why it is not offered.

    ``required`` names the fields a ticked row cannot be added without.
    """

    suggestion: Any
    fields: dict[str, forms.BoundField] = dataclasses.field(default_factory=dict)
    already: bool = False
    notes: tuple[str, ...] = ()
    required: tuple[str, ...] = ()

    @property
    def ticked_name(self) -> str:
        return self.fields["accept"].name if self.fields else ""


def event_kind_for(what: str) -> str:
    """The programme event kind a suggested "what" ("arrival", "talks in narrow format") names, or ""."""
    wanted = import_tokens(what)
    with translation.override("en"):
        for kind in constants.EventKind:
            if wanted in (import_tokens(kind.value.replace("_", " ")), import_tokens(str(kind.label))):
                return kind.value
    return ""


class SuggestionReviewForm(forms.Form):
    """Step two: one row per suggestion, in the model's own values; nothing unticked is created, and what the package
    already has is shown as such and not offered.

    Role, kind, sphere and status are the model's choices: a suggested value outside them is shown to the editor, and
    the row cannot be added until they choose one. Programme events need the time, which articles rarely give.
    """

    def __init__(self, *args, suggestions: Suggestions, people: KnownPeople, content: VisitContent, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions
        self.people = people
        self.content = content
        self.existing = PackageContents(content)
        self.participant_rows = [self._participant_row(i, s) for i, s in enumerate(suggestions.participants)]
        self.quote_rows = [self._quote_row(i, s) for i, s in enumerate(suggestions.quotes)]
        self.agreement_rows = [self._agreement_row(i, s) for i, s in enumerate(suggestions.agreements)]
        self.date_rows = [self._date_row(i, s) for i, s in enumerate(suggestions.dates)]
        self.documents_note = self._documents_note(suggestions)

    @staticmethod
    def _documents_note(suggestions: Suggestions) -> str:
        """A word to the editor when the article counts more documents than the assistant could name."""
        counted, suggested = suggestions.documents_counted, len(suggestions.agreements)
        if counted <= suggested:
            return ""
        return ngettext(
            "The article says %(counted)d document was signed; suggested below: %(suggested)d. "
            "Look in the article for the others.",
            "The article says %(counted)d documents were signed; suggested below: %(suggested)d. "
            "Look in the article for the others.",
            counted,
        ) % {"counted": counted, "suggested": suggested}

    def _row(
        self, suggestion: Any, prefix: str, fields: dict[str, forms.Field], notes: list[str], required: tuple[str, ...]
    ) -> ReviewRow:
        names = {name: prefix if name == "accept" else f"{prefix}_{name}" for name in fields}
        for name, form_field in fields.items():
            self.fields[names[name]] = form_field
        bound = {name: self[names[name]] for name in fields}
        return ReviewRow(suggestion=suggestion, fields=bound, notes=tuple(notes), required=required)

    @staticmethod
    def _accept(label: str, *, initial: bool = True) -> forms.BooleanField:
        return forms.BooleanField(
            label=label, required=False, initial=initial, widget=forms.CheckboxInput(attrs={"aria-label": label})
        )

    @staticmethod
    def _choice(choices: type[models.TextChoices], suggested: str, label: str, notes: list[str]) -> forms.ChoiceField:
        known = suggested in choices.values
        if suggested and not known:
            notes.append(
                _("The suggested %(what)s “%(value)s” is not one this site knows: choose one.")
                % {"what": label.lower(), "value": suggested}
            )
        return forms.ChoiceField(
            label=label,
            choices=[("", "---------"), *choices.choices],
            required=False,
            initial=suggested if known else "",
        )

    def _participant_row(self, index: int, suggestion: PersonSuggestion) -> ReviewRow:
        person = self.people.person_for(suggestion)
        if self.existing.has_person(person.pk if person else None, person.name if person else suggestion.name):
            return ReviewRow(suggestion=suggestion, already=True)
        notes: list[str] = []
        fields = {
            "accept": self._accept(_("Add %(name)s") % {"name": suggestion.name}),
            "person": forms.ChoiceField(
                label=_("Person"),
                choices=self.people.choices(suggestion),
                initial=str(person.pk) if person else NEW_PERSON,
            ),
            "role": self._choice(constants.ParticipantRole, suggestion.role, _("Role"), notes),
            "title": forms.CharField(
                label=_("Title in the visit"), max_length=200, required=False, initial=suggestion.title
            ),
        }
        return self._row(suggestion, f"participant_{index}", fields, notes, required=("role",))

    def _quote_row(self, index: int, suggestion: QuoteSuggestion) -> ReviewRow:
        if self.existing.has_quote(suggestion.text):
            return ReviewRow(suggestion=suggestion, already=True)
        person = self.people.person_for(suggestion.speaker)
        notes: list[str] = []
        fields = {
            "accept": self._accept(_("Add the words of %(name)s") % {"name": suggestion.speaker.name}),
            "speaker": forms.ChoiceField(
                label=_("Speaker"),
                choices=self.people.choices(suggestion.speaker),
                initial=str(person.pk) if person else NEW_PERSON,
            ),
            "kind": self._choice(constants.QuoteKind, suggestion.kind, _("Kind"), notes),
        }
        return self._row(suggestion, f"quote_{index}", fields, notes, required=("kind",))

    def _agreement_row(self, index: int, suggestion: AgreementSuggestion) -> ReviewRow:
        if self.existing.has_agreement(suggestion.title):
            return ReviewRow(suggestion=suggestion, already=True)
        notes: list[str] = []
        if suggestion.generic:
            notes.append(_("The article names no document here: tick it only if you know which one it is."))
        fields = {
            "accept": self._accept(_("Add %(title)s") % {"title": suggestion.title}, initial=not suggestion.generic),
            "kind": self._choice(constants.AgreementKind, suggestion.kind, _("Kind"), notes),
            "sphere": self._choice(constants.Sphere, suggestion.sphere, _("Sphere"), notes),
            "status": self._choice(constants.AgreementStatus, suggestion.status, _("Status"), notes),
        }
        return self._row(suggestion, f"agreement_{index}", fields, notes, required=("kind", "sphere", "status"))

    def _date_row(self, index: int, suggestion: DateSuggestion) -> ReviewRow:
        if not self.content.contains(suggestion.date):
            return ReviewRow(suggestion=suggestion, notes=(_("Outside the visit's dates: not offered."),))
        kind, title = event_kind_for(suggestion.what), capfirst(suggestion.what)
        if self.existing.has_event(suggestion.date, kind, title):
            return ReviewRow(suggestion=suggestion, already=True)
        fields = {
            # Unticked: the assistant reads dates, not times, and an event needs the time the editor knows.
            "accept": self._accept(_("Add %(what)s") % {"what": title}, initial=False),
            "kind": forms.ChoiceField(
                label=_("Kind"),
                choices=[("", "---------"), *constants.EventKind.choices],
                required=False,
                initial=kind,
            ),
            "title": forms.CharField(label=_("Title"), max_length=255, required=False, initial=title),
            "time": forms.TimeField(label=_("Time"), required=False, widget=forms.TimeInput(attrs={"size": 6})),
        }
        notes = [_("The article gives the date only: give the time to add it to the programme.")]
        return self._row(suggestion, f"date_{index}", fields, notes, required=("kind", "title", "time"))

    def _rows(self) -> list[ReviewRow]:
        rows = [*self.participant_rows, *self.quote_rows, *self.agreement_rows, *self.date_rows]
        return [row for row in rows if row.fields]

    def clean(self):
        cleaned = super().clean()
        for row in self._rows():
            if not cleaned.get(row.ticked_name):
                continue
            for name in row.required:
                bound = row.fields[name]
                if bound.name in cleaned and not cleaned[bound.name]:
                    self.add_error(
                        bound.name, _("Give the %(what)s to add this item.") % {"what": bound.label.lower()}
                    )
        self._check_speakers(cleaned)
        return cleaned

    def _participants_after(self, cleaned: dict) -> tuple[set[str], set[frozenset[str]]]:
        """Who takes part once this import is added: person pks, and the names of new people."""
        pks = {str(pk) for pk in self.existing.person_ids}
        names = set(self.existing.person_names)
        for row in self.participant_rows:
            if cleaned.get(row.ticked_name):
                choice = cleaned.get(row.fields["person"].name)
                if choice == NEW_PERSON:
                    names.add(import_tokens(row.suggestion.name))
                elif choice:
                    pks.add(choice)
        return pks, names

    def _check_speakers(self, cleaned: dict) -> None:
        """A quote's speaker must take part in the visit, as the package form requires."""
        pks, names = self._participants_after(cleaned)
        for row in self.quote_rows:
            if not cleaned.get(row.ticked_name):
                continue
            field_name, speaker = row.fields["speaker"].name, row.suggestion.speaker
            choice = cleaned.get(field_name)
            if not choice:
                continue
            if choice == NEW_PERSON and not speaker.country:
                message = _("The country of %(name)s is unknown: choose an existing person or add them first.")
            elif (import_tokens(speaker.name) not in names) if choice == NEW_PERSON else (choice not in pks):
                message = _("%(name)s is not a participant of this visit: tick them under Participants first.")
            else:
                continue
            name = speaker.name if choice == NEW_PERSON else self.people.get(choice).name
            self.add_error(field_name, message % {"name": name})

    def _person(self, choice: str, suggestion: PersonSuggestion, role: str = "", title: str = "") -> AcceptedPerson:
        if choice == NEW_PERSON:
            return AcceptedPerson(name=suggestion.name, country=suggestion.country, role=role, role_title=title)
        return AcceptedPerson(person=self.people.get(choice), role=role, role_title=title)

    def _ticked(self, rows: list[ReviewRow]) -> list[tuple[ReviewRow, dict[str, Any]]]:
        data = self.cleaned_data
        return [
            (row, {name: data.get(bound.name) for name, bound in row.fields.items()})
            for row in rows
            if data.get(row.ticked_name)
        ]

    def accepted(self) -> AcceptedItems:
        """What the editor ticked, in the model's own values, for ``services.package_import``."""
        return AcceptedItems(
            participants=tuple(
                self._person(values["person"], row.suggestion, values["role"], values["title"])
                for row, values in self._ticked(self.participant_rows)
            ),
            quotes=tuple(
                AcceptedQuote(
                    text=row.suggestion.text,
                    speaker=self._person(values["speaker"], row.suggestion.speaker),
                    kind=values["kind"],
                    start=row.suggestion.start,
                    end=row.suggestion.end,
                )
                for row, values in self._ticked(self.quote_rows)
            ),
            agreements=tuple(
                AcceptedAgreement(
                    title=row.suggestion.title, kind=values["kind"], sphere=values["sphere"], status=values["status"]
                )
                for row, values in self._ticked(self.agreement_rows)
            ),
            events=tuple(
                AcceptedEvent(
                    kind=values["kind"],
                    title=values["title"],
                    starts_at=timezones.package_make_aware(
                        self.content, datetime.datetime.combine(row.suggestion.date, values["time"])
                    ),
                )
                for row, values in self._ticked(self.date_rows)
            ),
        )


class PreviewLinkForm(forms.Form):
    """How long a new preview link lives: one of the fixed lifetimes editors may choose."""

    lifetime = forms.TypedChoiceField(
        label=_("Valid for"),
        choices=[(hours, label) for hours, label in constants.PREVIEW_LINK_LIFETIMES],
        coerce=int,
        initial=24,
    )

    def clean_lifetime(self) -> datetime.timedelta:
        return datetime.timedelta(hours=self.cleaned_data["lifetime"])


class TranslatePackageForm(forms.Form):
    """The language a package is translated into: one the visit has no version in yet."""

    language = forms.ChoiceField(label=_("Translate into"))

    def __init__(self, *args, languages: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = languages


class PluginTemplateForm(forms.ModelForm):
    """Our plugins' form: the ``template`` is chosen among the default and ``RELATIONS_PLUGIN_TEMPLATES``."""

    template = forms.ChoiceField(label=_("Template"), initial="default")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [("default", _("Default")), *get_setting("TEMPLATES")]


class VisitChoiceField(forms.ModelChoiceField):
    """Visits named as readers know them: the package's headline and first day (``visit_list_for_choice``)."""

    def label_from_instance(self, obj: Visit) -> str:
        return _("%(headline)s (%(date)s)") % {
            "headline": obj.package_headline,
            "date": date_format(obj.package_starts_on, "j M Y"),
        }


class VisitPluginForm(PluginTemplateForm):
    """A plugin showing part of one visit's package: visits with a package readers see in the page's language.

    ``plugin_language`` is the page's language; the plugin sets it on a subclass per request (``get_form``).
    """

    plugin_language = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = self.plugin_language or translation.get_language()
        self.fields["visit"] = VisitChoiceField(
            queryset=selectors.visit_list_for_choice(language=language),
            label=_("Visit"),
            help_text=_("Visits whose package is published in this page's language."),
        )


class QuoteChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        from .autocomplete import quote_label

        return quote_label(obj)


class PullQuotePluginForm(PluginTemplateForm):
    """A pull quote: one quote of a package readers see now, found by its speaker's name or its words.

    An existing pull quote opens on the same words in the package readers see now (the chosen row may be of an
    older version); the visit is the chosen quote's.
    """

    plugin_language = ""

    def __init__(self, *args, **kwargs):
        from django.contrib.admin import site

        from .autocomplete import QuoteAutocompleteSelect

        super().__init__(*args, **kwargs)
        language = self.plugin_language or translation.get_language()
        self.fields["quote"] = QuoteChoiceField(
            queryset=selectors.quote_list_for_choice(language=language),
            widget=QuoteAutocompleteSelect(language=language, admin_site=site),
            label=_("Quote"),
            help_text=_("Type a speaker's name or words of the quote. Only quotes readers can see are offered."),
        )
        chosen = self.instance.quote if self.instance.quote_id else None
        if chosen is not None and not self.is_bound:
            current = selectors.quote_get_for_plugin(
                visit_id=self.instance.visit_id, language=language, quote_id=chosen.pk
            ) or selectors.quote_get_for_plugin(
                visit_id=self.instance.visit_id, language=chosen.visit_content.language, quote_id=chosen.pk
            )
            self.initial["quote"] = current.pk if current else None

    def clean(self):
        cleaned_data = super().clean()
        quote = cleaned_data.get("quote")
        if quote is not None:
            self.instance.visit_id = quote.visit_content.visit_id
        return cleaned_data


class ZonedSplitDateTime(AdminSplitDateTime):
    """The admin's date and time inputs, with the zone they are read in named beside them."""

    template_name = "admin/relations_plugin/widgets/zoned_split_datetime.html"

    def __init__(self, attrs=None, zone: str = "", at_the_visit: bool = False, named: bool = True):
        super().__init__(attrs)
        self.zone, self.at_the_visit, self.named = zone, at_the_visit, named

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.at_the_visit and not self.named:
            context["zone_label"] = _("time at the visit, in the package's time zone")
            return context
        zone = self.zone or timezone.get_current_timezone_name()
        at = value.replace(tzinfo=zoneinfo.ZoneInfo(zone)) if isinstance(value, datetime.datetime) else None
        label = timezones.zone_label(zone, at)
        context["zone_label"] = (
            _("time at the visit: %(zone)s") if self.at_the_visit else _("your time zone: %(zone)s")
        ) % {"zone": label}
        return context


class ZonedSplitDateTimeField(forms.SplitDateTimeField):
    """A date and time typed as the clock reads in a given zone (the visit's), not in the editor's."""

    widget = ZonedSplitDateTime
    zone = ""

    def set_zone(self, zone: str, *, at_the_visit: bool = False, named: bool = True) -> None:
        self.zone = self.widget.zone = zone
        self.widget.at_the_visit, self.widget.named = at_the_visit, named

    def prepare_value(self, value):
        if self.zone and isinstance(value, datetime.datetime) and timezone.is_aware(value):
            return value.astimezone(zoneinfo.ZoneInfo(self.zone)).replace(tzinfo=None)
        return value

    def compress(self, data_list):
        if not self.zone:
            return super().compress(data_list)
        with timezone.override(zoneinfo.ZoneInfo(self.zone)):
            return super().compress(data_list)

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)


class EditorProfileForm(forms.ModelForm):
    """My preferences: the zone the admin shows and reads the editor's times in."""

    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        help_text=_("Times in the admin are shown in this zone, and the times you type are read in it."),
    )

    class Meta:
        model = EditorProfile
        fields = ["time_zone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = timezones.zone_choices()
