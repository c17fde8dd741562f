"""Suggest a visit package from a wire article's plain text (issue 5).

Editors paste an article; the admin (and the ``suggest_package`` command) show what this module proposes:
countries, participants, quotes with their speakers, agreements, dates and places, for the editor to accept or
discard. Nothing here writes to the database, and nothing needs Django, models or the network: it is regular
expressions and small lexicons, so it runs inside a request and can be measured by ``eval/run_extraction.py``.

What counts as what (the annotation rules of ``eval/corpus`` follow the same text):

- A *quote* is words presented as the speaker's own: inside quotation marks of any style and attributed to a named
  person (``"...," Tursunov said`` / ``X said: "..."`` / a split or multi-paragraph quote / an unattributed quote
  that directly follows one), or unmarked direct speech attributed after it (``..., said Kazakh leader Tokayev.``)
  or before it with a colon (``Vucic said: ...``). ``X said (that) ...``, ``according to X, ...``, partial quotes
  woven into a sentence, scare quotes, names of projects or works in marks, and words of unnamed officials or
  institutions are not quotes. Each contiguous run of quoted words is one item; parts of one quote share ``group``.
- An *agreement* is a signed, reached, exchanged or adopted instrument (``signed``) or one that is planned, drafted,
  discussed or under negotiation (``announced``). A generic mention ("a number of agreements were reached") is
  suggested only when the article names no specific agreement with that status.
- A *date* is a calendar day outside quotes, absolute or relative to the dateline; vague ones ("next week") are
  skipped. A *place* is a city or venue where something in the story happens (``in``/``at``/``to`` after a movement
  verb, ``visited X``), never a country or a place named only inside a quote.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

__all__ = [
    "AgreementSuggestion",
    "CountrySuggestion",
    "DateSuggestion",
    "KnownPerson",
    "PersonSuggestion",
    "PlaceSuggestion",
    "QuoteSuggestion",
    "Suggestions",
    "country_code",
    "suggest_package",
]

# Stable role slugs of participants (PersonSuggestion.role).
HEAD_OF_STATE = "head_of_state"
HEAD_OF_GOVERNMENT = "head_of_government"
DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
VICE_PRESIDENT = "vice_president"
MINISTER = "minister"
DEPUTY_MINISTER = "deputy_minister"
AMBASSADOR = "ambassador"
PARLIAMENT_SPEAKER = "parliament_speaker"
OFFICIAL = "official"


# --------------------------------------------------------------------------------------------------------------
# Public data


@dataclass(frozen=True)
class KnownPerson:
    """A person the database already knows; aliases let titles such as "the Kazakh leader" resolve to them."""

    name: str
    country: str
    title: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonSuggestion:
    """A participant: fullest name form found (or the database name), ISO country, role slug and human title."""

    name: str
    country: str
    role: str
    title: str = ""
    known: KnownPerson | None = None
    first_offset: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "role": self.role}


@dataclass(frozen=True)
class QuoteSuggestion:
    """One contiguous run of quoted words: ``text == article[start:end]``.

    ``marked`` tells quotation marks from unmarked reported speech; ``attribution`` is the phrase that named the
    speaker ("the Uzbek leader said"); items of one split or multi-paragraph quote share ``group``.
    """

    text: str
    start: int
    end: int
    speaker: PersonSuggestion
    marked: bool = True
    attribution: str = ""
    group: int = 0

    def to_dict(self) -> dict:
        return {"text": self.text, "speaker": self.speaker.name, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class AgreementSuggestion:
    """An agreement, memorandum, declaration, ...: ``status`` is "signed" or "announced"; sphere "" if general."""

    title: str
    kind: str
    sphere: str
    status: str
    start: int = 0
    end: int = 0
    generic: bool = False

    def to_dict(self) -> dict:
        return {"title": self.title, "kind": self.kind, "sphere": self.sphere, "status": self.status}


@dataclass(frozen=True)
class DateSuggestion:
    """A calendar day and what happened on it; ``expression`` is the text it was read from."""

    date: datetime.date
    what: str
    start: int = 0
    end: int = 0
    expression: str = ""
    relative: bool = False

    def to_dict(self) -> dict:
        return {"date": self.date.isoformat(), "what": self.what}


@dataclass(frozen=True)
class PlaceSuggestion:
    """A city or venue and what happened there."""

    name: str
    what: str
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "what": self.what}


@dataclass(frozen=True)
class CountrySuggestion:
    """An ISO 3166-1 alpha-2 code with its salience (mentions, plus weight for participants from it)."""

    code: str
    mentions: int
    score: int

    def to_dict(self) -> str:
        return self.code


@dataclass(frozen=True)
class Suggestions:
    """Everything suggested for one article; ``to_dict()`` is the plain shape the command and the eval use."""

    countries: tuple[CountrySuggestion, ...] = ()
    participants: tuple[PersonSuggestion, ...] = ()
    quotes: tuple[QuoteSuggestion, ...] = ()
    agreements: tuple[AgreementSuggestion, ...] = ()
    dates: tuple[DateSuggestion, ...] = ()
    places: tuple[PlaceSuggestion, ...] = ()
    dateline: datetime.date | None = None

    def to_dict(self) -> dict:
        return {
            "countries": [c.code for c in self.countries],
            "participants": [p.to_dict() for p in self.participants],
            "quotes": [q.to_dict() for q in self.quotes],
            "agreements": [a.to_dict() for a in self.agreements],
            "dates": [d.to_dict() for d in self.dates],
            "places": [p.to_dict() for p in self.places],
        }


# --------------------------------------------------------------------------------------------------------------
# Lexicons

# ISO code -> names and demonyms as wire copy writes them (case-sensitive; longest form wins at one position).
_COUNTRY_TABLE = """
AF Afghanistan|Afghan; AL Albania|Albanian; DZ Algeria|Algerian; AO Angola|Angolan;
AR Argentina|Argentine|Argentinian; AM Armenia|Armenian; AU Australia|Australian; AT Austria|Austrian;
AZ Azerbaijan|Azerbaijani|Azeri; BH Bahrain|Bahraini; BD Bangladesh|Bangladeshi; BY Belarus|Belarusian;
BE Belgium|Belgian; BA Bosnia and Herzegovina|Bosnia|Bosnian; BR Brazil|Brazilian; BG Bulgaria|Bulgarian;
KH Cambodia|Cambodian; CA Canada|Canadian; CL Chile|Chilean; CN China|Chinese; CO Colombia|Colombian;
HR Croatia|Croatian; CU Cuba|Cuban; CY Cyprus|Cypriot; CZ Czech Republic|Czechia|Czech; DK Denmark|Danish;
EG Egypt|Egyptian; EE Estonia|Estonian; ET Ethiopia|Ethiopian; FI Finland|Finnish; FR France|French;
GE Georgia|Georgian; DE Germany|German; GH Ghana|Ghanaian; GR Greece|Greek; HU Hungary|Hungarian;
IS Iceland|Icelandic; IN India|Indian; ID Indonesia|Indonesian; IR Iran|Iranian; IQ Iraq|Iraqi;
IE Ireland|Irish; IL Israel|Israeli; IT Italy|Italian; JP Japan|Japanese; JO Jordan|Jordanian;
KZ Kazakhstan|Kazakhstani|Kazakh; KE Kenya|Kenyan; KW Kuwait|Kuwaiti; KG Kyrgyzstan|Kyrgyz Republic|Kyrgyz;
LA Laos|Lao; LV Latvia|Latvian; LB Lebanon|Lebanese; LY Libya|Libyan; LT Lithuania|Lithuanian; LU Luxembourg;
MY Malaysia|Malaysian; MT Malta|Maltese; MX Mexico|Mexican; MD Moldova|Moldovan; MN Mongolia|Mongolian;
ME Montenegro|Montenegrin; MA Morocco|Moroccan; MM Myanmar|Burmese; NP Nepal|Nepalese|Nepali;
NL Netherlands|Dutch; NZ New Zealand; NG Nigeria|Nigerian; KP North Korea|North Korean|DPRK;
MK North Macedonia|Macedonia|Macedonian; NO Norway|Norwegian; OM Oman|Omani; PK Pakistan|Pakistani;
PS Palestine|Palestinian; PE Peru|Peruvian; PH Philippines|Philippine|Filipino; PL Poland|Polish;
PT Portugal|Portuguese; QA Qatar|Qatari; RO Romania|Romanian; RU Russia|Russian Federation|Russian;
SA Saudi Arabia|Saudi; SN Senegal|Senegalese; RS Serbia|Serbian|Serb; SG Singapore|Singaporean;
SK Slovakia|Slovak; SI Slovenia|Slovenian|Slovene; ZA South Africa|South African;
KR South Korea|Republic of Korea|South Korean|Korea|Korean; ES Spain|Spanish; LK Sri Lanka|Sri Lankan;
SD Sudan|Sudanese; SE Sweden|Swedish; CH Switzerland|Swiss; SY Syria|Syrian; TJ Tajikistan|Tajik;
TZ Tanzania|Tanzanian; TH Thailand|Thai; TN Tunisia|Tunisian; TR Türkiye|Turkiye|Turkey|Turkish;
TM Turkmenistan|Turkmen; UA Ukraine|Ukrainian; AE United Arab Emirates|UAE|Emirati;
GB United Kingdom|UK|Britain|British; US United States|USA|U.S.|America|American; UY Uruguay|Uruguayan;
UZ Uzbekistan|Uzbek; VA Vatican|Holy See; VE Venezuela|Venezuelan; VN Vietnam|Viet Nam|Vietnamese;
YE Yemen|Yemeni
"""
_COUNTRY_FORMS: dict[str, str] = dict(
    entry.strip().split(" ", 1) for entry in _COUNTRY_TABLE.replace("\n", " ").split(";") if entry.strip()
)
_COUNTRY_BY_FORM: dict[str, str] = {form: code for code, forms in _COUNTRY_FORMS.items() for form in forms.split("|")}
_COUNTRY_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(_COUNTRY_BY_FORM, key=len, reverse=True)) + r")(?![\w])"
)
_COUNTRY_WORDS = {w for form in _COUNTRY_BY_FORM for w in form.split()}

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "January Jan",
            "February Feb",
            "March Mar",
            "April Apr",
            "May",
            "June Jun",
            "July Jul",
            "August Aug",
            "September Sept Sep",
            "October Oct",
            "November Nov",
            "December Dec",
        )
    )
    for m in names.split()
}
_WEEKDAYS = {
    d: i for i, d in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
}

# Title cores, longest first: (pattern, role). "counterpart" borrows the role of the person it is paired with.
_CORES: tuple[tuple[str, str], ...] = (
    (r"chairman of the cabinet of ministers", HEAD_OF_GOVERNMENT),
    (r"chairman of the government", HEAD_OF_GOVERNMENT),
    (r"(?:first )?deputy prime minister", DEPUTY_HEAD_OF_GOVERNMENT),
    (r"vice[- ]premier|vice[- ]chancellor", DEPUTY_HEAD_OF_GOVERNMENT),
    (r"prime minister|premier|head of government|chancellor", HEAD_OF_GOVERNMENT),
    (r"vice[- ]president", VICE_PRESIDENT),
    (r"speaker of (?:the )?\w+", PARLIAMENT_SPEAKER),
    (
        r"head of (?:the |our |their )?(?:\w+ )?state|president|emir|amir|king|queen|sultan|emperor|leader",
        HEAD_OF_STATE,
    ),
    (r"deputy (?:foreign )?minister|vice[- ]minister|state secretary|deputy secretary of state", DEPUTY_MINISTER),
    (
        r"secretary of state|foreign secretary|(?:foreign|trade|energy|finance|defen[cs]e|interior|economy|justice|"
        r"health|education|culture|agriculture|transport|labou?r|digital|tourism|sports?|environment|industry) "
        r"minister|minister|secretary",
        MINISTER,
    ),
    (r"ambassador|envoy|charg[eé] d'affaires|consul[- ]general", AMBASSADOR),
    (r"counterpart", "counterpart"),
    (
        r"spokes(?:person|man|woman)|press secretary|adviser|advisor|aide|governor|mayor|akim|chairman|chairwoman|"
        r"director|secretary[- ]general|commissioner|chief",
        OFFICIAL,
    ),
)
_CORE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CORES)) + r")\b", re.I)
_GENERIC_TITLE_WORDS = {"minister", "president", "head", "of", "state", "leader", "prime", "the", "our", "their"}
_NAME_TAIL_RE = re.compile(r"((?:[A-ZÀ-ÞĀ-ſ][\w'’-]*|bin|bint|ibn|al|el|de|van|von)\s+){1,4}$")
_APPOSITIVE_RE = re.compile(
    r",\s+(?:the\s+|an?\s+)?((?:[\w'’-]+\s+){0,6}?(?:" + "|".join(p for p, _ in _CORES) + r"))\b[^,.;]*", re.I
)
_PARLIAMENT_RE = re.compile(
    r"\b(?:Senate|Parliament|Assembly|Mazhilis|Majilis|Majlis|Duma|Sejm|Congress|Chamber|"
    r"Saeima|Seimas|Riigikogu|Bundestag|Verkhovna|Rada|Kurultai|Jogorku|Kenesh)\b",
    re.I,
)
_PARLIAMENT_COUNTRY = {
    "mazhilis": "KZ", "majilis": "KZ", "sejm": "PL", "bundestag": "DE", "bundesrat": "DE", "duma": "RU",
    "verkhovna": "UA", "jogorku": "KG", "oliy": "UZ", "milli": "AZ", "knesset": "IL", "riigikogu": "EE",
    "saeima": "LV", "seimas": "LT", "storting": "NO", "riksdag": "SE", "folketing": "DK", "eduskunta": "FI",
    "sabor": "HR", "skupstina": "RS", "sobranie": "MK", "majlisi": "TJ", "mejlis": "TM", "khural": "MN",
}  # fmt: skip
_TITLE_WORDS = set(
    "President Minister Ministers Prime Premier Foreign Affairs Federal Deputy Head State Chancellor Emir Amir King "
    "Queen Sultan Ambassador Secretary Chairman Chairwoman Cabinet Government Senate Parliament Speaker Leader Vice "
    "First Acting Labour Labor Economy Economic Trade Industry Investment Investments Electricity Energy Education "
    "Culture Health Defence Defense Justice Finance Agriculture Transport Interior Internal External European "
    "International Relations Cooperation Development Digital Tourism Sport Sports Science Environment Emergency "
    "Situations Water Resources Social Protection Information Communications National Commerce Integration Europe "
    "Enterprise Innovation Higher Security Affairs Envoy Special Plenipotentiary Extraordinary Consul General "
    "Governor Mayor Spokesperson Spokesman Adviser Advisor Assembly Mazhilis Majlis Duma Council Presidential "
    "Administration Office Infrastructure Mining Industries Natural Ecology Technology Technologies Youth Family "
    "Regional Policy Planning Budget Treasury Public Works Housing Urban Communication Media Heritage Diaspora "
    "Commonwealth Migration Labour Employment Veterans Climate Oil Gas Petroleum Power Railways Roads Aviation "
    "Chamber".split()
)
_HONORIFICS = set(
    "Sheikh Sheikha Sheik Mr Mrs Ms Dr Prof Sir Dame Madam His Her Excellency Majesty Highness "
    "H.E HE Mr. Mrs. Ms. Dr. Prof. Emir Crown Prince Princess".split()
)
_PARTICLES = set("abu al ben bin bint da das de den der di dos du el ibn la le ter van von".split())
_NOT_NAME_WORDS = (
    "The A An In On At By For From To Of With During After Before Following Earlier Later Today Yesterday "
    "Tomorrow This That These Those Both Each Every As According Speaking Also Among Our We I He She They It "
    "His Her Their Its But And Or Meanwhile However Besides Moreover Then When While Since Over Under Two "
    "Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Many Some All No Not If Joint Talks "
    "Negotiations Trade Energy Palace House Hall Centre Center Residence Square Airport Ministry Agency "
    "Office University Institute Bank Fund Council Commission Committee Forum Union Organization Organisation "
    "Association Airlines Airways Company Corporation Group News Foundation Museum Theatre Theater Street "
    "Avenue Park Castle Cathedral Mosque Church Region Province Sea Ocean River Lake Mountains Corridor Road "
    "Railway Project Programme Program Days Festival Initiative Treaty Agreement Memorandum Declaration "
    "Roadmap Protocol Partnership Format Process Summit Embassy Consulate Kremlin Akorda Presidency Service "
    "Press Briefing Conference Middle Central Eastern Western Northern Southern East West North South Asia "
    "Europe Africa America Caucasus Balkans Mediterranean Gulf Caspian Arctic Pacific Atlantic Eurasia "
    "Eurasian European International National Republic Federation Kingdom Silk Green Rail Via Express "
    "Buildings Ghat Order Medal Prize Award Cup Games Olympics Expo Year Week Day Visa Visa-free Our Your My "
    "Let Here There Why What How Who Where Which Whose Such Other Another New Old Great Grand Royal Holy "
    "State Supreme Interstate Intergovernmental Federal Presidential Parliamentary Ambassadors Ministers "
    "Agreements Documents Heads Leaders Presidents Sides Parties Delegations"
)
_NOT_NAME = set(_NOT_NAME_WORDS.split()) | set(_MONTHS) | set(_WEEKDAYS)
_STOP_CAPS = _NOT_NAME | _TITLE_WORDS | _COUNTRY_WORDS

_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|stated|states|emphasi[sz]ed|emphasi[sz]es|"
    r"underlined|underscored|highlighted|declared|remarked|continued|concluded|explained|pointed out|asked|replied|"
    r"answered|announced|affirmed|assured|urged|insisted|recalled|observed|commented|acknowledged|admitted|wrote|"
    r"warned|argued|confirmed|reiterated|went on|summed up"
)
_ACTS_AFTER_NAME_RE = re.compile(
    rf"\s+(?:(?:also|then)\s+)?(?:\w+ly\s+)?(?:{_SPEECH_VERBS}|invited|met|held|arrived|visited|received|welcomed|"
    r"thanked|laid|paid|praised|hailed|attended|signed|accepted|concluded|departed|left|hosted)\b"
)
_SPEECH_BEFORE_NAME_RE = re.compile(rf"\b(?:{_SPEECH_VERBS})\s+$|[Aa]ccording to\s+$")
_VERB_RE = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_PP_WORDS = (
    r"at|during|after|before|in|on|while|when|to|from|following|as|via|speaking|adding|commenting|"
    r"addressing|referring|noting|stressing|according|with|upon|later|earlier|today|yesterday|also|"
    r"in an interview|for"
)
_OBJ_AFTER_TOLD = r"(?:\s+(?!(?:that|the\s+\w+\s+(?:was|were|had|would))\b)[\w'’.-]+){1,6}"
_ATTR_AFTER_RE = re.compile(
    rf"^[\s,]*(?:(?P<v1>{_SPEECH_VERBS})\s+(?P<s1>[^,.;:!?\"“”«»„]+)|"
    rf"(?P<s2>[^,.;:!?\"“”«»„]+?)\s+(?:(?:also|then|later|further|again)\s+)?(?:\w+ly\s+)?"
    rf"(?P<v2>{_SPEECH_VERBS}))(?P<rest>(?=[\s,.;:!?\"“”«»„]|$).*)$",
    re.S,
)
_COLON_INTRO_RE = re.compile(
    rf"^(?P<head>.{{1,160}}?)\b(?P<verb>{_SPEECH_VERBS})(?P<obj>(?:\s+[\w'’.-]+){{0,4}}?)\s*:\s+(?P<rest>\S)"
)
_PP_START_RE = re.compile(rf"^\s*(?:(?:{_PP_WORDS})\b|,)")
_ATTR_BEFORE_RE = re.compile(rf"(?:^|[\s,])(?P<verb>{_SPEECH_VERBS})(?P<obj>(?:\s+[\w'’.-]+){{0,8}}?)\s*[:,]?\s*$")
_ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s)\s+(?P<s>[^,]{2,80}?)(?:\s+put it)?,\s*$")
_PARENTHETICAL_RE = re.compile(
    r",\s*(?:speaking|addressing|commenting|referring|who|which|whose|according|in turn|for (?:his|her) part|"
    r"meanwhile|also|however|in (?:his|her) (?:speech|remarks|address)|at the|during|after|while)\b[^,]*,"
)
_UNNAMED_RE = re.compile(
    r"\b(?:officials?|spokes(?:person|man|woman|people)|sources?|diplomats?|ministry|ministries|presidency|office|"
    r"press service|service|government|embassy|agency|aides?|advisers?|advisors?|statement|committee|delegation|"
    r"side|council|administration|newspaper|outlet|representatives?|observers?|analysts?|experts?|kremlin|"
    r"white house|palace|insiders?|someone|people|residents?|organizers?|organisers?|participants?)\b",
    re.I,
)
_UNNAMED_OF_RE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|aides?|advisers?|advisors?|officials?|sources?|representatives?|office|"
    r"service|secretary|staff)\s+(?:for|of|to|at|in|from|close to|near)\b",
    re.I,
)
_INDEFINITE_RE = re.compile(r"^(?:a|an|one|two|three|several|some|many|other|senior|unnamed)\b", re.I)
_PRONOUN_RE = re.compile(r"^(?:(?:he|she)(?:\s+(?:also|then|later|further|again|in turn))?)$", re.I)

_KIND_RE = re.compile(
    r"\b(?P<kind>memorand(?:ums?|a)(?:\s+of\s+(?:understanding|cooperation|intent))?|MoUs?|agreements?|"
    r"declarations?(?:\s+of\s+intent)?|joint\s+statements?|road\s?maps?|protocols?|programmes?|programs?|"
    r"treaty|treaties|conventions?|accords?|action\s+plans?|contracts?|documents?)\b",
    re.I,
)
_KIND_SLUG = (
    ("memorand", "memorandum"),
    ("mou", "memorandum"),
    ("agreement", "agreement"),
    ("accord", "agreement"),
    ("declaration", "declaration"),
    ("joint", "declaration"),
    ("road", "roadmap"),
    ("protocol", "protocol"),
    ("program", "programme"),
    ("treat", "treaty"),
    ("convention", "convention"),
    ("action", "plan"),
    ("contract", "contract"),
    ("document", "document"),
)
_SIGNED_CUE = (
    r"signed|inked|conclude[ds]?|exchanged|exchange of|adopted|sealed|reached|ratified|"
    r"approved|endorsed|the signing|concluded"
)
_ANNOUNCED_CUE = (
    r"will|would|shall|to sign|to be signed|to conclude|expected|plans?|planned|planning|intends?|"
    r"intended|prepare[ds]?|preparing|preparation|draft|drafting|drafted|discuss(?:ed|es|ing)?|"
    r"discussion|negotiat\w*|talks on|consider\w*|propos\w*|agreed to|hope[ds]?|could|may|might|"
    r"next|future|upcoming|being|working on|work on|start work|resume|aim(?:s|ed)? to|seek\w*|"
    r"envisag\w*|not yet|yet to|pending|prospects? (?:of|for)|possibility of|signing|concluding|initiall?ed|"
    r"announced|(?:almost|nearly|is|are) ready"
)
_CUE_RE = re.compile(rf"\b(?:(?P<ann>{_ANNOUNCED_CUE})|(?P<sig>{_SIGNED_CUE}))\b", re.I)
_COMPLEMENT_STOP_RE = re.compile(
    r"[,;!?(]|\.(?:\s|$)|\s(?:and|or)\s+(?:a|an|the|its|their|also|agreed|signed|discussed|witnessed|exchanged|"
    r"adopted|announced|initiall?ed|agreed|were|was|will|to|other|several)\b|\s(?:while|which|that|who|were|was|is|are|will|would|shall|could|"
    r"can|may|during|by the end|before|after|next|this year|last year|later|within|as part|at|in order|following|"
    r"until|has|have|had|being|signed|aimed|designed|allowing|to be)\b",
    re.I,
)
_MODIFIER_STOP = set(
    "a an the of to and or in on for with new draft-free several number some many two three four five six seven "
    "eight nine ten eleven twelve other its their our his her this these those signed sign signing exchanged "
    "adopted also were was are is be been being will would today's yesterday's key important relevant "
    "respective all both".split()
)
_GENERIC_RE = re.compile(
    r"(?:\ba number of|\bseveral|\bsome|\bmany|\bvarious|\bother|\b\d+|\b(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|dozens? of|a package of|a set of))\s+(?:\w+\s+){0,2}$",
    re.I,
)
_GENERIC_COMPLEMENT_RE = re.compile(
    r"^\s*(?:in|on|of|across)\s+(?:\w+\s+){0,2}(?:different|various|several|many|"
    r"a number of|other|key|all|multiple)\b",
    re.I,
)

# Sphere slug -> keyword stems; the keyword that occurs first in the title decides.
_SPHERES: tuple[tuple[str, str], ...] = (
    ("defence", r"air policing|air defen[cs]e|defen[cs]e|military|armed forces|army|weapons?"),
    ("digital", r"digital|cyber\w*|information technolog\w*|\bIT\b|artificial intelligence|telecom\w*|e-government"),
    ("customs", r"customs|border\w*"),
    ("finance", r"double taxation|taxation|tax|financ\w*|bank\w*|monetary|currency"),
    ("investment", r"invest\w*"),
    (
        "transport",
        r"air services?|air transport|air traffic|aviation|flights?|airlines?|transport\w*|transit|"
        r"logistics?|railways?|rail|roads?|shipping|maritime|ports?|corridors?",
    ),
    ("energy", r"energy|electric\w*|power|oil|gas|nuclear|hydrogen|hydropower|renewables?|grids?|coal"),
    ("education", r"education\w*|universit\w*|academ\w*|students?|schools?|diplomas?|scholarships?|training"),
    ("science", r"scien\w*|research|space|innovation\w*"),
    ("culture", r"cultur\w*|arts?\b|museums?|heritage|archives?|cinema"),
    ("health", r"health\w*|medic\w*|pharmac\w*|sanitary|hospitals?"),
    ("agriculture", r"veterinar\w*|phytosanitary|agricultur\w*|agro\w*|farming|food security|irrigation|fisher\w*"),
    ("tourism", r"touris\w*"),
    ("migration", r"visa\w*|readmission|migration|migrants?|seasonal workers|labou?r|workers"),
    ("justice", r"sentenced persons|extradition|legal assistance|judicial|justice|criminal"),
    ("media", r"media|news agenc\w*|journalis\w*|broadcast\w*"),
    ("water", r"water|desalination"),
    ("environment", r"environment\w*|climate|ecolog\w*|emissions"),
    ("industry", r"industr\w*|raw materials|rare earth\w*|metals?|mining|minerals?|manufactur\w*"),
    ("sport", r"sports?\b"),
    ("security", r"classified information|security|terroris\w*|extremis\w*|police"),
    ("trade", r"free trade|trade|commerc\w*|econom\w*|exports?|imports?"),
)
_SPHERE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(_SPHERES)) + r")\b", re.I)

# Events, in priority order, for the "what" of dates and places.
_EVENTS: tuple[tuple[str, str], ...] = (
    ("welcome ceremony", r"welcom\w* ceremony|official ceremony|guard of honou?r|welcomed|was received|received by"),
    ("signing ceremony", r"signing ceremony|signed|signing"),
    ("press briefing", r"press (?:briefing|conference|statement)|news conference|media briefing"),
    ("talks in narrow format", r"narrow format|one-on-one|tête-à-tête|tete-a-tete"),
    ("talks in expanded format", r"expanded[- ]format|expanded format"),
    ("business forum", r"business forum|business leaders|investors"),
    ("wreath-laying", r"wreath"),
    ("arrival", r"arriv\w*"),
    ("departure", r"depart\w*|\bleft\b|leave for|concluded|flying home|flew home"),
    ("return", r"return\w*"),
    ("establishment of diplomatic relations", r"diplomatic relations"),
    ("talks", r"\btalks\b|negotiations"),
    ("meeting", r"\bmet\b|\bmeet\w*|summit"),
    ("forum", r"forum|conference"),
    ("exhibition", r"exhibition"),
    ("opening", r"\bopen\w*"),
    ("visit", r"visit\w*|\btour\w*"),
)
_EVENT_RE = re.compile(r"\b(?:" + "|".join(f"(?P<e{i}>{p})" for i, (_, p) in enumerate(_EVENTS)) + r")", re.I)

_REGIONS = set(
    "Asia Europe Africa America Americas Caucasus Balkans Mediterranean Gulf Arctic Pacific Atlantic Eurasia "
    "Oceania Antarctica Scandinavia Baltics Levant Maghreb Sahel".split()
)
_PLACE_STOP = (
    set(
        "Council Commission Committee Forum Organization Organisation Ministry Agency Fund Bank Airlines Airways "
        "Company Corporation Group News Association Party Presidency Administration Service Summit Format "
        "Process Initiative Programme Program Project Festival Days Treaty Agreement Declaration Memorandum "
        "Assembly UN NATO EU OSCE SCO CIS CSTO ASEAN BRICS OIC WTO IMF Sea Ocean Region Peninsula Order".split()
    )
    | set(_MONTHS)
    | set(_WEEKDAYS)
)
_PLACE_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|at|inside|outside|near|in front of)\s+"
    r"|\b(?:arriv\w*|travel\w*|fl(?:y|ies|ew|ying)|return\w*|head\w*|go(?:es)?|went|came|come|proceed\w*|"
    r"moved?|leaves?|left|depart\w*|continue\w*)\s+(?:for|to|on to|onward to)\s+"
    r"|\bvisit(?:s|ed|ing)?\s+(?:to\s+)?)(?:the\s+)?(?=[A-ZÀ-ÞĀ-ſ])"
)
_PLACE_NAME_RE = re.compile(
    r"[A-ZÀ-ÞĀ-ſ][\w'’-]*(?:(?:\s+|\s+(?:of|of the|de|del|di|da|du|la|le|al)\s+|\s+d['’]|-)"
    r"(?:[A-Z]\.(?=\s+[A-Z])|[A-ZÀ-ÞĀ-ſ][\w'’-]*|\d+))*"
)
_ORG_PHRASE_RE = re.compile(
    r"\b(?:European|African|Eurasian|Economic|Soviet|Customs|Postal) Union\b|^Government$|"
    r"\bUnited Nations\b|\bLeague of Nations\b"
)
_ABBREVIATIONS = set(
    "Mr Mrs Ms Dr St No Jr Sr Prof Gen Lt Col Gov Sen Rep Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec U.S U.K e.g i.e etc vs Inc Ltd Co Mt H.E".split()
)

_HEADER_RE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|\Z)")
_WORD_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?")
_SENT_END_RE = re.compile(r"[.!?]+[\"”»’“]?(?=\s+[\"“«„‘(]?[A-Z0-9À-ÞĀ-ſ])")
_MARK_RE = re.compile(r"[\"“”„«»‘’‚]")
_DOUBLE_MARK_RE = re.compile(r"[\"“”„«»]")
_DATE_DMY_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"(?P<m>[A-Z][a-z]{2,8})\.?(?:,?\s+(?P<y>\d{4}))?\b"
)
_DATE_MDY_RE = re.compile(
    r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{1,2}))?"
    r"(?:,?\s+(?P<y>\d{4}))?\b"
)
_DATE_NUM_RE = re.compile(
    r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b|\b(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})\b"
)
_DATE_REL_RE = re.compile(
    r"\b(?:(?P<word>yesterday|today|tomorrow)|(?:(?P<mod>last|next|this|on|early|late|earlier on|later on)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!['’]s)",
    re.I,
)
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|is scheduled|are scheduled|is expected|"
    r"are expected|is set to|are set to|plans? to|intends? to|would|returns|leaves|travels|flies|heads|departs|"
    r"arrives|continues)\b"
)


# --------------------------------------------------------------------------------------------------------------
# Text helpers


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(cp))[:1]
        if base.isascii() and base.isalpha():
            table[cp] = base
    table.update(
        {
            ord(k): v
            for k, v in {
                "đ": "d",
                "Đ": "D",
                "ł": "l",
                "Ł": "L",
                "ø": "o",
                "Ø": "O",
                "ı": "i",
                "ß": "s",
                "æ": "a",
                "Æ": "A",
                "œ": "o",
                "Œ": "O",
                "þ": "t",
                "ð": "d",
                "’": "'",
                "‘": "'",
            }.items()
        }
    )
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Strip diacritics one character for one, so offsets in the folded text are offsets in the original."""
    return text.translate(_FOLD_TABLE)


