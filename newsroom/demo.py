"""Demo content: the official visit of Kazakhstan's President to Serbia, Belgrade, 18-19 November 2024.

Facts (dates, places, people, the order of the programme, quotes word for word) follow the agency's report
of the visit; the narrative text is the project's own. Photos are generated sample images, captioned as such.
The package, its article and the CMS pages exist in English, Russian and Kazakh: the Russian and Kazakh packages are
translations of the English one (``relations_plugin.translations``), their words the project's own, with the quotes
keeping what was said in English beside them. Every step looks for what it would create first, so loading twice
changes nothing.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from cms.api import add_plugin, create_page, create_page_content
from cms.apphook_pool import apphook_pool
from cms.models import Page, PageContent
from cms.utils.apphook_reload import reload_urlconf
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from djangocms_versioning.models import Version
from filer.models import Folder
from filer.models import Image as FilerImage
from PIL import Image, ImageDraw, ImageFont

from relations_plugin import constants, services, translations
from relations_plugin.html import html_to_text, text_to_html
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
HOME_PAGE_SLUG = "newsroom"

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

TOKAYEV_QUOTE_RU = (
    "Казахстан и Сербия поддерживают тесные отношения на международном и региональном уровнях. Позиции наших стран "
    "по многим актуальным вопросам близки. В нынешней непростой геополитической ситуации мы подтвердили "
    "приверженность дальнейшему укреплению взаимодействия в многосторонних структурах"
)
VUCIC_QUOTE_RU = (
    "Дружба Казахстана и Сербии не ограничивается отношениями между нашими народами: наши страны поддерживают друг "
    "друга в международных организациях, в том числе в ООН. Сегодня достигнут ряд договорённостей в различных "
    "сферах. Совместные проекты, отвечающие коренным интересам наших стран, будут реализованы в разных областях. "
    "Выражаю искреннюю благодарность моему другу Президенту Казахстана Касым-Жомарту Токаеву за большой вклад в "
    "укрепление сотрудничества с Сербией"
)
TOKAYEV_QUOTE_KK = (
    "Қазақстан мен Сербия халықаралық және өңірлік деңгейде тығыз қарым-қатынас орнатқан. Көптеген өзекті мәселе "
    "бойынша екі елдің ұстанымы ұқсас. Қазіргі күрделі геосаяси жағдайда елдеріміз көпжақты құрылымдар аясындағы "
    "өзара іс-қимылды одан әрі нығайтуға деген ұмтылысын растады"
)
VUCIC_QUOTE_KK = (
    "Қазақстан мен Сербияның достығы халықтарымыздың арасындағы қарым-қатынаспен ғана шектелмейді: елдеріміз "
    "халықаралық ұйымдарда, соның ішінде БҰҰ-да бір-бірін қолдайды. Бүгін түрлі салалар бойынша бірқатар "
    "уағдаластыққа қол жеткізілді. Екі елдің түбегейлі мүддесіне сай келетін бірлескен жобалар әр салада жүзеге "
    "асырылады. Сербиямен ынтымақтастықты нығайтуға қосқан зор үлесі үшін досым, Қазақстан Президенті Қасым-Жомарт "
    "Тоқаевқа шынайы алғысымды білдіремін"
)


@dataclass(frozen=True)
class ArticleText:
    """One language's version of the demo article."""

    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]
    byline: str
    source: str


@dataclass(frozen=True)
class PackageText:
    """One language's words of the demo package, each list in the order of the English package's items."""

    headline: str
    summary: str
    city: str
    venue: str
    lead_photo_alt: str
    role_titles: tuple[str, ...]
    programme: tuple[tuple[str, str, str], ...]  # title, place, description
    quotes: tuple[tuple[str, str], ...]  # the words as readers of this language read them, context
    agreements: tuple[tuple[str, str], ...]  # title, summary
    photos: tuple[tuple[str, str], ...]  # caption, alt text
    photo_credit: str
    article: ArticleText


