"""Lexicons of the extractor: countries and demonyms, titles, speech verbs, agreement kinds, spheres, events."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from re import _constants as _sre
from re import _parser as _sre_parse

from .suggestions import (
    AMBASSADOR,
    DEPUTY_HEAD_OF_GOVERNMENT,
    DEPUTY_MINISTER,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    MINISTER,
    OFFICIAL,
    PARLIAMENT_SPEAKER,
    VICE_PRESIDENT,
)


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern compiled once per process: the rules write hundreds of patterns where they use them, some built
    from an article's names, more than ``re``'s own cache of 512 holds, so that it would keep recompiling them."""
    return re.compile(pattern, flags)


def _first_letters(items: list) -> tuple[set[str], bool] | None:
    """The characters a parsed pattern can open with, and whether it can match empty; None past what it reads."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # (zero-width: the next item opens the match)
        if op is _sre.SUBPATTERN:
            got = _first_letters(av[3])
        elif op is _sre.BRANCH:
            alts = [_first_letters(alt) for alt in av[1]]
            got = None if None in alts else ({c for a in alts for c in a[0]}, any(a[1] for a in alts))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            got = _first_letters(av[2])
            got = got and (got[0], got[1] or av[0] == 0)
        elif op is _sre.IN and all(inner is _sre.LITERAL for inner, _ in av):
            got = {chr(c) for _, c in av}, False
        else:
            return None  # a class, a wildcard, a back-reference: not worth reading
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` after a look-ahead for the characters it can open with, when it opens with a word character.

    A long case-insensitive alternation is tried branch by branch at every position it is searched from (the engine
    checks the first letter of a branch cheaply only when the case counts); one look-ahead for the letters any branch
    opens with turns most positions away at once. The guard is read off the pattern itself, so an alternative added
    later keeps its matches; a pattern the reader does not follow is left as it is."""
    try:
        got = _first_letters(_sre_parse.parse(pattern, flags))
    except (AttributeError, TypeError, ValueError):
        return pattern  # (a later Python's parser: the pattern works as written, only slower)
    if got is None or got[1] or not all(c.isalnum() for c in got[0]):
        return pattern
    # (the guard ignores case on its own: a scoped "(?i:...)" inside a pattern that otherwise keeps case opens with
    # either case, which the letters read off the parse do not show)
    return f"(?=(?i:[{''.join(sorted(got[0]))}]))(?:{pattern})"


def _openings(items: list, k: int) -> set[str]:
    """The strings of ``k`` characters a parsed pattern can open with; a shorter one lets anything follow it."""
    if k == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _openings(rest, k)  # (zero-width: the next item opens the match)
    if op is _sre.LITERAL:
        return {chr(av) + tail for tail in _openings(rest, k - 1)}
    if op is _sre.IN and all(inner is _sre.LITERAL for inner, _ in av):
        tails = _openings(rest, k - 1)
        return {chr(c) + tail for _, c in av for tail in tails}
    if op is _sre.SUBPATTERN:
        return _openings([*av[3], *rest], k)
    if op is _sre.BRANCH:
        return {s for alt in av[1] for s in _openings([*alt, *rest], k)}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, sub = av
        if (low, high) == (1, 1):
            return _openings([*sub, *rest], k)
        # (a repeat taken once or more is followed by itself or by the rest: what follows its first turn is open)
        return (_openings(rest, k) if low == 0 else set()) | (_openings([*sub], k) if high else set())
    return {""}  # a class, a wildcard, a back-reference: anything may open