@functools.lru_cache(maxsize=8192)
def _key(word: str) -> str:
    """Matching key of a name token: folded, lower case, no possessive; Serbian "Dj" equals "Đ"."""
    word = fold(word).lower()
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    return word.replace("dj", "d")


def _fuller(new: str, old: str) -> bool:
    """Whether ``new`` is the fuller form of a name: more words, or as many with more diacritics kept."""
    if len(new.split()) != len(old.split()):
        return len(new.split()) > len(old.split())
    return sum(not c.isascii() for c in new) > sum(not c.isascii() for c in old)


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def country_code(word: str) -> str:
    """ISO code for a country name or demonym ("Kazakh" -> "KZ"), or ""."""
    return _COUNTRY_BY_FORM.get(_bare(word.strip()), "")


def _classify_event(clause: str) -> str:
    best = None
    for m in _EVENT_RE.finditer(clause):
        idx = int(m.lastgroup[1:])
        if best is None or idx < best:
            best = idx
    return _EVENTS[best][0] if best is not None else "mentioned"


def _sphere(title: str) -> str:
    m = _SPHERE_RE.search(title)
    return _SPHERES[int(m.lastgroup[1:])][0] if m else ""


@dataclass(frozen=True)
class _Title:
    role: str
    label: str
    country: str
    core: str