@dataclass(frozen=True)
class PageText:
    """The demo's CMS pages in one language; ``home_body`` names the story's URL as ``{story_url}``."""

    home_title: str
    relations_title: str
    home_body: str


PAGE_TEXTS = {
    "en": PageText(
        home_title="Newsroom",
        relations_title="Bilateral relations",
        home_body="<h2>Bilateral visits</h2><p>Our coverage of state and official visits, as story packages. "
        'Start with <a href="{story_url}">the official visit of Kazakhstan\'s President to Serbia</a>.</p>',
    ),
    "ru": PageText(
        home_title="Новости",
        relations_title="Двусторонние отношения",
        home_body="<h2>Двусторонние визиты</h2><p>Государственные и официальные визиты в наших материалах: "
        'программа, заявления, соглашения и фотографии. Начните с <a href="{story_url}">официального визита '
        "Президента Казахстана в Сербию</a>.</p>",
    ),
    "kk": PageText(
        home_title="Жаңалықтар",
        relations_title="Екіжақты қатынастар",
        home_body="<h2>Екіжақты сапарлар</h2><p>Мемлекеттік және ресми сапарлар туралы материалдарымыз: "
        'бағдарлама, мәлімдемелер, келісімдер мен суреттер. <a href="{story_url}">Қазақстан Президентінің '
        "Сербияға ресми сапарынан</a> бастаңыз.</p>",
    ),
}

