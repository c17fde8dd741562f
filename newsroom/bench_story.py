"""The benchmark story: the same package the Wagtail and djangocms-stories sites of the speed comparison serve.

A state visit with a headline, a standfirst, a body of about 400 words, 4 quotes with speakers, 3 agreements,
8 ceremony photos of 3000 × 2000 pixels and 3 related articles, loaded through the project's own services, so
the comparison of story pages and API details is like for like. The countries of the story are invented; the
package files them under Finland and Portugal, since a relation needs two ISO 3166-1 codes.
Loading twice changes nothing.
"""

from __future__ import annotations

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from filer.models import Folder
from filer.models import Image as FilerImage
from PIL import Image, ImageDraw

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

SLUG = "state-visit-nordavia-estrela"
HEADLINE = "Nordavia and Estrela sign three agreements during first state visit in a decade"
STANDFIRST = (
    "President Aina Korhonen's two-day visit to Porto Claro ends with accords on renewable energy, student "
    "exchange and coastal shipping, and a promise to double bilateral trade by 2030."
)
BODY_PARAGRAPHS = [
    "President Aina Korhonen of Nordavia arrived in Porto Claro on Tuesday morning for the first state visit "
    "between the two countries in more than ten years. She was welcomed at the presidential palace by President "
    "Mateus Araújo with a guard of honour, a twenty-one gun salute and the national anthems of both republics, "
    "played by the band of the Estrelan navy.",
    "The two heads of state held talks in a restricted format for nearly two hours before being joined by their "
    "delegations. Officials said the discussions covered energy security, education, maritime cooperation and "
    "the situation in the wider region, as well as the long-delayed reopening of the direct ferry route between "
    "the northern port of Halvik and Porto Claro.",
    "Trade between Nordavia and Estrela reached 2.4 billion euros last year, driven mainly by machinery, timber "
    "and pharmaceuticals moving south and by fruit, wine and textiles moving north. Both governments say the "
    "figure is well below its potential and have set a target of doubling it before the end of the decade.",
    "At a joint press conference in the palace gardens the presidents presented three agreements signed by their "
    "ministers earlier in the day. The largest commits the state energy companies of both countries to build and "
    "operate an offshore wind farm of up to 600 megawatts off the Estrelan coast, with turbines assembled in "
    "Nordavian yards.",
    "In the afternoon President Korhonen laid a wreath at the Monument to the Navigators, visited the "
    "Nordavian-Estrelan Technical School, which has trained more than three thousand engineers since it opened in "
    "1998, and met students who will be among the first to benefit from the new exchange programme.",
    "The visit continues on Wednesday with a business forum attended by more than two hundred companies and a "
    "trip to the port of Vila Nova, where the restored ferry terminal is due to open next spring. President Araújo "
    "accepted an invitation to pay a return visit to Nordavia next year.",
]
PEOPLE = [
    ("Aina Korhonen", "FI", "President of Nordavia", constants.ParticipantRole.HEAD_OF_STATE),
    ("Mateus Araújo", "PT", "President of Estrela", constants.ParticipantRole.HEAD_OF_STATE),
    ("Helena Duarte", "PT", "Minister of Education of Estrela", constants.ParticipantRole.MINISTER),
    ("Jonas Lindqvist", "FI", "Chair, Nordavian-Estrelan Chamber of Commerce", constants.ParticipantRole.OFFICIAL),
]
QUOTES = [
    "Our two nations have been trading partners for four centuries. Today we have given that friendship the "
    "instruments it needs for the next forty years.",
    "The wind that blows along our coast will now power homes in both our countries. That is what a partnership "
    "of equals looks like.",
    "Every year we turn away students because there are not enough places. This agreement lets us say yes to five "
    "hundred more of them.",
    "Reopening the Halvik ferry will take a day off every shipment of fresh produce that comes north. Our "
    "exporters have waited a long time for this.",
]
AGREEMENTS = [
    (
        "Memorandum of understanding on the joint development of a 600 MW offshore wind farm and a subsea "
        "interconnector",
        constants.AgreementKind.MEMORANDUM,
        constants.Sphere.ENERGY,
    ),
    (
        "Agreement on student and researcher exchange: 500 scholarships a year and mutual recognition of "
        "engineering degrees",
        constants.AgreementKind.AGREEMENT,
        constants.Sphere.EDUCATION,
    ),
    (
        "Protocol on coastal shipping reopening the Halvik-Porto Claro ferry route and simplifying customs for "
        "perishable goods",
        constants.AgreementKind.PROTOCOL,
        constants.Sphere.TRANSPORT,
    ),
]
PHOTOS = [
    ("Arrival at Porto Claro airport", "President Korhonen is greeted by Foreign Minister Rui Costa on arrival."),
    ("Guard of honour", "The two presidents review the guard of honour in the palace forecourt."),
    ("National anthems", "The band of the Estrelan navy plays the national anthems of both republics."),
    ("Restricted talks", "Talks in restricted format in the Blue Room of the presidential palace."),
    ("Signing ceremony", "Ministers sign the three agreements in the presence of both presidents."),
    ("Joint press conference", "The presidents answer questions at a joint press conference in the palace gardens."),
    ("Wreath laying", "President Korhonen lays a wreath at the Monument to the Navigators."),
    ("Technical School", "Students of the Nordavian-Estrelan Technical School meet the visiting president."),
]
RELATED = [
    (
        "estrela-nordavia-trade-figures-2024",
        "Estrela-Nordavia trade reaches 2.4 billion euros",
        "Machinery and pharmaceuticals lead the growth in bilateral trade, new customs figures show.",
    ),
    (
        "halvik-ferry-terminal-restoration",
        "Restoration of the Halvik ferry terminal begins",
        "The terminal, closed since 2015, is expected to reopen to passenger and freight traffic next spring.",
    ),
    (
        "foreign-ministers-meet-ahead-of-state-visit",
        "Foreign ministers meet ahead of state visit",
        "Rui Costa and Eva Salo prepare the agreements to be signed during the presidential visit.",
    ),
]
PHOTO_SIZE = (3000, 2000)