@functools.lru_cache(maxsize=4096)
def _parse_title(phrase: str) -> _Title | None:
    """Role, label and country of a title phrase ("Kazakhstan's Minister of Foreign Affairs", "Kazakh leader")."""
    matches = list(_CORE_RE.finditer(phrase))
    if not matches:
        return None
    m = matches[-1]  # the core nearest the name decides
    role = _CORES[int(m.lastgroup[1:])][1]
    core = m.group(0).lower()
    after = phrase[m.end() :]
    before = phrase[: m.start()]
    if role == HEAD_OF_STATE and core == "president" and _PARLIAMENT_RE.search(after[:60]):
        role = PARLIAMENT_SPEAKER
    if role == OFFICIAL and core == "chairman" and _PARLIAMENT_RE.search(after[:60]):
        role = PARLIAMENT_SPEAKER
    country = ""
    pre = list(_COUNTRY_RE.finditer(before))
    if pre:
        country = _COUNTRY_BY_FORM[pre[-1].group(0)]
    else:  # "President of Kazakhstan", "Ambassador of Kazakhstan to Austria" (not the "to" country)
        post = _COUNTRY_RE.search(after)
        if post and not re.search(r"\bto\s+(?:the\s+)?$", after[: post.start()]):
            country = _COUNTRY_BY_FORM[post.group(0)]
    inner = _COUNTRY_RE.search(m.group(0))  # "head of the Belarusian state"
    if not country and inner:
        country = _COUNTRY_BY_FORM[inner.group(0)]
    label_start = m.start()
    words = list(re.finditer(r"[\w'’-]+", before))
    for w in reversed(words):
        if w.group(0) in ("Federal", "Deputy", "First", "Acting", "Foreign", "Vice", "State", "Special"):
            label_start = w.start()
        else:
            break
    label = (phrase[label_start : m.end()] + after).strip(" ,")
    label = re.sub(r"\s+(?:Sheikh|Sheikha|Mr|Mrs|Ms|Dr)\.?$", "", label)
    label = label[:1].upper() + label[1:]
    return _Title(role=role, label=label, country=country, core=core)


