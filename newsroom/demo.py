"""Demo content: the official visit of Kazakhstan's President to Serbia, Belgrade, 18-19 November 2024.

Facts (dates, places, people, the order of the programme, quotes word for word) follow the agency's report
of the visit; the narrative text is the project's own. Photos are generated sample images, captioned as such.
Every step looks for what it would create first, so loading twice changes nothing.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from cms.api import add_plugin, create_page
from cms.apphook_pool import apphook_pool
from cms.models import Page, PageContent
from cms.utils.apphook_reload import reload_urlconf
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from djangocms_versioning.models import Version
from filer.models import Folder
from filer.models import Image as FilerImage
from PIL import Image, ImageDraw, ImageFont

from relations_plugin import constants, services
from relations_plugin.html import html_to_text
from relations_plugin.models import (
    Agreement,
    ArticleContent,
    CeremonyPhoto,
    LinkedArticle,
    Participation,
    Person,
    ProgrammeEvent,
    Quote,
    VisitContent,
)

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "demo-admin-2024"
VISIT_SLUG = "tokayev-official-visit-serbia-2024"
ARTICLE_SLUG = "kazakhstan-and-serbia-confirm-close-partnership"
APPHOOK_PAGE_SLUG = "relations"

TOKAYEV_QUOTE = (
    "Kazakhstan and Serbia enjoy close relations at the international and regional levels. Both countries have "
    "similar positions when it comes to many topical issues. Amid the current complex geopolitical situation, our "
    "countries confirmed their commitment to further strengthening of interaction within multilateral bodies"
)
VUCIC_QUOTE = (
    "The friendship between Kazakhstan and Serbia is not limited only to the relationship between our peoples, as "
    "our countries offer mutual support within international organizations, including the UN. Today, a number of "
    "agreements in different spheres were reached. Joint projects, meeting the core interests of the countries, are "
    "set to be implemented in different spheres. I express sincere gratitude to my friend President of Kazakhstan "
    "Kassym-Jomart Tokayev for his great contribution to strengthening of cooperation with Serbia"
)

ARTICLE_PARAGRAPHS = [
    "Belgrade hosted Kazakhstan's President Kassym-Jomart Tokayev on the second day of his official visit to "
    "Serbia, where he and Serbian President Aleksandar Vučić held talks first in a narrow and then in an expanded "
    "format.",
    f"“{TOKAYEV_QUOTE},” the Kazakh leader said.",
    "Tokayev invited his Serbian counterpart to come to Kazakhstan on an official visit next year.",
    "Speaking to journalists after the talks, Vučić praised their productive and informative character and the "
    "trust between the two countries and their presidents.",
    f"“{VUCIC_QUOTE},” the Serbian President said.",
    "The delegations also discussed opening direct flights between Astana and Belgrade.",
    "The visit began with an official welcome ceremony on the square in front of the Palace of Serbia. Tokayev "
    "had arrived in Belgrade on 18 November. The two countries established diplomatic relations 28 years ago and "
    "have since expanded their cooperation in trade, investment and culture.",
]


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def sample_image(title: str, color: str, size: tuple[int, int] = (1600, 1067)) -> bytes:
    """A generated placeholder photo that says plainly that it is a sample."""
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    for step in range(0, size[0], 80):
        draw.line([(step, size[1]), (step + size[1] // 2, 0)], fill=(255, 255, 255, 40), width=2)
    try:
        font = ImageFont.load_default(size=64)
    except TypeError:  # Pillow without FreeType sizes
        font = ImageFont.load_default()
    draw.rectangle([(60, size[1] - 240), (size[0] - 60, size[1] - 60)], fill=(0, 0, 0))
    draw.text((100, size[1] - 220), "SAMPLE IMAGE", fill=(255, 255, 255), font=font)
    draw.text((100, size[1] - 140), title, fill=(255, 230, 120), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _filer_image(*, name: str, title: str, color: str, folder: Folder, report: DemoReport) -> FilerImage:
    existing = FilerImage.objects.filter(original_filename=name, folder=folder).first()
    if existing:
        return existing
    image = FilerImage.objects.create(
        original_filename=name,
        file=ContentFile(sample_image(title, color), name=name),
        folder=folder,
        name=title,
        default_alt_text=title,
        author="Sample image",
    )
    report.add(f"image {name}")
    return image


def _admin(report: DemoReport):
    user_model = get_user_model()
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        user = user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", ADMIN_PASSWORD)
        report.add("admin user")
    return user


def _people(report: DemoReport) -> tuple[Person, Person]:
    specs = [
        {
            "slug": "kassym-jomart-tokayev",
            "name": "Kassym-Jomart Tokayev",
            "native_name": "Қасым-Жомарт Тоқаев",
            "country": "KZ",
            "title": "President of the Republic of Kazakhstan",
            "aliases": [
                "Tokayev",
                "Tokaev",
                "Kassym-Jomart Tokaev",
                "the Kazakh leader",
                "Head of State of Kazakhstan",
                "President of Kazakhstan",
            ],
        },
        {
            "slug": "aleksandar-vucic",
            "name": "Aleksandar Vučić",
            "native_name": "Александар Вучић",
            "country": "RS",
            "title": "President of the Republic of Serbia",
            "aliases": ["Vučić", "Vucic", "Aleksandar Vucic", "the Serbian President", "President of Serbia"],
        },
    ]
    people = []
    for spec in specs:
        person = Person.objects.filter(slug=spec["slug"]).first()
        if person is None:
            person = services.person_create(**spec)
            report.add(f"person {person}")
        people.append(person)
    return people[0], people[1]


def _at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2024, 11, day, hour, minute))


def _article(user, report: DemoReport):
    content = ArticleContent.admin_manager.filter(language="en", slug=ARTICLE_SLUG).first()
    if content:
        return content.article
    content = services.article_create(
        by=user,
        language="en",
        headline="Kazakhstan and Serbia confirm close partnership as Tokayev visits Belgrade",
        slug=ARTICLE_SLUG,
        standfirst="The two presidents held talks in narrow and expanded format and reached agreements in "
        "different spheres.",
        text="\n\n".join(ARTICLE_PARAGRAPHS),
        byline="Newsroom correspondent",
        source="Newsroom demo",
        published_at=_at(19, 16),
    )
    services.content_publish(content=content, by=user)
    report.add("article")
    return content.article


def _package(user, report: DemoReport) -> VisitContent:
    existing = VisitContent.admin_manager.filter(language="en", slug=VISIT_SLUG).first()
    if existing:
        return existing
    tokayev, vucic = _people(report)
    relation = services.relation_get_or_create(
        first="KZ",
        second="RS",
        established_on=datetime.date(1996, 2, 6),
        description="Kazakhstan and Serbia cooperate closely in international organisations, including the UN.",
    )
    visit = services.visit_create(relation=relation, guest_country="KZ", host_country="RS")
    folder, _ = Folder.objects.get_or_create(name="Kazakhstan–Serbia 2024 (sample images)", parent=None)
    lead = _filer_image(
        name="welcome-ceremony-sample.jpg",
        title="Welcome ceremony",
        color="#1d4e89",
        folder=folder,
        report=report,
    )
    content = services.visit_content_create(
        visit=visit,
        by=user,
        language="en",
        headline="Tokayev in Belgrade: Kazakhstan and Serbia pledge closer cooperation",
        slug=VISIT_SLUG,
        summary="On an official visit to Serbia, Kazakhstan's President Kassym-Jomart Tokayev held talks with "
        "Serbian President Aleksandar Vučić in narrow and expanded format. The sides reached agreements in "
        "different spheres and discussed direct flights between Astana and Belgrade.",
        visit_type=constants.VisitType.OFFICIAL,
        starts_on=datetime.date(2024, 11, 18),
        ends_on=datetime.date(2024, 11, 19),
        city="Belgrade",
        venue="Palace of Serbia",
        lead_photo=lead,
        lead_photo_alt="Sample image standing in for the official welcome ceremony in front of the Palace of Serbia",
    )
    Participation.objects.create(
        visit_content=content,
        person=tokayev,
        role=constants.ParticipantRole.HEAD_OF_STATE,
        sort_order=0,
        role_title="President of Kazakhstan",
    )
    Participation.objects.create(
        visit_content=content,
        person=vucic,
        role=constants.ParticipantRole.HEAD_OF_STATE,
        sort_order=1,
        role_title="President of Serbia",
    )
    events = {}
    for order, (kind, title, when, place, description) in enumerate(
        [
            (constants.EventKind.ARRIVAL, "Arrival in Belgrade", _at(18, 18), "Belgrade", ""),
            (
                constants.EventKind.WELCOME_CEREMONY,
                "Official welcome ceremony",
                _at(19, 10),
                "Square in front of the Palace of Serbia",
                "",
            ),
            (constants.EventKind.TALKS_NARROW, "Talks in narrow format", _at(19, 10, 30), "Palace of Serbia", ""),
            (
                constants.EventKind.TALKS_EXPANDED,
                "Talks in expanded format",
                _at(19, 11, 30),
                "Palace of Serbia",
                "The delegations discussed launching direct flights between Astana and Belgrade.",
            ),
            (constants.EventKind.PRESS_BRIEFING, "Joint press briefing", _at(19, 13), "Palace of Serbia", ""),
        ]
    ):
        events[kind] = ProgrammeEvent.objects.create(
            visit_content=content,
            kind=kind,
            title=title,
            starts_at=when,
            place=place,
            description=description + (" Times are indicative." if order == 0 else ""),
            sort_order=order,
        )
    article = _article(user, report)
    body_text = html_to_text(ArticleContent.admin_manager.filter(article=article, language="en").first().body)
    for order, (speaker, words, context) in enumerate(
        [
            (tokayev, TOKAYEV_QUOTE, "after the talks in Belgrade"),
            (vucic, VUCIC_QUOTE, "at the joint press briefing"),
        ]
    ):
        start = body_text.find(words)
        Quote.objects.create(
            visit_content=content,
            speaker=speaker,
            text=words,
            context=context,
            said_on=datetime.date(2024, 11, 19),
            source_article=article,
            start_offset=start if start >= 0 else None,
            end_offset=start + len(words) if start >= 0 else None,
            sort_order=order,
        )
    reached = Agreement.objects.create(
        visit_content=content,
        title="Agreements in different spheres",
        kind=constants.AgreementKind.AGREEMENT,
        sphere=constants.Sphere.OTHER,
        status=constants.AgreementStatus.SIGNED,
        signed_on=datetime.date(2024, 11, 19),
        summary="A number of agreements in different spheres were reached during the visit; joint projects are "
        "to follow.",
        sort_order=0,
    )
    reached.signatories.set([tokayev, vucic])
    Agreement.objects.create(
        visit_content=content,
        title="Direct flights between Astana and Belgrade",
        kind=constants.AgreementKind.AGREEMENT,
        sphere=constants.Sphere.TRANSPORT,
        status=constants.AgreementStatus.ANNOUNCED,
        summary="Discussed in the expanded-format talks; not signed during the visit.",
        sort_order=1,
    )
    for order, (name, title, color, event_kind, alt) in enumerate(
        [
            (
                "welcome-ceremony-sample.jpg",
                "Welcome ceremony",
                "#1d4e89",
                constants.EventKind.WELCOME_CEREMONY,
                "Sample image standing in for the official welcome ceremony in front of the Palace of Serbia",
            ),
            (
                "talks-sample.jpg",
                "Talks in expanded format",
                "#7a3b1d",
                constants.EventKind.TALKS_EXPANDED,
                "Sample image standing in for the delegations at the expanded-format talks",
            ),
            (
                "press-briefing-sample.jpg",
                "Joint press briefing",
                "#22543d",
                constants.EventKind.PRESS_BRIEFING,
                "Sample image standing in for the two presidents at the joint press briefing",
            ),
        ]
    ):
        CeremonyPhoto.objects.create(
            visit_content=content,
            image=_filer_image(name=name, title=title, color=color, folder=folder, report=report),
            caption=f"{title}, Belgrade, 19 November 2024 (sample image, not a photograph of the event).",
            credit="Sample image generated for the demo",
            alt_text=alt,
            event=events[event_kind],
            sort_order=order,
        )
    LinkedArticle.objects.create(visit_content=content, article=article, role=constants.ArticleRole.MAIN, sort_order=0)
    services.content_publish(content=content, by=user)
    report.add("visit package")
    return content


def _publish_page(page: Page, user) -> None:
    content = PageContent.admin_manager.filter(page=page, language="en").first()
    version = Version.objects.get_for_content(content)
    if version.state != "published":
        version.publish(user)


def _pages(user, report: DemoReport, package: VisitContent) -> None:
    if "RelationsApphook" in apphook_pool.apps and not Page.objects.filter(reverse_id="relations").exists():
        relations = create_page(
            "Bilateral relations",
            "page.html",
            "en",
            created_by=user,
            in_navigation=True,
            reverse_id="relations",
            slug=APPHOOK_PAGE_SLUG,
            apphook="RelationsApphook",
            apphook_namespace="relations_plugin",
        )
        _publish_page(relations, user)
        reload_urlconf()
        report.add("relations page")
    if not Page.objects.filter(reverse_id="home").exists():
        home = create_page("Newsroom", "page.html", "en", created_by=user, in_navigation=True, reverse_id="home")
        placeholder = home.get_admin_content("en").get_placeholders().get(slot="content")
        story_url = package.get_absolute_url() or f"/en/{APPHOOK_PAGE_SLUG}/"
        add_plugin(
            placeholder,
            "TextPlugin",
            "en",
            body=(
                "<h2>Bilateral visits</h2><p>Our coverage of state and official visits, as story packages. "
                f'Start with <a href="{story_url}">the official visit of Kazakhstan\'s President to Serbia</a>.</p>'
            ),
        )
        _publish_page(home, user)
        with transaction.atomic():
            home.set_as_homepage(user)
        report.add("home page")


@transaction.atomic
def load_demo() -> DemoReport:
    report = DemoReport()
    user = _admin(report)
    package = _package(user, report)
    _pages(user, report, package)
    return report