def photo_bytes(index: int) -> bytes:
    """A photo-sized JPEG (shapes under sensor-like noise), as the peers generate theirs."""
    rnd = random.Random(1000 + index)
    width, height = PHOTO_SIZE
    top = tuple(rnd.randrange(40, 160) for _ in range(3))
    bottom = tuple(rnd.randrange(150, 250) for _ in range(3))
    gradient = Image.linear_gradient("L").resize(PHOTO_SIZE)
    image = Image.composite(Image.new("RGB", PHOTO_SIZE, bottom), Image.new("RGB", PHOTO_SIZE, top), gradient)
    draw = ImageDraw.Draw(image)
    for _ in range(160):
        x, y = rnd.randrange(width), rnd.randrange(height // 3, height)
        w, h = rnd.randrange(30, 260), rnd.randrange(60, 700)
        draw.rectangle([x, y, x + w, y + h], fill=tuple(rnd.randrange(256) for _ in range(3)))
    # Grain made at a quarter of the size and scaled up: photo-like bytes for a fraction of the time.
    grain = Image.effect_noise((width // 4, height // 4), 40).resize(PHOTO_SIZE).convert("RGB")
    image = Image.blend(image, grain, 0.18)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _image(index: int, title: str, folder: Folder) -> FilerImage:
    name = f"bench-ceremony-{index + 1}.jpg"
    existing = FilerImage.objects.filter(original_filename=name, folder=folder).first()
    if existing:
        return existing
    return FilerImage.objects.create(
        original_filename=name,
        file=ContentFile(photo_bytes(index), name=name),
        folder=folder,
        name=title,
        default_alt_text=title,
        author="Sample image",
    )


def _at(day: int, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2025, 5, day, hour))


@transaction.atomic
def load_bench_story(*, user) -> VisitContent:
    """The benchmark package, published (created once)."""
    existing = VisitContent.admin_manager.filter(language="en", slug=SLUG).first()
    if existing:
        return existing
    people = []
    for name, country, title, _role in PEOPLE:
        slug = name.lower().replace(" ", "-").replace("ú", "u")
        person = Person.objects.filter(slug=slug).first() or services.person_create(
            name=name, country=country, title=title, slug=slug
        )
        people.append(person)
    relation = services.relation_get_or_create(first="FI", second="PT")
    visit = services.visit_create(relation=relation, guest_country="FI", host_country="PT")
    folder, _created = Folder.objects.get_or_create(name="Benchmark story (sample images)", parent=None)
    images = [_image(index, title, folder) for index, (title, _caption) in enumerate(PHOTOS)]
    main = services.article_create(
        by=user,
        language="en",
        headline=HEADLINE,
        slug=f"{SLUG}-report",
        standfirst=STANDFIRST,
        text="\n\n".join(BODY_PARAGRAPHS),
        byline="Newsroom correspondent",
        source="Newsroom",
        published_at=_at(13, 18),
    )
    services.content_publish(content=main, by=user)
    content = services.visit_content_create(
        visit=visit,
        by=user,
        language="en",
        headline=HEADLINE,
        slug=SLUG,
        summary=STANDFIRST,
        visit_type=constants.VisitType.STATE,
        starts_on=datetime.date(2025, 5, 13),
        ends_on=datetime.date(2025, 5, 14),
        city="Porto Claro",
        venue="Presidential palace",
        lead_photo=images[1],
        lead_photo_alt=PHOTOS[1][1],
    )
    for order, (person, (_name, _country, title, role)) in enumerate(zip(people, PEOPLE, strict=True)):
        Participation.objects.create(
            visit_content=content, person=person, role=role, role_title=title, sort_order=order
        )
    events = [
        ProgrammeEvent.objects.create(
            visit_content=content, kind=kind, title=title, starts_at=at, place=place, sort_order=order
        )
        for order, (kind, title, at, place) in enumerate(
            [
                (constants.EventKind.ARRIVAL, "Arrival in Porto Claro", _at(13, 9), "Porto Claro airport"),
                (constants.EventKind.WELCOME_CEREMONY, "Welcome ceremony", _at(13, 10), "Presidential palace"),
                (constants.EventKind.TALKS_NARROW, "Talks in restricted format", _at(13, 11), "Blue Room"),
                (constants.EventKind.PRESS_BRIEFING, "Joint press conference", _at(13, 15), "Palace gardens"),
            ]
        )
    ]
    body_text = html_to_text(ArticleContent.admin_manager.get(pk=main.pk).body)
    for order, (person, words) in enumerate(zip(people, QUOTES, strict=True)):
        start = body_text.find(words)
        Quote.objects.create(
            visit_content=content,
            speaker=person,
            text=words,
            context="at the joint press conference",
            said_on=datetime.date(2025, 5, 13),
            source_article=main.article if start >= 0 else None,
            start_offset=start if start >= 0 else None,
            end_offset=start + len(words) if start >= 0 else None,
            sort_order=order,
        )
    for order, (title, kind, sphere) in enumerate(AGREEMENTS):
        agreement = Agreement.objects.create(
            visit_content=content,
            title=title,
            kind=kind,
            sphere=sphere,
            status=constants.AgreementStatus.SIGNED,
            signed_on=datetime.date(2025, 5, 13),
            sort_order=order,
        )
        agreement.signatories.set(people[:2])
    for order, ((_title, caption), image) in enumerate(zip(PHOTOS, images, strict=True)):
        CeremonyPhoto.objects.create(
            visit_content=content,
            image=image,
            caption=caption,
            credit="Sample image",
            alt_text=caption,
            event=events[min(order // 2, len(events) - 1)],
            sort_order=order,
        )
    LinkedArticle.objects.create(
        visit_content=content, article=main.article, role=constants.ArticleRole.MAIN, sort_order=0
    )
    for order, (slug, title, standfirst) in enumerate(RELATED, start=1):
        related = services.article_create(
            by=user,
            language="en",
            headline=title,
            slug=slug,
            standfirst=standfirst,
            text=standfirst,
            source="Newsroom",
            published_at=_at(12, 12),
        )
        services.content_publish(content=related, by=user)
        LinkedArticle.objects.create(
            visit_content=content, article=related.article, role=constants.ArticleRole.RELATED, sort_order=order
        )
    services.content_publish(content=content, by=user)
    return content