def _gap_is_title(gap: str) -> bool:
    """True when the text between a title core and a name holds only title words ("of Foreign Affairs of")."""
    toks = re.findall(r"[\w'’.-]+|,", gap)
    if toks and toks[-1] in (",", "of", "for", "to", "the", "and", "on"):
        return False
    for i, tok in enumerate(toks):
        if tok == "to" and not (i + 1 < len(toks) and _bare(toks[i + 1]) in _COUNTRY_WORDS | {"the"}):
            return False
        if tok in (",", "of", "for", "to", "the", "and", "on") or _bare(tok) in _TITLE_WORDS:
            continue
        if _bare(tok) in _COUNTRY_WORDS or tok in _HONORIFICS or tok.rstrip(".") in _HONORIFICS:
            continue
        return False
    return True


# --------------------------------------------------------------------------------------------------------------
# Working state


@dataclass
class _Entity:
    key: str
    name: str
    country: str = ""
    role: str = ""
    title: str = ""
    rank: int = 0
    known: KnownPerson | None = None
    first: int = 0
    positions: list[int] = field(default_factory=list)

    def suggestion(self) -> PersonSuggestion:
        return PersonSuggestion(
            name=self.name,
            country=self.country,
            role=self.role,
            title=self.title,
            known=self.known,
            first_offset=self.first,
        )


