"""Admin forms of relations_plugin: the validation an editor reads, in words an editor understands."""

from __future__ import annotations

import datetime
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from . import constants, images, selectors
from .html import normalise_text
from .models import Article, ArticleContent, Person, Relation, Visit, VisitContent
from .services import AcceptedPerson, AcceptedQuote


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
        help_text=_("For a new visit: the pair of countries."),
    )
    guest_country = forms.ChoiceField(label=_("Guest country"), choices=_country_choices, required=False)
    host_country = forms.ChoiceField(label=_("Host country"), choices=_country_choices, required=False)

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
            "lead_photo",
            "lead_photo_alt",
        ]
        help_texts = {
            "visit": _("Pick the visit to translate, or leave empty and give relation, guest and host for a new one."),
            "slug": _("Left empty, it is made from the headline."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_visit: Visit | None = None
        if "visit" in self.fields:
            self.fields["visit"].required = False
        if "slug" in self.fields:
            self.fields["slug"].required = False
        if self.instance.pk:
            for name in ("relation", "guest_country", "host_country"):
                self.fields.pop(name, None)
            if "visit" in self.fields:
                self.fields["visit"].disabled = True

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("slug") and cleaned.get("headline"):
            cleaned["slug"] = slugify(cleaned["headline"], allow_unicode=True)[:255]
            self.instance.slug = cleaned["slug"]
        if self.instance.pk or cleaned.get("visit"):
            return cleaned
        relation, guest, host = cleaned.get("relation"), cleaned.get("guest_country"), cleaned.get("host_country")
        if not (relation and guest and host):
            raise ValidationError(
                _("Choose an existing visit, or give the relation, guest country and host country of a new one.")
            )
        visit = Visit(relation=relation, guest_country=guest, host_country=host)
        try:
            visit.full_clean()
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        self.new_visit = visit
        return cleaned

    def clean_lead_photo(self):
        return checked_photo(self.cleaned_data.get("lead_photo"))[0]

    def _get_validation_exclusions(self):
        exclusions = super()._get_validation_exclusions()
        if self.new_visit is not None:
            # The visit is created together with its first package, in the admin's save_model.
            exclusions.add("visit")
        return exclusions


class PackageFormSet(forms.BaseInlineFormSet):
    """Inline formset of a package's items; sees the participants formset of the same screen."""

    participations_formset: forms.BaseInlineFormSet | None = None

    def live_forms(self) -> list[forms.ModelForm]:
        """Forms that hold an item after this save: filled in, valid so far, not marked for deletion."""
        return [f for f in self.forms if getattr(f, "cleaned_data", None) and not f.cleaned_data.get("DELETE")]

    def participant_ids(self) -> set[int]:
        """The people the editor lists as participants, as submitted now (not as stored)."""
        formset = self.participations_formset
        if formset is None:
            return set(self.instance.participations.values_list("person_id", flat=True)) if self.instance.pk else set()
        return {form.cleaned_data["person"].pk for form in formset.live_forms() if form.cleaned_data.get("person")}


class ParticipationFormSet(PackageFormSet):
    pass


class ProgrammeEventFormSet(PackageFormSet):
    def clean(self):
        super().clean()
        content = self.instance
        if not (content.starts_on and content.ends_on):
            return
        for form in self.live_forms():
            starts_at = form.cleaned_data.get("starts_at")
            if starts_at and not content.contains(timezone.localtime(starts_at).date()):
                form.add_error(
                    "starts_at",
                    _("This event is outside the visit (%(start)s to %(end)s).")
                    % {"start": content.starts_on, "end": content.ends_on},
                )


class QuoteFormSet(PackageFormSet):
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


class CeremonyPhotoForm(forms.ModelForm):
    image_info: images.ImageInfo | None = None

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
    def clean(self):
        super().clean()
        for form in self.live_forms():
            event = form.cleaned_data.get("event")
            if event and event.visit_content_id != self.instance.pk:
                form.add_error("event", _("Choose an event of this visit's programme."))


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
    headline = forms.CharField(label=_("Headline of the pasted article"), max_length=255, required=False)
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
                raise ValidationError({"headline": _("Give the pasted article a headline.")})
            self.article_text = normalise_text(text)
        else:
            raise ValidationError(_("Paste the article's text or choose an existing article."))
        return cleaned


NEW_PERSON = "new"


class SuggestionReviewForm(forms.Form):
    """Step two: one checkbox per suggestion, the speaker or person editable, nothing created unticked."""

    def __init__(self, *args, suggestions: dict, people: list[Person], content: VisitContent, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions
        self.content = content
        person_choices = [(str(p.pk), f"{p.name} ({p.country.code})") for p in people]
        self.quote_rows, self.participant_rows, self.agreement_rows, self.date_rows = [], [], [], []
        for index, participant in enumerate(suggestions["participants"]):
            match = match_person(participant["name"], people)
            self.fields[f"participant_{index}"] = forms.BooleanField(required=False, initial=True)
            self.fields[f"participant_{index}_person"] = forms.ChoiceField(
                choices=[(NEW_PERSON, _("New person: %(name)s") % {"name": participant["name"]}), *person_choices],
                initial=str(match.pk) if match else NEW_PERSON,
            )
            self.participant_rows.append(
                (participant, self[f"participant_{index}"], self[f"participant_{index}_person"])
            )
        for index, quote in enumerate(suggestions["quotes"]):
            match = match_person(quote["speaker"], people)
            self.fields[f"quote_{index}"] = forms.BooleanField(required=False, initial=True)
            self.fields[f"quote_{index}_speaker"] = forms.ChoiceField(
                choices=[(NEW_PERSON, _("New person: %(name)s") % {"name": quote["speaker"]}), *person_choices],
                initial=str(match.pk) if match else NEW_PERSON,
            )
            self.quote_rows.append((quote, self[f"quote_{index}"], self[f"quote_{index}_speaker"]))
        for index, agreement in enumerate(suggestions["agreements"]):
            self.fields[f"agreement_{index}"] = forms.BooleanField(required=False, initial=True)
            self.agreement_rows.append((agreement, self[f"agreement_{index}"]))
        for index, dated in enumerate(suggestions["dates"]):
            day = _parse_date(dated["date"])
            inside = day is not None and content.contains(day)
            self.fields[f"date_{index}"] = forms.BooleanField(required=False, initial=inside, disabled=not inside)
            self.date_rows.append((dated, self[f"date_{index}"], inside))

    def _person(self, choice: str, name: str, participant: dict | None) -> AcceptedPerson:
        participant = participant or {}
        role = participant.get("role", "")
        if choice == NEW_PERSON:
            return AcceptedPerson(
                name=name, country=participant.get("country") or "", role=role, role_title=participant.get("title", "")
            )
        return AcceptedPerson(person=Person.objects.get(pk=choice), role=role)

    def accepted(self) -> dict:
        """What the editor ticked, as arguments of ``services.package_import``."""
        data = self.cleaned_data
        by_name = {p["name"]: p for p in self.suggestions["participants"]}
        participants = [
            self._person(data[f"participant_{i}_person"], p["name"], p)
            for i, p in enumerate(self.suggestions["participants"])
            if data.get(f"participant_{i}")
        ]
        quotes = [
            AcceptedQuote(
                text=q["text"],
                start=q["start"],
                end=q["end"],
                speaker=self._person(data[f"quote_{i}_speaker"], q["speaker"], by_name.get(q["speaker"])),
            )
            for i, q in enumerate(self.suggestions["quotes"])
            if data.get(f"quote_{i}")
        ]
        agreements = [a for i, a in enumerate(self.suggestions["agreements"]) if data.get(f"agreement_{i}")]
        events = [
            (_parse_date(d["date"]), d["what"])
            for i, d in enumerate(self.suggestions["dates"])
            if data.get(f"date_{i}") and _parse_date(d["date"])
        ]
        return {"participants": participants, "quotes": quotes, "agreements": agreements, "events": events}

    def clean(self):
        cleaned = super().clean()
        for index, quote in enumerate(self.suggestions["quotes"]):
            choice = cleaned.get(f"quote_{index}_speaker")
            if cleaned.get(f"quote_{index}") and choice == NEW_PERSON and not self._country_for(quote["speaker"]):
                self.add_error(
                    f"quote_{index}_speaker",
                    _("The country of %(name)s is unknown: choose an existing person or add them first.")
                    % {"name": quote["speaker"]},
                )
        return cleaned

    def _country_for(self, name: str) -> str:
        return next((p.get("country") for p in self.suggestions["participants"] if p["name"] == name), "") or ""


def _parse_date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def match_person(name: str, people: list[Person]) -> Person | None:
    """The known person a suggested name means: by name or alias, with or without diacritics."""
    wanted = _fold(name)
    for person in people:
        if wanted in {_fold(person.name), *(_fold(alias) for alias in person.aliases)}:
            return person
    return None


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