TRANSLATIONS = {
    "ru": PackageText(
        headline="Токаев в Белграде: Казахстан и Сербия договорились углублять сотрудничество",
        summary="В ходе официального визита в Сербию Президент Казахстана Касым-Жомарт Токаев провёл переговоры с "
        "Президентом Сербии Александром Вучичем в узком и расширенном составе. Стороны достигли договорённостей в "
        "различных сферах и обсудили открытие прямого авиасообщения между Астаной и Белградом.",
        city="Белград",
        venue="Дворец Сербии",
        lead_photo_alt="Условное изображение вместо снимка официальной церемонии встречи перед Дворцом Сербии",
        role_titles=("Президент Казахстана", "Президент Сербии"),
        programme=(
            ("Прибытие в Белград", "Белград", "Время указано ориентировочно."),
            ("Официальная церемония встречи", "Площадь перед Дворцом Сербии", ""),
            ("Переговоры в узком составе", "Дворец Сербии", ""),
            (
                "Переговоры в расширенном составе",
                "Дворец Сербии",
                "Делегации обсудили запуск прямых авиарейсов между Астаной и Белградом.",
            ),
            ("Совместный брифинг для прессы", "Дворец Сербии", ""),
        ),
        quotes=(
            (TOKAYEV_QUOTE_RU, "по итогам переговоров в Белграде"),
            (VUCIC_QUOTE_RU, "на совместном брифинге для прессы"),
        ),
        agreements=(
            (
                "Договорённости в различных сферах",
                "В ходе визита достигнут ряд договорённостей в различных сферах, за которыми последуют совместные "
                "проекты.",
            ),
            (
                "Прямое авиасообщение между Астаной и Белградом",
                "Обсуждалось на переговорах в расширенном составе; в ходе визита не подписано.",
            ),
        ),
        photos=(
            (
                "Церемония встречи, Белград, 19 ноября 2024 года (условное изображение, а не снимок с события).",
                "Условное изображение вместо снимка официальной церемонии встречи перед Дворцом Сербии",
            ),
            (
                "Переговоры в расширенном составе, Белград, 19 ноября 2024 года (условное изображение, а не снимок "
                "с события).",
                "Условное изображение вместо снимка делегаций на переговорах в расширенном составе",
            ),
            (
                "Совместный брифинг для прессы, Белград, 19 ноября 2024 года (условное изображение, а не снимок с "
                "события).",
                "Условное изображение вместо снимка двух президентов на совместном брифинге для прессы",
            ),
        ),
        photo_credit="Условное изображение, созданное для демонстрации",
        article=ArticleText(
            headline="Казахстан и Сербия подтвердили тесное партнёрство в ходе визита Токаева в Белград",
            standfirst="Президенты двух стран провели переговоры в узком и расширенном составе и достигли "
            "договорённостей в различных сферах.",
            paragraphs=(
                "Второй день официального визита Президента Казахстана Касым-Жомарта Токаева в Сербию прошёл в "
                "Белграде: глава государства провёл переговоры с Президентом Сербии Александром Вучичем сначала в "
                "узком, а затем в расширенном составе.",
                f"«{TOKAYEV_QUOTE_RU}», — заявил казахстанский лидер.",
                "Токаев пригласил сербского коллегу посетить Казахстан с официальным визитом в следующем году.",
                "Выступая перед журналистами по итогам переговоров, Вучич отметил их продуктивный и содержательный "
                "характер, а также доверие между двумя странами и их президентами.",
                f"«{VUCIC_QUOTE_RU}», — сказал Президент Сербии.",
                "Делегации также обсудили открытие прямого авиасообщения между Астаной и Белградом.",
                "Визит начался с официальной церемонии встречи на площади перед Дворцом Сербии. Токаев прилетел в "
                "Белград 18 ноября. Дипломатические отношения между двумя странами установлены 28 лет назад, и с тех "
                "пор они расширили сотрудничество в торговле, инвестициях и культуре.",
            ),
            byline="Корреспондент редакции",
            source="Демонстрационные материалы редакции",
        ),
    ),
    "kk": PackageText(
        headline="Тоқаев Белградта: Қазақстан мен Сербия ынтымақтастықты тереңдетуге уағдаласты",
        summary="Қазақстан Президенті Қасым-Жомарт Тоқаев Сербияға ресми сапары барысында Сербия Президенті "
        "Александр Вучичпен шағын және кеңейтілген құрамда келіссөз жүргізді. Тараптар түрлі салалар бойынша "
        "уағдаластыққа қол жеткізіп, Астана мен Белград арасында тікелей әуе қатынасын ашу мәселесін талқылады.",
        city="Белград",
        venue="Сербия сарайы",
        lead_photo_alt="Сербия сарайының алдындағы ресми қарсы алу рәсімінің орнына қойылған үлгі сурет",
        role_titles=("Қазақстан Президенті", "Сербия Президенті"),
        programme=(
            ("Белградқа келу", "Белград", "Уақыты шамамен көрсетілген."),
            ("Ресми қарсы алу рәсімі", "Сербия сарайының алдындағы алаң", ""),
            ("Шағын құрамдағы келіссөздер", "Сербия сарайы", ""),
            (
                "Кеңейтілген құрамдағы келіссөздер",
                "Сербия сарайы",
                "Делегациялар Астана мен Белград арасында тікелей әуе рейстерін іске қосу мәселесін талқылады.",
            ),
            ("Бірлескен брифинг", "Сербия сарайы", ""),
        ),
        quotes=(
            (TOKAYEV_QUOTE_KK, "Белградтағы келіссөздердің қорытындысы бойынша"),
            (VUCIC_QUOTE_KK, "бірлескен брифингте"),
        ),
        agreements=(
            (
                "Түрлі салалардағы уағдаластықтар",
                "Сапар барысында түрлі салалар бойынша бірқатар уағдаластыққа қол жеткізілді, кейін бірлескен "
                "жобалар жүзеге асырылмақ.",
            ),
            (
                "Астана мен Белград арасындағы тікелей әуе қатынасы",
                "Кеңейтілген құрамдағы келіссөздерде талқыланды; сапар кезінде қол қойылған жоқ.",
            ),
        ),
        photos=(
            (
                "Қарсы алу рәсімі, Белград, 2024 жылғы 19 қараша (үлгі сурет, оқиға кезінде түсірілген фото емес).",
                "Сербия сарайының алдындағы ресми қарсы алу рәсімінің орнына қойылған үлгі сурет",
            ),
            (
                "Кеңейтілген құрамдағы келіссөздер, Белград, 2024 жылғы 19 қараша (үлгі сурет, оқиға кезінде "
                "түсірілген фото емес).",
                "Кеңейтілген құрамдағы келіссөздерге қатысқан делегациялардың орнына қойылған үлгі сурет",
            ),
            (
                "Бірлескен брифинг, Белград, 2024 жылғы 19 қараша (үлгі сурет, оқиға кезінде түсірілген фото емес).",
                "Бірлескен брифингтегі екі президенттің орнына қойылған үлгі сурет",
            ),
        ),
        photo_credit="Демонстрация үшін жасалған үлгі сурет",
        article=ArticleText(
            headline="Тоқаевтың Белградқа сапары: Қазақстан мен Сербия тығыз әріптестікті растады",
            standfirst="Екі ел президенттері шағын және кеңейтілген құрамда келіссөз жүргізіп, түрлі салалар "
            "бойынша уағдаластыққа қол жеткізді.",
            paragraphs=(
                "Қазақстан Президенті Қасым-Жомарт Тоқаевтың Сербияға ресми сапарының екінші күні Белградта өтті: "
                "Мемлекет басшысы Сербия Президенті Александр Вучичпен алдымен шағын, кейін кеңейтілген құрамда "
                "келіссөз жүргізді.",
                f"«{TOKAYEV_QUOTE_KK}», – деді Мемлекет басшысы.",
                "Тоқаев сербиялық әріптесін келесі жылы Қазақстанға ресми сапармен келуге шақырды.",
                "Келіссөздерден кейін журналистерге сөйлеген Вучич олардың нәтижелі әрі мазмұнды өткенін, екі ел мен "
                "олардың президенттері арасындағы сенімді атап өтті.",
                f"«{VUCIC_QUOTE_KK}», – деді Сербия Президенті.",
                "Делегациялар Астана мен Белград арасында тікелей әуе қатынасын ашу мәселесін де талқылады.",
                "Сапар Сербия сарайының алдындағы алаңда өткен ресми қарсы алу рәсімінен басталды. Тоқаев Белградқа "
                "18 қарашада келген болатын. Екі ел дипломатиялық қатынас орнатқанына 28 жыл болды, содан бері сауда, "
                "инвестиция және мәдениет салаларындағы ынтымақтастығын кеңейтіп келеді.",
            ),
            byline="Редакция тілшісі",
            source="Редакцияның демонстрациялық материалдары",
        ),
    ),
}


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