@dataclass
class _Seg:
    """One run of text between quotation marks; ``close_at`` None when it runs on into the next paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    para: int
    continues: bool = False  # starts a paragraph and continues the previous paragraph's open quote


@dataclass
class _Item:
    """A speech event to resolve in document order: a quote group, an unmarked quote or a paraphrase."""

    at: int
    kind: str  # "marked", "unmarked", "event"
    phrase: tuple[int, int] | None
    segs: list[_Seg] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    inherit: bool = False
    para: int = 0


class _Article:
    """One article being read: paragraphs, sentences, country mentions, people and where they are named."""

    def __init__(self, text: str, dateline: datetime.date | None, people: Sequence[KnownPerson]) -> None:
        self.text = text
        header = _HEADER_RE.match(text)
        self.body_start = header.end() if header else 0
        if dateline is None and header:
            dateline = datetime.date(int(header.group(1)), int(header.group(2)), int(header.group(3)))
        self.dateline = dateline
        self.paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[self.body_start :])]
        self.paras = [(self.body_start + a, self.body_start + b) for a, b in self.paras]
        for i, (a, b) in enumerate(self.paras):
            while a < b and text[a].isspace():
                a += 1
            self.paras[i] = (a, b)
        self.sentences = [s for p in range(len(self.paras)) for s in self._split_sentences(p)]
        self.sentence_starts = [s[0] for s in self.sentences]
        self.countries = [(m.start(), m.end(), _COUNTRY_BY_FORM[m.group(0)]) for m in _COUNTRY_RE.finditer(text)]
        self.entities: dict[str, _Entity] = {}
        self.alias_map: dict[str, _Entity] = {}
        self.mentions: list[tuple[int, int, _Entity]] = []
        self.refs: list[tuple[int, _Entity]] = []
        self.people = people
        self.marked_spans: list[tuple[int, int]] = []

    # ---- structure

    def _split_sentences(self, p: int) -> list[tuple[int, int, int]]:
        a, b = self.paras[p]
        out, start = [], a
        for m in _SENT_END_RE.finditer(self.text, a, b):
            word = re.search(r"([\w.]+)\W*$", self.text[max(start, m.start() - 24) : m.start() + 1])
            if (
                word
                and m.group(0)[0] == "."
                and (word.group(1).rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1).rstrip(".")))
            ):
                continue
            out.append((start, m.end(), p))
            start = m.end()
            while start < b and self.text[start].isspace():
                start += 1
        if start < b:
            out.append((start, b, p))
        return out

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    # ---- people

    def build_people(self) -> None:
        """Register known people, find the others in the text (title + name, name + speech verb), index mentions."""
        for kp in self.people:
            if not kp.name.strip():
                continue
            title = _parse_title(kp.title) if kp.title else None
            ent = self._entity(kp.name.split()[-1], kp.name, known=kp)
            ent.country = kp.country
            if title:
                ent.role, ent.title, ent.rank = title.role, kp.title, 4
            for alias in kp.aliases:
                norm = self._norm_phrase(alias)
                if len(alias.split()) == 1 and alias[:1].isupper() and _bare(alias) not in _STOP_CAPS:
                    self.entities.setdefault(_key(alias), ent)
                self.alias_map[norm] = ent
        tokens = list(_WORD_RE.finditer(self.text, self.body_start))
        for run in self._name_runs(tokens):
            self._consider_run(*run)
        self._index_mentions(tokens)
        self._fallback_countries()

    def _entity(self, surname: str, name: str, known: KnownPerson | None = None, first: int = 0) -> _Entity:
        key = _key(surname)
        ent = self.entities.get(key)
        if ent is None:
            ent = _Entity(key=key, name=name, known=known, first=first)
            self.entities[key] = ent
        elif ent.known is None and _fuller(name, ent.name):
            ent.name = name
        return ent

    def _name_runs(self, tokens: list[re.Match]) -> list[tuple[int, int, list[str]]]:
        """Maximal runs of name-like capitalised tokens (particles allowed inside), as (start, end, words)."""
        runs: list[tuple[int, int, list[str]]] = []
        cur: list[re.Match] = []

        def flush() -> None:
            while cur and cur[-1].group(0).lower() in _PARTICLES:
                cur.pop()
            if cur:
                runs.append((cur[0].start(), cur[-1].end(), [t.group(0) for t in cur]))
            cur.clear()

        for tok in tokens:
            word = tok.group(0)
            joined = bool(cur) and self.text[cur[-1].end() : tok.start()] == " "
            if not joined:
                flush()
            is_name = (
                word[0].isupper()
                and not (len(word) > 1 and word.isupper())
                and _bare(word) not in _STOP_CAPS
                and word not in _HONORIFICS
            )
            if is_name:
                cur.append(tok)
                if word.endswith(("'s", "’s")):
                    flush()
            elif cur and word.lower() in _PARTICLES and word.islower():
                cur.append(tok)
            else:
                flush()
        flush()
        return runs

    def _consider_run(self, start: int, end: int, words: list[str]) -> None:
        text = self.text
        sent = self.sentence_at(start)
        title = None
        window = text[max(sent[0], start - 140) : start]
        cores = list(_CORE_RE.finditer(window))
        if cores and _gap_is_title(window[cores[-1].end() :]):
            lo = cores[-1].start()
            pre = re.search(r"(?:(?:[A-Z][\w'’.-]*|the|his|her|its)\s+){0,5}$", window[:lo])
            title = _parse_title(window[pre.start() if pre else lo :])
        after = text[end : end + 120]
        appositive = _APPOSITIVE_RE.match(after)
        if title is None and appositive:
            title = _parse_title(appositive.group(0).lstrip(", "))
        surname = words[-1]
        key = _key(surname)
        existing = self.entities.get(key)
        if existing is None:
            acts = _ACTS_AFTER_NAME_RE.match(after) or _SPEECH_BEFORE_NAME_RE.search(text[sent[0] : start])
            evidence = title is not None or (acts and len(words) >= 2)
            if not evidence or (len(words) == 1 and title is None):
                return
            if any(w in _NOT_NAME for w in words):
                return
        ent = self._entity(surname, " ".join(words), first=start)
        if title:
            role, rank = title.role, 3
            if role == "counterpart":
                role, rank = self._counterpart_role(sent[0], start), 2
            if title.core == "leader":
                rank = 1
            if role and rank > ent.rank:
                ent.role, ent.rank = role, rank
                ent.title = "" if title.core in ("leader", "counterpart") else title.label
            if title.country and not ent.country:
                ent.country = title.country
            of = re.match(r"\s+of\s+(?:the\s+)?", after)
            postposed = _COUNTRY_RE.match(after, of.end()) if of else None
            if not ent.country and postposed:
                ent.country = _COUNTRY_BY_FORM[postposed.group(0)]
            if not ent.country and role == PARLIAMENT_SPEAKER:
                ent.country = next(
                    (c for w, c in _PARLIAMENT_COUNTRY.items() if w in fold(title.label).lower().split()), ""
                )
            if not ent.country and role:
                before = [c for c in self.countries if sent[0] <= c[0] < start]
                if before and role != AMBASSADOR:
                    ent.country = before[-1][2]

    def unique(self) -> list[_Entity]:
        """Each person once (aliases and surnames are several keys of one entity)."""
        return list({id(e): e for e in self.entities.values()}.values())

    def _counterpart_role(self, lo: int, pos: int) -> str:
        """Role of the person a "counterpart" is paired with: the last one named before it, in this sentence if any."""
        earlier = sorted((p, e.role) for e in self.unique() for p in (e.positions or [e.first]) if p < pos and e.role)
        same = [role for p, role in earlier if p >= lo]
        return (same or [role for _, role in earlier] or [""])[-1]

    def _index_mentions(self, tokens: list[re.Match]) -> None:
        for tok in tokens:
            word = tok.group(0)
            if not word[0].isupper():
                continue
            ent = self.entities.get(_key(word))
            if ent is None:
                continue
            start, end = tok.start(), tok.end()
            if word.endswith(("'s", "’s")):
                end -= 2
            name_keys = {_key(w) for w in ent.name.split()}
            lo = max(0, start - 80)
            m = _NAME_TAIL_RE.search(self.text[lo:start])
            if m:  # widen "Tursunov" to "Jasur Tursunov" when the first names stand before it
                for w in re.finditer(r"\S+", m.group(0)):
                    if _key(w.group(0)) in name_keys or w.group(0) in _PARTICLES:
                        start = min(start, lo + m.start() + w.start())
                        break
            self.mentions.append((start, end, ent))
            ent.positions.append(start)
            if not ent.first or start < ent.first:
                ent.first = start
        self.mentions.sort(key=lambda m: m[0])
        self.mention_starts = [m[0] for m in self.mentions]

    def _fallback_countries(self) -> None:
        counts: dict[str, int] = {}
        for _, _, code in self.countries:
            counts[code] = counts.get(code, 0) + 1
        pair = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
        if len(pair) < 2:
            return
        for ent in self.unique():
            if ent.country or not ent.role:
                continue
            used = {e.country for e in self.entities.values() if e is not ent and e.role == ent.role and e.country}
            free = [c for c in pair if c not in used]
            if len(free) == 1 and used:
                ent.country = free[0]
                continue
            # "Nurpeisov also met Federal Minister ... Pichler": the other side of the pair
            s_lo = self.sentence_at(ent.first)[0]
            hosts = {e.country for p, _, e in self.mentions if s_lo <= p < ent.first and e.country and e is not ent}
            if (
                len(hosts) == 1
                and hosts <= set(pair)
                and re.search(
                    r"\b(?:met|meets|received|hosted|welcomed|held talks with|talks with)\b",
                    self.text[s_lo : ent.first],
                )
            ):
                ent.country = next(c for c in pair if c not in hosts)

    # ---- resolution

    @staticmethod
    def _norm_phrase(phrase: str) -> str:
        p = fold(phrase).lower().strip(" ,.")
        p = re.sub(r"^the\s+", "", p)
        return re.sub(r"['’]s$", "", p)

    def recent(self, at: int, pred) -> _Entity | None:
        """The entity satisfying ``pred`` mentioned (by name or resolved reference) last before ``at``."""
        best, best_pos = None, -1
        i = bisect.bisect_left(self.mention_starts, at) - 1
        while i >= 0:
            if pred(self.mentions[i][2]):
                best, best_pos = self.mentions[i][2], self.mentions[i][0]
                break
            i -= 1
        for pos, ent in reversed(self.refs):
            if pos < at and pos > best_pos and pred(ent):
                best = ent
                break
        return best

    def resolve(self, a: int, b: int, at: int, last: _Entity | None) -> _Entity | None:
        """The person a speaker phrase text[a:b] names: a name, a pronoun, a known alias or a title."""
        raw = self.text[a:b].strip(" ,")
        if not raw or len(raw.split()) > 14:
            return None
        if _PRONOUN_RE.match(raw):
            if last is not None:
                return last
            return self.recent(at, lambda e: True)
        i = bisect.bisect_left(self.mention_starts, a)
        inside = []
        while i < len(self.mentions) and self.mentions[i][0] < b:
            if self.mentions[i][1] <= b:
                inside.append(self.mentions[i])
            i += 1
        if inside:
            head = self.text[a : inside[-1][0]]
            if _UNNAMED_OF_RE.search(head) and not re.search(r",\s*$", head):
                return None
            return inside[-1][2]
        norm = self._norm_phrase(raw)
        if norm in self.alias_map:
            return self.alias_map[norm]
        if _INDEFINITE_RE.match(raw) or _UNNAMED_RE.search(raw):
            return None
        words = raw.split()
        if len(words) > 6 or any(w[:1].islower() and w not in ("the", "of", "and", "for") for w in words[1:]):
            if not _CORE_RE.search(raw):
                return None
        title = _parse_title(raw)
        if title is None or title.role in ("counterpart", OFFICIAL):
            return None
        return self._resolve_title(title, at)

    def _resolve_title(self, title: _Title, at: int) -> _Entity | None:
        def fits(e: _Entity) -> bool:
            if title.core == "leader":
                ok = e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
            else:
                ok = e.role == title.role
            return ok and (not title.country or e.country == title.country)

        cands = [e for e in self.unique() if fits(e)]
        narrow = [w for w in title.core.split() if w not in _GENERIC_TITLE_WORDS]
        if narrow:  # "the Emir", "the Chancellor", "the Foreign Minister"
            cands = [e for e in cands if all(w in e.title.lower() for w in narrow)] or cands
        if title.core == "leader" and title.country:
            hos = [e for e in cands if e.role == HEAD_OF_STATE]
            cands = hos or cands
        if len(cands) == 1:
            return cands[0]
        if not cands:
            return None
        ids = {id(e) for e in cands}
        return self.recent(at, lambda e: id(e) in ids) or (cands[0] if title.country else None)


# --------------------------------------------------------------------------------------------------------------
# Quotes


def _scan_marks(text: str, a: int, b: int) -> tuple[list[tuple[int, int | None]], tuple[str, int] | None]:
    """Quoted spans of one paragraph as (open mark, close mark) pairs, plus a quote left open at its end."""
    spans: list[tuple[int, int | None]] = []
    state: tuple[str, int] | None = None
    for m in _MARK_RE.finditer(text, a, b):
        c, i = m.group(0), m.start()
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if state is None:
            if c in '"“„«':
                if c == '"' and prev.isalnum() and nxt.isspace():
                    continue
                state = (c, i)
            elif c in "‘‚" and not prev.isalnum():
                state = (c, i)
            continue
        oc, oi = state
        closes = (
            (oc == '"' and c == '"')
            or (oc == "“" and (c == "”" or (c == "“" and not nxt.isalnum())))
            or (oc == "„" and c in "“”")
            or (oc == "«" and c == "»")
            or (oc in "‘‚" and c in "’‘" and not nxt.isalnum())
        )
        if closes:
            spans.append((oi, i))
            state = None
    return spans, state


def _content(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] == ","):
        hi -= 1
    return lo, hi


def _collect_segments(art: _Article) -> list[list[_Seg]]:
    """Quoted segments grouped by quote: a quote running over paragraphs is one group of several segments.

    Wire convention: a paragraph that ends inside a quote leaves it unclosed and the next paragraph opens it again.
    """
    text = art.text
    groups: list[list[_Seg]] = []
    carry: list[_Seg] | None = None
    for p, (a, b) in enumerate(art.paras):
        spans, open_state = _scan_marks(text, a, b)
        continued = carry is not None and bool((spans and spans[0][0] == a) or (open_state and open_state[1] == a))
        if carry is not None and not continued:
            groups.remove(carry)  # an opening mark never closed: not a quote
        for k, (o, c) in enumerate(spans):
            lo, hi = _content(text, o + 1, c)
            if k == 0 and continued and o == a:
                carry.append(_Seg(lo, hi, o, c, p, continues=True))
            else:
                groups.append([_Seg(lo, hi, o, c, p)])
        if continued and not spans:  # the middle paragraph of a quote over three or more
            lo, hi = _content(text, a + 1, b)
            carry.append(_Seg(lo, hi, a, None, p, continues=True))
            continue
        carry = None
        nxt = art.paras[p + 1] if p + 1 < len(art.paras) else None
        if open_state and nxt and text[nxt[0]] in '"“„«‘':
            lo, hi = _content(text, open_state[1] + 1, b)
            carry = [_Seg(lo, hi, open_state[1], None, p)]
            groups.append(carry)
    return [g for g in groups if all(s.end > s.start for s in g)]


def _tail_attribution(art: _Article, seg: _Seg, limit: int) -> tuple[int, int, str] | None:
    """A speaker phrase right after a closing mark (``," Tursunov told reporters``) as (start, end, verb)."""
    text = art.text
    lo = seg.close_at + 1
    m = re.match(r"[^.!?\"“”«»„‘’]*", text[lo:limit])
    tail = text[lo : lo + m.end()]
    if not re.match(r"\s*,?\s*\S", tail) or re.match(r"\s*,?\s*(?:and|but|or|which|that)\b", tail):
        return None
    return _match_after(tail, lo)


def _match_after(tail: str, offset: int) -> tuple[int, int, str] | None:
    m = _ATTR_AFTER_RE.match(tail)
    if not m:
        return None
    if m.group("v1"):
        s, e = m.start("s1"), m.end("s1")
        cut = re.search(rf"\s(?:{_PP_WORDS})\b", tail[s:e])
        if cut:
            e = s + cut.start()
        verb = m.group("v1")
    else:
        s, e = m.start("s2"), m.end("s2")
        rest = m.group("rest")
        verb = m.group("v2")
        rest_clean = rest.strip(" .!?")
        if rest_clean and not _PP_START_RE.match(rest) and verb not in ("told", "assured", "asked", "urged"):
            return None
        if (
            verb == "told"
            and rest_clean
            and not re.match(_OBJ_AFTER_TOLD + r"\s*(?:[,.!?]|$|\s(?:" + _PP_WORDS + r")\b)", rest)
        ):
            return None
    phrase = tail[s:e]
    if len(phrase.split()) > 9 or not phrase.strip():
        return None
    return offset + s, offset + e, verb


def _head_attribution(art: _Article, seg: _Seg, lo: int) -> tuple[str, tuple[int, int] | None]:
    """How the text before an opening mark introduces it: "before" (with the speaker phrase), "initial", "embedded"."""
    text = art.text
    head = text[lo : seg.open_at]
    ends = list(re.finditer(r"[.!?][\"”»’“]?\s+", head))
    if ends:
        lo += ends[-1].end()
        head = text[lo : seg.open_at]
    stripped = head.rstrip()
    if not stripped or stripped[-1] in '.!?"”»“’':
        return "initial", None
    acc = _ACCORDING_RE.search(stripped)
    if acc:
        return "before", (lo + acc.start("s"), lo + acc.end("s"))
    m = _ATTR_BEFORE_RE.search(stripped)
    if m and (stripped[-1] in ":," or not m.group("obj").strip()):
        subj = stripped[: m.start("verb")]
        subj_lo = lo
        cleaned = _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), subj)
        comma = cleaned.rfind(",")
        if comma >= 0 and cleaned[comma + 1 :].strip():
            subj_lo += comma + 1
            subj = subj[comma + 1 :]
        elif comma >= 0:
            subj = cleaned[:comma]
        return "before", (subj_lo, subj_lo + len(subj.rstrip(" ,")))
    if stripped[-1] == ":" or (stripped[-1] == "," and _VERB_RE.search(stripped)):
        return "initial", None
    return "embedded", None