def pair_guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` after a look-ahead for the two characters it can open with, grouped by the first.

    For a long case-insensitive alternation searched at every word start, as ``guarded`` does for one character:
    where nearly every letter opens some branch, the first two still turn most words away ("the", "of", "and").
    The guard is read off the pattern itself, so it holds wherever the pattern matches."""
    try:
        openings = _openings(list(_sre_parse.parse(pattern, flags)), 2)
    except (AttributeError, TypeError, ValueError):
        return pattern
    if "" in openings:
        return pattern
    seconds: dict[str, set[str]] = {}
    for s in openings:
        seconds.setdefault(s[0], set()).add(s[1:])
    branches = [
        re.escape(first) if "" in after else re.escape(first) + "[" + "".join(map(re.escape, sorted(after))) + "]"
        for first, after in sorted(seconds.items())
    ]
    return f"(?=(?i:{'|'.join(branches)}))(?:{pattern})"


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
GE Georgia|Georgian; DE Germany|German; GH Ghana|Ghanaian; GR Greece|Hellenic Republic|Greek|Hellenic;
HU Hungary|Hungarian; IS Iceland|Icelandic; IN India|Indian; ID Indonesia|Indonesian; IR Iran|Iranian; IQ Iraq|Iraqi;
IE Ireland|Irish; IL Israel|Israeli; IT Italy|Italian; JP Japan|Japanese; JO Jordan|Jordanian;
KZ Kazakhstan|Kazakhstani|Kazakh; KE Kenya|Kenyan; KW Kuwait|Kuwaiti; KG Kyrgyzstan|Kyrgyz Republic|Kyrgyz;
LA Laos|Lao; LV Latvia|Latvian; LB Lebanon|Lebanese; LY Libya|Libyan; LT Lithuania|Lithuanian; LU Luxembourg;
MY Malaysia|Malaysian; MT Malta|Maltese; MX Mexico|Mexican; MD Moldova|Moldovan; MN Mongolia|Mongolian;
ME Montenegro|Montenegrin; MA Morocco|Moroccan; MM Myanmar|Burmese; NP Nepal|Nepalese|Nepali;
NL Netherlands|Dutch; NZ New Zealand|New Zealander; NG Nigeria|Nigerian;
KP North Korea|North Korean|DPRK|N. Korea|N.Korea|N. Korean;
MK North Macedonia|Macedonia|Macedonian; NO Norway|Norwegian; OM Oman|Omani; PK Pakistan|Pakistani;
PS Palestine|Palestinian; PE Peru|Peruvian; PH Philippines|Philippine|Filipino; PL Poland|Polish;
PT Portugal|Portuguese; QA Qatar|Qatari; RO Romania|Romanian; RU Russia|Russian Federation|Russian;
SA Saudi Arabia|Saudi; SN Senegal|Senegalese; RS Serbia|Serbian|Serb; SG Singapore|Singaporean;
SK Slovakia|Slovak; SI Slovenia|Slovenian|Slovene; ZA South Africa|South African;
KR South Korea|Republic of Korea|South Korean|Korea|Korean; ES Spain|Spanish; LK Sri Lanka|Sri Lankan;
SD Sudan|Sudanese; SE Sweden|Swedish; CH Switzerland|Swiss; SY Syria|Syrian; TJ Tajikistan|Tajik;
TZ Tanzania|Tanzanian; TH Thailand|Thai; TN Tunisia|Tunisian; TR Türkiye|Turkiye|Turkey|Turkish;
TM Turkmenistan|Turkmen; UA Ukraine|Ukrainian; AE United Arab Emirates|UAE|Emirati;
GB United Kingdom|UK|U.K.|Britain|British; US United States|USA|U.S.|US|America|American; UY Uruguay|Uruguayan;
UZ Uzbekistan|Uzbek; VA Vatican|Holy See; VE Venezuela|Venezuelan; VN Vietnam|Viet Nam|Vietnamese;
YE Yemen|Yemeni; CI Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire|Ivory Coast|Ivorian; FJ Fiji|Fijian;
NA Namibia|Namibian; BW Botswana|Botswanan; ZM Zambia|Zambian; ZW Zimbabwe|Zimbabwean; MZ Mozambique|Mozambican;
UG Uganda|Ugandan; RW Rwanda|Rwandan; CM Cameroon|Cameroonian; ML Mali|Malian; NE Niger|Nigerien;
BF Burkina Faso|Burkinabe; GN Guinea|Guinean;
CD Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC;
CG Republic of the Congo|Republic of Congo|Congo-Brazzaville; GA Gabon|Gabonese;
SO Somalia|Somali; DJ Djibouti|Djiboutian; ER Eritrea|Eritrean;
SS South Sudan|South Sudanese; MG Madagascar|Malagasy; MU Mauritius|Mauritian; BJ Benin|Beninese; TG Togo|Togolese;
SL Sierra Leone|Sierra Leonean; LR Liberia|Liberian; GM Gambia|Gambian;
CV Cabo Verde|Cape Verde|Cape Verdean|Cabo Verdean;
MR Mauritania|Mauritanian; MW Malawi|Malawian; EC Ecuador|Ecuadorian; BO Bolivia|Bolivian; PY Paraguay|Paraguayan;
PA Panama|Panamanian; CR Costa Rica|Costa Rican; GT Guatemala|Guatemalan; HN Honduras|Honduran;
SV El Salvador|Salvadoran; NI Nicaragua|Nicaraguan; DO Dominican Republic|Dominican;
JM Jamaica|Jamaican; HT Haiti|Haitian;
TT Trinidad and Tobago|Trinidadian|T&T; GY Guyana|Guyanese; BT Bhutan|Bhutanese; MV Maldives|Maldivian;
BN Brunei|Bruneian;
TL Timor-Leste|East Timor; PG Papua New Guinea|Papua New Guinean|PNG;
SB Solomon Islands; VU Vanuatu; WS Samoa|Samoan; TO Tonga|Tongan;
XK Kosovo|Kosovar; AD Andorra; MC Monaco; LI Liechtenstein; SM San Marino;
TD Chad|Chadian; CF Central African Republic; SC Seychelles|Seychellois; KM Comoros|Comorian;
GQ Equatorial Guinea|Equatoguinean; GW Guinea-Bissau|Bissau-Guinean; LS Lesotho; SZ Eswatini|Swazi;
ST São Tomé and Príncipe|Sao Tome and Principe; BB Barbados|Barbadian; BS Bahamas|Bahamian;
SR Suriname|Surinamese; BZ Belize|Belizean; NR Nauru|Nauruan; KI Kiribati; TV Tuvalu; PW Palau|Palauan;
FM Micronesia; MH Marshall Islands; TW Taiwan|Taiwanese; BI Burundi|Burundian; GD Grenada|Grenadian;
AG Antigua and Barbuda; DM Dominica
"""
_COUNTRY_FORMS: dict[str, str] = dict(
    entry.strip().split(" ", 1) for entry in _COUNTRY_TABLE.replace("\n", " ").split(";") if entry.strip()
)
_COUNTRY_BY_FORM: dict[str, str] = {form: code for code, forms in _COUNTRY_FORMS.items() for form in forms.split("|")}

# The states a crown heads, whose kings, queens, emperors, sultans, emirs and princes a visit's copy styles by a
# given name alone (not the realms whose crown is the British one: their king is named for the United Kingdom)
_MONARCHIES = frozenset("AD AE BE BH BN BT DK ES GB JO JP KH KW LI LS LU MA MC MY NL NO OM QA SA SE SZ TH TO".split())


def _standalone_forms(forms: Iterable[str]) -> str:
    """``(?<![\\w-])(?:A|B|...)`` for literal forms, longest first, written with each form's first letter before the
    look back at the character ahead of it: a search then skips to the letters that open a form instead of trying
    every form at every character. The forms are grouped by that letter, longest first within each group, so at a
    capital only the forms it opens are tried ("K(?<![\\w-].)(?:azakhstan|...|enyan|enya)"); no two groups open
    with the same letter, so what matches, and in what order a longer pattern backtracks, stays the same."""
    groups: dict[str, list[str]] = {}
    for f in sorted(forms, key=len, reverse=True):
        groups.setdefault(f[0], []).append(re.escape(f[1:]))
    branches = [re.escape(c) + r"(?<![\w-].)(?:" + "|".join(rest) + ")" for c, rest in groups.items()]
    return "(?:" + "|".join(branches) + ")"


# ("the Governor of Niger State" is of a Nigerian state named after the river, no mention of Niger; "US$ 5 million"
# and "Canadian dollars" name a currency, no mention of the country)
_COUNTRY_RE = re.compile(_standalone_forms(_COUNTRY_BY_FORM) + r"(?![\w$])(?!(?<=Niger)\s+State\b)(?!\s[Dd]ollars?\b)")
_COUNTRY_WORDS = {w for form in _COUNTRY_BY_FORM for w in form.split()}
# Words that open a longer country's name and never stand for a country alone, but open people's names too ("Sri"
# of Sri Lanka, "Costa" of Costa Rica); the country's first two words, which keep them the country's
_COUNTRY_OPENER_NAMES = frozenset(("Sri", "Costa", "Solomon", "Sierra", "Marshall"))
_COUNTRY_OPENINGS = frozenset(" ".join(form.split()[:2]) for form in _COUNTRY_BY_FORM if " " in form)


def _names_by_code(table: str) -> dict[str, str]:
    """A table of "CODE name|name; CODE name" entries, wrapped at any point, as each name's country code."""
    return {
        name: code
        for entry in table.replace("\n", "").split(";")
        if entry.strip()
        for code, names in [entry.strip().split(" ", 1)]
        for name in names.split("|")
    }


# The seats of a state's head, government or foreign ministry, by the names stories give them: each stands for its
# state as its capital does ("talks at Buckingham Palace", "Kremlin aide X", "the Oval Office said"). One table for
# every reading of them.
_SEATS = {
    "US": "White House|Oval Office|Camp David",
    "GB": "Downing Street|Buckingham Palace|Chequers|Lancaster House|Windsor Castle",
    "RU": "Kremlin|Novo-Ogaryovo",
    "FR": "Élysée Palace|Elysee Palace|Élysée|Elysee|Elysée|Élysee",
    "KZ": "Akorda|Ak Orda",
    "JP": "Kantei|Akasaka Palace|Imperial Palace",
    "KR": "Blue House|Cheong Wa Dae|Yongsan",
    "CN": "Great Hall of the People|Zhongnanhai|Diaoyutai",
    "IN": "Rashtrapati Bhavan|Hyderabad House",
    "BR": "Planalto Palace|Palácio do Planalto|Planalto|Itamaraty Palace|Itamaraty|Alvorada Palace",
    "AR": "Casa Rosada",
    "CL": "Palacio de la Moneda|La Moneda",
    "IT": "Quirinale|Quirinal Palace|Palazzo Chigi|Farnesina",
    "ES": "Moncloa Palace|Palacio de la Moncloa|Moncloa",
    "DE": "Bellevue Palace|Schloss Bellevue",
    "PH": "Malacañang Palace|Malacañang|Malacanang",
    "PT": "Belém Palace|Ajuda Palace|São Bento Palace",
    "NG": "Aso Rock|Aso Villa",
    "ZA": "Union Buildings|Tuynhuys",
    "BD": "Bangabhaban|Ganabhaban",
    "TR": "Beştepe|Dolmabahçe Palace|Çankaya Mansion",
    "CA": "Rideau Hall|Parliament Hill",
    "AT": "Hofburg",
    "CZ": "Prague Castle",
    "PL": "Belweder|Belvedere Palace",
}
_SEAT_BY_NAME = {name: code for code, names in _SEATS.items() for name in names.split("|")}
# (longest first, so that "Élysée Palace" is one seat, not "Élysée" and a palace)
_SEAT_NAMES = "|".join(re.escape(n) for n in sorted(_SEAT_BY_NAME, key=len, reverse=True))


# Capitals and other cities where visits happen: where the host is ("arrived in Astana"), and metonymy
# ("Canberra's top diplomat"). Kept apart from the country forms: a city is a place, never a country mention.
_CITY_TABLE = """
AF Kabul; AL Tirana; DZ Algiers; AO Luanda; AR Buenos Aires; AM Yerevan; AU Canberra|Sydney|Melbourne;
AT Vienna|Salzburg; AZ Baku|Ganja|Shusha; BH Manama; BD Dhaka; BY Minsk; BE Brussels; BA Sarajevo;
BR Brasilia|Brasília;
BG Sofia; KH Phnom Penh; CA Ottawa; CL Santiago; CN Beijing|Shanghai|Xi'an; CO Bogota; HR Zagreb; CU Havana;
CY Nicosia; CZ Prague; DK Copenhagen; EG Cairo; EE Tallinn; ET Addis Ababa; FI Helsinki; FR Paris; GE Tbilisi;
DE Berlin; GH Accra; GR Athens; HU Budapest; IS Reykjavik; IN New Delhi|Delhi|Mumbai; ID Jakarta; IR Tehran;
IQ Baghdad; IE Dublin; IL Jerusalem; IT Rome; JP Tokyo|Osaka; JO Amman; KZ Astana|Almaty|Nur-Sultan|Shymkent|Turkistan;
KE Nairobi; KW Kuwait City; KG Bishkek|Cholpon-Ata|Osh; LA Vientiane; LV Riga; LB Beirut; LY Tripoli; LT Vilnius;
LU Luxembourg City; MY Kuala Lumpur|Putrajaya; MT Valletta; MX Mexico City; MD Chisinau; MN Ulaanbaatar|Ulan Bator;
ME Podgorica; MA Rabat; MM Naypyidaw; NP Kathmandu; NL Amsterdam|The Hague; NZ Wellington; NG Abuja|Lagos;
KP Pyongyang; MK Skopje; NO Oslo; OM Muscat; PK Islamabad; PS Ramallah; PE Lima; PH Manila; PL Warsaw;
PT Lisbon; QA Doha; RO Bucharest; RU Moscow|St Petersburg|Saint Petersburg|Sochi|Kazan; SA Riyadh|Jeddah;
SN Dakar; RS Belgrade|Novi Sad; SG Singapore; SK Bratislava; SI Ljubljana; ZA Pretoria|Cape Town|Johannesburg;
KR Seoul; ES Madrid; LK Colombo; SD Khartoum; SE Stockholm; CH Bern|Geneva; SY Damascus; TJ Dushanbe;
TZ Dodoma; TH Bangkok; TN Tunis; TR Ankara|Istanbul; TM Ashgabat; UA Kyiv|Kiev; AE Abu Dhabi|Dubai;
GB London; US Washington; UY Montevideo; UZ Tashkent|Samarkand|Bukhara|Khiva; VA Vatican City; VE Caracas;
VN Hanoi|Ho Chi Minh City|Da Nang; YE Sanaa; CI Abidjan|Yamoussoukro; FJ Suva|Nadi; NA Windhoek|Walvis Bay;
BW Gaborone; ZM Lusaka; ZW Harare; MZ Maputo; UG Kampala; RW Kigali; CM Yaounde|Yaoundé; ML Bamako; NE Niamey;
BF Ouagadougou; GN Conakry; CD Kinshasa; CG Brazzaville; GA Libreville; SO Mogadishu; DJ Djibouti City;
ER Asmara; SS Juba; MG Antananarivo; MU Port Louis; BJ Cotonou|Porto-Novo; TG Lome|Lomé; SL Freetown;
LR Monrovia; GM Banjul; MR Nouakchott; MW Lilongwe; EC Quito; BO La Paz; PY Asuncion|Asunción;
PA Panama City; CR San Jose|San José; GT Guatemala City; HN Tegucigalpa; SV San Salvador; NI Managua;
DO Santo Domingo; JM Kingston; HT Port-au-Prince; GY Georgetown; BT Thimphu; MV Male; BN Bandar Seri Begawan;
TL Dili; PG Port Moresby; TT Port of Spain; BB Bridgetown; BS Nassau; BZ Belmopan; SR Paramaribo;
LS Maseru; SZ Mbabane; TD N'Djamena; CF Bangui; CV Praia; GQ Malabo; GW Bissau; KM Moroni; SB Honiara; VU Port Vila;
WS Apia; TO Nuku'alofa; XK Pristina; KE Mombasa; NG Port Harcourt; EG Alexandria;
TZ Dar es Salaam; ZA Durban; IN Bengaluru|Chennai|Kolkata; BR Sao Paulo|São Paulo|Rio de Janeiro;
AU Brisbane|Perth; CA Toronto|Montreal; US New York; DE Hamburg|Munich|Frankfurt; IT Milan; ES Barcelona;
TR Izmir; PK Lahore|Karachi; CN Guangzhou|Shenzhen; PH Cebu; ID Bali|Surabaya; VN Haiphong;
AU Adelaide|Darwin|Hobart; CA Vancouver|Quebec City; US Los Angeles|San Francisco|Chicago; JP Kyoto|Yokohama|Nagoya;
CN Hangzhou|Chengdu|Tianjin|Wuhan|Xiamen|Qingdao; IN Hyderabad|Ahmedabad|Varanasi|Gandhinagar; DE Dresden|Bonn;
FR Marseille|Lyon|Strasbourg; IT Florence|Naples|Venice; KR Busan; RU Vladivostok|Yekaterinburg|Novosibirsk;
TR Antalya; SA Al-Ula|AlUla; AE Sharjah; MY Penang; TH Chiang Mai; ID Yogyakarta; PL Krakow|Kraków;
TW Taipei|Kaohsiung; BI Gitega|Bujumbura
"""
_CITY_BY_NAME: dict[str, str] = _names_by_code(_CITY_TABLE)
_CITY_RE = re.compile(_standalone_forms(_CITY_BY_NAME) + r"(?![\w-])")
# A city set in capitals, as datelines set it, whatever the case of its particles: "PORT OF SPAIN", "DAR ES SALAAM".
_CITY_BY_UPPER: dict[str, str] = {name.upper(): code for name, code in _CITY_BY_NAME.items()}

# The states, provinces and regions of federations and devolved states, by which copy titles their own officials
# ("Quebec Premier X", "Governor of Mendoza X", "Texas Secretary of State X"): a region's office is of its country.
# Names that are also countries, common words or frequent given names or surnames are left out (Georgia, Punjab,
# Victoria, Washington, Delta, Guerrero, Hidalgo, Sabah); a Nigerian state goes by its name with "State".
_REGION_TABLE = """
US Alabama|Alaska|Arizona|Arkansas|California|Californian|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Texan|Utah|Vermont|West Virginia|Virginia|
Wisconsin|Wyoming;
CA Ontario|Quebec|Québec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|
Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories;
AU New South Wales|NSW|Queensland|South Australia|South Australian|Western Australia|Western Australian|WA|Tasmania|
Tasmanian|Victorian|Northern Territory;
IN Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|
Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Rajasthan|Sikkim|Tamil Nadu|
Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal;
BR Alagoas|Bahia|Ceará|Ceara|Espírito Santo|Goiás|Goias|Maranhão|Mato Grosso do Sul|Mato Grosso|Minas Gerais|
Paraíba|Pernambuco|Piauí|Rio Grande do Norte|Rio Grande do Sul|Rondônia|Roraima|Santa Catarina|Sergipe|Tocantins;
AR Catamarca|Chubut|Corrientes|Entre Ríos|Jujuy|La Pampa|Mendoza|Misiones|Neuquén|Neuquen|Río Negro|Salta|
Santiago del Estero|Tucumán|Tucuman;
MX Aguascalientes|Baja California Sur|Baja California|Campeche|Chiapas|Chihuahua|Coahuila|Jalisco|Michoacán|
Michoacan|Nayarit|Nuevo León|Nuevo Leon|Oaxaca|Puebla|Querétaro|Queretaro|Quintana Roo|San Luis Potosí|Sinaloa|
Sonora|Tabasco|Tamaulipas|Tlaxcala|Veracruz|Yucatán|Yucatan|Zacatecas;
DE Bavaria|Bavarian|Baden-Württemberg|Lower Saxony|Saxony-Anhalt|Saxony|Hesse|Thuringia|North Rhine-Westphalia|
Rhineland-Palatinate|Saarland|Schleswig-Holstein|Mecklenburg-Western Pomerania;
RU Tatarstan|Bashkortostan|Buryatia|Chechnya|Dagestan|Yakutia|Kalmykia|Chuvashia|Udmurtia|Mordovia|Tuva|Tyva|
Primorye|Primorsky|Khabarovsk|Sverdlovsk|Krasnoyarsk|Irkutsk|Kaliningrad|Krasnodar|Murmansk|Arkhangelsk|Kamchatka|
Sakhalin|Yamalo-Nenets|Khanty-Mansi|Zabaykalsky|Transbaikal;
CN Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Hubei|Hunan|Sichuan|Yunnan|Guizhou|Guangxi|Shaanxi|
Shanxi|Gansu|Qinghai|Xinjiang|Inner Mongolia|Ningxia|Heilongjiang|Jilin|Liaoning|Anhui|Jiangxi|Hainan;
NG Kano State|Kaduna State|Ogun State|Oyo State|Edo State|Enugu State|Anambra State|Imo State|Abia State|
Akwa Ibom State|Cross River State|Bayelsa State|Borno State|Adamawa State|Bauchi State|Benue State|Ekiti State|
Gombe State|Jigawa State|Katsina State|Kebbi State|Kogi State|Kwara State|Nasarawa State|Ondo State|Osun State|
Sokoto State|Taraba State|Yobe State|Zamfara State|Lagos State|Rivers State|Delta State|Plateau State;
ID Aceh|West Java|Central Java|East Java|North Sumatra|West Sumatra|South Sumatra|Sumatra|Kalimantan|Sulawesi|
Riau|Jambi|Bengkulu|Lampung|Banten|Nusa Tenggara|Maluku|Gorontalo;
GB Scotland|Scottish|Wales|Welsh|Northern Ireland;
ES Catalonia|Catalan|Andalusia|Andalusian|Basque Country|Basque;
IT Lombardy|Sicily|Sicilian|Sardinia|Tuscany|Veneto|Piedmont|Emilia-Romagna|Campania|Apulia|Calabria;
PK Sindh|Balochistan|Khyber Pakhtunkhwa;
IQ Kurdistan Region|Kurdistan Regional Government|KRG;
CL Magallanes|Antofagasta|Biobío|Atacama|Araucanía;
BE Flanders|Flemish|Wallonia|Walloon
"""
_REGION_BY_NAME: dict[str, str] = _names_by_code(_REGION_TABLE)
_REGION_RE = re.compile(_standalone_forms(_REGION_BY_NAME) + r"(?![\w-])")

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
# Short forms of months that are also given names: "Deputy Minister Jan Novak" names a person, "Jan 5" a date.
_MONTH_GIVEN_NAMES = frozenset(("Jan", "Jun"))
# Months that are also given names, which a lower-case particle after them shows to open a name ("May van Loon")
_MONTH_PARTICLE_NAMES = _MONTH_GIVEN_NAMES | frozenset(("May", "June", "April", "August"))
_WEEKDAYS = {
    d: i for i, d in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
}

# Title cores, longest first: (pattern, role). "counterpart" borrows the role of the person it is paired with.
_CORES: tuple[tuple[str, str], ...] = (
    (r"chairman of the cabinet of ministers", HEAD_OF_GOVERNMENT),
    # ("the head of the Cabinet" for the Chairman of the Cabinet of Ministers; not a chef de cabinet, the head of
    # someone's cabinet: "Head of the Cabinet of the President")
    (r"head of (?:the )?cabinet(?:\s+of\s+ministers\b|(?!\s+of\b))", HEAD_OF_GOVERNMENT),
    (r"chairman of the government", HEAD_OF_GOVERNMENT),
    # Italy's and Spain's heads of government by their own style
    (
        r"president of the (?:council of ministers|government)(?! of the (?:\w+ )?(?:region|province|community))",
        HEAD_OF_GOVERNMENT,
    ),
    (r"(?:first )?deputy prime minister", DEPUTY_HEAD_OF_GOVERNMENT),
    (r"vice[- ]premier|vice[- ]chancellor|t[aá]naiste", DEPUTY_HEAD_OF_GOVERNMENT),
    (
        # ("Samdech Thipadei": the Khmer style of the Prime Minister, by which Cambodian copy names him)
        # ("the Vietnamese Government leader": the head of government, as Vietnamese copy calls the Prime Minister)
        # ("the head of the Russian government", not a region's: "the head of the regional government")
        r"prime minister|premier|head of (?:the |our |their )?(?!(?:regional|provincial|local|city|municipal) )"
        r"(?:\w+ )?government|(?-i:Government) leader|chancellor|taoiseach|state counsell?or|first minister|(?-i:PM)|"
        r"(?-i:Thipadei)",
        HEAD_OF_GOVERNMENT,
    ),
    (r"vice[- ]president", VICE_PRESIDENT),
    # "Leader of the Opposition X": an office of the host's parliament, no head of state, whom a visitor calls on
    (r"leader of (?:the )?opposition", OFFICIAL),
    # "National Assembly Speaker X": capitalised only, as "the keynote speaker" is nobody's office
    (
        # ("Senate President X", "President of the National Assembly X": the chair of a house, not of the state)
        # ("Speaker of the House of Representatives X": the house's whole name is the office's, also after its
        # country's word: "Speaker of the Canadian House of Commons, X")
        r"speaker of (?:the )?(?:(?:(?-i:[A-Z][\w-]+)\s+)?house of \w+|\w+)|(?-i:Speaker)|"
        r"(?:senate|national assembly|parliament) president|"
        # ("the State Duma speaker", "the Iranian parliament speaker": in lower case after the house it chairs)
        r"(?:parliament(?:ary)?|assembly|duma|majlis|mazhilis|sejm|seimas|saeima|knesset|storting|riksdag|rada|"
        r"khural|hural|sabor|skupstina|senate) speaker|"
        r"president of the (?:senate|national assembly|parliament|chamber of deputies|house of \w+)|"
        # ("top legislator X": a legislature's chair, as Chinese state media style it; a plain legislator is an MP)
        r"top legislator",
        PARLIAMENT_SPEAKER,
    ),
    (
        # ("the Uruguayan Mandatary", "the Mandatario": Spanish "mandatario", the head of state, in translated copy)
        r"head of (?:the |our |their )?(?:\w+ )?state|president|emir|amir|king|queen|sultan|emperor|empress|leader|"
        # (a sovereign pontiff heads a state too: "Pope Anselm XIV" as "King Henrik IV")
        r"mandatary|mandatario|(?-i:Pope)|"
        # (Malaysia's king and queen by their Malay styles: "the Yang di-Pertuan Agong", "Raja Permaisuri Agong X")
        r"yang di-pertuan agong|raja permaisuri agong|"
        # ("the head of Turkmenistan": a state's head named by the state alone)
        # (not a pair's body: "Head of the Ruritania-Utopia friendship group")
        r"head of (?:the )?" + _COUNTRY_RE.pattern + r"(?!['’-]|\s+(?:diplomacy|government|delegation|side|state|"
        r"mission|parliament|senate|ministry|embassy|armed|army|navy|air|central|national|foreign|presidential|"
        r"royal|federal|economy|church|executive|cabinet)\b)",
        HEAD_OF_STATE,
    ),
    (
        r"deputy (?:foreign )?minister|vice[- ]minister|state secretary|deputy secretary of state|under-?secretary",
        DEPUTY_MINISTER,
    ),
    (
        r"secretary of state|foreign secretary|top diplomat|chief diplomat|"
        # ("the head of the Argentine diplomacy": Spanish "el jefe de la diplomacia")
        r"head of (?:the )?(?:\w+ )?diplomacy|"
        # ("the head of the Kyrgyz Foreign Ministry": the minister, as Russian "глава МИД" is)
        r"head of (?:the |our |their )?(?:\w+ )?(?:foreign|trade|energy|finance|defen[cs]e|interior|economy|justice|"
        r"health|education|culture|agriculture|transport|labou?r|digital|tourism|sports?|environment|industry) "
        r"ministry\b|"
        r"(?:foreign|trade|energy|finance|defen[cs]e|interior|economy|justice|"
        r"health|education|culture|agriculture|transport|labou?r|digital|tourism|sports?|environment|industry) "
        # ("Agriculture CS X": a cabinet secretary, as ministers are called in Kenya)
        # ("Federal Councillor X": a minister of the Swiss government)
        # (not the secretary-general, an official: "Agency secretary-general Datuk X")
        # ("Treasurer X": the finance minister of Australia and of Pacific governments, capitalised only, as a
        # party's or a club's treasurer is no office of state)
        # ("EAM X": India's External Affairs Minister, by the short form its own releases use)
        r"minister|minister|secretary(?![- ]general)|(?-i:CS)|(?-i:EAM)|federal councill?or|(?-i:Treasurer)",
        MINISTER,
    ),
    (r"ambassador|high commissioner|envoy|charg[eé] d'affaires|consul[- ]general", AMBASSADOR),
    (r"counterpart|(?<=\w )peer", "counterpart"),
    (
        # "Head of the Presidential Administration X", "head of Uzbekistan's Agency for Strategic Reforms"
        # ("Chair of the Foreign Affairs Committee X": a committee's chair, whom a visitor calls on)
        r"chair(?:man|woman|person)? of (?:the )?(?:[\w-]+ ){0,4}?committee|"
        # ("Head of the Prime Minister's Diplomatic Office X": the body owned by an office)
        r"head of (?:the |[A-Z][\w-]*['’]s |the (?:[\w-]+ )?[\w-]+['’]s )?(?:[\w-]+ ){0,4}?"
        r"(?:agency|office|administration|department|service|"
        # ("Head of the Ruritania-Utopia friendship group of the National Assembly X": a parliament's group)
        r"committee|fund|council|commission|secretariat|mission|directorate|bureau|authority|ministry|group)|"
        # ("Governor-General X": the Crown's representative, not a general)
        r"governor[- ]general|"
        # ("Assistant to the President X": an aide, by the office he serves)
        r"spokes(?:person|man|woman)|press secretary|adviser|advisor|aide|special assistant|assistant(?= to )|"
        # (a region's head by the local name of the office: Kazakh "akim", Uzbek "hokim" or "khokim")
        r"governor|mayor|akim|k?hokim|"
        r"chairman|chairwoman|chairperson|"
        # a university's head and deputies, who receive a visit to it ("the Rector of USP, Prof. X")
        r"(?:vice[- ]|pro[- ]?)?rector|"
        # offices of a province's or a party's head and of a trade envoy, by their own names: "the Communist Party
        # secretary of Shaanxi province, X", "the departmental intendant, X", "the Johor Menteri Besar, Datuk X",
        # "U.S. Trade Representative X"
        r"party secretary|intendant|menteri besar|trade representative|"
        # (a ministry's civil-service head, no minister: Kenya's "Foreign Affairs Principal Secretary X", "the
        # Permanent Secretary of the Ministry of Trade, X")
        r"director|secretary[- ]general|(?:permanent|principal) secretary|commissioner|chief|crown prince(?:ss)?|"
        # military ranks that lead juntas and councils: "Senior General Min Aung Hlaing", "Captain Ibrahim Traore"
        r"(?-i:(?:Senior |Lieutenant |Major |Brigadier |Army |Field )?(?:General|Marshal|Admiral|Colonel|Captain))",
        OFFICIAL,
    ),
)
# (every core opens with a word character, so "a word character after none" is the leading word boundary; spelt
# so, the engine skips the inner positions of words far sooner than with a leading boundary)
_CORE_RE = re.compile(
    r"(?=\w)(?<!\w)"
    + pair_guarded(r"(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CORES)) + r")\b", re.I),
    re.I,
)
_GENERIC_TITLE_WORDS = {"minister", "president", "head", "of", "state", "leader", "prime", "the", "our", "their"}
_NAME_TAIL_RE = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-ÞĀ-ſ][\w'’-]*|bin|bint|ibn|al|el|de|van|von)\s+){1,4}$")
_APPOSITIVE_RE = re.compile(
    r",\s+(?!(?:where|who|which|when|while|as|after|before|and|but|he|she|it|they|whose|whom)\b)"
    # (a participle opens a clause, whose object is someone else: "replied in English, thanking the King")
    r"(?!(?!acting\b)[a-z]+ing\s)"
    r"(?:the\s+|an?\s+)?((?:[\w'’-]+\s+){0,6}?(?:" + "|".join(p for p, _ in _CORES) + r"))\b[^,.;]*",
    re.I,
)
_PARLIAMENT_RE = re.compile(
    r"\b(?:Senate|Parliament|Assembly|Mazhilis|Majilis|Majlis|Duma|Sejm|Congress|Chamber|"
    r"Saeima|Seimas|Riigikogu|Bundestag|Bundesrat|Verkhovna|Rada|Kurultai|Jogorku|Kenesh|Khural|Storting|Knesset|"
    r"Riksdag|Folketing|Eduskunta|Althing|Sabor|Skup[sš]tina|Sobranie|Mejlis|Oireachtas|Sansad|"
    # upper houses named as councils: "President of the Council of the Nation", "of the Federation Council"
    r"Council of the (?:Nation|Republic|States)|Federation Council|National Council|Shura Council|"
    r"House of (?:Representatives|Councillors|Lords|Commons|Assembly))\b",
    re.I,
)
_PARLIAMENT_COUNTRY = {
    "mazhilis": "KZ", "majilis": "KZ", "sejm": "PL", "bundestag": "DE", "bundesrat": "DE", "duma": "RU",
    "verkhovna": "UA", "jogorku": "KG", "oliy": "UZ", "milli": "AZ", "knesset": "IL", "riigikogu": "EE",
    "saeima": "LV", "seimas": "LT", "storting": "NO", "riksdag": "SE", "folketing": "DK", "eduskunta": "FI",
    "sabor": "HR", "skupstina": "RS", "sobranie": "MK", "majlisi": "TJ", "mejlis": "TM", "khural": "MN",
}  # fmt: skip
# Cabinet offices whose very wording belongs to a few governments, as the words just before a name: a Kenyan
# minister is a "Cabinet Secretary" ("CS"), a Philippine or American one the "Department of Energy Secretary", an
# Indian or Myanmar one a "Union Minister". The office tells the side when one country of the two is among them.
_STYLED_OFFICES = (
    (
        re.compile(
            r"\b(?:Prime\s+)?Cabinet\s+Secretar(?:y|ies)(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w-]*|and|the|of|for)){1,6})?\s+$"
            # (and its short form after the portfolio: "Energy and Petroleum CS X")
            r"|(?:^|\s)CS\s+$"
        ),
        frozenset({"KE"}),
    ),
    (
        re.compile(
            r"\bDepartment\s+of(?:\s+(?:[A-Z][\w-]*|and|the|of|for)){1,6}\s+(?:\([A-Z][A-Za-z]{1,7}\)\s+)?Secretary\s+$"
        ),
        frozenset({"PH", "US"}),
    ),
    (
        re.compile(
            r"\bUnion\s+(?:Cabinet\s+)?Minister(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w-]*|and|the|of|for)){1,6})?\s+$"
        ),
        frozenset({"IN", "MM"}),
    ),
    (
        # "Federal Minister for Water (Power Division) X": the cabinets of federations that word it so
        re.compile(
            r"\bFederal\s+Minister(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w-]*|and|the|of|for|\([^()]{1,30}\))){1,8})?\s+$"
        ),
        frozenset({"PK", "DE", "AT", "NG", "MY", "ET", "SO", "BE"}),
    ),
    (
        # "Trade Secretary X", "Migrant Workers Secretary Y": a department's head called its field's secretary, as
        # the cabinets of the Philippines, the United States, Britain, Mexico and South Asia are (not a party's,
        # a body's or a civil service's secretary: "Party Secretary", "Permanent Secretary", "Press Secretary")
        re.compile(
            r"\b(?!(?:Cabinet|Permanent|Principal|General|Press|Executive|Under|Deputy|Assistant|Private|"
            r"Parliamentary|Chief|Joint|Additional|Party|Provincial|Municipal|City|Regional|District|County|"
            r"Committee|Council|Union|Company|Board|State|Senior|First|Second|Third|Acting|Special|Social|Financial)"
            r"\s)[A-Z][A-Za-z][\w-]*\s+(?:\([A-Z]{2,8}\)\s+)?Secretary\s+$"
        ),
        frozenset({"PH", "US", "GB", "MX", "IN", "PK", "BD", "LK", "NP", "HK"}),
    ),
    (
        # "External Affairs Minister X", "Secretary (West) in the Ministry of External Affairs Y", "Secretary (East)
        # in the MEA Z": India's foreign ministry alone is so named
        re.compile(r"\b(?:External\s+Affairs(?:\s+\(MEA\))?|MEA)(?:\s+(?:Minister|Secretary))?\s+$"),
        frozenset({"IN"}),
    ),
)
_TITLE_WORDS = set(
    "President Minister Ministers Prime Premier Foreign Affairs Federal Deputy Head State Chancellor Emir Amir King "
    "Agong Permaisuri "
    "Pope Queen Sultan Ambassador Secretary Secretaries Chairman Chairwoman Chairperson Cabinet Government Senate "
    "Parliament "
    "Speaker Leader Vice "
    "General Senior Marshal Admiral Colonel Captain Lieutenant Brigadier "
    "First Acting Labour Labor Economy Economic Trade Industry Investment Investments Electricity Energy Education "
    "Culture Health Defence Defense Justice Finance Agriculture Transport Interior Internal External European "
    "International Relations Cooperation Development Digital Tourism Sport Sports Science Environment Emergency "
    "Situations Water Resources Social Protection Information Communications National Commerce Integration Europe "
    "Enterprise Innovation Higher Security Affairs Envoy Special Plenipotentiary Extraordinary Consul General "
    "Governor Mayor Spokesperson Spokesman Adviser Advisor Assembly Mazhilis Majlis Duma Council Presidential "
    "Administration Office Infrastructure Mining Industries Natural Ecology Technology Technologies Youth Family "
    "Regional Policy Planning Budget Treasury Public Works Housing Urban Communication Media Heritage Diaspora "
    "Commonwealth Migration Labour Employment Veterans Climate Oil Gas Petroleum Power Railways Roads Aviation "
    "Chamber High Commissioner Taoiseach Tánaiste Tanaiste Counsellor Counselor Councillor Councilor Staff "
    # parliaments by their own names: "Chairman of the State Great Khural Ts.Nyamdorj"
    "Great Khural Storting Knesset Riksdag Folketing Eduskunta Althing Sabor Sobranie Mejlis Bundestag Bundesrat "
    "Sejm Saeima Seimas Riigikogu Verkhovna Rada Kurultai Jogorku Kenesh Oireachtas "
    # (and South Asia's and Malaysia's: "Speaker of the Lok Sabha X", "Speaker of the Dewan Rakyat Tan Sri Y")
    "Lok Rajya Sabha Sangsad Dewan Rakyat Negara "
    # and by the words of the houses named in translation: "Speaker of the Islamic Consultative Assembly X"
    "Consultative "
    # and the posts of envoys and regional officials: "Charge d'Affaires a.i. of the Qatari Embassy in Nairobi X",
    # "Mayor of Riyadh Region X", "Director of the Royal Protocol in Riyadh Region X", "Mayor of Lalitpur
    # Metropolitan Municipality X"
    "Embassy Region Protocol Province Municipality "
    # offices written with a hyphen, as one word ("— Vice-President X" closing a headline)
    "Vice-President Vice-Premier Vice-Chancellor Vice-Chairman Vice-Chairwoman Vice-Minister "
    # a university's offices: "Rector X", "Vice-Rector Y"
    "Rector Vice-Rector Prorector Pro-Rector "
    # and the parliaments' groups: "Chairman of the Japan-Kazakhstan Parliamentary Friendship League X"
    "League "
    # and by their common names' last words: "President of the Chamber of Deputies X"
    "Deputies Representatives "
    # a junior minister's office as France and the Maghreb style it: "the Minister Delegate for Foreign Trade, X"
    "Delegate".split()
)
# Words of ministries' portfolios that are not names: "Minister of Trade and Export Promotion Karim Benmoussa",
# "Minister of Amiri Diwan Affairs Sheikh ...". Kept out of the title words, which also break names apart.
_PORTFOLIO_WORDS = frozenset(
    "Export Exports Promotion Rural Food Fisheries Forestry Forests Livestock Lands Mines Minerals Telecommunications "
    "Posts Transportation Logistics Maritime Ports Shipping Civil Service Services Women Children Gender Equality "
    "Equity Production Mining Assets Property "
    "Welfare Solidarity Religious Endowments Awqaf Amiri Diwan Royal Court Home Citizens Consumer Competition "
    "Statistics Administrative Reform Modernisation Modernization Local Municipal Municipalities Territorial "
    "Cohesion Sustainable Transition Entrepreneurship Enterprises Cooperatives Handicrafts Arts Antiquities "
    "Sciences Research Vocational Training Skills Basic Primary Secondary Universities Broadcasting Hydrocarbons "
    "Renewable Nuclear Atomic Irrigation Disaster Management Relief Refugees Returnees Overseas Nationals "
    "Expatriates Cooperation Privatisation Privatization Transformation Human Rights Legal Parliamentary "
    "Coordination Community Communities Secretariat East African Asian Pacific Affairs Trade Industry "
    "Investment Agriculture Development Foreign "
    # ("Minister for Foreign Trade and Development Aid X", "Minister for Humanitarian Aid X")
    "Aid".split()
)
_HONORIFICS = set(
    "Sheikh Sheikha Sheik Sayyid Sayyida Mr Mrs Ms Dr Prof Sir Dame Madam His Her Excellency Majesty Highness "
    "H.E HE H.H H.R.H HRH Mr. Mrs. Ms. Dr. Prof. Emir Crown Prince Princess Hon Hon. Honourable Honorable "
    # (with the grades of the Malaysian federal and state titles: "Datuk Seri Utama X", "Datuk Patinggi Y")
    "Datuk Dato Datin Utama Panglima Patinggi "
    "Seri Tun Haji Hajjah Alhaji Shri Smt Shrimati HH "
    # the Tamil ones of Tamil Nadu's own releases (Mr, Mrs): "Minister for Industries Thiru X", "Tmt. S. Y"
    "Thiru Tmt Tmt. Thirumathi "
    # the French one of a wife or a woman minister, kept in English copy: "First Lady Madame X", "Mme Y"
    "Madame Mme Mme. "
    # academic, clerical and professional titles before a name: "vice-chancellor Professor Rachel Tan"
    "Professor Prof Doctor Engineer Eng Eng. Engr Engr. Rev Rev. Reverend Father Fr Fr. Archbishop Bishop "
    "Rabbi Imam Pastor Lord Lady Baroness Baron Dame "
    # styles of office and of the bar worn before a name: "the Rt Hon Jane Doe", "Senator X", "Barrister Y";
    # Khmer styles of rank: "Samdech Moha Borvor Thipadei X"
    "Rt Rt. Right Senator Sen. Barrister Barr. Amb Amb. Samdech Moha Borvor Thipadei Akka Sena Padei Techo Oknha "
    # Liberia's style of a counsellor at law: "Foreign Minister Cllr. X"
    "Cllr Cllr. "
    # military ranks kept by an official in a civilian post: "High Commissioner Major General (Retd.) X"
    "Major General Lieutenant Brigadier Colonel Admiral Marshal Retd Retd. Rtd Rtd. "
    # the same ranks in Spanish and Portuguese copy: "Minister of the Interior, Coronel (r) X"
    "Coronel Teniente Capitán Capitão Almirante "
    # the respect a state agency's English pays its own leader: "President Respected X"; and a speech's address to
    # one, which opens the speech's first line in a transcript: "Dear Vladimir Petrovich, dear friends,"
    "Respected Esteemed Dear "
    # Swahili styles East African English keeps: Dkt. (doctor), Mhe. (honourable), Balozi (ambassador), Bw./Bi.
    "Dkt Dkt. Mhe Mhe. Mheshimiwa Balozi Bw Bw. Bi Bi. "
    # and the Amharic ones of Ethiopian English: Ato (Mr), Woizero (Mrs)
    "Ato Woizero Weizero "
    # Hausa styles of West African English, a learned man's and a pilgrim woman's: "Mallam X", "Hajiya Y"
    "Mallam Malam Hajiya Alhaja "
    # Indonesian degrees written before a name, an engineer's and a graduate's: "Prof. Dr. Ir. X", "Drs. Y"
    "Ir Ir. Drs Drs. Dra Dra.".split()
)
# (and as Gulf agencies write them, letters without dots: "H E Ahmed Al Kuwari"; whole, for the regexes built of these)
_HONORIFICS |= {"H E", "H H", "H R H"}
# ("ole", son of, in Maasai names: "Stephen ole Sankale")
_PARTICLES = set("abu al ben bin bint da das de den der di dos du el ibn la le ter van von ould ole".split())
_NOT_NAME_WORDS = (
    "Holding Holdings Consortium Board Maj Brig Capt Adm Cdr "
    "The A An In On At By For From To Of With During After Before Following Earlier Later Today Yesterday "
    "Tomorrow This That These Those Both Each Every As According Speaking Also Among Our We I He She They It "
    "His Her Their Its But And Or Meanwhile However Besides Moreover Then When While Since Over Under Two "
    "Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Many Some All No Not If Joint Talks "
    "Negotiations Trade Energy Palace House Hall Centre Center Residence Square Airport Ministry Agency "
    "Office University Institute Bank Fund Council Commission Committee Forum Union Organization Organisation "
    "Association Airlines Airways Company Corporation Group News Foundation Museum Theatre Theater Street "
    "Avenue Park Castle Cathedral Mosque Church Region Province Sea Ocean River Lake Mountains Corridor Road "
    "Palacio Palácio Palazzo Plaza Praça Parque Museo Museu Casa Iglesia Catedral "
    # a university or an institute in the language of its country ("Universiti Teknologi Malaysia")
    "Universiti Universitas Universidad Universidade Université Universität Università Instituto Institut "
    # a bank, a ministry, a foundation or a company in the language of its country ("Deputy Governor, Banco de México")
    "Banco Banque Banca Ministerio Ministério Ministère Fundación Fundação Fondation "
    "Empresa Compañía Companhia Compagnie "
    "Railway Project Programme Program Days Festival Initiative Treaty Agreement Memorandum Declaration "
    "Roadmap Protocol Partnership Format Process Summit Embassy Consulate Kremlin Akorda Presidency Service "
    "Press Briefing Conference Middle Central Eastern Western Northern Southern East West North South Asia "
    "Europe Africa America Caucasus Balkans Mediterranean Gulf Caspian Arctic Pacific Atlantic Eurasia "
    "Eurasian European International National Republic Federation Kingdom Silk Green Rail Via Express "
    "Confederation Principality Sultanate Emirate "
    "Buildings Ghat Order Medal Prize Award Cup Games Olympics Expo Year Week Day Visa Visa-free Our Your My "
    "Let Here There Why What How Who Where Which Whose Such Other Another New Old Great Grand Royal Holy "
    "State Supreme Interstate Intergovernmental Federal Presidential Parliamentary Ambassadors Ministers "
    "Agreements Documents Heads Leaders Presidents Sides Parties Delegations "
    "Directorate Secretariat Department Bureau Authority Administration Chancellery Directorate-General Community "
    # verbs of a headline in title case ("President Asante-Boadu Holds Talks"), never part of a name
    "Holds Hold Meets Meet Signs Sign Visits Receives Welcomes Hails Arrives Discusses Pledges Vows Agree Agrees "
    "Urges Invites Calls Seeks Eyes Backs Opens Launches Says "
    # an evening's word opening a sentence ("Tonight, the President will host ..."), and the nation of an
    # honorary style ("Leader of the Nation X")
    "Tonight Nation "
    # connectives opening a sentence, before a comma as a name before its title would be ("Likewise, the ...")
    "Likewise Similarly Additionally Furthermore Finally Subsequently Afterwards Previously Lastly Nevertheless "
    "Accordingly Thereafter Separately Notably Overall "
    "Instead Still Yet Thus Hence Therefore Consequently Indeed Nonetheless Otherwise Conversely Elsewhere Meantime "
    "Ultimately Eventually Initially Originally Importantly Significantly Specifically Crucially Currently Recently "
    "Alternatively Incidentally Regardless Firstly Secondly Thirdly Altogether Naturally Clearly Admittedly "
    "Apparently Reportedly Officially Undoubtedly Traditionally Historically Simultaneously Beforehand Presumably "
    "Fortunately Unfortunately Interestingly Ironically Surprisingly Already "
    # nouns and adjectives of the bodies, places and things a capitalised phrase names beside people ("officials of
    # the Lakeland Tractor Works", "the Revolutionary Party", "Chief Executive Officer of ...")
    "Village Works Officer Officers Enterprises Workers Abroad Services Building Party Force Troupe Meeting Vision "
    "Strip Research Exchange Lines Sciences Mausoleum Hospital Airport Stadium Hotel Monument Memorial Gardens "
    "Auditorium Arena Pavilion Amphitheatre Amphitheater Gymnasium Convention Library Chapel "
    "Campus School College Academy Club Orchestra Ensemble Army Navy Headquarters Complex Opposition MPs Executive "
    "Delegation Reception Records Archives Accounts Peoples People Animal Business Sanitation Scientific Managing "
    "Migrant Legislative Nationalist Revolutionary Agrarian Agricultural Technical Shipping Standing Room Station "
    # the body a title ends on and the plural a sentence opens with ("of the National People's Congress Yu X",
    # "Most Kenyans", "Members of ..."), never a given name
    "Congress Members Most City "
    # the plural of a body's kind that its name ends on ("the Association of International Recruiting Agencies
    # (X), said": no person "Recruiting Agencies"), never a surname
    "Agencies Authorities Companies "
    "Councils Associations Corporations Institutions Organisations Organizations Federations Cooperatives "
    # a company's legal form after its name ("director of Bahari Freight Ltd", "Tenaga Hijau Sdn Bhd")
    "Ltd Limited Inc Corp Pty Plc Bhd Sdn Tbk GmbH"
)
# The degrees, honours, seats and services written after a person's name and set off by commas ("X, PhD, said",
# "Hon. Y, MP, Minister of ...", "Z, I.A.S., Chief Secretary"): no name, nor the name's description.
_POST_NOMINALS = (
    "PhD Ph.D DPhil MPhil MSc M.Sc MEng M.Eng BSc B.Sc LLB LL.B LLM LL.M MBA DLitt Esq MP MLA MLC MHA MPP MNA MSP "
    "MHK TD OBE CBE MBE KBE DBE CMG KCMG GCMG QC KC SC AC AO AM SAN OFR CON GCON IAS I.A.S IFS I.F.S IPS I.P.S".split()
)
# A nation's people in the plural ("Special Assistant on Overseas Pakistanis X", "Most Jamaicans"), never a name.
_NOT_NAME = (
    set(_NOT_NAME_WORDS.split())
    | set(_MONTHS)
    | set(_WEEKDAYS)
    | {w + "s" for w in _COUNTRY_WORDS if w[:1].isupper() and w[-1:] in ("n", "i")}
    | set(_POST_NOMINALS)
)
# Capitalised words a headline in title case or a dateline puts right after a surname standing alone ("President X
# Holds Talks With ...", "PM X In Abidjan", "President X Monday"): unlike a body's nouns after it ("King X
# International Airport"), they leave the surname a name.
_NAME_NEIGHBOURS = (
    frozenset(
        "The A An In On At By For From To Of With And Or But As Also During After Before Following Today Tonight "
        "Yesterday Tomorrow Earlier Later This That Over Under Amid Ahead Holds Hold Meets Meet Signs Sign Visits "
        "Receives Welcomes Hails Arrives Discusses Pledges Vows Agree Agrees Urges Invites Calls Seeks Eyes Backs "
        "Opens Launches Says".split()
    )
    | frozenset(_MONTHS)
    | frozenset(_WEEKDAYS)
    | frozenset(_COUNTRY_WORDS)
    # ("the Hon. X MP, Minister for Resources": the seat written after the name)
    | frozenset(_POST_NOMINALS)
)
_STOP_CAPS = _NOT_NAME | _TITLE_WORDS | _COUNTRY_WORDS
# the unions the title rules ask about, made once rather than at every word they look at
_OFFICE_WORDS = _TITLE_WORDS | _PORTFOLIO_WORDS
_TITLE_OR_COUNTRY_WORDS = _TITLE_WORDS | _COUNTRY_WORDS
_OFFICE_OR_COUNTRY_WORDS = _OFFICE_WORDS | _COUNTRY_WORDS

_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|stated|states|emphasi[sz]ed|emphasi[sz]es|"
    r"underlined|underscored|highlighted|declared|remarked|continued|concluded|explained|pointed out|asked|replied|"
    r"answered|announced|affirmed|assured|urged|insisted|recalled|observed|commented|acknowledged|admitted|wrote|"
    r"warned|argued|confirmed|reiterated|repeated|went on|summed up|"
    r"confirms|announces|insists|warns|recalls|acknowledges|admits|argues|reiterates|repeats|explains|underlines|"
    r"reaffirmed|reaffirms|pledged|pledges|vowed|vows|promised|promises|"
    # the same act by its manner or stance: predicting, conceding, cautioning, revealing, joking, complaining
    r"predicted|predicts|conceded|concedes|cautioned|cautions|revealed|reveals|disclosed|discloses|joked|jokes|"
    # (not the forms that are also nouns or participles of other verbs: remarks, claims, hints, estimated)
    r"quipped|lamented|complained|complains|boasted|maintained|maintains|contended|contends|asserted|asserts|"
    r"claimed|signalled|signaled|indicated|hinted|remarked|observes|countered|retorted|responded|reassured|"
    r"reassures|proclaimed|opined|tweeted|made (?:it )?clear|makes (?:it )?clear|believes|believed|"
    r"(?:quoted|cited)(?: by (?:a |the )?[\w-]+(?: [\w-]+){0,3})? as "
    r"(?:saying|telling (?:his |her |their |the )?[\w-]+|"
    r"having said|stating)|"
    # the present tense of agency copy ("The President highlights ..."), and verbs of informing and specifying
    r"highlights|underscores|reaffirms|affirms|declares|stresses|notes|emphasi[sz]es|mentioned|mentions|"
    r"clarified|clarifies|specified|specifies|elaborated|informed|informs|briefed|briefs|conveyed|conveys|"
    r"points out|posted|posts|"
    # a hope voiced with its clause: "said A and hoped that B" ("hoped for" and "hoped to" say nothing; after
    # ", and" the hope goes on with the statement before it)
    r"(?<!, and )(?:hoped|hopes)(?=\s+that\b)|"
    # a reminder with its clause: "reminded (guests) that ..." ("reminded him of his promise" says nothing)
    r"(?:reminded|reminds)(?=(?:\s+[\w'’-]+){0,3}?\s+that\b)"
)
_ACTS_AFTER_NAME_RE = re.compile(
    rf"\s+(?:(?:also|then)\s+)?(?:[a-z]\w*ly\s+)?(?:{_SPEECH_VERBS}|invited|met|held|arrived|visited|received|welcomed|"
    r"thanked|laid|paid|praised|hailed|attended|signed|accepted|concluded|departed|left|hosted)\b"
)
# (an honorific may come between: "said Dr Ana Lima")
_SPEECH_BEFORE_NAME_RE = re.compile(
    rf"\b(?:(?:{_SPEECH_VERBS})|[Aa]ccording to)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?$"
)
_VERB_RE = re.compile(guarded(rf"\b(?:{_SPEECH_VERBS})\b"))
_PP_WORDS = (
    r"at|during|after|before|in|on|while|when|to|from|following|as|via|speaking|adding|commenting|"
    r"addressing|referring|noting|stressing|according|with|upon|later|earlier|today|yesterday|also|"
    r"in an interview|for|aboard|on board|onboard|"
    # how or where the words came: "he said through an interpreter", "she said over the phone", "said afterwards"
    r"through|over|outside|amid|afterwards|afterward|shortly|briefly|firmly|warmly|bluntly|candidly|repeatedly"
)
_OBJ_WORD = r"\s+(?!(?:that|the\s+\w+\s+(?:was|were|had|would))\b)[\w'’.-]+"
# (the audience may carry its own "of" phrase: "told a gathering of Chinese and Brazilian executives in Beijing")
_OBJ_AFTER_TOLD = rf"(?:{_OBJ_WORD}){{1,6}}(?:\s+of(?:{_OBJ_WORD}){{1,6}})?"
# The dot of an honorific before a name ("Mr. Rao", "Dr. Sen"), which ends no sentence.
_HONORIFIC_DOT = r"(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs)|(?<=\bProf))\.(?= [A-ZÀ-Þ])"
_ATTR_AFTER_RE = re.compile(
    # (a dot glued to a capital is an initial's: "President Ts.Ganbold said")
    rf"^[\s,]*(?:(?P<v1>{_SPEECH_VERBS})\s+(?P<s1>(?:[^,.;:!?\"“”«»„]|\.(?=[A-ZÀ-ÞА-ЯЁ])|{_HONORIFIC_DOT})+)|"
    # (an office set off before the name: ""...," Brazil's minister of mines, Otávio Rezende, told reporters")
    rf"(?P<s2>(?:[^,.;:!?\"“”«»„]|\.(?=[A-ZÀ-ÞА-ЯЁ])|{_HONORIFIC_DOT})+?(?:,\s+(?=[A-ZÀ-Þ])(?:[^,.;:!?\"“”«»„]|\.(?=[A-ZÀ-Þ]))+,)?)"
    rf"\s+(?:(?:also|then|later|further|again)\s+)?(?:[a-z]\w*ly\s+)?"
    rf"(?P<v2>{_SPEECH_VERBS}))(?P<rest>(?=[\s,.;:!?\"“”«»„]|$).*)$",
    re.S,
)
# (what an attribution after the words needs before any of its stops: a speech verb, boundaries aside; most tails of
# quotes have none, and this turns them away before the slow attribution is tried)
_ATTR_VERB_RE = re.compile(guarded(rf"(?:{_SPEECH_VERBS})"))
_ATTR_STOP_RE = re.compile(r"[;:!?\"“”«»„]")
_COLON_INTRO_RE = re.compile(
    rf"^(?P<head>.{{1,160}}?)\b(?P<verb>{_SPEECH_VERBS})(?P<obj>(?:\s+[\w'’.-]+){{0,4}}?)\s*:\s+(?P<rest>\S)"
)
# Reported speech: "said (on Monday) that CLAUSE"; "told", "assured" and the like report only with "that".
# ("said the decisions taken at that time were ...": "that" after a preposition points at a thing, no clause opens)
_DEMONSTRATIVE_THAT = r"(?:at|in|on|by|for|of|from|with|after|before|since|until|during|under|about)\s+that\b"
_THAT_RE = re.compile(
    rf"(?:\s+(?:{_DEMONSTRATIVE_THAT}|(?!that\b|{_DEMONSTRATIVE_THAT})[\w'’.-]+)){{0,8}}?,?\s+that,?\s+(?=\S)"
)
_NEEDS_THAT = {"posted", "posts", "informed", "informs", "briefed", "briefs", "conveyed", "conveys",
               "mentions", "mentioned", "clarified", "clarifies", "specified", "specifies", "elaborated",
               "told", "tells", "assured", "asked", "urged", "replied", "answered", "wrote", "continued", "concluded",
               "went on", "summed up", "commented", "argued", "insisted", "warned", "announced", "believes",
               "explained", "explains",
               "believed", "made clear", "made it clear", "makes clear", "makes it clear"}  # fmt: skip
# What a thing was described as, with the thing ("the talks as constructive"), after "described" or "describing":
# a pronoun is no object, and a marked appraisal ("as "a partner"") is a partial quote, not this.
_DESCRIBED_AS_OBJECT = (
    r"(?=\s+(?!(?:it|them|him|her|this|that|himself|herself)\s)[^.;,:\"“”‘’'\n]{2,80}?"
    r"\s+as\s+(?![\"“‘'])(?:a|an|the|one|[a-z]+)\b)"
)
# Participles of speech and evaluation: "..., lauding the progress", "..., affirming that ...", "..., describing
# the talks as ...": the same speaker's next act, which ends the clause before it.
_SPEECH_PARTICIPLES = (
    r"adding|saying|noting|stressing|stating|warning|expressing|calling|recalling|pointing out|underlining|"
    r"emphasi[sz]ing|insisting|arguing|explaining|acknowledging|affirming|reaffirming|reiterating|repeating|"
    r"underscoring|highlighting|confirming|asserting|declaring|observing|maintaining|remarking|predicting|"
    r"revealing|disclosing|assuring|reassuring|announcing|conceding|admitting|cautioning|suggesting|indicating|"
    r"signalling|signaling|contending|claiming|stating|voicing|urging|proposing|inviting|pledging|promising|"
    r"vowing|thanking|lauding|praising|hailing|commending|applauding|welcoming|describing|terming|branding|reminding|"
    r"pointing to|pointing at|congratulating|conveying|extending|reviewing|"
    r"characteri[sz]ing|referring to|denouncing|condemning|criticising|criticizing|complaining|lamenting|"
    r"expressing|reiterating|telling|informing|recounting|quipping|joking|boasting|hoping"
)
_CLAUSE_TAIL_RE = re.compile(
    # a second statement joined without a comma: "said A and hoped that B" (", and hoped that B" goes on)
    r"(?<=[\w\"”’»])\s+and\s+(?:also\s+)?hoped\s+that\b|"
    # what the speaker would not say, in the writer's words: "... but would not be drawn on details"
    r",?\s+but\s+(?:would|did|could|will)\s+not\s+(?:be\s+drawn|elaborate|comment|give|say|provide|disclose|"
    r"specify|name)\b|"
    # ... or what they left out: "... but gave no figures", "... but made no commitment"
    r",?\s+(?:but|yet)\s+(?:(?:he|she|they)\s+)?(?:made|gave|offered|provided|named|set|announced|specified|"
    r"mentioned|disclosed|cited)\s+no\b|"
    # ... or the writer's word that nothing came of it: "..., but no formal agreement was signed", "..., but no
    # amount was announced"
    r",?\s+but\s+no\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:yet\s+)?"
    r"(?:signed|announced|agreed|reached|given|set|concluded|finali[sz]ed|disclosed|named|offered)\b|"
    # ... or what others did not do, a subject of their own in the writer's past: "..., but officials gave no
    # estimate of the cost", "..., but the two sides did not announce any new measures", "..., but the statement made
    # no mention of ..." (not "but this figure does not reflect ...", the speaker's present)
    r",?\s+but\s+(?:(?:the|both|neither|officials|[A-Z](?!\s)[\w'’-]*)\s+)(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:gave|made|offered|provided|named|set|announced|specified|mentioned|disclosed|cited)\s+no|"
    r"(?:did|had)\s+not|didn['’]t|hadn['’]t)\b|"
    # the writer's gloss on marked words that close on their comma: '... remained "open and active," a principle
    # dating to 1955'
    r"(?<=,[\"”’])\s+(?:a|an)\s+(?=[a-z])|"
    # the writer's gloss after a dash: "... – a thinly veiled reference to Washington"
    r"\s+[–—]\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:reference|allusion|swipe|dig|nod|jab|signal|rebuke|line|phrase|"
    r"remark|message|comment|formula)\b)|"
    # the writer's gloss on where the matter stands, after a comma or a dash: "..., a sore point in a country
    # where ...", "... – a point on which farmers have long ...", "... -- a sensitive issue in Japan"
    r"(?:,|\s+(?:[–—]|--))\s+(?=(?:a|an)\s+(?:[a-z-]+\s+)?(?:point|issue|area|subject|matter|topic|question)\s+"
    r"(?:in|on\s+which|where)\s)|"
    # (without a comma after a closing mark: "... "who we sell to" as he held talks with ...": the writer's scene)
    r"(?<=[\"”’»])\s+(?:as|when|while)\s+(?:he|she|they)\s+(?:was\s+|were\s+)?[a-z]+(?:ed|ing)?\b(?<!\bsaid)(?<!\bput)|"
    # (... or the meeting it came after, with whom: '... will be "intensified" after a day of talks with his
    # counterpart')
    r"(?<=[\"”’»])\s+after\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|"
    r"negotiations|discussions)\s+with\b|"
    # (nor after the clause's own words, when the act is the visit's: "... with Ireland as he began a state visit")
    r"\s+as\s+(?:he|she|they)\s+(?:began|arrived|met|opened|started|wrapped\s+up|toured|landed|hosted|received|"
    r"welcomed|kicked\s+off|set\s+off|headed)\b|"
    r",[\"”’»]?\s+(?:as(?!\s+well\s+as)|when|which\s+(?:relies|depends|accounts|borders|hosts|lies)\b|"
    # "..., while he ...", "..., while visiting ...", "..., while Tursunov said ...": the writer's circumstance or
    # another statement; "..., while Egyptian fruit sells well" goes on with what was said
    r"while(?=\s+(?:he|she|they|his|her|its|the\s+(?:\w+\s+)?(?:president|minister|leader|premier|chancellor|host|"
    r"guest|delegation|side)|[a-z]+ing|also\s+(?:" + _SPEECH_PARTICIPLES + r")|"
    r"(?:[\w'’-]+\s+){1,3}(?:also\s+)?(?:" + _SPEECH_VERBS + r"|say|argue|warn))\b)|"
    r"during|speaking|addressing|at a|at the|after (?:the|his|her|their)|"
    # "..., after annual leaders' talks at the palace", "..., after a day of talks with his counterpart": the
    # occasion named by its meeting, whatever leads it
    r"after\s+(?:(?:a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|summit|negotiations|discussions)\b|"
    # "..., following a meeting with the Prime Minister in Tokyo": the occasion, not the words
    r"following\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|visit|summit|call|session)\b|"
    # "..., in talks with her counterpart in Tbilisi", "..., at a meeting with the Prime Minister": the occasion
    r"(?:in|at)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|session)\s+with\b|"
    # (not a deadline inside what was said: "..., before the end of the year")
    r"before (?:the(?!\s+(?:end|close|start|beginning|middle)\s+of\b)|his|her)|(?:before|after|upon|on)\s+[a-z]+ing\b|"
    r"according to|"
    # where the words were said: "..., in remarks broadcast by state television", "..., in a statement"
    r"in (?:(?:brief|televised|separate|later|written|closing|opening)\s+)?(?:remarks|comments|a statement|a speech|"
    r"an interview|an address|a post|a briefing|a message|a televised)\b|"
    r"and (?:also )?(?!hoped\b)[a-z]+ed|(?:and\s+(?:also\s+)?)?(?:" + _SPEECH_PARTICIPLES + r")|"
    r"without|echoing|citing|reflecting|"
    # the writer's appraisal of what was said: "..., a figure he considered modest", "..., a level that ..."
    r"(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:he|she|they)\s+[a-z]+ed\b|"
    # "..., a goal that analysts consider ambitious", "..., a target which officials called realistic"
    r"(?:a|an)\s+(?:[a-z]+\s+)?(?:goal|target|figure|sum|level|plan|pledge|promise|claim|view|position|stance|"
    r"remark|statement|message|assessment|estimate|forecast|timeline|deadline|date|"
    # ... or the writer's word on a proposal or an act named after the clause, with what became of it: "..., an idea
    # that was first raised in 2014", "..., an idea Ms. Reyes has publicly rejected", "..., an invitation which ..."
    r"idea|proposal|suggestion|invitation|offer|request|initiative|move|step|trip|concept|notion)\s+"
    r"(?:that|which|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?=\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b))\b|"
    # the writer's gloss: "..., in an apparent reference to China's growing assertiveness"
    r"in (?:an? )?(?:apparent |clear |veiled |thinly veiled |implicit |oblique |indirect )?"
    r"(?:reference|allusion|swipe|dig|nod) to|"
    # the writer's comment set after the words: "..., a phrase diplomats read as a reference to Washington"
    r"(?:a|an)\s+(?:phrase|remark|comment|formulation|line|reference|swipe|signal|message|allusion|nod)\b|"
    r"declining|refusing|asking not)[\s:,]|"
    r",?\s+and\s+(?:also\s+)?that\s(?!of\b|is\b|was\b|which\b)|"
    # the speaker's next act after a bare "and", a stand on a claim or a proposal: 'said Mexico was "strengthening its
    # controls" and rejected suggestions that ...', "welcomed the plans and spoke in favour of expanding exchanges"
    # (not two verbs of the clause's own subject: "said Tokyo had considered and rejected the offer")
    r"(?<![a-z]ed)\s+and\s+(?:also\s+)?(?:rejected|dismissed|denied|ruled\s+out|brushed\s+aside|played\s+down|"
    r"downplayed|spoke\s+(?:out\s+)?(?:in\s+favou?r\s+of|against))\b|"
    # ("... and continued to grow": the clause's own subject going on, not a speaker who continued speaking)
    r",?\s+(?:and|but)\s+(?:also\s+)?(?!continued\s+to\b)(?:" + _SPEECH_VERBS + r"|repeated|called for|acknowledged|"
    r"announced|condemned|"
    r"proposed|hailed|praised|welcomed|urged|expressed|voiced|"
    # "said A and thanked B": a second act of the speaker, courtesy or appraisal, is no part of A; nor is a request
    # or a stand of his ("said A and sought Berlin's support for it", "... and pressed for ...", "... and backed ...")
    # ("... and wished to learn from its experience" is a wish of the clause's subject, as "wanted to", and goes on)
    r"thanked|congratulated|commended|lauded|applauded|conveyed|extended|invited|wished(?!\s+to\b)|appreciated|"
    r"paid tribute|reaffirmed|reiterated|underlined|highlighted|noted|described|termed|pointed to|"
    r"sought|pressed|appealed|backed)\b|"
    # "..., but critics say the trip produced little", "... while analysts warned ...": others' words set against his
    r",?\s+(?:but|while|whereas|though|although)\s+(?:some\s+|many\s+|other\s+)?(?:critics|analysts|"
    r"observers|opponents|others|diplomats|experts)\s+(?:[a-z]+ly\s+)?(?:said|say|says|argue|argued|warn|warned|"
    r"note|noted|believe|believed|contend|contended|point\s+out|pointed\s+out)\b|"
    # "..., and Kertész called Uzbekistan ...": another named speaker's act, not part of what was said; so is
    # another's request or push ("..., while Tursunov pressed for ...", "..., while X invited investors to ...")
    r",\s+(?:and|but|while|whereas)\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w'’.-]+\s+){1,4}(?:also\s+|in turn\s+)?"
    r"(?:" + _SPEECH_VERBS + r"|called|described|hailed|praised|welcomed|urged|expressed|voiced|thanked|"
    r"pressed|pushed|invited|sought)\b|"
    # (named by office as well: "..., and the Saudi minister said ...", "..., while his counterpart stressed ...")
    r",\s+(?:and|but|while|whereas)\s+(?:the|his|her)\s+(?:[A-Z][\w'’.-]+\s+){0,3}(?:(?:prime|foreign|deputy)\s+)?"
    r"(?:president|minister|premier|chancellor|counterpart|host|guest|leader|king|emir|prince|sheikh|sultan)\s+"
    r"(?:also\s+|in turn\s+)?(?:" + _SPEECH_VERBS + r"|called|described|hailed|praised|welcomed|urged|expressed|"
    r"voiced|thanked|pressed|pushed|invited|sought)\b|"
    # "..., but stopped short of ...": what the speaker did next, not what was said
    r",?\s+(?:but|although|though|even though|while)\s+(?:(?:he|she)\s+)?(?:[a-z]\w*ly\s+)?"
    r"(?:stopped|declined|refused|did not|didn't|avoided|gave no|offered no|conceded|cautioned|sidestepped)\b|"
    # "..., and the two leaders agreed to ...": both sides' act, not the speaker's words
    # (in the past tense: "..., and the two countries have always respected each other" is still the speaker's)
    # (so is "..., and the sides agreed to ...", "..., and the leaders confirmed ...")
    r",\s+and\s+(?:the\s+(?:two|both)\s+(?:leaders|sides|ministers|presidents|countries|delegations|parties)|"
    r"the\s+(?:leaders|sides))\s+(?:also\s+)?(?:[a-z]+ed|held|met|took|made|gave|saw)\b|"
    # a semicolon hands over to another statement: "...; Morimoto said Tokyo would review ..."
    r";\s|"
    # a colon opening quotation marks hands over to the speaker's own words: "stressed the potential of trade:
    # "Our companies ...""
    r":\s*(?=[\"“«„])"
)
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do|shall|[a-z]\w*ed|"
    # present tense of the verbs a reported statement most often has: "says Fiji wants more work visas"
    r"wants|needs|remains|seeks|plans|hopes|expects|intends|considers|sees|supports|stands|regards|believes|aims|"
    r"continues|shares|values|counts|offers|wishes|welcomes|respects|deserves|matters|means|"
    # what an event shows: "said the visit shows that ...", "said the deal proves that ..."
    r"shows|proves|demonstrates|reflects|signals|marks|opens|gives|brings|makes|provides|"
    # and their plural forms after a plural subject: "said India and Cyprus share a commitment"
    # (not the ones that are as often nouns: hope, need, support, aim, value, offer, wish, welcome)
    r"want|remain|seek|expect|intend|consider|see|stand|regard|believe|continue|share|enjoy|enjoys|face|faces|"
    r"agree|agrees|provide|prove|demonstrate|reflect|give|bring|"
    # irregular past tenses: "said it went well", "said trade grew by a third"
    r"went|came|took|made|gave|grew|fell|rose|kept|stood|felt|knew|thought|brought|began|won|lost|sold|bought|saw|"
    r"spent|sent|built|led|ran|became|remained|"
    # (not the participle after its noun: "a forum held on the sidelines of the visit")
    r"held(?!\s+(?:on|in|at|during|with|between|under|by|over|last|earlier|after|before|since|as)\b))\b|"
    # any present tense right after a named or pronoun subject: "said Riyadh views Thailand as a gateway", "said it
    # attaches great importance to ...", "said Kenya also looks to ..."
    r"\b(?:it|he|she|(?!(?:The|An?|This|That|These|Those|His|Her|Its|Their|Our|In|On|At|For|With|By|From|Of|To)\b)"
    r"[A-Z][\w'’-]+)\s+(?:also\s+|still\s+|now\s+|further\s+)?"
    r"(?!(?:this|his|its|hers|ours|theirs|always|perhaps|towards|afterwards|besides|whereas|thus|plus|unless|"
    r"across|news|series|means|sometimes|nevertheless)\b)[a-z]{2,}[^\W_su]s\b"
)
# What "welcomed" reports when it is a thing, not a person met: "welcomed the decision", "welcomed Japan's loan".
_PERSON_NOUNS = (
    r"delegations?|guests?|visitors?|president|premier|prime minister|minister|leader|chancellor|king|queen|emir|"
    r"amir|sultan|ambassador|envoy|counterpart|secretary|head of (?:state|government)|crown prince|delegates?|"
    r"officials?|members?|participants?|people|students|businessmen|investors"
)
_WELCOMED_OBJECT = (
    r"a |an |the (?!(?:[\w-]+ ){0,2}(?i:" + _PERSON_NOUNS + r")\b)|"
    # (a possessive of a name of several words: "welcomed Viet Nam's commitment")
    r"(?:his|her|their|its|(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s) "
    # (a title after the possessive is a person's, whatever its case: "welcomes Ghana's President X" greets him)
    r"(?!(?:\w+ )?(?i:delegation|guests?|counterparts?|hosts?|"
    r"president|minister|leader|wife|husband)\b)"
)
# What a country brings or the two build, welcomed without an article: "welcomed Swedish investment", "welcomed
# closer cooperation on maritime security", "welcomed growing people-to-people links" (not firms or people
# welcomed to come: "welcomed Polish enterprises to invest", "welcomed Turkish investors").
_WELCOMED_FLOW = (
    r"(?:(?!(?:a|an|the|his|her|their|its|our|this|these|that|those|him|them|us|all|both)\b)[\w'’-]+\s+){0,2}"
    r"(?:investments?|cooperation|co-operation|coordination|participation|involvement|engagement|links|ties|money|"
    r"capital)\b"
)
# A guest welcomed in words rather than with a ceremony: "welcomed President X and the delegation, affirming ...",
# "welcomed the Prime Minister of Japan and his delegation, and ..." (not "welcomed X with military honours",
# "welcomed X to Ottawa", "welcomed X at the airport", whose welcome is the ceremony).
_WELCOMED_GUEST_NP = (
    r"(?:(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?i:" + _PERSON_NOUNS + r")|[A-Z][\w'’-]+)"
    r"(?:\s+and\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:delegation|entourage))?"
)
_WELCOMED_GUEST = (
    _WELCOMED_GUEST_NP
    + r",\s+(?:and\s|affirming|stressing|saying|noting|expressing|underlining|emphasi[sz]ing|hailing|praising)"
)
# Evaluative speech acts report their object: "hailed the constructive spirit of the talks".
_EVALUATIVE_RE = re.compile(
    guarded(
        r"\b(?:hailed|praised|commended|lauded|applauded|"
        # (a salute to a guard or a flag is a gesture: "saluted the guard of honour")
        r"(?:saluted|salutes)(?!\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:guards?|flags?|troops|soldiers|crowds?|colou?rs|honou?r)\b|"
        r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\b(?!['’]s)))|"
        r"highly (?:appreciated|praised|valued)|proposed|"
        r"suggested|called for|calling for|calls for|pleaded for|pleads for|appealed for|appeals for|made a plea for|"
        r"makes a plea for|argued for|argues for|advocated|advocates|"
        r"condemned|condemns|denounced|denounces|welcomed (?=" + _WELCOMED_OBJECT + r")|"
        r"welcomed (?=" + _WELCOMED_FLOW + r")|"
        # a suggestion rejected, with what it suggested: "rejected suggestions that the visit had fallen flat" (not
        # "rejected the criticism", which says nothing of its own)
        r"(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)(?=\s+(?:the\s+)?suggestions?\s+(?!of\b)\w)|"
        r"welcomed (?=" + _WELCOMED_GUEST + r")|"
        r"praising|hailing|commending|lauding|applauding|welcoming (?=" + _WELCOMED_OBJECT + r")|"
        r"thanked\s+[^,.;\"“”]{2,60}?\s+for|"
        r"(?:expressed|expresses|conveyed|conveys|shared|voiced|voices) (?:(?:his|her|their|the)\s+)?"
        r"(?:firm\s+|strong\s+)?"
        r"(?:confidence|hope|conviction|certainty|satisfaction|belief|view|opinion|expectation|assurance)(?:\s+that)?|"
        # what was pointed to, drawn attention to, spoken of, appreciated: the object is the statement
        r"(?:drew|draws) (?:(?:special|particular)\s+)?attention to|pointed to|points to|"
        # what one informed about, with no one named as told ("informed about the readiness of X to ..."; not
        # "was informed about", the writer's account of a briefing received)
        r"(?<!was )(?<!were )(?<!been )(?:informed|informs) about(?=\s+(?:the|a|an|his|her|their|its|plans)\s)|"
        # what a thing was described as, unmarked, with the thing: "described the talks as constructive"
        r"(?:described|describes|describing)" + _DESCRIBED_AS_OBJECT + r"|"
        # a country congratulated on its achievements, with the country: "congratulated Laos on its successful
        # chairmanship" (not a person congratulated on an election or an appointment, a courtesy)
        r"(?:congratulated|congratulates)(?=\s+(?!(?:[\w'’.-]+\s+){0,4}?(?:[Pp]resident|[Pp]rime|[Mm]inister|[Cc]ounterpart|"
        r"[Cc]olleague|[Hh]osts?|[Gg]uests?|him|her|them|Mr|Ms|Mrs|Dr)\b)[^,.;:\"“”\n]{2,60}?\s+on\s+"
        r"(?:its|their|the)\s)|"
        r"(?:spoke|speaks) (?:of|about) "
        r"(?=the (?:need|importance|necessity|potential|prospects?|role|significance)\b)|"
        # what one spoke in favour of: "spoke in favour of expanding cooperation in agriculture" (the stand is the act,
        # its object what was said)
        r"(?:spoke|speaks)\s+(?:out\s+)?in\s+favou?r\s+of(?=\s)|"
        r"(?:appreciated|appreciates|valued|values|recogni[sz]ed|recogni[sz]es) (?=" + _WELCOMED_OBJECT + r")|"
        # feelings voiced about something: "expressed pride in the dam", "voiced his country's aspiration to ...";
        # the feeling is part of what was said, so the verb alone is the act
        r"(?:expressed|expresses|expressing|voiced|voices|voicing|conveyed|conveys|extended|extends)"
        r"(?=\s+(?:(?:his|her|their|its)\s+)?(?:(?:country|government|people|nation|side)['’]s\s+)?"
        r"(?:(?:great|deep|profound|sincere|special|particular|"
        r"full|strong|keen|heartfelt|warm|warmest|cordial)\s+)?(?:pride|pleasure|happiness|joy|delight|aspirations?|"
        r"keenness|eagerness|admiration|enthusiasm|respect|solidarity|sympathy|condolences|trust|faith|pessimism|"
        r"frustration|displeasure|dissatisfaction|reservations|opposition|objection|rejection|gratitude|appreciation|"
        r"thanks|gratefulness)(?:\s+and\s+(?:\w+\s+)?(?:gratitude|appreciation|thanks|respect|admiration))?"
        r"\s+(?:in|at|with|over|to|for|on|about|towards?)\b)|"
        # readiness, interest, intention: what the speaker offered to do or wanted (a country's, "expressed his
        # country's interest in ...", "expressed Japan's intention to support ...", is part of what was said)
        r"(?:expressed|voiced|confirmed|reaffirmed) (?:the\s+)?"
        r"(?:readiness|willingness|interest|intention|desire|determination|commitment)(?:\s+in\b|(?=\s+to\s))|"
        r"(?:expressed|voiced|confirmed|reaffirmed) (?:his|her|their)\s+"
        r"(?:readiness|willingness|interest|intention|desire|determination|commitment)\s+in\b|"
        # (one's own stance keeps its noun: "expressed his readiness to raise ...", "expressed her wish to ...")
        r"(?:expressed|voiced|confirmed|reaffirmed)(?=\s+(?:his|her|their)\s+"
        r"(?:readiness|willingness|interest|intention|desire|determination|commitment|wish)\s+to\s)|"
        r"(?:expressed|voiced|confirmed|reaffirmed)(?=\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+"
        r"(?:readiness|willingness|interest|intention|desire|determination|commitment)\s+(?:in|to)\s)|"
        # concern, regret, disappointment over something: what worried the speaker
        r"(?:expressed|voiced|raised) (?:(?:his|her|their)\s+)?(?:deep\s+|grave\s+|serious\s+|strong\s+)?"
        r"(?:concerns?|regret|disappointment|dismay|alarm|optimism|support)\s+(?:over|about|at|regarding|for|that)|"
        r"hails|praises|welcomes (?=" + _WELCOMED_OBJECT + r")|proposes|"
        # (and a country's or the speaker's own intention: "announced his country's intention to open a consulate")
        r"announce[sd] (?=a |an |the |new |plans |(?:his|her|their)\s+(?:(?:country|government)['’]s\s+)?"
        r"(?:intention|decision|plans?|readiness|willingness)\s+to\s)|"
        # directives report what the speaker asked of someone: "urged Abuja to turn its gas into exports" (a
        # leader's instruction to his own government, "instructed the Government to ...", is an act, not speech)
        r"(?:asked|asks|requested|requests)"
        # (nor a request a speaker passes on in his own words, "the President asked me to thank you": his message
        # carried, not what the President said)
        r"(?!\s+(?:me|us)\s)"
        # (not an invitation: "asked his counterpart to visit Astana" is narrative)
        r"(?=\s+(?:(?!and\s+[a-z]+ed\b)[\w'’-]+\s+){1,5}?to\s+[\"“]?(?!(?:visit|come|pay)\b)[a-z])|"
        # (nor a courtesy call: "called on President X and discussed ways to ...", whose "to" is another verb's; an
        # urging names whom it urges, however long the name: "called on the ministries and companies of both
        # countries, including their banks, to ...")
        r"(?:urged|urges|called on|calls on|calling on|calling upon)"
        r"(?=\s+(?:(?!and\s+[a-z]+ed\b)(?!(?:to|for|why|whether|how|what)\b)[\w'’-]+,?\s+){1,8}?to\s+[\"“]?"
        r"(?!(?:visit|come|pay)\b)[a-z])|"
        # commitments report what was promised: "pledged to double the number of flights"
        r"(?:pledged|pledges|promised|promises|vowed|vows)(?=\s+to\s+[a-z])|"
        # offers and promises of something: "offered Nigeria more visas", "promised easier access for Kenyan produce"
        # a stance voiced, with whose it is: "expressed his country's keen interest in ...", "voiced support for ...",
        # "conveyed the United States' enduring commitment to ...", "reiterating Egypt's position that ..."
        r"(?:expressed|expresses|expressing|voiced|voices|voicing|conveyed|conveys|conveying|reiterated|reiterating|"
        # (a stance confirmed or renewed: "confirmed his country's interest in ...", "renewed Iraq's support for ...")
        r"confirmed|confirming|reaffirmed|reaffirming|renewed|renewing)"
        r"(?=\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+|"
        r"(?:country|government)['’]s\s+)?(?:(?:keen|strong|great|deep|full|firm|sincere|continued|steadfast|"
        r"unwavering|enduring|consistent|principled)\s+)?(?:support|commitment|appreciation|position|interest|"
        r"readiness|willingness|intention|desire|determination)\s+(?:for|to|of|that|in)\b)|"
        # a stance voiced or renewed with whose it is after "of", as a translation words it: "expressed the gratitude
        # of his government for ...", "conveyed the determination of his country to ...", "ratified the will of
        # Cuba to ..." (renewing a stance is no ratifying of a treaty: the object is the stance's noun)
        r"(?:expressed|expresses|expressing|voiced|voices|voicing|conveyed|conveys|conveying|reiterated|reiterates|"
        r"reiterating|reaffirmed|reaffirms|reaffirming|confirmed|confirms|confirming|renewed|renews|renewing|"
        r"ratified|ratifies|ratifying)(?=\s+the\s+[\"“]?(?:(?:firm|full|deep|sincere|strong|great|profound|keen|"
        r"continued|unwavering|steadfast|principled|political)\s+)?(?:gratitude|appreciation|support|solidarity|"
        r"commitment|readiness|willingness|interest|intention|desire|determination|will|wish|rejection|"
        r"condemnation|opposition|satisfaction|concern|keenness|aspiration|eagerness)[\"”]?"
        r"(?:\s+of\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
        r"\s+(?:to|for|in|at|with|over|on|about|towards?|regarding)\s)|"
        r"(?:offered|offers|pledged|pledges|promised|promises)(?=\s+(?:[A-Z][\w-]+\s+)?(?:more|new|greater|easier|"
        r"better|further|additional|fresh|full|continued|its|his|her|their|technical|financial|economic|humanitarian|"
        r"military|political|practical)\s|(?:[A-Z][\w-]+\s+)?(?:support|help|assistance|aid|funding|investment|"
        r"cooperation|backing)\b))"
    )
)
# Verbs that take a marked phrase as their speaker's words: called Brazil "a natural partner".
_NAMING_RE = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|termed|branded|dubbed it|thanked|thanks|"
    r"considered|considers|deemed|deems|judged|"
    r"framed|frames|framing|characteri[sz]ed|characteri[sz]es|portrayed|portrays|presented|presents|"
    r"(?:spoke|speaks|talked|talks|wrote|writes) (?:of|about)|referred to|refers to)\b"
)
# "..., adding that ...": a participle that hands the same speaker's next statement on.
_ADDING_RE = re.compile(
    # "..., which he said would ...": the speaker's own word on the thing just named
    r",?\s+(?:(?:and|while)\s+(?:also\s+)?(?=\w+ing\b)|(?:which|that)\s+(?:he|she|they)\s+"
    r"(?=(?:said|believed|hoped|expected)\s+(?:would|will|could|can|was|is|were|are|had|has)\b))?"
    r"(?P<verb>(?:(?<=he\s)|(?<=ey\s))(?:said|believed|hoped|expected)|adding|saying|noting|stressing|stating|"
    r"warning|recalling|pointing out|"
    r"underlining|"
    r"emphasi[sz]ing|insisting|arguing|explaining|acknowledging|"
    r"expressing (?:(?:his|her|the)\s+)?(?:hope|confidence|conviction|belief)(?=\s+that\b)|"
    # any speech participle with its "that" clause: "..., affirming that ...", "..., underscoring that ..."
    r"(?:" + _SPEECH_PARTICIPLES + r")(?=(?:\s+[\w'’-]+){0,3}?\s+that\b)|"
    # evaluations by participle: "..., lauding the progress achieved"
    r"praising|hailing|commending|lauding|applauding|"
    # what was stressed or affirmed, as a noun phrase: "..., affirming Egypt's keenness on ...", "..., underlining the
    # need to ..."
    r"(?:affirming|reaffirming|stressing|underlining|underscoring|emphasi[sz]ing|highlighting|reiterating)"
    r"(?=\s+(?:the|its|his|her|their|[A-Z][\w-]*['’]s)\s)|"
    # a second "that" clause of the same verb: "said that A and that B"
    r"and(?=\s+that\s(?!of\b|is\b|was\b|which\b)))\b"
)
# Subjects of joint or impersonal statements: "the sides stressed", "Tokayev and Vucic noted".
# (and a subject that speaks for nobody: "Neither leader said how much ...", "None of the ministers said")
_JOINT_RE = re.compile(
    r"\b(?:and|both|sides|parties|leaders|presidents|ministers|delegations|they|it|neither|none|nobody|no one)\b", re.I
)
_ACCORDING_HEAD_RE = re.compile(
    r"(?:According to|In the words of|In the opinion of|In the view of|"
    r"In (?=(?:his|her|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s) (?:words|opinion|view)\b))"
    # ("According to Mr. Rao, ...": an honorific's dot ends no phrase)
    r"\s*(?P<s>(?:[^,.;:]|" + _HONORIFIC_DOT + r"){2,80}?),\s+(?P<c>[^\n]{10,})|"
    # "As the Taoiseach put it, ..."
    r"As\s+(?P<s3>[^,.;:]{2,60}?)\s+(?:put it|said|noted|stressed|explained),\s+(?P<c3>[^\n]{10,})|"
    # "His view was that ...", "Kulkarni's message was that ..."
    r"(?P<s2>(?:His|Her)\s+(?:view|opinion|message|point|argument|position|verdict)|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s\s+(?:view|opinion|"
    r"position|message|argument|assessment|point|verdict))\s+(?:was|is|remained|remains)\s+"
    # "... was that CLAUSE", "... was clear: CLAUSE", "... was simple: CLAUSE"
    r"(?:that\s+|(?:clear|simple|blunt|plain|unambiguous|straightforward)\s*:\s+)(?P<c2>[^\n]{10,})"
)
_ACCORDING_TAIL_RE = re.compile(r"(?P<c>[^\n]{10,}?),\s+according to\s+(?P<s>[^,.;:]{2,80}?)[.!?]?\s*$")
_PP_START_RE = re.compile(rf"^\s*(?:(?!at\s+(?:least|most)\b)(?:{_PP_WORDS})\b|,)")
_ATTR_BEFORE_RE = re.compile(rf"(?:^|[\s,])(?P<verb>{_SPEECH_VERBS})(?P<obj>(?:\s+[\w'’.-]+){{0,8}}?)\s*[:,]?\s*$")
_ACCORDING_RE = re.compile(r"\b(?:[Aa]ccording to|[Ii]n the words of|[Aa]s)\s+(?P<s>[^,]{2,80}?)(?:\s+put it)?,\s*$")
_PARENTHETICAL_RE = re.compile(
    r",\s*(?:speaking|addressing|commenting|referring|who|which|whose|according|in turn|for (?:his|her) part|"
    r"meanwhile|also|however|in (?:his|her) (?:speech|remarks|address)|at the|during|after|while|"
    # "The president, as quoted by Xinhua, said": the source that relays the words
    r"(?:as\s+)?(?:quoted|cited|reported)\s+by)\b[^,]*,"
    r"|,\s*(?:"
    + "|".join(re.escape(w) for w in _POST_NOMINALS)
    + r")\.?(?:,\s*(?:"
    + "|".join(re.escape(w) for w in _POST_NOMINALS)
    + r")\.?){0,3},"
)
_UNNAMED_RE = re.compile(
    r"\b(?:officials?|spokes(?:person|man|woman|people)|sources?|diplomats|ministry|ministries|presidency|office|"
    r"secretariat|directorate|bureau|chancellery|press service|service|government|embassy|agency|aides?|advisers?|"
    r"advisors?|statement|committee|delegation|"
    r"side|council|administration|newspaper|outlet|representatives?|observers?|analysts?|experts?|kremlin|"
    r"white house|palace|insiders?|someone|people|residents?|organizers?|organisers?|participants?|readout|"
    r"communiqu\w*|transcript|release|report|reports|media)\b",
    re.I,
)
_UNNAMED_OF_RE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|aides?|advisers?|advisors?|officials?|diplomats?|sources?|representatives?|"
    # (or one who goes along with the person named: "an official travelling with X", "an aide accompanying X")
    r"office|service|secretary|staff)\s+(?:for|of|to|at|in|from|close to|near|with|accompanying|travell?ing\s+with)\b",
    re.I,
)
_INDEFINITE_RE = re.compile(r"^(?:a|an|one|two|three|several|some|many|other|senior|unnamed)\b", re.I)
_PRONOUN_RE = re.compile(
    r"^(?:(?:he|she|him|her|(?:his|her) (?:opinion|view|words|highness|excellency|majesty))"
    r"(?:\s+(?:also|then|later|further|again|in turn))?)$",
    re.I,
)
# "X thanked his counterpart for the hospitality and": X, the subject of a chain of verbs.
_CHAINED_RE = re.compile(
    r"\s*(?P<s>(?:[A-Z][\w'’.-]*|the|of|and)(?:\s+(?:[A-Z][\w'’.-]*|the|of|our|their|al|bin|van|de|"
    r"leader|president|minister|guest|host|counterpart|chancellor|premier|head|state|diplomat|envoy))*)\s+"
    r"(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|met|held|paid|took|made|gave|spoke|welcomed|thanks|welcomes|meets|greets|receives|visits)\b"
    r".*\band\s*$"
)

_KIND_RE = re.compile(
    r"\b(?P<kind>memorand(?:ums?|a)(?:\s+of\s+(?:understanding|cooperation|intent))?|MoUs?|agreements?|"
    r"declarations?(?:\s+of\s+intent)?|road\s?maps?|protocols?|programmes?|programs?|"
    # (not the leaders' own words to the press, the heading of a transcript: "Joint statements of the President, Mr
    # X, and ... following their meeting")
    r"joint\s+statement(?:s(?!\s+of\s+(?:the\s+)?(?:President|Prime|Ministers?|Foreign|Chancellor|Mr|Ms|Mrs)\b))?|"
    r"plans?\s+of\s+action|(?:implementation|work|cooperation|exchange|consultations?)\s+plans?|"
    # "Plan of (political) consultations between the foreign ministries", "plan of joint activities"
    # (and the field of the cooperation between: "a plan of inter-parliamentary cooperation for 2023-2025")
    r"plans?\s+of\s+(?:(?:(?:political|regular|bilateral)\s+)?consultations?|(?:[\w-]+\s+)?cooperation|"
    r"(?:joint\s+)?(?:activities|actions?|measures|events))|"
    r"(?<=a )plan(?=\s+(?:for|on)\s)|"
    r"treaty|treaties|conventions?|accords?|action\s+plans?|contracts?|documents?|arrangements?|"
    # (translated copy may spell it out: "a letter of intention for the creation of a working group")
    r"(?:letters?|statements?)\s+of\s+intent(?:ion)?|joint\s+ventures?|deals?|exchanges?\s+of\s+notes|"
    # "Notes on the loan were exchanged": diplomatic notes are an instrument only when exchanged
    r"[Nn]otes(?=\s+(?:on|for|concerning)\s[^.;]{0,200}?\bexchanged\b)|"
    # (or by what they provide for: "exchanged notes under which X will supply radar equipment")
    r"(?<=exchanged )notes(?=\s+(?:on|for|concerning|under\s+which|whereby)\s)|"
    r"(?:lines?\s+of\s+credit|credit\s+lines?)|"
    r"loans?(?!\s+(?:agreements?|facilit|deals?|contracts?|accords?|packages?|frameworks?|lines?)\b)|"
    r"(?:financing|loan|credit)\s+(?:facilit(?:y|ies)|frameworks?|packages?|lines?))\b",
    re.I,
)
# Kind words -> the package's agreement kinds (a letter or statement of intent is filed as a memorandum, an action
# plan as a programme, a joint venture as a contract).
_KIND_SLUG = (
    ("memorand", "memorandum"),
    ("mou", "memorandum"),
    ("letter", "memorandum"),
    ("statement", "memorandum"),
    ("agreement", "agreement"),
    ("accord", "agreement"),
    ("arrangement", "agreement"),
    ("deal", "agreement"),
    ("exchange", "agreement"),
    ("declaration", "declaration"),
    ("joint statement", "declaration"),
    ("joint venture", "contract"),
    ("road", "roadmap"),
    ("protocol", "protocol"),
    ("program", "programme"),
    ("action", "programme"),
    ("plan", "programme"),
    ("treat", "treaty"),
    ("convention", "treaty"),
    ("contract", "contract"),
    ("document", "agreement"),
    ("financing", "agreement"),
    ("loan", "agreement"),
    ("notes", "agreement"),
    ("line", "agreement"),
    ("credit", "agreement"),
)
_SIGNED_CUE = (
    r"signed|inked|conclude[ds]?|exchanged|exchange of|adopted|sealed|reached|ratified|issued|struck|clinched|"
    r"finali[sz]ed|got|secured|"
    r"(?<!will )(?<!to )(?<!would )(?<!shall )(?:sign|signs)|"
    r"approved|endorsed|the signing|concluded|"
    # a ceremony already held for the documents ("attended a signing ceremony for five memoranda"), which the bare
    # "signing" of a plan would read as still to come
    r"(?:attended|witnessed|held|hosted|oversaw|presided\s+over)\s+(?:a|the)\s+(?:joint\s+)?signing\s+ceremony|"
    # a signing told through a verb that says it took place ("took turns to sign", "proceeded to sign", "went on to
    # sign"), which the bare "to sign" would read as still to come
    r"(?:took|taking)\s+turns\s+(?:to\s+sign|signing)|(?:proceeded|went\s+on|went\s+ahead|stepped\s+(?:forward|up)|"
    r"sat\s+down|came\s+forward|lined\s+up)\s+to\s+sign|"
    # a signing the leaders looked on at, its instrument named as the act itself: "witnessed an exchange of notes"
    r"(?:witnessed|oversaw|presided\s+over)(?=\s+(?:a|an|the)\s+exchanges?\s+of\b)"
)
_ANNOUNCED_CUE = (
    r"will|would|shall|to sign|to be signed|to conclude|expected|plans?|planned|planning|intends?|"
    r"intended|prepare[ds]?|preparing|preparation|draft|drafting|drafted|discuss(?:ed|es|ing)?|"
    r"discussion|negotiat\w*|talks on|consider\w*|propos\w*|agreed to|hope[ds]?|could|may|might|"
    r"next\s+(?:year|month|week|spring|summer|autumn|fall|winter|visit|meeting|round|session|summit|time)|"
    r"future|upcoming|being|working on|work on|start work|resume|aim(?:s|ed)? to|seek\w*|"
    r"envisag\w*|not yet|not signed|yet to|pending|prospects? (?:of|for)|possibility of|signing|concluding|"
    r"initiall?ed|"
    r"announced|(?:almost|nearly|is|are) ready"
)
_COMPLEMENT_STOP_RE = re.compile(
    # (a full stop before a lower-case word inside a sentence ends a short form, not the title: "with China Steel
    # Corp. to build a plant")
    r"[,;!?(]|\.(?:\s(?!\s*(?-i:[a-z]))|$)|\s(?:and|or)\s+(?=(?:agreements?|memorand\w+|protocols?|contracts?|deals?|declarations?)\b)|\s(?:and|or)\s+(?:a|an|another|the|its|their|also|agreed|signed|discussed|witnessed|exchanged|"
    r"adopted|announced|initiall?ed|agreed|were|was|will|to|other|several)\b|\s(?:while|which|that|who|were|was|is|are|will|would|shall|could|"
    r"can|may|during|by the end|before|after|next (?:year|month|week)|this year|last year|later|within|as part|at|"
    r"in order|following|"
    r"today|yesterday|tonight|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"until|has|have|had|being|signed|aimed|designed|allowing|to be)\b",
    re.I,
)
_MODIFIER_STOP = set(
    "a an the of to and or in on for with new draft-free several number some many two three four five six seven "
    "eight nine ten eleven twelve other its their our his her this these those signed sign signing exchanged "
    "adopted also were was are is be been being will would today's yesterday's key important relevant "
    "respective all both million billion trillion bn mn worth plus among them including such as were was".split()
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

# Sphere (the assistant spec's vocabulary) -> keyword stems; the keyword that occurs first in the title decides.
# Small firms, whom money is lent to rather than what it is for: "financing for small and medium enterprises".
_SMALL_FIRMS_RE = re.compile(r"(?:the\s+)?(?:(?:small|micro)\b|M?SMEs\b)", re.I)
_SPHERES: tuple[tuple[str, str], ...] = (
    (
        "political",
        r"strategic partnership|comprehensive partnership|friendship|allied relations|alliance|"
        r"political consultations|bi-national commission|interstate council|ministr(?:y|ies) of foreign affairs|"
        r"foreign ministries|diplomatic academ\w*|good-neighbourl\w*|good neighbourl\w*|demarcation|delimitation|"
        r"state borders?|"
        # the line between two states' waters or land, which delimitation draws: "the maritime boundary segments"
        r"(?:maritime|sea|land)\s+(?:boundar(?:y|ies)|borders?)",
    ),
    (
        "defence",
        r"air policing|air defen[cs]e|defen[cs]e|military|armed forces|army|navy|naval|weapons?|"
        r"(?<!think )(?<!think-)tanks?|drones?|"
        r"unmanned\s+aerial\s+vehicles?|UAVs?|"
        r"ammunition|munitions|howitzers?|artillery|missiles?|rocket launchers?|warships?|frigates?|corvettes?|"
        # ("a submarine cable": a telecoms line on the seabed, no warship)
        # (what drives a warship does not make it energy's: "a nuclear-powered submarine")
        r"(?:(?:nuclear|diesel)[- ](?:powered|propelled|electric)\s+)?"
        r"submarines?(?!\s+(?:cables?|fib(?:re|er)s?|internet|telecom\w*))|fighter(?:[- ]jets?)?s?|combat aircraft|"
        # (the forces one state sends to the other's soil and to the UN's missions)
        r"arms industry|visiting forces|status of forces|peacekeep\w*",
    ),
    (
        "civil_protection",
        # (an emergency ward is a hospital's: "equipment for emergency medical care")
        r"emergenc\w*(?!\s+(?:medic\w*|care|rooms?|departments?|hospitals?))|disaster\w*|"
        r"civil protection|civil defen[cs]e|forest fires?|fire prevention|rescue|"
        # clearing what a war left in the ground, humanitarian as it is called: a rescue service's work, not aid
        r"(?:humanitarian\s+)?(?:de-?mining|mine\s+action|mine\s+clearance)|land-?mines?|anti-personnel\s+mines|"
        r"unexploded\s+ordnance|UXO|explosive\s+remnants\s+of\s+war|ERW",
    ),
    (
        "security",
        r"classified information|security|terroris\w*|(?:counter|anti)-?terror\w*|(?:coastal|maritime) surveillance|"
        r"maritime domain awareness|white shipping|extremis\w*|police|policing|border guards?|cyber ?security|"
        r"coast ?guards?|trafficking|fentanyl|narcotic\w*|law enforcement|"
        # (the intelligence of services, not the artificial kind nor a market's: "the exchange of intelligence on
        # armed groups")
        r"(?:exchange|sharing)\s+of\s+intelligence|intelligence[-\s](?:sharing|exchange|services?|agenc\w+)|"
        r"armed\s+groups|"
        # ("patrol vessels" for a coastguard, whoever builds or pays for them)
        r"patrol (?:vessels?|boats?|ships?|craft)",
    ),
    (
        "digital",
        r"digital|cyber\w*|information technolog\w*|information and communications? technolog\w*|ICT|"
        r"communications? technolog\w*|\bIT\b|artificial intelligence|telecom\w*|e-government|digiti[sz]\w*|"
        r"semiconductors?|microchips?|microelectronics|[56]G|mobile\s+(?:phone\s+)?networks?|"
        r"e-signatures?|electronic signatures?|(?:submarine|undersea|subsea)\s+(?:cables?|fib(?:re|er)s?)|"
        r"data\s+cent(?:re|er)s?",
    ),
    (
        "customs",
        r"customs|(?:border )?checkpoints?|border crossing\w*|border posts?|"
        # the checks both sides run together at one crossing: "the integrated border control of the X crossing"
        r"integrated\s+(?:border\s+)?controls?",
    ),
    (
        "finance",
        # ("revenue authorities": the tax collectors)
        # (a lender named by its customers, before the commerce it serves: "an Uzbek commercial bank")
        r"commercial\s+banks?|"
        r"double taxation|taxation|tax|revenue|financ\w*|bank\w*|monetary|currenc(?:y|ies)|credit\w*|loans?|debts?|"
        r"payments?",
    ),
    ("investment", r"invest\w*"),
    (
        "aviation",
        # (the fuel planes burn is the fuel trade's: "the supply of aviation fuel")
        r"air services?|air transport|air traffic|aviation(?!\s+(?:fuel|kerosene))|"
        r"flights?|airlines?|airports?|code-?share",
    ),
    # (the Moon and the craft and crews sent to it: "a memorandum on lunar exploration")
    ("space", r"space|satellite\w*|aerospace|lunar|spacecraft|astronauts?"),
    (
        "transport",
        r"transport\w*|transit|logistics?|railways?|rail|roads?|shipping|maritime|ports?|corridors?|"
        # (a port by its compound: "a memorandum on seaports", "harbour development")
        r"seaports?|harbou?rs?|"
        r"waterway\w*|navigation|channels?|canals?|dredging|rivers?(?!\s+basins?\b)|metro|driving licen[cs]es?|"
        r"container terminals?|"
        r"driver'?s'? licen[cs]es?|ferr(?:y|ies)|"
        # the vehicles of a railway or a city's lines, whatever drives them: "electric locomotives", "electric buses"
        r"(?:(?:electric|diesel|hybrid|hydrogen|battery)[\s-]+)?(?:locomotives?|rolling\s+stock|railcars?|trams?|"
        r"tramways?|trolleybus\w*|buses|bus\s+(?:assembly|lines?|fleets?|factor(?:y|ies)|plants?)|"
        r"(?:high-speed|passenger|freight|metro)\s+trains?)",
    ),
    (
        "energy",
        r"energy|electric\w*|power|oil|gas|nuclear|reactors?|hydrogen|hydropower|renewables?|grids?|coal|"
        r"ethanol|(?:bio)?fuels?|biogas|biodiesel|bioenergy|geothermal|"
        r"petrochemical\w*|solar|wind|ammonia|electrolys\w*|"
        # oil and gas searched for under the sea, not the sea's water: "data from shallow-water blocks", "deepwater
        # exploration"
        r"(?:offshore|onshore|deep-?water|shallow-water)\s+(?:blocks?|fields?|exploration|drilling)|"
        # (licensed blocks searched or drilled, wherever they lie: "to jointly explore two blocks in the basin")
        r"(?:explor\w*|drill\w*)\s+(?:(?:of|in|on|for)\s+)?(?:[\w-]+\s+){0,2}?blocks?\b|exploration\s+blocks?|"
        # a city's heat, made and piped as its power is: "the heat supply system", "district heating"
        r"heat\s+(?:supply|networks?|plants?|pumps?)|(?:district\s+)?heating",
    ),
    # ("mineral fertilisers" are made for farms, not mined)
    ("mining", r"mining|minerals?(?!\s+fertili[sz]er)|raw materials|rare earth\w*|metals?|lithium|uranium|geolog\w*"),
    # ("a deep-water port" is the port's depth, not water supply)
    # (a city's used water, treated or piped away, is water's: "wastewater treatment", "sewage networks")
    (
        "water",
        r"(?<!deep-)(?<!deep )water|hydrolog\w*|desalination|irrigation|coastal protection|flood\w*|sea walls?|"
        r"waste-?water|sewage|sewerage|sanitation|"
        # a river's basin and the rivers two states share are their water, not a waterway: "the management of the
        # shared Kolva River basin", "the use of transboundary rivers"
        r"rivers?\s+basins?|(?:transboundary|trans-boundary|shared)\s+(?:rivers?|watercourses?|waters?|aquifers?)",
    ),
    # (a belt of roads, ports and estates along which investors build, read before the economy it serves: "the Luzon
    # Economic Corridor")
    # (and the building of towns: "urban development", "urban planning")
    (
        "infrastructure",
        r"infrastructure|construction|reconstruction|housing|belt and road|economic corridors?|"
        r"urban\s+(?:development|planning|renewal|regeneration)",
    ),
    (
        "education",
        # ("vocational training in the textile industry": the schooling, whatever trade it serves)
        r"education\w*|universit\w*|academ\w*|students?|schools?|diplomas?|scholarships?|training|skills|campus\w*|"
        r"vocational|"
        # (courses of a language or a trade taught to officials or workers)
        r"(?:language|training|vocational)\s+courses?|"
        r"human resources? development",
    ),
    # ("biotechnology": the science of living cells, whichever field uses it)
    # (a think tank is a research body, not armour)
    (
        "science",
        r"scien\w*|research|innovation\w*|antarctic\w*|biotech\w*|quantum|think[- ]tanks?|astr(?:onom|ophysic)\w*",
    ),
    (
        "culture",
        r"cultur\w*|arts?\b|museums?|heritage|archives?|cinema|films?|youth|temples?|"
        r"monaster(?:y|ies)|manuscripts?|monuments?",
    ),
    ("health", r"health\w*|medic\w*|pharmac\w*|pharma|drugmakers?|vaccines?|sanitary|hospitals?"),
    (
        "agriculture",
        r"veterinar\w*|phytosanitary|agricultur\w*|agro\w*|farm\w*|food security|food processing|"
        r"food production|fisher\w*|rural|livestock|cattle|"
        r"animal\w*|quarantine|"
        # ("palm oil": a crop, not a fuel)
        r"palm oil|cocoa|coffee|tea|groundnuts?|cotton|grain|wheat|rice|maize|soy\w*|crops?|seeds?|horticultur\w*|"
        r"fertili[sz]ers?|tractors?",
    ),
    ("tourism", r"touris\w*"),
    ("consular", r"visas?|visa-free|consular"),
    (
        "labour",
        r"seasonal (?:(?:agricultural|farm) )?workers?|foreign (?:human resources|workers?)|"
        r"labou?r|workers|employment|skills mobility|social security|pensions?|"
        r"skilled (?:human resources|professionals|personnel)|"
        r"working holiday\w*|"
        # Japan's scheme of foreign workers trained on the job, which a ministry of labour runs: "the technical
        # intern training programme", "technical intern trainees"
        r"technical\s+intern\w*(?:\s+train\w*)?",
    ),
    ("migration", r"readmission|migration|migrants?|mobility|young professionals"),
    # (prisons are the justice ministries' own: "cooperation in correctional services")
    (
        "justice",
        r"sentenced persons|extradition|legal assistance|judicial|justice|criminal|correctional|"
        r"corrections|prisons?|penitentiar\w*",
    ),
    (
        "media",
        # ("cooperation in the field of information": the press and news, as the ministries' word for them)
        r"media|news agenc\w*|news|journalis\w*|broadcast\w*|television|radio|press|"
        # (a public broadcaster's own name in its language: "Empresa Brasil de Comunicação", "Radiotelevisión ...")
        r"comunica(?:ção|ções|ción|ciones|zione)|radiodifus\w*|radiotelevis\w*|rundfunk\w*|"
        # (false news spread on purpose, which the press and its regulators fight: "combating disinformation")
        r"disinformation|misinformation|fake\s+news|"
        r"(?:fields?|spheres?|areas?) of information\b(?!\s+(?:and|security|technolog\w*|exchange|systems?|society))",
    ),
    (
        "environment",
        # (a river's clean-up is the river's nature, not its shipping: read before the waterway it names)
        r"environment\w*|climate|ecolog\w*|emissions|circular economy|biodiversity|decarboni[sz]\w*|forests?|"
        # (waste made into raw material again, whatever the waste: "recycling lithium-ion batteries")
        r"(?<!ship )recycl\w*|"
        # (the industry's smoke, read before the industry: "steel and cement industry emissions")
        r"industr(?:y|ies|ial)\s+(?:emissions|pollution|decarboni[sz]\w*)|"
        r"clean-?ups?|pollution|haze|"
        r"low-carbon|green development|green econom\w*|green transition|"
        r"deforestation|(?:illegal )?logging|carbon markets?|carbon capture|carbon storage|carbon credits?|methane|"
        r"(?:hydro)?meteorolog\w*",
    ),
    # (the games themselves: "coordination ahead of the 2030 FIFA World Cup", "the Olympic Games")
    ("sport", r"sports?\b|olympi\w*|paralympi\w*|world cup|fifa|football|athlet\w*"),
    # ("an economic and technical cooperation agreement": the donor's aid in its standing name, not trade)
    (
        "development",
        r"development (?:assistance|aid|cooperation)|economic and technical cooperation|technical cooperation|"
        r"humanitarian",
    ),
    (
        "trade",
        r"free trade|trade|trading|commerc\w*|econom\w*|"
        r"exports?|imports?|industr\w*|chambers? of commerce|supply|supplies|"
        # (the chamber of a trade's people: "the National Chamber of Entrepreneurs")
        r"chambers? of (?:entrepreneurs|employers)|"
        # the barriers to trade other than duties, and the duties as barriers: "a plan to eliminate 14 non-tariff
        # barriers (NTBs)" (not a tariff that prices a service: "harmonized tariffs for the transit of cargo")
        r"non-?tariff\s+(?:barriers?|measures?)|tariff\s+barriers?|NTBs?|"
        # the small firms of trade and the market, read before the startups' technology beside them: "cooperation
        # between small and medium-sized enterprises and startups"
        r"small\s+and\s+medium(?:-sized|\s+sized)?\s+(?:enterprises|businesses|companies|firms)|SMEs|MSMEs",
    ),
)
# (the leading boundary spelt as the core's is, for the same speed)
_SPHERE_RE = re.compile(
    r"(?=\w)(?<!\w)"
    + pair_guarded(r"(?:" + "|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(_SPHERES)) + r")\b", re.I),
    re.I,
)

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
_EVENT_RE = re.compile(
    r"(?=\w)(?<!\w)"
    + pair_guarded(r"(?:" + "|".join(f"(?P<e{i}>{p})" for i, (_, p) in enumerate(_EVENTS)) + r")", re.I),
    re.I,
)

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
    "Oct Nov Dec U.S U.K e.g i.e etc vs Inc Ltd Co Mt H.E Hon Smt Shri Maj Brig Adm Capt Cdr Amb Sen Barr Cllr "
    # an engineer's and a cleric's styles before a name ("Adviser on Irrigation, Eng. X")
    "Eng Engr Rev "
    # the Westminster style before "Hon.": "the Rt. Hon. Prime Minister"
    "Rt "
    # the Swahili styles: "Minister Dkt. X"
    "Dkt Mhe Bw Bi "
    # the Tamil and French ones: "Tmt. S. Vasuki", "Mme. Duval"
    "Tmt Mme "
    # the Indonesian degrees before a name: "Rector Prof. Dr. Ir. X", "Drs. Y"
    "Ir Drs Dra "
    # a company's legal form that another follows: "Straits Data Pte. Ltd.", "Deccan Infra Pvt. Ltd."
    "Pte Pvt".split()
)

_HEADER_RE = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|\Z)")
_WORD_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?")
_SENT_END_RE = re.compile(r"[.!?]+[\"”»’“]?(?=\s+[\"“«„‘(]?[A-Z0-9À-ÞĀ-ſ])")
_MARK_RE = re.compile(r"[\"“”„«»‘’‚]")
_DOUBLE_MARK_RE = re.compile(r"[\"“”„«»]")
_DATE_DMY_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|until|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
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
    guarded(
        r"\b(?:(?P<word>yesterday|today|tomorrow)|(?:(?P<mod>last|next|this|on|early|late|earlier on|later on)\s+)?"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!['’]s)",
        re.I,
    ),
    re.I,
)
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|is to|are to|is due|are due|is scheduled|are scheduled|is expected|"
    r"are expected|is set to|are set to|plans? to|intends? to|would|returns|leaves|travels|flies|heads|departs|"
    r"arrives|continues)\b"
)

# Where the visit happens: "arrived in Belgrade", "a state visit to Serbia", "who is in Vietnam on a visit".
_HOST_CUE_RE = re.compile(
    guarded(
        r"\b(?:(?:arriv(?:ed|es|ing)|landed|lands|touched down|welcomed|received|hosted|met|meets|held talks|"
        r"holds talks|"
        # ("the retreat was held in Putrajaya", "the President spoke on Wednesday in Tokyo": where the visit is)
        r"took place|takes place|(?:were|was|are|is|been)\s+(?:signed|held)|"
        r"spoke(?![^.;]{0,40}\b(?:(?:tele)?phone|video)))\b[^.;]{0,60}?\bin|"
        r"(?:is|was|are|were|stayed|stays)\s+(?:currently\s+|now\s+)?in|"
        # "paid a courtesy call on Minister ..., Honourable X, in Harare": the host named with its office
        r"(?:paid|pays|paying|pay)\s+a\s+courtesy\s+call\s+on\b[^.;]{0,100}?,\s+in|"
        # (a release's capitals too: "for a two-day State Visit to Chile")
        r"(?:[Vv]isit|[Tt]rip|[Tt]our|[Jj]ourney)s?\s+to|visit(?:ed|ing|s)?|"
        # "the State Visit of the Maldivian President to Sri Lanka": the visitor between the visit and its place
        r"(?:[Vv]isit|[Tt]rip|[Tt]our)\s+(?:of|by)\s+(?:(?:[^.;,]|(?<=Dr|Mr|Ms)\.){1,80}?\s)?to|travell?(?:ed|ing|s)\s+to|flew\s+to|flies\s+to|"
        r"came\s+to|comes\s+to|arrival\s+in|"
        # the guest leaving the host's capital: "left Windhoek yesterday", "the plane took off from Windhoek" (not
        # "left for Windhoek")
        r"(?:left|leaves|departed(?:\s+from)?|departs(?:\s+from)?|(?:lifted|lifts|took|takes)\s+off\s+from)(?=\s+[A-Z])|(?:last|final|first|only|main)\s+stop(?:over)?\s+in|stopover\s+in)\s+(?:the\s+)?(?:(?:Socialist|Islamic|Federal|People's|Democratic|Arab|"
        r"Kyrgyz|Federative|Oriental|Bolivarian|United)\s+)*(?:Republic\s+of\s+|Kingdom\s+of\s+|State\s+of\s+)?(?=[A-Z])"
    )
)
# (or a colon, as South Asian and Gulf papers set it: "ISLAMABAD: Pakistan and ...")
_DATELINE_RE = re.compile(r"\s*(?P<city>[A-Z][A-Z'’ .-]{2,30}?)\s*(?:,|\(|\.|:|\s[–—-]\s)")

# A transcript line: a speaker's label in capitals (or a name) and a colon at the start of a paragraph.
_LABEL_RE = re.compile(
    r"(?P<label>Q(?=\s*[(:])|(?:[A-ZÀ-ÞĀ-ſА-ЯЁ][A-ZÀ-ÞĀ-ſА-ЯЁ'’.-]+\s?){1,4}|(?:[A-ZА-ЯЁ][\w'’.-]+\s){0,2}[A-ZА-ЯЁ][\w'’-]+)"
    # "Mr Ferreira (Portugal):", "Question (Khabar TV):": the speaker's side or outlet in brackets
    r"(?:\s*\((?P<side>[^()\n]{2,40})\))?"
    # (a parliament's record adds the time of the speech: "Mr X (Reid—Prime Minister) (14:11):")
    r"(?:\s*\(\d{1,2}[:.]\d{2}\))?:\s+(?=\S)"
)
# Labels of people who are not speakers of the visit: the journalists and the moderator.
_NOT_SPEAKER_LABELS = {
    "question", "q", "journalist", "reporter", "correspondent", "moderator", "host", "interviewer", "presenter",
    "anchor", "announcer", "narrator", "voiceover", "voice-over", "interpreter", "translator", "editor", "audience",
    "вопрос", "журналист", "корреспондент", "ведущий", "модератор",
}  # fmt: skip
# The dash that hands over between the words and their attribution in dialogue: ", – said the minister. – ..."
_DASH_SEP_RE = re.compile(r"[,.!?…]?\s+[–—-]\s+")
_SIDE_RE = re.compile(
    # ("his Hungarian host": the host's nationality may stand before the word)
    r"^(?:his|her|their|the|our)\s+(?:[A-Z][\w-]+\s+)?(?P<w>guests?|visitors?|hosts?|visiting)\b"
    r"(?:\s+(?:foreign\s+|prime\s+)?\w+)?"
    r"(?:\s+of\s+(?:state|government))?$",
    re.I,
)
_PROXY_RE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:spokes\w+|office|aides?|advisers?|advisors?|press|staff|ministry|government|"
    r"administration|envoy|representatives?|team|camp|chief of staff|predecessor|successor|wife|husband|son|"
    r"daughter|family|deputy|critics|opponents?|rivals?|party|supporters|allies)\b"
)
# Appositives of people who are named but take no part in the visit: business, academia, analysts.
_OUTSIDER_RE = re.compile(
    r"\b(?:chief executive|executive|CEO|chief operating|founder|co-founder|managing director|professor|lecturer|"
    r"analyst|fellow|researcher|economist|expert|scholar|historian|commentator|holdings|company|corporation|group|"
    r"bank|institute|university|think[ -]tank|consultancy|firm|association|(?:con)?federation of|chamber of|union of|"
    # (a firm by its legal form: "director of Danube Freight Ltd")
    r"Ltd|Inc|LLC|PLC|GmbH|Pty|"
    r"cent(?:re|er) for (?:[\w-]+ )*?(?:studies|research|policy|analysis)|endowment|"
    r"farmer|resident|student|owner|trader|shopkeeper|worker|"
    # civil society and the opposition: "director of the ... Justice Initiative", "an opposition MP"
    r"initiative|foundation|NGO|non-governmental|rights group|human rights|watchdog|campaign group|charity|"
    r"campaign (?:against|for)|"
    r"advocacy|opposition|MP|lawmaker|(?<!top )legislator|member of parliament|campaigner|activist|"
    # organised labour: "X, the union's national secretary-treasurer", "Y, a trade union leader"
    r"secretary-treasurer|(?:trade|labou?r|workers['’]?)\s+unions?|union\s+(?:leader|official|president|boss))\b",
    re.I,
)
# (a noun phrase set off after the name, not the sentence's verb: "X, told reporters the company expected ..." has
# no description)
_OUTSIDER_APPOSITIVE_RE = re.compile(
    r",\s+(?:a|an|the)?\s*(?:(?!(?:told|tells|said|says|added|adds|noted|notes|stressed|stresses|warned|warns|"
    r"explained|explains|insisted|insists|announced|announces|declared|declares)\b)[\w'’-]+\s+){0,4}?"
    r"(?:professor|analyst|fellow|researcher|economist|expert|"
    r"executive|CEO|founder|scholar|historian|commentator|farmer|resident|student|owner|trader|specialist|"
    r"consultant|consultancy|strategist|managing director|head of research|partner at|lawyer|activist|editor|"
    r"chamber of commerce|business council|business association|employers'? federation|think tank|company|"
    r"corporation|holdings?|institute|university|cent(?:re|er) for|(?:\w+\s+)?studies|endowment|"
    # a trade of everyday life, or a firm by its legal form: "X, an engineer who has lived in Doha", "Y, director of
    # Bahari Freight Ltd"
    r"engineer|business(?:man|woman)|entrepreneur|shopkeeper|driver|teacher|nurse|retiree|pensioner|"
    r"Ltd|Inc|LLC|PLC|GmbH|Pty)\b",
    re.I,
)
# Descriptions of business people and commentators written before their name: "Kestrel managing director".
_OUTSIDER_LEAD_RE = re.compile(
    r"\b(?:chief executive|executive|CEO|founder|managing director|(?:plant|general|country) manager|"
    r"chairman of the board|professor|analyst|"
    r"economist|expert|researcher|specialist|consultant|strategist|director general of \w+ (?:group|company)|"
    # leaders of a community rather than of the state: "Ovaherero paramount chief X", "clan elder X"
    r"paramount chief|traditional (?:leader|chief|ruler|authority)|community leader|tribal (?:leader|chief)|"
    r"clan (?:leader|head|elder)|village (?:head|chief|elder)|elders?|critic|"
    # people of the street the story meets: "restaurant owner X", "businessman Mr X", "98-year-old X of Y"
    r"owner|business(?:man|woman|men|women)|entrepreneur|shopkeeper|stallholder|vendor|trader|farmer|resident|"
    r"retiree|pensioner|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old)\b",
    re.I,
)
# Legislators, campaigners and the opposition written right before a name: "Social Democratic MP Jussi Lehtinen",
# "Sen. X".
_BYSTANDER_BEFORE_RE = re.compile(
    r"(?:\b(?:opposition|MP|MPs|lawmaker|(?<!top )legislator|senator|campaigner|activist|protester|blogger)|"
    r"\bSen\.)\s+$",
    re.I,
)
# A party's or a house's bench leader, who speaks for it and not for the government, whatever the title's core:
# "Green co-leader X", "Senate Minority Leader X", "Minority Leader in the National Assembly X".
_BENCH_LEADER_BEFORE_RE = re.compile(
    r"\b(?:co-leaders?|(?:minority|majority)\s+(?:leader|whip)(?:\s+(?:in|of)\s+the(?:\s+[A-Z][\w-]*){1,3})?)\s+$",
    re.I,
)
# An office its holder no longer holds, or holds outside the government: whoever is named by it alone takes no part
# in the visit ("former High Commissioner", "ex-premier", "shadow trade minister", "Opposition trade spokesperson").
# Words between the qualifier and the office must not be possessive: "the former Soviet republic's President".
_OUT_OF_OFFICE_RE = re.compile(
    # (the words between are the office's own: not "a late-night meeting with Foreign Minister X")
    # (and the Malay "the late" in a chain of descent: "Sultan X ibni Almarhum Sultan Y", Y is the late father)
    r"\b(?:former|ex|retired|one-time|onetime|erstwhile|late|then|opposition|shadow|almarhum|al-marhum)(?:\s+|-)"
    # (a party named in full with its initials: "opposition Patriots for Economic Progress (PEP) president X")
    r"(?-i:[A-Z][\w'’-]*(?:\s+(?:for|of|and|[A-Z][\w'’-]*)){0,5}\s*\([A-Z]{2,8}\)\s+)?"
    r"(?:(?![\w-]+['’]s?\s)(?!(?:with|at|and|of|to|for|in|on|by|the|a|an|his|her|their|night|session|meeting|"
    # (a portfolio of two fields joined by "and": "the shadow business and trade secretary")
    r"talks|met|meets|said|says)\b)[\w().-]+\s+(?-i:(?<=[a-z] )(?:and|&)\s+(?=[a-z]))?){0,3}$",
    re.I,
)
# A title given by the predicate: "James Whitcombe became the first British foreign secretary to ...".
_PREDICATE_TITLE_RE = re.compile(
    r"\s+(?:became|becomes|has become|is|was)\s+(?:the|a|an)\s+(?:(?:first|new|current|newly appointed|incumbent)\s+)?"
    r"(?P<t>(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(p for p, _ in _CORES) + r"))\b(?!['’])",
    re.I,
)
# Family names written first (Korean, Chinese, Vietnamese): "Kang Min-seok" is also "Kang" on second mention.
_FAMILY_FIRST = set(
    "Kang Kim Lee Park Choi Jung Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang "
    "Son Bae Baek Heo Nam Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Xi "
    "Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ Ngo "
    "Ngô Duong Dương Ly Lý Luong Lương Trinh Trịnh".split()
)
# A live blog's time stamp opening a paragraph ("07:40 – Vahtra has arrived"): an event of the dateline's day.
_TIME_STAMP_RE = re.compile(r"(?m)^\s*\d{1,2}[:.]\d{2}\s*[–—-]\s")

# A journalist's line in a transcript, without a speaker's name: "Q Thank you ...", "Q. ...", "QUESTION: ...",
# "Q (Dawn): ...", "Reporter from Reuters: ...". It ends the speaker's turn before it and signs nothing.
_QUESTION_LINE_RE = re.compile(
    r"(?:Q|QUESTION|Question|QUESTIONS?|REPORTER|Reporter|JOURNALIST|Journalist|AUDIENCE MEMBER|Audience member)"
    # (after the asker, the language: "Question (Name, Outlet) (in Mandarin, translated):")
    r"(?:(?:\s*\([^()\n]{1,60}\)){0,3}(?:[.:]\s*|\s+(?=[A-Z\"“]))|\b[^:\n]{0,40}:\s)"
)

# A national news agency's tag in the dateline or credit ("KUALA LUMPUR, Nov 26 (Bernama) --", "MOSCOW, June 5.
# /TASS/."): the agency writes its own country's officials by title alone, as a host's press does its own
_AGENCY_COUNTRIES = {
    "Bernama": "MY", "ANTARA": "ID", "Antara": "ID", "EFE": "ES", "Lusa": "PT", "LUSA": "PT", "ANSA": "IT",
    "TASS": "RU", "PTI": "IN", "IANS": "IN", "APP": "PK", "Xinhua": "CN", "ONA": "OM", "BSS": "BD", "VNA": "VN",
    "WAM": "AE", "KUNA": "KW", "QNA": "QA", "BNA": "BH", "MENA": "EG", "TAP": "TN", "MAP": "MA", "NAN": "NG",
    "KNA": "KE", "ENA": "ET", "Yonhap": "KR", "Kyodo": "JP", "Jiji": "JP", "AzerTag": "AZ", "Azertac": "AZ",
    "Kabar": "KG", "Kazinform": "KZ", "UzA": "UZ", "Khovar": "TJ", "BelTA": "BY", "Ukrinform": "UA",
    "Armenpress": "AM", "PAP": "PL", "MTI": "HU", "CTK": "CZ", "TASR": "SK", "BTA": "BG", "Agerpres": "RO",
    "Tanjug": "RS", "HINA": "HR", "IRNA": "IR", "Petra": "JO", "Montsame": "MN", "PNA": "PH", "AKP": "KH",
    "KPL": "LA", "Prensa Latina": "CU", "Anadolu": "TR", "Telam": "AR", "Notimex": "MX",
    "Dunyo": "UZ", "Hina": "HR", "Andina": "PE", "ANDINA": "PE", "ATA": "AL", "TNA": "TH", "NNT": "TH", "SUNA": "SD",
    "RSS": "NP", "RNA": "RW", "JIS": "JM", "FENA": "BA", "AIM": "MZ",
}  # fmt: skip