# Each person's name and title in every language of the site, as the agencies of that language write them.
PEOPLE_NAMES = {
    "kassym-jomart-tokayev": {
        "en": ("Kassym-Jomart Tokayev", "President of the Republic of Kazakhstan"),
        "ru": ("Касым-Жомарт Токаев", "Президент Республики Казахстан"),
        "kk": ("Қасым-Жомарт Тоқаев", "Қазақстан Республикасының Президенті"),
    },
    "aleksandar-vucic": {
        "en": ("Aleksandar Vučić", "President of the Republic of Serbia"),
        "ru": ("Александр Вучич", "Президент Республики Сербия"),
        "kk": ("Александр Вучич", "Сербия Республикасының Президенті"),
    },
}


def _people(report: DemoReport) -> tuple[Person, Person]:
    specs = [
        {
            "slug": "kassym-jomart-tokayev",
            "native_name": "Қасым-Жомарт Тоқаев",
            "country": "KZ",
            "aliases": [
                "Tokayev",
                "Tokaev",
                "Kassym-Jomart Tokaev",
                "the Kazakh leader",
                "Head of State of Kazakhstan",
                "President of Kazakhstan",
                "Токаев",
                "Глава государства",
                "Тоқаев",
                "Мемлекет басшысы",
            ],
        },
        {
            "slug": "aleksandar-vucic",
            "native_name": "Александар Вучић",
            "country": "RS",
            "aliases": [
                "Vučić",
                "Vucic",
                "Aleksandar Vucic",
                "the Serbian President",
                "President of Serbia",
                "Вучич",
                "Президент Сербии",
                "Сербия Президенті",
            ],
        },
    ]
    people = []
    for spec in specs:
        names = PEOPLE_NAMES[spec["slug"]]
        person = Person.objects.filter(slug=spec["slug"]).first()
        if person is None:
            # Whatever language is active, the default fields hold the English name and title.
            with translation.override(settings.LANGUAGE_CODE):
                person = services.person_create(name=names["en"][0], title=names["en"][1], **spec)
            report.add(f"person {person}")
        missing = {
            f"{field}_{language}": value
            for language, (name, title) in names.items()
            for field, value in (("name", name), ("title", title))
            if not getattr(person, f"{field}_{language}", None)
        }
        if missing:
            Person.objects.filter(pk=person.pk).update(**missing)
            person.refresh_from_db()
            report.add(f"names of {names['en'][0]} in {', '.join(sorted({key[-2:] for key in missing}))}")
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