def _unmarked_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """Reported speech without marks: ``..., said X.`` closing a sentence, or ``X said: ...`` opening one."""
    text = art.text
    items: list[_Item] = []

    def has_marks(a: int, b: int) -> bool:
        return bool(_DOUBLE_MARK_RE.search(text, a, b)) or any(x < b and a < y for x, y in masked)

    for s_start, s_end, p in art.sentences:
        if has_marks(s_start, s_end):
            continue
        sent = text[s_start:s_end]
        colon = _COLON_INTRO_RE.match(sent)
        if colon:
            p_end = art.paras[p][1]
            if not has_marks(s_start + colon.start("rest"), p_end):
                subj = colon.group("head")
                cleaned = _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), subj)
                cut = cleaned.rfind(",") + 1
                q_lo, q_hi = _content(text, s_start + colon.start("rest"), p_end)
                items.append(
                    _Item(
                        at=s_start,
                        kind="unmarked",
                        phrase=(s_start + cut, s_start + len(subj.rstrip())),
                        span=(q_lo, q_hi),
                        para=p,
                    )
                )
                continue
        comma = sent.rfind(",")
        if comma <= 0:
            continue
        tail = sent[comma:]
        if len(tail.split()) > 16:
            continue
        attr = _match_after(tail.rstrip(), s_start + comma)
        if not attr:
            continue
        body_lo = s_start
        items.append(
            _Item(
                at=s_start + comma, kind="unmarked", phrase=(attr[0], attr[1]), span=(body_lo, s_start + comma), para=p
            )
        )
    return items


def _subject(text: str, lo: int, verb_at: int) -> tuple[int, int]:
    """Span of the subject before a speech verb: parentheticals (", for his part,") and leading clauses dropped."""
    head = _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), text[lo:verb_at])
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
    if not head[cut:].strip() and cut:
        head = head[: cut - 1]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
    sub = head[cut:]
    sub = re.sub(r"\s+(?:also|then|later|further|again|in turn|for (?:his|her) part)\s*$", "", sub.rstrip())
    start = lo + cut + (len(sub) - len(sub.lstrip()))
    return start, lo + cut + len(sub)


def _event_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """Paraphrase with a named subject ("Wierzbicki said the ..."): not quotes, but they set who spoke last."""
    text = art.text
    items = []
    for m in _VERB_RE.finditer(text, art.body_start):
        if any(a <= m.start() < b for a, b in masked):
            continue
        lo, hi = _subject(text, art.sentence_at(m.start())[0], m.start())
        if hi <= lo or len(text[lo:hi].split()) > 10:
            continue
        items.append(_Item(at=m.start(), kind="event", phrase=(lo, hi)))
    return items


