"""factory_boy factories, one per model. Versioned contents are created through versioning with a real user."""

from __future__ import annotations

import datetime
import io
import itertools

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from djangocms_versioning.models import Version
from filer.models import File as FilerFile
from filer.models import Image as FilerImage
from PIL import Image as PILImage

from relations_plugin import constants
from relations_plugin.models import (
    Agreement,
    Article,
    ArticleContent,
    CeremonyPhoto,
    LinkedArticle,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
    Relation,
    Visit,
    VisitContent,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"editor{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    is_staff = True
    is_superuser = True
    password = factory.PostGenerationMethodCall("set_password", "secret-password")


def image_bytes(width: int = 1200, height: int = 800, color: str = "#2a6f97", fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, fmt)
    return buffer.getvalue()


class FilerImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FilerImage

    original_filename = factory.Sequence(lambda n: f"photo{n}.jpg")
    file = factory.LazyAttribute(lambda o: ContentFile(image_bytes(), name=o.original_filename))
    owner = None


class FilerFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FilerFile

    original_filename = factory.Sequence(lambda n: f"agreement{n}.pdf")
    file = factory.LazyAttribute(lambda o: ContentFile(b"%PDF-1.4\n%%EOF\n", name=o.original_filename))


class RelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Relation
        django_get_or_create = ("country_a", "country_b")

    country_a = "KZ"
    country_b = "RS"
    slug = factory.LazyAttribute(lambda o: Relation.slug_for(o.country_a, o.country_b))
    established_on = datetime.date(1996, 2, 6)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Official Number{n}")
    country = "KZ"
    title = "Minister"
    slug = factory.Sequence(lambda n: f"official-{n}")
    aliases = factory.LazyAttribute(lambda o: [o.name.split()[-1]])


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    relation = factory.SubFactory(RelationFactory)
    guest_country = factory.LazyAttribute(lambda o: o.relation.country_a)
    host_country = factory.LazyAttribute(lambda o: o.relation.country_b)


class VersionedContentFactory(factory.django.DjangoModelFactory):
    """Creates content through versioning (a draft Version by ``author``); ``published=True`` publishes it."""

    class Meta:
        abstract = True

    author = factory.SubFactory(UserFactory, username="factory-editor")
    published = False

    @classmethod
    def _create(cls, model_class, *args, author=None, published=False, **kwargs):
        content = model_class.objects.with_user(author).create(*args, **kwargs)
        if published:
            Version.objects.get_for_content(content).publish(author)
        return content


class VisitContentFactory(VersionedContentFactory):
    class Meta:
        model = VisitContent

    visit = factory.SubFactory(VisitFactory)
    language = "en"
    headline = factory.Sequence(lambda n: f"Presidents meet in Belgrade, day {n}")
    slug = factory.Sequence(lambda n: f"presidents-meet-{n}")
    summary = "The presidents held talks and reached agreements."
    visit_type = constants.VisitType.OFFICIAL
    starts_on = datetime.date(2024, 11, 18)
    ends_on = datetime.date(2024, 11, 19)
    city = "Belgrade"
    venue = "Palace of Serbia"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article


class ArticleContentFactory(VersionedContentFactory):
    class Meta:
        model = ArticleContent

    article = factory.SubFactory(ArticleFactory)
    language = "en"
    headline = factory.Sequence(lambda n: f"Leaders hold talks {n}")
    slug = factory.Sequence(lambda n: f"leaders-hold-talks-{n}")
    standfirst = "Talks in narrow and expanded format."
    body = "<p>Both countries have similar positions, said the President.</p>"
    byline = "Staff correspondent"
    source = "Newsroom"
    published_at = factory.LazyFunction(timezone.now)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    visit_content = factory.SubFactory(VisitContentFactory)
    person = factory.SubFactory(PersonFactory)
    role = constants.ParticipantRole.HEAD_OF_STATE
    sort_order = factory.Sequence(int)


class ProgrammeEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeEvent

    visit_content = factory.SubFactory(VisitContentFactory)
    kind = constants.EventKind.TALKS_NARROW
    title = "Talks in narrow format"
    starts_at = factory.LazyFunction(lambda: timezone.make_aware(datetime.datetime(2024, 11, 19, 10, 0)))
    place = "Palace of Serbia"
    sort_order = factory.Sequence(int)


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    visit_content = factory.SubFactory(VisitContentFactory)
    speaker = factory.SubFactory(PersonFactory)
    text = "Both countries have similar positions."
    context = "at the joint press briefing"
    said_on = datetime.date(2024, 11, 19)
    sort_order = factory.Sequence(int)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    visit_content = factory.SubFactory(VisitContentFactory)
    title = factory.Sequence(lambda n: f"Agreement on cooperation no. {n}")
    kind = constants.AgreementKind.AGREEMENT
    sphere = constants.Sphere.TRADE
    signed_on = datetime.date(2024, 11, 19)
    sort_order = factory.Sequence(int)

    @factory.post_generation
    def signatories(self, create, extracted, **kwargs):
        if create and extracted:
            self.signatories.set(extracted)


class CeremonyPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CeremonyPhoto

    visit_content = factory.SubFactory(VisitContentFactory)
    image = factory.SubFactory(FilerImageFactory)
    caption = "Official welcome ceremony (sample image)"
    credit = "Sample image"
    alt_text = "Two presidents on a red carpet in front of the Palace of Serbia"
    sort_order = factory.Sequence(int)


class LinkedArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LinkedArticle

    visit_content = factory.SubFactory(VisitContentFactory)
    article = factory.SubFactory(ArticleFactory)
    role = constants.ArticleRole.MAIN
    sort_order = factory.Sequence(int)


def create_apphook_page(*, user, slug: str = "relations", languages=("en", "ru", "kk")):
    """A published CMS page in each language with the RelationsApphook attached, URLs reloaded."""
    from cms.api import create_page, create_page_content
    from cms.utils.apphook_reload import reload_urlconf

    first, *others = languages
    page = create_page(
        "Relations",
        "page.html",
        first,
        created_by=user,
        slug=slug,
        apphook="RelationsApphook",
        apphook_namespace="relations_plugin",
        in_navigation=True,
    )
    for language in others:
        create_page_content(language, "Relations", page, created_by=user, slug=slug)
    for language in languages:
        Version.objects.get_for_content(page.get_admin_content(language)).publish(user)
    reload_urlconf()
    return page


_package_numbers = itertools.count(1)


def build_story_package(*, author, count: int = 1, published: bool = True, language: str = "en", slug: str = ""):
    """A whole visit package with ``count`` quotes, photos, agreements, events and linked articles."""
    relation = RelationFactory()
    guest = PersonFactory(
        name="Kassym-Jomart Tokayev", country="KZ", title="President of Kazakhstan", portrait=FilerImageFactory()
    )
    host = PersonFactory(name="Aleksandar Vučić", country="RS", title="President of Serbia")
    content = VisitContentFactory(
        author=author,
        visit=VisitFactory(relation=relation),
        language=language,
        headline="Tokayev and Vučić hold talks in Belgrade",
        slug=slug or f"tokayev-in-belgrade-{next(_package_numbers)}",
        lead_photo=FilerImageFactory(author="Akorda press service"),
        lead_photo_alt="The two presidents shake hands in front of the Palace of Serbia",
    )
    ParticipationFactory(visit_content=content, person=guest, role_title="President of Kazakhstan")
    ParticipationFactory(visit_content=content, person=host, role_title="President of Serbia")
    body_sentence = "Both countries have similar positions, said the President."
    for n in range(count):
        article = ArticleContentFactory(
            author=author,
            language=language,
            published=True,
            body=f"<p>Introduction {n}.</p><p>{body_sentence}</p>",
        )
        start = len(f"Introduction {n}.") + 2
        event = ProgrammeEventFactory(visit_content=content, title=f"Talks, round {n + 1}")
        QuoteFactory(
            visit_content=content,
            speaker=guest if n % 2 == 0 else host,
            text="Both countries have similar positions",
            source_article=article.article,
            start_offset=start,
            end_offset=start + len("Both countries have similar positions"),
        )
        AgreementFactory(visit_content=content, signatories=[guest, host], document=FilerFileFactory())
        CeremonyPhotoFactory(visit_content=content, event=event, image=FilerImageFactory())
        LinkedArticleFactory(visit_content=content, article=article.article)
    if published:
        Version.objects.get_for_content(content).publish(author)
    return content


class PartnerFactory(factory.django.DjangoModelFactory):
    """A syndication partner with a token (``Authorization: Token <token>``)."""

    class Meta:
        model = "relations_plugin.Partner"

    name = factory.Sequence(lambda n: f"Partner agency {n}")
    is_active = True
    can_see_embargoed = False
    rate = "1000/hour"


def embargo(content, *, until: datetime.datetime):
    """Give a published package a future go-live time (djangocms-timed-publishing), as an editor's embargo does."""
    from djangocms_timed_publishing.models import TimedPublishingInterval

    version = Version.objects.get_for_content(content)
    TimedPublishingInterval.objects.update_or_create(version=version, defaults={"start": until})
    return content