def _offsets(text: str, words: str) -> tuple[int, int]:
    """Where ``words`` stand in an article's text, as quote offsets count them."""
    start = text.find(words)
    if start < 0:
        raise ValueError(f"The demo article does not contain the quote {words[:60]!r}")
    return start, start + len(words)


def _article_translation(user, report: DemoReport, article, language: str, words: ArticleText) -> ArticleContent:
    """The demo article in ``language``, published, under the English slug (slugs stay Latin in every language)."""
    content = ArticleContent.admin_manager.filter(article=article, language=language).first()
    if content:
        return content
    content = services.article_content_create(
        article=article,
        by=user,
        language=language,
        headline=words.headline,
        slug=ARTICLE_SLUG,
        standfirst=words.standfirst,
        body=text_to_html("\n\n".join(words.paragraphs)),
        byline=words.byline,
        source=words.source,
        published_at=_at(19, 16),
    )
    services.content_publish(content=content, by=user)
    report.add(f"article ({language})")
    return content


def _package_translation(user, report: DemoReport, english: VisitContent, language: str) -> VisitContent:
    """The English package translated into ``language`` item by item, the quotes pointing into that language's
    article, published."""
    existing = VisitContent.admin_manager.filter(visit_id=english.visit_id, language=language).first()
    if existing:
        return existing
    words = TRANSLATIONS[language]
    article = LinkedArticle.objects.get(visit_content=english, role=constants.ArticleRole.MAIN).article
    body_text = _article_translation(user, report, article, language, words.article).body_text
    content = translations.visit_content_translate(source=english, language=language, by=user)
    for name in ("headline", "summary", "city", "venue", "lead_photo_alt"):
        setattr(content, name, getattr(words, name))
    content.full_clean()
    content.save()
    pairs = [
        (Participation, words.role_titles, lambda item, title: setattr(item, "role_title", title)),
        (ProgrammeEvent, words.programme, _set_event_words),
        (Quote, words.quotes, lambda item, quote: _set_quote_words(item, quote, body_text)),
        (Agreement, words.agreements, _set_agreement_words),
        (CeremonyPhoto, words.photos, lambda item, photo: _set_photo_words(item, photo, words.photo_credit)),
    ]
    for model, texts, apply in pairs:
        items = list(model.objects.filter(visit_content=content).order_by("sort_order", "pk"))
        if len(items) != len(texts):
            raise ValueError(f"The {language} demo words have {len(texts)} {model.__name__} texts for {len(items)}")
        for item, text in zip(items, texts, strict=True):
            apply(item, text)
            item.full_clean()
            item.save()
    services.content_publish(content=content, by=user)
    report.add(f"visit package ({language})")
    return content


def _set_event_words(event: ProgrammeEvent, words: tuple[str, str, str]) -> None:
    event.title, event.place, event.description = words


def _set_quote_words(quote: Quote, words: tuple[str, str], body_text: str) -> None:
    quote.text, quote.context = words
    quote.start_offset, quote.end_offset = _offsets(body_text, quote.text)