def _extract_quotes(art: _Article) -> list[QuoteSuggestion]:
    text = art.text
    groups = _collect_segments(art)
    masked = [
        (s.open_at, (s.close_at if s.close_at is not None else art.paras[s.para][1]) + 1) for g in groups for s in g
    ]
    art.marked_spans = masked
    items: list[_Item] = []
    para_segs: dict[int, list[_Seg]] = {}
    for g in groups:
        for s in g:
            para_segs.setdefault(s.para, []).append(s)
    for g in groups:
        phrase, at, embedded = None, g[0].open_at, False
        for s in g:
            siblings = sorted(para_segs[s.para], key=lambda x: x.open_at)
            idx = siblings.index(s)
            p_lo, p_hi = art.paras[s.para]
            prev_close = siblings[idx - 1].close_at + 1 if idx and siblings[idx - 1].close_at is not None else p_lo
            nxt_open = siblings[idx + 1].open_at if idx + 1 < len(siblings) else p_hi
            if not s.continues:
                how, before = _head_attribution(art, s, prev_close)
                embedded = embedded or (how == "embedded" and s is g[0])
                if before and phrase is None:
                    phrase, at = before, s.open_at
            if s.close_at is not None and phrase is None:
                after = _tail_attribution(art, s, nxt_open)
                if after:
                    phrase, at = (after[0], after[1]), after[0]
        if embedded:
            continue  # scare quotes, names of works, partial quotes woven into a sentence
        items.append(_Item(at=at, kind="marked", phrase=phrase, segs=g, inherit=phrase is None, para=g[0].para))
    unmarked = _unmarked_items(art, masked)
    items.extend(unmarked)
    taken = masked + [it.span for it in unmarked]
    items.extend(_event_items(art, taken))
    items.sort(key=lambda it: (it.at, 0 if it.kind != "event" else 1))

    quotes: list[QuoteSuggestion] = []
    last: _Entity | None = None
    last_quote_by_para: dict[int, _Entity] = {}
    speaker_of: dict[int, _Entity] = {}
    quoted_events: set[int] = set()
    group_no = 0
    for it in items:
        if it.kind == "event":
            if any(q.start <= it.at < q.end for q in quotes) or it.at in quoted_events:
                continue
            ent = art.resolve(it.phrase[0], it.phrase[1], it.at, last)
            if ent is not None:
                last = ent
                art.refs.append((it.at, ent))
            continue
        ent = None
        if it.phrase is not None:
            ent = art.resolve(it.phrase[0], it.phrase[1], it.at, last)
            if ent is None:
                continue
            quoted_events.add(it.at)
            s_lo, s_hi, _ = art.sentence_at(it.phrase[0])
            for m in _VERB_RE.finditer(text, max(s_lo, it.phrase[0] - 20), min(it.phrase[1] + 20, s_hi)):
                quoted_events.add(m.start())  # the attribution's own verb is not a second speech event
        elif it.inherit:
            first = it.segs[0]
            p_lo = art.paras[first.para][0]
            earlier = [q for q in quotes if p_lo <= q.start < first.open_at]
            if earlier:  # "A," X said. "B." -- B goes on in X's voice
                ent = speaker_of[earlier[-1].start]
            elif first.open_at == p_lo and first.para - 1 in last_quote_by_para:
                prev_para = text[art.paras[first.para - 1][0] : art.paras[first.para - 1][1]]
                if prev_para.rstrip()[-1:] in '"”»“’.':  # a whole quoted paragraph right after a quote
                    ent = last_quote_by_para[first.para - 1]
        if ent is None:
            continue
        last = ent
        art.refs.append((it.at, ent))
        attribution = text[it.phrase[0] : it.phrase[1]] if it.phrase else ""
        spans = [(s.start, s.end) for s in it.segs] if it.kind == "marked" else [it.span]
        if it.kind == "unmarked" and it.span[1] <= it.at + 1 and it.span[0] < it.at:
            spans = [_extend_back(art, it.span, ent, it.para)]
        for lo, hi in spans:
            if hi - lo < 2 or (it.kind == "unmarked" and len(text[lo:hi].split()) < 3):
                continue
            quotes.append(
                QuoteSuggestion(
                    text=text[lo:hi],
                    start=lo,
                    end=hi,
                    speaker=ent.suggestion(),
                    marked=it.kind == "marked",
                    attribution=attribution,
                    group=group_no,
                )
            )
            speaker_of[lo] = ent
            last_quote_by_para[art.sentence_at(lo)[2]] = ent
            for s in it.segs:
                last_quote_by_para[s.para] = ent
        group_no += 1
    quotes.sort(key=lambda q: q.start)
    for i in range(1, len(quotes)):  # a sentence split by its attribution: "We agreed," X said, "to ..."
        prev, cur = quotes[i - 1], quotes[i]
        between = text[prev.end : cur.start]
        if prev.marked and cur.marked and prev.speaker == cur.speaker and not re.search(r"[.!?\n]", between):
            quotes[i] = replace(cur, group=prev.group)
    return quotes


def _extend_back(art: _Article, span: tuple[int, int], ent: _Entity, p: int) -> tuple[int, int]:
    """Grow an unmarked quote over earlier sentences of its paragraph that read as the same speaker's words."""
    text = art.text
    lo, hi = span
    keys = {ent.key} | {_key(w) for w in ent.name.split() if len(w) > 3}
    sents = [s for s in art.sentences if s[2] == p and s[1] <= lo + 1]
    for s_start, s_end, _ in reversed(sents):
        chunk = text[s_start:s_end]
        if s_start >= lo or _DOUBLE_MARK_RE.search(chunk):
            break
        if any(_key(w) in keys for w in _WORD_RE.findall(chunk)):
            break
        if _VERB_RE.search(chunk) or re.match(r"\s*(?:He|She|They)\b", chunk):
            break
        lo = s_start
    return lo, hi


# --------------------------------------------------------------------------------------------------------------
# Agreements


def _kind_slug(kind: str) -> str:
    k = kind.lower()
    for stem, slug in _KIND_SLUG:
        if k.startswith(stem):
            return slug
    return "agreement"


def _singular(kind: str) -> str:
    k = kind
    for plural, single in (
        ("memorandums", "memorandum"),
        ("memoranda", "memorandum"),
        ("treaties", "treaty"),
        ("MoUs", "MoU"),
    ):
        if k.lower().startswith(plural.lower()):
            return single + k[len(plural) :]
    return re.sub(r"^(\w+?)s\b", r"\1", k) if re.match(r"^\w+s\b", k) else k


def _status(sentence: str, pos: int, end: int) -> str:
    """Signed or announced, from the nearest cue before the kind word, else the first cues after it."""
    sentence = re.sub(
        r"\b(?:that|which|who)\b[^,;]*(?=[,;])",
        lambda m: m.group(0) if m.end() > pos else " " * len(m.group(0)),
        sentence,
    )
    before = list(_CUE_RE.finditer(sentence, 0, pos))
    if before:
        last = before[-1]
        return "announced" if last.group("ann") else "signed"
    after = list(_CUE_RE.finditer(sentence, end))
    if any(m.group("ann") for m in after[:3]):
        return "announced"
    if after:
        return "signed"
    return ""


def _extract_agreements(art: _Article) -> list[AgreementSuggestion]:
    text = art.text
    found: list[AgreementSuggestion] = []
    prev_status = ""
    for s_start, s_end, _ in art.sentences:
        sent = text[s_start:s_end]
        covered = 0
        sent_status = ""
        for m in _KIND_RE.finditer(sent):
            if m.start() < covered:
                continue
            kind_text = m.group("kind")
            words = kind_text.lower().split()
            noun = words[1] if words[0] in ("joint", "road", "action") and len(words) > 1 else words[0]
            plural = noun in ("memoranda", "treaties") or (noun.endswith("s") and not noun.endswith("ss"))
            before_tok = re.search(r"([\w'’-]+)\s+$", sent[: m.start()])
            if kind_text[0].isupper() and before_tok and before_tok.group(1)[0].isupper() and m.start() > 0:
                if before_tok.group(1).lower() not in ("a", "an", "the") and _bare(before_tok.group(1)) not in (
                    "Joint",
                    "Intergovernmental",
                    "Bilateral",
                ):
                    continue  # a named instrument ("the Paris Agreement") mentioned in passing
            status = _status(sent, m.start(), m.end())
            if not status and re.match(
                r"\s*(?:Among them|Among these|These include|They include|Including|"
                r"Among the documents)\b",
                sent,
            ):
                status = prev_status
            if not status:
                continue
            sent_status = sent_status or status
            # modifiers before the kind word
            mods = []
            for w in reversed(re.findall(r"[\w'’-]+", sent[: m.start()])[-3:]):
                if w.lower() in _MODIFIER_STOP or _CUE_RE.fullmatch(w) or w[0].isdigit() or w[0].isupper():
                    break
                mods.insert(0, w)
            rest = sent[m.end() :]
            comp = ""
            if re.match(r"\s+(?:on|of|for|in|between|regarding|concerning|about|with)\b", rest):
                stop = _COMPLEMENT_STOP_RE.search(rest, 1)
                comp = rest[: stop.start()] if stop else rest
                comp = comp.rstrip(" .")
            elif plural:
                late = re.match(r"\s+(?:were|have been|had been)\s+\w+ed,\s+(?P<c>(?:on|in|for)\s.+?)[.;]?$", rest)
                if late:
                    comp = " " + late.group("c")
            covered = m.end() + len(comp)
            generic = plural and (not comp.strip() or bool(_GENERIC_COMPLEMENT_RE.match(comp)))
            if generic:
                if status != "signed" or not re.search(rf"\b(?:{_SIGNED_CUE})\b", sent, re.I):
                    continue
                quant = _GENERIC_RE.search(sent[: m.start()])
                lo = quant.start() if quant else m.start()
                title = sent[lo : m.end()] + comp
                title = re.sub(r"^(?:today|also|the)\s+", "", title.strip(), flags=re.I)
                found.append(
                    AgreementSuggestion(
                        title=title[:1].upper() + title[1:],
                        kind=_kind_slug(kind_text),
                        sphere=_sphere(comp),
                        status=status,
                        start=s_start + m.start(),
                        end=s_start + covered,
                        generic=True,
                    )
                )
                continue
            parts = [comp]
            if plural and comp:
                parts = [x for x in re.split(r",?\s+and\s+(?=(?:on|in|for|of)\b)|,\s+(?=(?:on|in|for)\b)", comp) if x]
            kind_one = _singular(kind_text) if plural else kind_text
            for part in parts:
                part = part if part.startswith(" ") else " " + part
                title = " ".join([*mods, kind_one]) + (part.rstrip() if part.strip() else "")
                title = title[:1].upper() + title[1:]
                found.append(
                    AgreementSuggestion(
                        title=title,
                        kind=_kind_slug(kind_text),
                        sphere=_sphere(title),
                        status=status,
                        start=s_start + m.start(),
                        end=s_start + covered,
                    )
                )
        prev_status = sent_status or prev_status
    out: list[AgreementSuggestion] = []
    seen: set[str] = set()
    for ag in found:
        key = fold(ag.title).lower()
        if key in seen:
            continue
        if ag.generic and any(not o.generic and o.status == ag.status for o in found):
            continue
        seen.add(key)
        out.append(ag)
    return out