def _set_agreement_words(agreement: Agreement, words: tuple[str, str]) -> None:
    agreement.title, agreement.summary = words


def _set_photo_words(photo: CeremonyPhoto, words: tuple[str, str], credit: str) -> None:
    photo.caption, photo.alt_text = words
    photo.credit = credit


def _publish_page(page: Page, user, language: str) -> None:
    content = PageContent.admin_manager.filter(page=page, language=language).first()
    version = Version.objects.get_for_content(content)
    if version.state != "published":
        version.publish(user)


def _page_in_every_language(page: Page, user, report: DemoReport, *, slug: str, title_of, body_of=None) -> None:
    """Add and publish the page's missing translations (and the text of each new one)."""
    taken = set(PageContent.admin_manager.filter(page=page).values_list("language", flat=True))
    for language in PAGE_TEXTS:
        if language in taken:
            continue
        create_page_content(
            language, title_of(PAGE_TEXTS[language]), page, created_by=user, slug=slug, in_navigation=True
        )
        if body_of:
            placeholder = page.get_admin_content(language).get_placeholders().get(slot="content")
            add_plugin(placeholder, "TextPlugin", language, body=body_of(language))
        _publish_page(page, user, language)
        report.add(f"{page.reverse_id} page ({language})")


def _home_body(language: str, packages: dict[str, VisitContent]) -> str:
    package = packages.get(language)
    story_url = (package.get_absolute_url() if package else "") or f"/{language}/{APPHOOK_PAGE_SLUG}/"
    return PAGE_TEXTS[language].home_body.format(story_url=story_url)


def _pages(user, report: DemoReport, packages: dict[str, VisitContent]) -> None:
    # The pool registers apphooks on first use; a fresh process has not used it yet.
    if "RelationsApphook" in dict(apphook_pool.get_apphooks()):
        relations = Page.objects.filter(reverse_id="relations").first()
        if relations is None:
            relations = create_page(
                PAGE_TEXTS["en"].relations_title,
                "page.html",
                "en",
                created_by=user,
                in_navigation=True,
                reverse_id="relations",
                slug=APPHOOK_PAGE_SLUG,
                apphook="RelationsApphook",
                apphook_namespace="relations_plugin",
            )
            _publish_page(relations, user, "en")
            report.add("relations page")
        _page_in_every_language(
            relations, user, report, slug=APPHOOK_PAGE_SLUG, title_of=lambda words: words.relations_title
        )
        # The story URLs of the home page below need the apphook's URLs in every language now.
        reload_urlconf()
    home = Page.objects.filter(reverse_id="home").first()
    if home is None:
        home = create_page(
            PAGE_TEXTS["en"].home_title, "page.html", "en", created_by=user, in_navigation=True, reverse_id="home"
        )
        placeholder = home.get_admin_content("en").get_placeholders().get(slot="content")
        add_plugin(placeholder, "TextPlugin", "en", body=_home_body("en", packages))
        _publish_page(home, user, "en")
        with transaction.atomic():
            home.set_as_homepage(user)
        report.add("home page")
    _page_in_every_language(
        home,
        user,
        report,
        slug=HOME_PAGE_SLUG,
        title_of=lambda words: words.home_title,
        body_of=lambda language: _home_body(language, packages),
    )


def story_urls() -> dict[str, str]:
    """The demo story's URL in each language it is published in, in the site's order of languages."""
    published = {content.language: content for content in VisitContent.objects.filter(slug=VISIT_SLUG)}
    urls = {}
    for language in PAGE_TEXTS:
        url = published[language].get_absolute_url() if language in published else ""
        if url:
            urls[language] = url
    return urls


@transaction.atomic
def load_demo() -> DemoReport:
    report = DemoReport()
    user = _admin(report)
    _people(report)
    english = _package(user, report)
    packages = {"en": english}
    for language in TRANSLATIONS:
        packages[language] = _package_translation(user, report, english, language)
    _pages(user, report, packages)
    return report