# --------------------------------------------------------------------------------------------------------------
# Dates, places, countries


def _resolve_day(year: int | None, month: int, day: int, ref: datetime.date | None) -> datetime.date | None:
    if year is not None:
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return None
    return _closest_year(month, day, ref) if ref is not None else None


def _closest_year(month: int, day: int, ref: datetime.date) -> datetime.date | None:
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = datetime.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def _extract_dates(art: _Article, masked: list[tuple[int, int]]) -> list[DateSuggestion]:
    text, ref = art.text, art.dateline
    found: list[tuple[int, int, datetime.date, bool]] = []
    spans: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return (
            a >= art.body_start
            and not any(x <= a < y for x, y in masked)
            and not any(x < b and a < y for x, y in spans)
        )

    def add(a: int, b: int, d: datetime.date | None, relative: bool = False) -> None:
        if d is not None and free(a, b):
            found.append((a, b, d, relative))
            spans.append((a, b))

    for m in _DATE_NUM_RE.finditer(text):
        try:
            if m.group("d"):
                d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            else:
                d = datetime.date(int(m.group("Y")), int(m.group("M")), int(m.group("D")))
        except ValueError:
            continue
        add(m.start(), m.end(), d)
    for rx in (_DATE_DMY_RE, _DATE_MDY_RE):
        for m in rx.finditer(text):
            month = _MONTHS.get(m.group("m"))
            if not month:
                continue
            days = [int(m.group("d"))] + ([int(m.group("d2"))] if m.group("d2") else [])
            resolved = [_resolve_day(int(m.group("y")) if m.group("y") else None, month, day, ref) for day in days]
            if resolved[0] is not None and free(m.start(), m.end()):
                add(m.start(), m.end(), resolved[0])
                found.extend((m.start(), m.end(), d, False) for d in resolved[1:] if d is not None)
    if ref is not None:
        for m in _DATE_REL_RE.finditer(text):
            s_start, s_end, _ = art.sentence_at(m.start())
            if m.group("word"):
                delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("word").lower()]
                add(m.start(), m.end(), ref + datetime.timedelta(days=delta), True)
                continue
            wd = _WEEKDAYS[m.group("wd").capitalize()]
            mod = (m.group("mod") or "").lower()
            sentence = text[s_start:s_end]
            future = mod == "next" or (mod != "last" and bool(_FUTURE_RE.search(sentence)))
            diff = (wd - ref.weekday()) % 7
            if future:
                d = ref + datetime.timedelta(days=diff or (7 if mod == "next" else 0))
            else:
                back = (ref.weekday() - wd) % 7
                d = ref - datetime.timedelta(days=back or (7 if mod == "last" else 0))
            add(m.start(), m.end(), d, True)
    found.sort()
    out: list[DateSuggestion] = []
    seen: set[datetime.date] = set()
    for a, b, d, relative in found:
        if d in seen:
            continue
        seen.add(d)
        s_start, s_end, _ = art.sentence_at(a)
        out.append(
            DateSuggestion(
                date=d,
                what=_classify_event(_clause(text, s_start, s_end, a)),
                start=a,
                end=b,
                expression=text[a:b],
                relative=relative,
            )
        )
    return out


def _clause(text: str, s_start: int, s_end: int, pos: int) -> str:
    """The part of a sentence around ``pos``, cut at ``;`` and at "where"/"after which" clause joints."""
    sent = text[s_start:s_end]
    rel = pos - s_start
    cuts = [0] + [
        m.end() for m in re.finditer(r";|,\s+(?:where|after which|while|before|and then)\b", sent) if m.end() <= rel
    ]
    ends = [
        m.start() for m in re.finditer(r";|,\s+(?:where|after which|while|before|and then)\b", sent) if m.start() > rel
    ] + [len(sent)]
    return sent[cuts[-1] : ends[0]]


def _extract_places(art: _Article, masked: list[tuple[int, int]]) -> list[PlaceSuggestion]:
    text = art.text
    names = {e.key for e in art.entities.values()} | {
        _key(w) for e in art.entities.values() for w in e.name.split() if len(w) > 3 and w.lower() not in _PARTICLES
    }
    out: list[PlaceSuggestion] = []
    seen: set[str] = set()
    for m in _PLACE_CONTEXT_RE.finditer(text, art.body_start):
        if any(a <= m.end() < b for a, b in masked):
            continue
        if re.search(r"\bbetween\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 30) : m.start()]):
            continue
        n = _PLACE_NAME_RE.match(text, m.end())
        if not n:
            continue
        name = n.group(0).rstrip(".")
        name = re.sub(r"['’]s$", "", name)
        words = name.split()
        while words and (
            words[-1] in _PLACE_STOP
            or words[-1] in ("of", "the", "de", "la", "al")
            or _MONTHS.get(words[-1])
            or words[-1] in _WEEKDAYS
        ):
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        first = _bare(words[0])
        if (
            any(w in _PLACE_STOP for w in words)
            or first in _REGIONS
            or name in _REGIONS
            or _ORG_PHRASE_RE.search(name)
        ):
            continue
        if _COUNTRY_RE.fullmatch(name) or all(_bare(w) in _COUNTRY_WORDS for w in words):
            continue
        if words[0] in _COUNTRY_BY_FORM and len(words) > 1 and words[1] in _REGIONS:
            continue
        if any(_key(w) in names for w in words) or words[0] in _TITLE_WORDS and len(words) == 1:
            continue
        if re.match(r"\s+(?:region|province|oblast|district)\b", text[n.start() + len(name) :]):
            continue
        if first in _NOT_NAME and first not in (
            "Palace",
            "House",
            "Hall",
            "Government",
            "Presidential",
            "Royal",
            "University",
            "Prime",
            "Union",
            "Alley",
            "Grand",
            "Supreme",
            "State",
            "National",
            "Kremlin",
            "Akorda",
            "New",
            "Old",
            "Holy",
            "Great",
        ):
            continue
        key = fold(name).lower()
        if key in seen:
            continue
        seen.add(key)
        s_start, s_end, _ = art.sentence_at(m.start())
        out.append(
            PlaceSuggestion(
                name=name,
                what=_classify_event(_clause(text, s_start, s_end, m.start())),
                start=n.start(),
                end=n.start() + len(name),
            )
        )
    return out


def _extract_countries(art: _Article, participants: Sequence[PersonSuggestion]) -> list[CountrySuggestion]:
    counts: dict[str, list[int]] = {}
    for a, _, code in art.countries:
        if a < art.body_start:
            continue
        counts.setdefault(code, [0, a])[0] += 1
    weight = {HEAD_OF_STATE: 3, HEAD_OF_GOVERNMENT: 3, MINISTER: 2, AMBASSADOR: 2}
    scores = {code: v[0] for code, v in counts.items()}
    for p in participants:
        if p.country:
            scores[p.country] = scores.get(p.country, 0) + weight.get(p.role, 1)
            counts.setdefault(p.country, [0, p.first_offset])
    order = sorted(scores, key=lambda c: (-scores[c], counts[c][1]))
    return [CountrySuggestion(code=c, mentions=counts[c][0], score=scores[c]) for c in order]


# --------------------------------------------------------------------------------------------------------------
# Entry point


def suggest_package(
    text: str, *, dateline: datetime.date | None = None, people: Sequence[KnownPerson] = ()
) -> Suggestions:
    """Read one article and suggest its package; offsets in the result index ``text`` as given.

    A leading ``date YYYY-MM-DD`` header line (the agency's export format) is skipped and, when ``dateline`` is
    None, taken as the dateline; relative dates are dropped when there is no dateline at all.
    """
    art = _Article(text, dateline, people)
    art.build_people()
    quotes = _extract_quotes(art)
    masked = [(g.start, g.end) for g in quotes] + art.marked_spans
    speakers = {q.speaker.name for q in quotes}
    named = [e for e in art.unique() if e.positions or e.name in speakers]
    participants = sorted((e.suggestion() for e in named), key=lambda p: p.first_offset)
    return Suggestions(
        countries=tuple(_extract_countries(art, participants)),
        participants=tuple(participants),
        quotes=tuple(quotes),
        agreements=tuple(_extract_agreements(art)),
        dates=tuple(_extract_dates(art, masked)),
        places=tuple(_extract_places(art, masked)),
        dateline=art.dateline,
    )
