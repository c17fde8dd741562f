"""Agreements, dates, places and countries of an article."""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
from collections.abc import Container, Sequence

from .lexicon import (
    _ANNOUNCED_CUE,
    _CITY_RE,
    _COMPLEMENT_STOP_RE,
    _COUNTRY_BY_FORM,
    _COUNTRY_RE,
    _COUNTRY_WORDS,
    _DATE_DMY_RE,
    _DATE_MDY_RE,
    _DATE_NUM_RE,
    _DATE_REL_RE,
    _FUTURE_RE,
    _GENERIC_COMPLEMENT_RE,
    _GENERIC_RE,
    _KIND_RE,
    _KIND_SLUG,
    _MODIFIER_STOP,
    _MONTHS,
    _NOT_NAME,
    _ORG_PHRASE_RE,
    _PARLIAMENT_RE,
    _PARTICLES,
    _PLACE_CONTEXT_RE,
    _PLACE_NAME_RE,
    _PLACE_STOP,
    _REGIONS,
    _SEAT_BY_NAME,
    _SEAT_NAMES,
    _SIGNED_CUE,
    _SMALL_FIRMS_RE,
    _SPHERE_RE,
    _SPHERES,
    _TIME_STAMP_RE,
    _TITLE_WORDS,
    _WEEKDAYS,
    compiled,
    guarded,
    pair_guarded,
)
from .suggestions import (
    AMBASSADOR,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    MINISTER,
    AgreementSuggestion,
    CountrySuggestion,
    DateSuggestion,
    PersonSuggestion,
    PlaceSuggestion,
)
from .text import (
    _Article,
    _bare,
    _classify_event,
    _key,
    _Spans,
    _sphere,
    fold,
)

# --------------------------------------------------------------------------------------------------------------
# Agreements


# A headline's verbs of signing in the present, which name no instrument: "X, Y ink pacts on ports".
# Words that rank or count a document among the story's ("the only document", "six more documents", "the following
# documents"), none of its name; in lower case only ("a Sole Trader Agreement" is a name).
_RANK_WORDS = {"only", "sole", "more", "following"}
_RELATIVE_WORDS = {"whose", "which", "that", "who", "whom", "where", "when", "my", "your"}
_HEADLINE_VERBS = {"ink", "inks", "seal", "seals", "clinch", "clinches", "strike", "strikes", "sign", "signs"}
# The participles of signing an instrument, for every pattern that reads a signing verb ("was signed", "inked a").
_DONE = r"(?:signed|inked|sealed|concluded|adopted|exchanged|struck|clinched|penned)"
# A renewal made public as done, not one still to come: "welcomed the renewal of the ... arrangement".
_RENEWAL_OF = r"(?:welcomed|hailed|announced|celebrated|marked|witnessed|confirmed|completed)\s+the\s+renewal\s+of"
# Verbs of a result that hold an instrument as much as "signed" does, when one follows within a few words: "the visit
# produced a joint statement", "he left with a declaration on minerals", "the sides agreed on a roadmap".
_RESULT_CUE = (
    # (what a leader goes home with may close a longer list: "left with a handshake, a promise of talks and a
    # declaration on minerals")
    r"(?:left|came away|walked away|emerged|went home|returned(?:\s+home)?)\s+with(?=\s+(?:[\w$€£¥.,'’-]+\s+){7,10}?"
    r"(?:agreements?|memorand\w+|MoUs?|deals?|declarations?|joint statements?|protocols?|accords?)\b)|"
    r"(?:penned|formali[sz]ed|unveiled|released|produced|yielded|delivered|handed over|resulted in|"
    r"put pen to paper on|put (?:their|his|her) (?:names|signatures?) to|"
    r"(?:left|came away|walked away|emerged|went home|returned(?:\s+home)?)\s+with)"
    r"(?=\s+(?:(?!(?:says|said|that|which|who|while|but)\b)[\w$€£¥.,'’-]+\s+){0,6}?"
    r"(?:agreements?|memorand\w+|MoUs?|deals?|declarations?|joint statements?|"
    # (money named by its package: "produced a $2 billion financing package for ...")
    r"instruments?|packages?\s+of|(?:financing|funding)\s+packages?|"
    r"communiqu\w+|road ?maps?|plans?|programmes?|programs?|protocols?|pacts?|accords?|treaty|treaties|contracts?|"
    r"arrangements?|frameworks?|partnerships?|letters? of intent|loans?|documents?)\b)|"
    r"agreed\s+(?:on|upon)(?=\s+(?:a|an|the|two|three|four|five|new)\s+(?!need|importance|necessity)"
    r"(?:[\w-]+\s+){0,3}?(?:deals?|agreements?|memorand\w+|roadmaps?|road maps?|plans?|programmes?|pacts?|"
    r"frameworks?|accords?|declarations?|joint statements?|protocols?|action plans?)\b)|"
    # "welcomed the conclusion of an agreement", "witnessed the signature of a memorandum"
    r"conclusion\s+of(?!\s+(?:the\s+)?(?:negotiations|talks|consultations|visit|meeting|work|discussions))|"
    # what the visit's pledges or sums came from, counted: "the pledges came from 14 letters of intent and MoUs"
    r"(?:came|come|comes|stemmed|stem|stems)\s+from(?=\s+(?:some\s+|a\s+total\s+of\s+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements|memorand\w+|MoUs|deals|letters\s+of\s+intent|contracts|documents)\b)|"
    # "agreed to adopt a plan of action": the adoption itself, unless it is put off ("... at their next meeting")
    r"agreed\s+to\s+(?:adopt|approve|endorse)(?=\s(?![^.;]*\b(?:next|later|future|upcoming|by\s+the\s+end)\b))|"
    r"go-ahead\s+(?:for|to)|green-?lit|greenlighted|"
    r"(?<!will )(?<!to )(?<!would )(?<!could )(?:ink|seal|clinch)(?=\s)|"
    r"signatures?\s+(?:of|to|on)|"
    r"agreed(?=\s+(?:a|an|two|three|four|five|\d+)\s+(?!number\b)(?:[\w-]+\s+){0,3}?(?:deals?|agreements?|"
    r"memorand\w+|roadmaps?|road maps?|plans?|programmes?|pacts?|frameworks?|accords?|communiqu\w+|declarations?|"
    r"statements?|protocols?|charters?|joint ventures?)\b)|"
    r"renewed(?=\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:memorand\w*|agreements?|MoUs?|programmes?|"
    r"accords?|protocols?|arrangements?)\b)|"
    # "welcomed the renewal of the youth mobility arrangement": the renewed text is the visit's own
    rf"{_RENEWAL_OF}(?=\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){{0,4}}?(?:memorand\w*|agreements?|MoUs?|"
    r"programmes?|accords?|protocols?|arrangements?)\b)|"
    # "the leaders announced a new defence framework": an instrument made public as agreed, whatever follows it in
    # a list; but not "announced plans for a deal", "announced talks on a treaty", "announced that ..."
    # an instrument agreed in the passive at the end of its clause: "A visa waiver was also agreed.", "the following
    # were agreed:"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+)?agreed(?=\s*(?:[:.;,?]|$))|"
    # what the visit itself brought: "the visit also included ..., and a memorandum on ..."
    r"(?:included|brought|saw)(?=\s+(?:a|an|the)\s)|"
    # a lender's money made over: "the Export Bank has extended a credit line of $25 million"
    r"(?:made\s+available|extended|granted|opened)(?=\s+(?:(?:to\s+)?[A-Z][\w'’-]*\s+){0,2}(?:a|an|the)\s+"
    r"(?:[\w$€£¥.,-]+\s+){0,4}?"
    r"(?:loans?|credit\s+lines?|lines?\s+of\s+credit|grants?)\b)|"
    # a programme the two sides set going together: "the two countries also launched a joint investment programme"
    r"launched(?=\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:programmes?|programs?)\b)|"
    # (deals announced with the other side named: "three firms announced agreements with Angolan partners")
    r"announced(?=\s+(?:[\w-]+\s+)?(?:deals|agreements|contracts|accords)\s+with\s)|"
    r"announced(?=\s+(?:a|an|another|the|new|several|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozens\s+of)\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:plans?|intention|talks|negotiations|launch|start|opening|resumption|decision|"
    r"readiness|willingness|aim|goal|target|hopes?|expansion|extension|increase|additional)\b))"
)
# "ann" names a cue of an instrument still to come; any other group, one done.
# Wishes and calls for an instrument, which sign nothing: "a promise of a trade deal", "called for a treaty".
_WISH_CUE = (
    r"promises?\s+of|pledges?\s+(?:of|to)|the\s+need\s+for|calls?\s+for|called\s+for|calling\s+for|"
    r"push(?:ed|ing)?\s+for|urged|urging|in\s+favou?r\s+of|support\s+for|hopes?\s+(?:of|for)|"
    # what talks only prepare: "talks pave way for new plan of action"
    r"pav(?:e|es|ed|ing)\s+(?:the\s+)?way\s+for"
)
# "exchanged views on a trade deal": an exchange of words, not of documents
_NOT_SIGNING_RE = re.compile(
    r"(?:exchanged|exchange\s+of|exchanging)\s+(?:\w+\s+)?(?:views|opinions|ideas|greetings|gifts|experiences?|"
    r"information|pleasantries|thoughts|assessments|messages|visits|delegations|students|best practices)\b",
    re.I,
)
# A signing still to come with a word between its auxiliary and the verb ("would soon sign", "will also sign"),
# which the signed cue "sign" alone would read as done
_LATER_SIGN_CUE = (
    r"(?:will|would|shall|to)\s+(?:\w+ly|soon|also|then|later|jointly|together|both|now|eventually|finally)\s+"
    r"(?:sign|conclude|ink|seal)"
)
# (every cue opens with a letter: the lookahead turns most word starts away before the alternatives are tried, and
# the cues' first two letters most of the rest: every sentence is scanned for them)
_CUE_X_RE = re.compile(
    r"\b(?=[a-z])"
    + pair_guarded(
        rf"(?:(?P<res>{_RESULT_CUE})|(?P<ann>{_LATER_SIGN_CUE}|{_WISH_CUE}|{_ANNOUNCED_CUE})|(?P<sig>{_SIGNED_CUE}))",
        re.I,
    )
    + r"\b",
    re.I,
)
# Instruments the shared kind words miss. A partnership, a framework, a grant or a concession is an instrument only
# as the object of a verb of signing ("signed a five-year health partnership"), or as an item of a list of what was
# signed.
_GATED_KINDS = (
    "act",
    "waiver",
    "partnership",
    "framework",
    "grant",
    "concession",
    "certificate",
    "alliance",
    "minute",
    "collaboration",
)
# (guarded: searched in every sentence)
_DOC_RE = re.compile(
    guarded(
        _KIND_RE.pattern.replace(
            "(?P<kind>",
            r"(?P<kind>pacts?|communiqu[ée]s?|MoCs?|LoIs?|compacts?(?=\s+(?:on|for|with|between)\b)|"
            # ("in the framework of the visit" tells the occasion, not a topic)
            r"instruments?(?=\s+(?:of\s+cooperation|in(?!\s+the\s+(?:framework|context|course)\s+of\b)|on|covering|"
            r"spanning|signed|were|was|covered|dealt\s+with|"
            r"concerned|included)\b)|"
            # the acts of copy translated from Portuguese or Spanish ("atos", "actos"), as the object of a signing:
            # "signed eight acts in the areas of ...", "eight acts of cooperation in the areas of ..."
            r"acts(?=\s+(?:of\s+cooperation\s+)?(?:in\s+the\s+(?:areas?|fields?)|on|covering)\b)|"
            # a waiver of visas agreed as one more item of what was signed: "along with a visa waiver for diplomats"
            r"(?<=visa )waivers?(?!\s+(?:agreements?|deals?|accords?|arrangements?|protocols?|treaty|programmes?)\b)|"
            r"charters?(?!\s+(?:flights?|planes?|airlines?|jets?|services?|operators?|carriers?))|"
            r"partnerships?|frameworks?|grants?(?!\s+(?:agreements?|deals?|contracts?))|concessions?|term\s+sheets?|"
            # two airlines' joint selling of seats, signed as a document of its own: "signed an expanded codeshare"
            r"code-?shares?(?!\s+(?:agreements?|deals?|arrangements?|accords?|flights?|services?|routes?))|"
            # money lent for a named purpose, as a loan is, as an item of its own after a comma or a semicolon: "the
            # agreements include a port deal, financing for a railway and a grant" (not "sought Chinese financing for")
            r"(?<![\w-]\s)financing(?=\s+for\s)|"
            # a firm's document named by the work it sets up, as one more item of a list: "as well as a collaboration
            # between X and Y to develop a data centre"
            r"collaborations?(?=\s+(?:between|with)\s)|"
            r"alliances?(?!\s+(?:partners?|members?))|"
            # the signed record of a joint body's meeting: "signed the minutes of the fourth meeting of the committee"
            # (or of the body by its name or short form: "the Agreed Minutes of the 3rd JCBC"; not "45 minutes of")
            r"(?<!\d\s)minutes(?=\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:meeting|session|sitting)s?\b|"
            r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:(?:joint|intergovernmental)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:commission|committee|council)\b|(?-i:[A-Z]{2,8}\b))))|"
            r"exchanges?\s+of\s+letters|exchanges?\s+of\s+(?:diplomatic|official)\s+notes|"
            r"(?<=exchanged )(?:diplomatic|official)\s+notes(?=\s+(?:on|for|concerning)\s)|"
            r"(?:veterinary|sanitary|phytosanitary|export)\s+certificates?|"
            # a statement named after its place, as a name with its capital ("adopted the Tamsa Statement"): a
            # text of the leaders', which a bare "statement" of one side or to the press is not
            r"(?<=\w\s)(?<!Press\s)(?<!News\s)(?<!Media\s)(?-i:Statement)(?!\s+(?:of|by|to|from)\b)|",
            1,
        )
        # ("..., the first document of its kind between the two countries": the one just named, told again)
        + r"(?!\s+of\s+(?:its|their)\s+kinds?\b)",
        re.I,
    ),
    re.I,
)
_GOVERNED_RE = re.compile(
    # (also the noun of the act: "witnessed the signing of the minutes of the first meeting of ...")
    rf"\b(?:{_DONE}|signs|sign|announced|agreed\s+(?:on|upon)|(?:signing|signature|exchange)\s+of)\s+"
    # (the day and the place may come between the verb and its object: "signed on Tuesday (May 7), in Luanda, eight
    # acts ...")
    r"(?:(?:on\s+(?-i:[A-Z])[a-z]+day|today|yesterday)(?:\s+\([\w\s.]{1,16}\))?,?\s+|"
    r"in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,\s+)*"
    r"(?:(?:a|an|the|their|its|new|two|three|four|\d+)\s+)?"
    r"(?:(?!(?:on|of|for|in|to|with|between|and|or|a|an|the|within|under|at|during|by|from|into|as|that|which|"
    r"this|these|those)\b)[\w$€£¥.,'’-]+\s+){0,4}$",
    re.I,
)
# An instrument's own verb of signing after it, in the passive: "... was signed", "... have been finalised".
_OWN_DONE_RE = re.compile(
    rf"[^,;.]{{0,60}}?\s(?:was|were|has been|have been)\s+(?:also\s+)?(?:{_DONE}|finali[sz]ed|agreed)\b"
)
# The instrument's own participle of this visit's signing right after it or its topic: "the agreement on seeds
# signed today will ...", "the memorandum signed here on Monday" (not "signed in 2019": an older one).
# (also a statement's own "issued" at the visit's close, whatever the sides are then said to plan: "in a joint
# statement issued after the talks, the two sides agreed to open a consulate")
# (the day without "on" and the host city, as agencies write them: "a joint
# communiqué issued Tuesday in Rabat following talks between the ministers"; the meeting with its own name or kind
# before it: "after the 12th Leaders' Retreat", "following the consultations", not an earlier one: "after the 2019
# summit", "after the previous meeting")
_SIGNED_HERE = (
    rf"\s+(?:{_DONE}|issued)\s+(?:(?:here|today|yesterday|this\s+(?:morning|afternoon|evening|week)|"
    r"during\s+the\s+visit|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’-]+(?=\s+(?:after|following|at|on)\s)|"
    r"(?:at|after|following)\s+(?:the\s+(?:end|close|conclusion)\s+of\s+)?(?:(?:the|their)\s+)?"
    r"(?:(?!(?:previous|last|earlier|past|first|next|upcoming|coming|future|following|(?:19|20)\d\d)\b)"
    r"[\w'’-]+\s+){0,4}?"
    r"(?:visit|talks|meeting|summit|(?i:retreat|consultations|session)))\b\s*){1,3}"
)
_OWN_SIGNED_HERE_RE = re.compile(rf"(?:\s+(?:on|in|for|between|concerning|regarding)\s[^,;.]{{0,80}}?)?{_SIGNED_HERE}")
# A document's own passive signing before its parties: "A memorandum was also signed between the X and the Y on ...".
_PASSIVE_BETWEEN_RE = re.compile(
    rf"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?{_DONE}\s+(?=between\s+(?:the\s+)?[A-Z][^.;:]*?\s+on\s)"
)
# (the same participle between the kind word and its topic: "the agreement signed today on digital payments")
# (or the topic told as what the one signed was: "The agreement signed was on the avoidance of double taxation")
# (but who met is the meeting's, not the instrument's: "a joint communiqué issued at the end of talks between A and B")
_SIGNED_HERE_THEN_TOPIC_RE = re.compile(
    rf"(?:{_SIGNED_HERE}|\s+{_DONE}\s+(?:was|is)\s+)"
    r"(?!(?:(?<=talks\s)|(?<=meeting\s)|(?<=summit\s)|(?<=retreat\s)|(?<=consultations\s)|(?<=session\s))between\s)"
    r"(?=(?:on|in|for|between|concerning|regarding)\s)"
)
# The day told between the instrument and what it is for, with no verb of its own: "signed a contract on Thursday to
# build six ships", "a deal today for 40 jets".
_DAY_THEN_PURPOSE_RE = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)"
    r"(?=\s+(?:to\s+(?!be\b|sign\b|conclude\b)[a-z]+|for|covering|on)\s)"
)
_MORE_SLUGS = (
    ("pact", "agreement"),
    ("communiq", "declaration"),
    ("moc", "memorandum"),
    ("loi", "memorandum"),
    ("charter", "declaration"),
    ("compact", "agreement"),
    ("partnership", "agreement"),
    ("alliance", "agreement"),
    ("minutes", "protocol"),
    ("framework", "agreement"),
    ("term sheet", "agreement"),
    ("instrument", "agreement"),
    ("grant", "agreement"),
    ("concession", "contract"),
    ("exchange of letters", "agreement"),
)
_MORE_SLUG_RE = re.compile(r"(?:" + "|".join(stem for stem, _ in _MORE_SLUGS) + r")", re.I)
_RANKED_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:one|a single|single|(?P<sup>most\s+[\w-]+|[a-z]+est)|first|second|third|fourth|fifth|"
    r"other|main|key|final|last)\s+(?:[\w-]+\s+)?(?:agreements?|memorand(?:um|a|ums)|protocols?|contracts?|deals?|accords?|"
    r"pacts?|documents?|MoUs?)",
    re.I,
)
_MORE_BARE_RE = re.compile(
    r"(?:(?:the|a|an|new|this|that)\s+)?(?:pacts?|partnerships?|frameworks?|charters?|compacts?|term sheets?|grants?|"
    r"concessions?|"
    r"instruments?(?:\s+of\s+cooperation)?)",
    re.I,
)


_LIST_TAIL_RE = re.compile(
    r"(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}){0,6},?\s+and\s+[a-z][\w-]*(?:\s+(?!signed|were|was)[a-z][\w-]*){0,2}"
)
# A document told only by its signers' class and where they met ("27 MOUs were signed between companies and
# institutions of the two countries at a business forum"): a total of the firms' papers, which names none of them
_FIRMS_TOTAL_RE = re.compile(
    r"(?:MoUs?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|agreements?|deals?|contracts?|documents?)\s+between\s+"
    r"(?:(?:the|their|local|private)\s+)?(?:companies|firms|businesses|enterprises)"
    r"(?:\s+and\s+(?:\w+\s+)?(?:institutions|organi[sz]ations|agencies))?(?:\s+of\s+the\s+two\s+countries)?"
    r"(?:\s*$|,|\s+(?:at|during|on\s+the\s+sidelines)\b)",
    re.I,
)
_BARE_KIND_RE = re.compile(
    r"(?:(?:the|a|an|full|final|new|this|that|such|an?\s+\w+)\s+)?(?:agreements?|memorand(?:um|a|ums)|protocols?|contracts?|"
    r"documents?|deals?|accords?|treaty|treaties|programmes?|programs?|loans?|"
    # a short form alone ("The MoU was signed on behalf of ..."): the document the sentence before named in full
    r"MoUs?|MoCs?|LoIs?)",
    re.I,
)


# What may stand between the documents as a subject and the verb that gives their topics, set off on both sides: a
# relative clause ("The agreements, which were not made public in detail, include ..."), the source ("The deals,
# according to the ministry, cover ..."), a linking adverb ("The documents, however, concern ..."), or a note in
# brackets or between dashes ("The MoUs (seven in all) cover ...", "The deals — most of them loans — cover ...").
_SUBJECT_ASIDE = (
    r"(?:,\s+(?:(?:which|that)\s+(?:were|was|are|is|have|has|had|will|would)\b|whose\s|according\s+to\s)"
    r"[^,;:]{0,120}?,|,\s+(?:however|meanwhile|in\s+turn|in\s+all|in\s+total|altogether|for\s+their\s+part),|"
    r"\s+\([^()]{1,80}\)|\s+[–—]\s[^–—;:]{3,120}?\s[–—])"
)
# What may stand between that verb and the list: the writer's aside that the list is not all of them, or singles
# some out ("They cover, among other things, A, B and C", "The deals include, notably, D and E").
_VERB_ASIDE = (
    r"(?:,?\s+(?:among\s+other\s+things|among\s+others|inter\s+alia|notably|most\s+notably|in\s+particular|"
    r"for\s+example|for\s+instance|above\s+all|chiefly|primarily|principally)\s*,|"
    r"\s+(?:among\s+other\s+things|among\s+others|inter\s+alia)(?=\s))"
)
# Where the list after a plural kind word ends: the sentence's verb, a relative clause, a total, the next kind word.
_LIST_END_RE = re.compile(
    r"[;:()]|\.(?:\s|$)|\s[–—-]\s|,?\s+(?:were|was|are|is|have been|had been|will|would|which|that|who|worth|"
    # (a concessive clause too: "deals on engines and network equipment, although their value was not made public")
    r"during|in the presence of|in front of|signed|to be|by the end of|while|but|although|though|whereas|aimed at|"
    r"designed to|amid|amidst)\b|"
    r",?\s+and\s+(?:\w+ly\s+)?(?:resolved|agreed|decided|pledged|vowed|set|called|discussed|reviewed)\b|"
    # (any predicate of the signers' own after the list, its verb in the past with its object: "..., culture, and
    # social welfare, and issued a joint communique")
    r",?\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+(?=(?:a|an|the|their|its)\s)|"
    r",\s+(?:including|among them|both|all)\b|"
    # what the list's documents are worth: "..., wind power and water treatment, with a combined value of EUR 3m"
    r",\s+with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:value|worth|volume|cost)\b|"
    # what the last item does: "...; and on the training of diplomats, under which officers will attend courses"
    r",\s+(?:under|by|through|with|in|for)\s+which\b|"
    # what the writer says of the last item: "..., and the joint production of films, a sector in which ..."
    r",\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+){0,2}?(?:\s+(?:in|on|at|for|of|from|to|with))?\s+(?:which|where|whose)\b|"
    # a clause after the list: "..., as the president hosted his guest", "..., the two ministries said"
    r",\s+(?:as|when|where|after|before|following|ahead of|according to|on the sidelines of)\s|"
    # (also without the comma before a leader as its subject: "... trade and culture as President X hosted his guest")
    r"\s+as\s+(?=(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Crown\s+Prince)\s+[A-Z])|"
    # "..., at the end of a state visit", "..., within the framework of the visit": the occasion, after it
    r",\s+(?:(?:at|on|during|within|in|by)\s+the\s+(?:end|close|conclusion|start|opening|margins|framework|occasion|"
    r"course|presence)\s+of|as\s+part\s+of|in\s+(?:conjunction|connection)\s+with)\s|"
    # "... and digital payments at the Presidential Villa", "... and education on Tuesday": where and when, after it
    r"\s+at\s+(?:the\s+)?[A-Z]|"
    r"\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
    r"tomorrow|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\b|"
    r",\s+(?=(?:[\w'’.-]+\s+){0,8}?(?:said|says|told|reported|announced|added|noted|stated|confirmed)\b)|"
    r"(?:,\s+(?:(?:and|or|plus|along with|as well as|together with)\s+)?|"
    r"\s+(?:and|or|plus|along with|as well as|together with)\s+)(?:(?:a|an|the|two|three|four|five|"
    r"several|\d+)\s+)?(?:[\w-]+\s+){0,2}?" + _KIND_RE.pattern.replace("(?P<kind>", "(?:") + r"|"
    r",?\s+(?:along with|as well as|plus|together with)\b"
)
_LIST_HEAD_RE = re.compile(
    # "memoranda between the two countries in the fields of ...": the parties first, then the fields; "five
    # agreements to bolster cooperation in areas of ...": the purpose first
    # "between the two countries", "between the governments of the two countries", "between the relevant ministries"
    # "conventions of cooperation, relating to the fisheries, the ...": a kind word's own "of cooperation" first
    r"(?:\s+of\s+(?:cooperation|collaboration|partnership)(?=,?\s+(?:on|in|for|regarding|concerning|related|"
    r"relating|pertaining|dealing|between|to)\s),?)?"
    r"(?:\s+between\s+the\s+(?:(?:two|relevant|respective|competent)\s+)?(?:countries|sides|governments|nations|"
    r"states|ministries|agencies|authorities)(?:\s+of\s+the\s+two\s+(?:countries|sides|nations|states))?)?"
    # ("aimed at deepening cooperation in areas of ...": the purpose as a participle)
    r"(?:\s+(?:to|(?:aimed|targeted)\s+at|(?:intended|designed|meant)\s+to)\s+"
    r"(?:(?:bolster|boost|deepen|expand|strengthen|develop|broaden|widen)(?:ing)?|enhanc(?:e|ing)|promot(?:e|ing))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cooperation|ties|collaboration|relations|partnership))?"
    # ("bearing on", "relative to", "in matters of": the prepositions of copy translated from French)
    r"\s*(?P<p>(?:on|in|for|regarding|concerning|related to|relating to|relative to|pertaining to|dealing with|"
    r"bearing on|touching on|in matters? of|"
    # ("memoranda between the ministries of education, culture and farming": one for each ministry named)
    r"between\s+the\s+ministries\s+of(?!\s+the\s))"
    r"(?:\s+(?:cooperation|collaboration)\s+(?:in|on))?"
    # ("MoUs on: youth, tourism and trade": a colon before the list on the same line)
    r"(?:\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+(?:of|such\s+as|like|including))?):?\s+"
    r"(?!(?:the\s+)?(?:areas?|fields?|sectors?|spheres?|domains?)\s+(?:including|such|like|ranging|from)\b)"
    r"(?P<rest>\S.*)$|"
    # "documents covering areas including A, B and C", "deals in areas ranging from A to B", "they cover A, B and C"
    r"\s*(?P<v>(?:,\s*which\s+|(?:that|which)\s+)?(?:cover(?:ing|s|ed)?|concern(?:ing|s|ed)?|spann?(?:ing|s|ed)?|span|includ(?:ing|es|ed)|"
    r"involv(?:ing|es|ed)|"
    r"deal(?:ing|s|t)?\s+with|relat(?:ing|e[ds]?)\s+to|pertain(?:ing|s|ed)?\s+to|"
    r"in)(?:\s+(?:the\s+)?(?:areas?|fields?|sectors?|spheres?|domains?))?"
    r"(?:\s+(?:including|such as|like|of|ranging from|from))?"
    # ("covering, among others, A, B and C": the writer's aside that the list is not all of them)
    rf"{_VERB_ASIDE}?)\s+(?P<vrest>\S.*)$",
    re.S,
)
# Times the copy names without a day ("next week", "in May"): it is not same-day copy without dates.
_VAGUE_TIME_RE = re.compile(
    r"\b(?:(?:next|last|this|coming|past)\s+(?:week|month|weekend)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
# Plans told in the past tense that lie ahead of the dateline: "was scheduled to travel on Friday".
_SCHEDULED_RE = re.compile(
    r"\b(?:(?:was|were)\s+(?:scheduled|due|expected|set|slated|to)|stays|remains|"
    r"(?:is|are)\s+(?:also\s+|then\s+|\w+ly\s+)(?:scheduled|due|expected|set|slated)\b)\b"  # "is also due to meet"
)
# Parts of a day the copy counts from its dateline: "last night" is the day before, "this morning" the day itself.
_DAY_PART_RE = re.compile(
    r"\b(?P<last>last\s+night|yesterday\s+(?:morning|afternoon|evening))\b|"
    r"\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b",
    re.I,
)
# How many days a visit lasts ("three-day") and what the visit is called, for the two spans below.
_SPAN_DAYS = r"(?P<n>two|three|four|five|six|2|3|4|5|6)[- ]day"
_SPAN_VISIT = r"(?:visit|trip|tour|mission|stay)\b"
# "on the second day of a three-day visit": the visit's first and last days from the day the copy is about
_NTH_DAY_RE = re.compile(
    # ("of Wielgosz's four-day state visit", "of the prime minister's two-day visit": the guest as its determiner)
    r"\b(?P<k>first|second|third|fourth|fifth|final|last|closing|opening)\s+day\s+of\s+"
    r"(?:(?:a|an|the|his|her|their)\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+)?"
    rf"(?:{_SPAN_DAYS}\b|(?:[\w-]+\s+){{0,2}}?{_SPAN_VISIT})",
    re.I,
)
# A length in days after a verb of lasting, shared by the two patterns below.
_LASTS_DAYS = r"\s+(?:for\s+)?(?P<n>two|three|four|five|six|2|3|4|5|6)\s+days\b"
# "The visit of the president to Tamsa continues for two days", "the tour will last three days": its length told
# after it, as the "two-day visit" before it does
_VISIT_LASTS_RE = re.compile(
    rf"\b{_SPAN_VISIT}[^.;]{{0,100}}?\b(?:continues|lasts|runs|(?:will|is\s+to)\s+(?:last|continue|run)){_LASTS_DAYS}",
    re.I,
)
# (its length alone, read only just before the word "days", to pass over copy without one quickly)
_DAYS_WORD_RE = re.compile(r" days\b")
_LASTS_FOR_RE = re.compile(rf"\b(?:continues|lasts|runs|last|continue|run){_LASTS_DAYS}", re.I)
# "wrapped up a three-day visit on Wednesday", "began a two-day trip on Monday": a day that ends or opens the visit
_VISIT_SPAN_RE = re.compile(rf"\b{_SPAN_DAYS}\s+(?:[\w-]+\s+){{0,3}}?{_SPAN_VISIT}", re.I)
_SPAN_END_RE = re.compile(
    r"\b(?:wrapped up|wraps up|wound up|winds up|concluded|concludes|ended|ends|ending|left|leaves|departed|"
    r"departs|flew home|returned home|after)\b",
    re.I,
)
# (not "the arrival ceremony at the palace", held on a day after the landing as often as not)
_ARRIVAL_RE = re.compile(r"\b(?:arriv(?:al|ed|es)(?!\s+(?:ceremon\w*|honou?rs|welcome))|landed|touched down)\b", re.I)
# The visit's own clause up to the day it names: "... visit to Japan which ends tomorrow", "that began on Monday".
_SPAN_TAIL_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:which|that)\s+(?:(?P<end>ends|ended|concludes|concluded|wraps\s+up|wrapped\s+up)|"
    r"began|begins|started|starts|opened|opens)\s+(?:on\s+)?",
    re.I,
)
_SPAN_START_RE = re.compile(
    r"\b(?:began|begins|started|starts|kicked off|kicks off|opened|opens|arrived|arrives|embarked on|embarks on)\b",
    re.I,
)
# "from June 15 to 19": the last day of a range within one month
_DAY_RANGE_RE = re.compile(
    r"\bfrom\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|"
    # (the agencies' short forms: "from Nov. 16 to 21")
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+"
    r"(?P<d>\d{1,2})\s+(?:to|until|through|till)\s+(?P<d2>\d{1,2})\b(?!\s*(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "first": 1, "second": 2, "third": 3,
                "fourth": 4, "fifth": 5, "opening": 1}  # fmt: skip
# A finite verb of a clause, to tell a clause with its own tense from an adverbial ("On Friday") or a participle
# ("before concluding his visit on Wednesday"), which take the sentence's.
# (a word of "un-" and "-ed" is a state, an adjective of the field, not a verb: "illegal, unreported and unregulated
# fishing"; but for the verbs that begin so: "unveiled a plaque", "underlined")
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:(?!un(?!veil|lock|leash|der|i[tfs]|fold|pack|load|do|tie|seal|block|cover|mask|plug|fur|derl))[a-z]{2,}ed|is|are|was|were|will|would|shall|has|have|had|met|held|made|took|went|came|"
    r"said|told|paid|left|flew|began|gave|became|brought|found|got|kept|put|saw|sent|spoke|stood|struck|won|wrote|"
    r"sought|did|does|arrives|leaves|travels|meets|holds|signs|visits|returns|heads|flies|becomes|makes|takes)\b"
)
_NO_TOPIC_RE = re.compile(
    r"\s*(?:on|in|at|during)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?side\b|sidelines\b|occasion\b|behalf\b|margins?\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|today|yesterday|this)\b|\d)|"
    # "deals worth $2 billion on the first visit to Ostria": the occasion, no topic
    # (also "in the framework of the official visit", "in conjunction with the state visit")
    r"\s*(?:on|during|in\s+the\s+course\s+of|(?:in|within)\s+the\s+framework\s+of|in\s+(?:conjunction|connection)\s+with|"
    r"as\s+part\s+of|on\s+the\s+(?:occasion|sidelines|margins)\s+of)\s+(?:the|his|her|their|this|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|tour|talks|summit)\b(?!\s+(?:regimes?|rules|procedures?|formalities)\b)|"
    # "signed for Valdoria by the foreign minister, ...": the party and its signers, no topic
    r"\s*for\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:side\s+)?by\s|"
    # "the agreements were signed in the Cabinet room", "... at the presidential palace": the room or building where
    # they were signed, no topic
    r"\s*(?:in|at)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:room|hall|palace|residence|building|chancellery|chancellory)\b|"
    # "left with a signed agreement in her bag": where the leader carries it
    r"\s*in\s+(?:her|his|their|its|our|my)\s+(?:bags?|pockets?|hands?|luggage|briefcases?|suitcases?)\b"
)
# Pairs joined by "and" that name one field of cooperation, as ministries and programmes do.
_ONE_FIELD_RE = re.compile(
    r"(?:the\s+)?(?:youth and sports?|sports? and youth|science and technology|oil and gas|research and development|"
    r"information and communications? technolog(?:y|ies)|trade and economic cooperation|radio and television|"
    r"culture and arts?|arts and culture)",
    re.I,
)
# Pairs that name one field when a third "and" joins them to the item before: "halal rules and media and
# communications".
_PAIRED_FIELD_RE = re.compile(r"(?:media|information)\s+and\s+communications?", re.I)
_KINDS_HEADING_RE = re.compile(
    r"(?:(?:the\s+)?(?:agreements|documents|deals|accords|memoranda|instruments|outcomes|results|MoUs)"
    # (a release's section may join two kinds with a slash: "MoUs/Agreements")
    r"(?:(?:\s+(?:and|&)\s+|\s*/\s*)(?:agreements|documents|deals|accords|memoranda|instruments|MoUs))?)",
    re.I,
)
# A section number before a heading of a release: "II. Announcements", "B) Documents signed".
_SECTION_MARK_RE = re.compile(r"(?:[IVX]{1,4}|[A-H])[.)]\s+")
# A parenthesised short form after a kind word: "memoranda of understanding (MoUs)".
_SHORT_FORM_RE = re.compile(r"\s*\([A-Za-z]{2,8}\)")
# A paragraph that opens with a list marker ("1 - ", "2.", "3)", "- ", "• ", and the doubled dash of Chinese state
# copy, "-- "); the marker's shape and number tell whether the next paragraph continues the same list.
# (a list read out loud counts its items in words: "One, Memorandum on ...", "And eight, Agreement on ...")
_ITEM_RE = re.compile(
    r"(?P<ind>\s*)(?:\(?(?P<n>\d{1,2})\s*(?P<p>[.)]|\s-|\s–)|\(?(?P<r>(?:i{1,3}|iv|vi{0,3}|ix|x{1,2}))(?P<rp>[.)])|"
    r"\(?(?P<l>[a-h])(?P<lp>[.)])|(?P<b>--|[-•*–—·▪])|(?:And\s+(?=[a-z]))?(?P<w>[Oo]ne|[Tt](?:wo|hree|en|welve)|"
    r"[Ff](?:our|ive)|[Ss](?:ix|even)|[Ee](?:ight|leven)|[Nn]ine)(?P<wp>,))\s+"
)
_ITEM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

# A list's item set out as a row of cells apart by dashes: "Straits Lion Parks Pte. Ltd. – Logistics park at X –
# Investment Rs.2,100 crore – Employment 6,500 persons", "Shipbuilding in Subic Bay – $1.1 billion". A cell of a
# figure (a sum, a count of jobs or persons, under its label or not) tells what the project is worth, not what it is.
_ROW_CELL_SPLIT_RE = re.compile(r"\s+[–—-]\s+")
# A list's item set out as its topic, a dash, and who signed it: "Mining and geology — the Minister of Minerals and
# the Mines Board", "Youth and sports – the two youth ministers" (one document a line, its field first).
_SIGNER_ROW_RE = re.compile(r"\s*(?P<topic>[A-Z][^–—:;.!?]{2,90}?)\s+[–—]\s+(?P<who>[^–—.;]{3,240})")
_SIGNER_WORD_RE = re.compile(
    r"\b(?:ministers?|ministr(?:y|ies)|secretar(?:y|ies)|directors?|chiefs?|executives?|governors?|ambassadors?|"
    r"chair\w*|presidents?|heads?|boards?|agenc(?:y|ies)|authorit(?:y|ies)|cent(?:re|er)s?|councils?|commissions?|"
    r"banks?|corporations?|directorates?|services)\b",
    re.I,
)
_FIGURE_CELL_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s*:?\s+)?(?:(?:about|around|some|nearly|over|up\s+to)\s+)?"
    r"(?:[$€£¥₹]|US\$|A\$|Rs\.?\s?|INR\s?|USD\s?|EUR\s?)?\d[\d.,]*\s*"
    r"(?:crores?|lakhs?|million|billion|trillion|bn|mn|m|persons|people|jobs|workers)?"
    r"(?:\s*\([^()]{1,60}\))?\W*"
)
# A firm's name as a row's first cell, its words capitalised and its legal form last: "Coastline Freight Pte. Ltd."
_FIRM_CELL_RE = re.compile(
    r"(?:[A-Z][\w'’&.-]*\s+){1,7}(?:Pte\.?\s+Ltd|Pvt\.?\s+Ltd|Co\.?,?\s+Ltd|Ltd|Limited|Inc|Corp|Corporation|LLC|"
    r"PLC|Plc|GmbH|AG|S\.?A|Bhd|Tbk|Group|Holdings)\.?"
)


def _row_topic(topic: str) -> str:
    """The topic of an item set out in cells: its figures dropped, and a firm in its first cell the other party."""
    cells = _ROW_CELL_SPLIT_RE.split(topic.strip(" ;,."))
    kept = [c for c in cells if not _FIGURE_CELL_RE.fullmatch(c)]
    if len(cells) < 2 or not kept or len(kept) == len(cells):
        return topic
    if len(kept) >= 2 and _FIRM_CELL_RE.fullmatch(kept[0]):
        return f"with {kept[0]} on {kept[1][:1].lower()}{kept[1][1:]}"
    return " – ".join(kept)


# Headings of a live blog's entry that list what the visit produced.
_HEADING_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[–—-]\s*)?(?:Also\s+)?(?:signed|announced|documents|agreements|"
    r"documents signed|agreements signed|inked|sealed|adopted|concluded|exchanged|struck|agreed|deals|"
    # a tally of what the visit brought home: "The haul:", "The tally:", "Deliverables:"
    r"(?:the\s+)?(?:haul|tally|harvest|deliverables|takeaways|outcomes?|results|bottom line))\s*:",
    re.I,
)


_BACKGROUND_RE = re.compile(
    r"\s*(?:Earlier this (?:year|month)|Last (?:year|month|spring|summer|autumn|fall|winter)|Previously|In the past|"
    r"Back in|Years? ago|Since (?:19|20)\d\d|In (?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?P<y>(?:19|20)\d\d))\b"
)
# A sentence that gives the topics of a count of instruments signed just before: "They cover health and farming."
_TOPICS_AFTER_RE = re.compile(
    # (the source of the account may come first: "According to the state broadcaster, they cover ...", "According to
    # a statement from the palace, the agreements cover ...")
    r"\s*(?:According\s+to\s+[^,;:]{2,60}?,\s+(?=(?:they|these|those|the)\s))?"
    # (or after who said so, with what else the source said or would not say: "Officials said they cover ...", "The
    # ministry gave no values but said the deals covered ...")
    # (or after who described them so, in the same one lead: "Officials described them as covering A, B and C", "The
    # ministry characterised the agreements as dealing with D and E")
    r"(?:[^;:]{0,160}?\b(?:(?:said|says|added|adds|noted|notes|stated|states)\s+(?:that\s+)?"
    r"(?=(?:they|these|those|the)\s+(?:\w+\s+)?(?:cover|include|concern|span|deal|relate|touch|focus|range|involve))|"
    r"(?:described|characteri[sz]ed|summari[sz]ed|portrayed|presented|listed)\s+"
    r"(?=(?:them|these|those|the\s+(?:\w+\s+)?(?:agreements|documents|deals|memoranda|accords|instruments))\s+as\s)))?"
    # (the items told before may open it, the rest to come: "Apart from the metro line and the port, the package
    # covers A, B, C and D", all of them one count)
    r"(?:(?:Apart\s+from|Aside\s+from|Besides|In\s+addition\s+to)\s+(?P<also>[^,;:]{3,120}?),\s+"
    r"(?=(?:they|these|those|the)\s))?"
    # (the lot by the word for a bundle of them: "the package covers ...")
    # (the kind word may come after the rest and its number: "The remaining three MOUs covered ...")
    r"(?:(?P<lot>[Tt]he\s+(?:\w+\s+)?package)|They|they|them|These|these|Those|those|(?P<the>[Tt]he)\s+(?:\w+\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?P<kinds>agreements|documents|deals|memoranda|memorandums|M[oO]Us|accords|instruments|protocols|pacts)"
    # (the kind's own complement: "The memorandums of understanding cover ...")
    r"(?:\s+of\s+(?:understanding|cooperation))?)"
    # (where and before whom they were signed may stand between commas, at some length: "The agreements, signed at the
    # palace, cover", "The documents, exchanged at a forum in the capital attended by the ministers of X and Y, cover";
    # or the participle alone: "The MoUs signed touch on ...", or with a short phrase: "The deals signed in the
    # presence of the leaders cover ...")
    # (or with when: "The agreements signed today include ...")
    # (or any other aside set off on both sides: "The agreements, which were not made public, include ...")
    rf"(?:,\s+(?:{_DONE}|witnessed)\s[^;:]{{0,240}}?,|{_SIGNED_HERE}|{_SUBJECT_ASIDE}|"
    rf"\s+{_DONE}(?:\s+(?:in|at|before)\s+(?:the|a)\s[^,;:]{{0,80}}?)?)?\s+"
    # (an adverb may come before the verb: "The deals, signed after the talks, also cover ...")
    r"(?:(?:also|further|mostly|mainly|largely|additionally)\s+)?"
    r"(?:cover|covered|include|included|concern|concerned|span|spanned|deal with|dealt with|relate to|related to|"
    r"touch on|touched on|focus on|focused on|are on|were on|range from|involve|involved|"
    # (the participle after "as" of who described them: "described them as covering ...")
    r"(?<=\s)as\s+(?:covering|including|concerning|spanning|dealing\s+with|touching\s+on|relating\s+to|focusing\s+on)|"
    # (the package's singular: "the package covers ...")
    r"(?<=package\s)(?:covers|includes|spans|involves)|"
    r"(?:are|were)\s+in(?=\s+(?:the\s+)?(?:areas?|fields?|sectors?|spheres?|domains?)\b))"
    # (an aside may stand between the verb and the list: "They cover, among other things, A, B and C")
    rf"{_VERB_ASIDE}?"
    # (a colon may set the list off from its verb: "The 13 agreements cover: A; B; C", or from the words that announce
    # it: "The agreements cover the following areas: A; B; C")
    r"(?:\s+(?:in\s+)?the\s+following(?:\s+(?:areas|fields|sectors|spheres|domains|topics|subjects|issues))?)?"
    r":?\s+(?P<rest>[^;:]+(?:;\s+(?:and\s+)?[^;:]+){0,11})$"
)
# The rest of a count by its number: "The other two", "The remaining three".
_OTHER_NUMBER = r"The\s+(?:other|remaining|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# The rest of the documents just named, by their topics alone, with no kind word or verb of signing of their own:
# "Others touched on A, B and C", "The rest dealt with D".
_OTHERS_TOPICS_RE = re.compile(
    # (or by a word for them that names no kind: "Other texts concerned A and B")
    # (or by the rest of the kind counted: "The rest of the instruments refer to A and B")
    r"\s*(?:[-–—•*]\s+)?(?:Others|The\s+others|(?:The\s+)?rest(?:\s+of\s+the\s+(?:instruments|documents|agreements|acts|texts))?|"
    r"The\s+(?:other|remaining)\s+ones|"
    # (or by their number: "The other two cover A and B", "The remaining three concern C, D and E")
    rf"{_OTHER_NUMBER}(?=\s)|"
    # (a word that names no kind, "documents" or "acts", as "texts" does: "Other documents refer to A and B"; with
    # "cover", "include" or "concern" the scan of kind words reads them)
    r"(?:The\s+)?(?:[Oo]ther|[Rr]emaining)\s+(?:texts|(?:documents|acts)(?=\s+(?:\w+ly\s+|also\s+)?(?:refer|relate|"
    r"touch|focus|range|are\s+on|were\s+on)\w*\s)))\s+"
    r"(?:(?:also|further|mostly|mainly|largely)\s+)?"
    r"(?:covered|included|concerned|spanned|dealt with|related to|touched on|focused on|were on|ranged from|"
    # (or in the present: "The others cover A, B and C")
    r"cover|include|concern|span|deal with|relate to|touch on|focus on|are on|range from|refer to|referred to)"
    rf"{_VERB_ASIDE}?\s+(?P<rest>[^;:]+)$"
)
_OTHER_NUMBER_RE = re.compile(rf"\s*(?:[-–—•*]\s+)?{_OTHER_NUMBER}\s")
# A list of projects, each told at length by a noun phrase of its own: "the construction of a cement plant in the
# north, the upgrade of a port and joint exploration for copper in the east". Commas part the items; a last "and"
# without a serial comma parts two only when what follows it opens a phrase of its own (an article, or an action
# noun with its object), not a second object of the same noun ("household appliances and electric vehicles").
_PROJECT_COMMA_RE = re.compile(r",?\s+as\s+well\s+as\s+|,\s+(?:and\s+)?")
_SERIAL_LAST_RE = re.compile(r",\s+and\s|\sas\s+well\s+as\s")
_OWN_PHRASE_AND_RE = re.compile(
    r"\s+and\s+(?=(?:a|an|the|two|three|four|five)\s|(?:[\w-]+\s+){0,3}?"
    r"(?:[\w-]+(?:tion|sion|ment|ance|ence|ing|ies|ery|ure)|supply|purchase|sale|exports?|imports?)\s+(?:of|for|on)\s)"
)
_PROJECT_ITEM_WORDS = 16


def _project_items(rest: str) -> list[str]:
    """The items of a list of projects told at length, or none when the list does not read as one."""
    # (the source told after the list is no item: "..., according to a list released by the ministry")
    rest = compiled(r",\s+(?:(?:which|who)\s|according\s+to\s)[^,;]*$").sub("", rest.strip().rstrip(" ."))
    # (nor is a clause of the story's after it: "..., as European governments compete for the region")
    rest = compiled(
        r",\s+(?:as|while|when|because|after|before|amid|since|although|though|whereas|even\s+as)\s.*$"
    ).sub("", rest)
    if ";" in rest or _FINITE_RE.search(rest):
        return []
    items = [x.strip() for x in _PROJECT_COMMA_RE.split(rest) if x.strip()]
    if not _SERIAL_LAST_RE.search(rest) and (pair := _OWN_PHRASE_AND_RE.search(items[-1])):
        items[-1:] = [items[-1][: pair.start()], items[-1][pair.end() :]]
    # (one item with a kind word of its own is read by the scan of the sentence; a list of several names its
    # documents, not projects)
    # (and a kind word that opens the list governs the items after it: "agreements on A, B and C")
    named = [x for x in items if _DOC_RE.search(x)]
    if len(named) > 1 or (named and named[0] == items[0]):
        return []
    items = [x for x in items if x not in named]
    if (
        len(items) < 2
        or not all(2 <= len(x.split()) <= _PROJECT_ITEM_WORDS for x in items)
        or any(compiled(r"(?:on|in|of|for|with|to|between)\s").match(x) for x in items)
    ):
        return []
    # (a list of projects has at least one told at length; short ones alone are fields, read above)
    return items if any(len(x.split()) > 5 for x in items) else []


# The lead of a count's projects in its own sentence ("..., which include A, B and C", "..., covering A and B"), and
# what may not stand between the count and it: a clause of someone's words or another predicate.
_SAME_SENTENCE_LIST_RE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:include[ds]?|cover(?:s|ed)?|involve[ds]?)|including|covering)\s+(?P<rest>[^;:]+)$"
)
_AFTER_COUNT_CLAUSE_RE = re.compile(r"\b(?:said|says|told|will|would|while|but|and\s+(?:also\s+)?[a-z]+ed)\b")


# A sentence that takes up a count of instruments told earlier, so that the topics may follow it: "The MoUs were
# signed on Friday at the palace. They cover ..."
_COUNT_RECALLED_RE = re.compile(
    r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:agreements|documents|deals|memoranda|M[oO]Us|accords|instruments|protocols)\s+"
    r"(?:were|have\s+been)\s+(?:all\s+|formally\s+)?signed\b(?![^.;]*\b(?:cover|includ|concern|on|in)\w*\s)"
)


# The same, whatever follows the verb (the topic is told apart): "The documents were signed in the presence of ...".
_COUNT_AGAIN_RE = re.compile(
    r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:agreements|documents|deals|memoranda|M[oO]Us|accords|instruments|protocols)\s+"
    rf"(?:were|have\s+been)\s+(?:all\s+|formally\s+)?{_DONE}\b"
)


# The counts a story spells out in words, in lower case: "four are MoUs", "nine agreements".
_SMALL_NUMBER = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# What lies between one instrument of a list and the next: punctuation, a joining word, an article and a few
# modifiers ("; an ", ", and a cooperation ", " (VCCI) and the "), never a clause of its own.
_LIST_GAP_RE = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?[,;]?\s*(?:(?:and|as well as|plus|along with|together with|followed by|also)\s+)*"
    r"(?:(?:a|an|the|one|two|three|four|five|another|new)\s+)?"
    r"(?:(?!(?:while|but|although|though|whereas|which|that|who|as|because|since|if|when|where|after|before|until|"
    r"unless|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|can|said|says|told|not|"
    r"no|they|it|he|she|we|officials?|within|under|at|during|by|from|into|in|on|for|to|with|signed|inked|adopted|"
    r"concluded|exchanged|agreed)\b)[\w'’.$€£¥%-]+\s+){0,4}",
    re.I,
)
# What lies between a count of documents and one of them named after it: its own verb, maybe, then "including" (",
# including a ", " were signed on the sidelines, including an ", ", among them a ").
_COUNT_INCLUDING_RE = re.compile(
    rf"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?{_DONE}\b[^,;:.]{{0,60}}?)?,?\s+"
    r"(?:including|among\s+them|among\s+which|notably)\s+(?:(?:a|an|the|one)\s+)?(?:[\w'’-]+\s+){0,3}"
)
# "an agreement to begin negotiations", "agreement to hold regular consultations": the act of agreeing to a process,
# which the spec does not count, unlike "an agreement to build a plant".
_PROCESS_RE = re.compile(
    r"\s+to\s+(?:\w+ly\s+)?(?:resume|continue|pursue|hold|have|conduct|negotiate|explore|study|consider|examine|"
    r"discuss|talk|meet|work|coordinate|cooperate|seek|keep|look|prepare|draft|finali[sz]e|conclude|sign|"
    r"(?:\w+\s+){1,2}(?:negotiations|talks|consultations|discussions|dialogue|meetings))\b",
    re.I,
)
# A signed agreement to study a work to be built is a study contract, a document of its own: "signed an agreement to
# study a nickel refinery", "... to study the construction of a solar plant" (but not "to study the possibility of a
# trade deal", which plans a negotiation).
_STUDIED_WORKS_RE = re.compile(
    r"\s+to\s+(?:jointly\s+)?(?:study|explore|examine|assess)\s+(?:the\s+(?:construction|building|development)\s+of\s+)?"
    r"(?:a|an|the)\s+(?:(?!(?:of|to|for|on|with)\s)[\w$.,'’-]+\s+){0,8}?(?:projects?|plants?|lines?|yards?|"
    r"facilit(?:y|ies)|terminals?|ports?|railways?|mines?|refiner(?:y|ies)|pipelines?|factor(?:y|ies)|complex|"
    r"cables?|parks?|farms?|dams?|smelters?)\b",
    re.I,
)
# A lead-in that names what the visit produced: "Among the outcomes:", "Key deliverables included", "The results:".
_OUTCOMES_RE = re.compile(
    r"\b(?:outcomes?|results|deliverables|takeaways|achievements)(?:\s+of\s+the\s+(?:visit|talks|trip|summit|"
    r"meeting|meetings))?\s*(?::|\s+(?:included?|were|are|comprised?|range[ds]?\s+from)\b)",
    re.I,
)
# Words in the item itself that say it was not signed ("Not signed: ...", "yet to be signed", "a draft"); what was
# not told of a signed deal ("terms not disclosed", "value not given") says nothing of its signing.
_NOT_SIGNED_RE = re.compile(
    r"\b(?:not(?!\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|given|revealed|specified|released|made\s+public)\b)|"
    r"yet to|to be signed|pending|initiall?ed(?!\s+and\s+signed)|drafts?|drafting|postponed|deferred|shelved)\b",
    re.I,
)
# What the source says it did not break down: the fields it gives are those of a sum of documents, none of them one
# document ("without providing a breakdown by company", "did not disclose the names of the companies", "No list.").
_NO_BREAKDOWN_RE = re.compile(
    r"\bwithout\s+(?:providing|giving|disclosing|publishing|releasing|naming|listing|specifying|detailing)\s+"
    r"(?:a\s+|any\s+|the\s+)?(?:breakdown|list\b|details\s+of\s+(?:the\s+)?(?:individual|each|specific)|"
    r"names?\s+of\s+the\s+(?:companies|firms|parties|signatories))|"
    r"\b(?:did|does|would)\s+not\s+(?:disclose|name|list|specify|give|provide|release|publish|detail|break\s+down)\s+"
    r"(?:a\s+|any\s+|the\s+)?(?:breakdown|list\b|details\s+of\s+(?:the\s+)?(?:individual|each|specific)|"
    r"names?\s+of\s+the\s+(?:companies|firms|parties|signatories)|(?:the\s+)?individual\s+(?:deals|agreements|documents))|"
    r"(?:^|[.;][\"”’]?\s+|\b(?:but|with|and)\s+)(?:again,\s+)?no\s+(?:(?:company-by-company|deal-by-deal|full|detailed)\s+)?"
    r"(?:breakdown|list)\b",
    re.I,
)
_AMONG_RE = re.compile(
    # ("They also included ...": more of them after a first one named)
    r"\s*(?:Among them|Among these|Among those|(?:These|They|Those)\s+(?:also\s+)?include[ds]?|Including|"
    # (also with the words that rank or qualify them: "Among the key documents were ...")
    r"Among\s+(?:the|these|those)\s+(?:(?!documents|agreements|deals|memoranda|instruments)[a-z][\w-]*\s+){0,2}"
    r"(?:documents|agreements|deals|memoranda|instruments|M[oO]Us))\b|"
    # "The list also includes ...", "The full line-up features ...": the list of the documents just named, told on
    r"\s*The\s+(?:full\s+|complete\s+|official\s+)?(?:list|line-?up|roster|tally)(?:\s+of\s+(?:the\s+)?"
    r"(?:documents|agreements|instruments|deals|memoranda))?\s+(?:also\s+)?(?:include[ds]?|contain(?:s|ed)?|"
    r"feature[ds]?|comprise[ds]?|cover(?:s|ed)?|(?:is|was)\s+completed\s+by)\b|"
    # "These are: an MoU on ...; an agreement on ...", "They comprised an MoU on ...": the documents just counted,
    # named one by one
    r"\s*(?:These|They|Those|The\s+(?:documents|agreements|instruments|deals))\s+"
    r"(?:are|were|comprise[ds]?|consist(?:ed)?\s+of)\s*(?::|(?=(?:a|an)\s))|"
    # "Others are a health agreement on ... and a programme of ...": more of the documents just listed
    r"\s*(?:The\s+o|O)thers\s+(?:are|were|include[ds]?|cover(?:s|ed)?|concern(?:s|ed)?|involve[ds]?)\b|"
    # "Of the 14 documents, four are MoUs between the governments": a share of the documents just counted
    r"\s*Of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:documents|agreements|instruments|deals|memoranda|M[oO]Us),\s+"
    rf"(?:\d+|{_SMALL_NUMBER})\s+(?:are|were)\b"
)
# A sentence that sets out, one by one, the documents the sentence before said were signed: "There was a memorandum on
# rice; another on ports", "There were also two protocols on ...".
_THERE_WERE_RE = re.compile(r"\s*There\s+(?:was|were)\s+(?:also\s+)?(?!no\b|not\b|talk\b|hope\b|speculation\b)")
# What a document does, told by its verb (one list for every reading): "establishes a fund", "expands the scheme".
_DOCUMENT_VERBS = (
    "establish create set_up set_out raise extend lift allow enable grant open provide commit expand ease simplify "
    "introduce launch fund finance upgrade double cut reduce remove waive regulate govern protect promote strengthen "
    "renew update amend replace recognise recognize exempt abolish streamline outline permit let link boost increase "
    "earmark pave lay speed_up clear approve"
).split()


def _verb_forms(verb: str, either_number: bool) -> str:
    """The pattern of a verb of ``_DOCUMENT_VERBS`` ("set_up" is two words) in the third person, or in the present of
    either number ("allows?", "simplif(?:y|ies)")."""
    head, _, particle = verb.partition("_")
    if head.endswith("y") and head[-2] not in "aeiou":
        form = head[:-1] + ("(?:y|ies)" if either_number else "ies")
    elif head.endswith(("sh", "ch", "x", "s", "z")):
        form = head + ("(?:es)?" if either_number else "es")
    else:
        form = head + ("s?" if either_number else "s")
    return form + (rf"\s+{particle}" if particle else "")


# (one document: "Another agreement expands ...", "The fifth raises the age limit")
_DOES_VERBS = "(?:" + "|".join(_verb_forms(v, either_number=False) for v in _DOCUMENT_VERBS) + ")"
# (one or many: "protocols that allow ...", "a deal which opens ...")
_DO_VERBS = "(?:" + "|".join(_verb_forms(v, either_number=True) for v in _DOCUMENT_VERBS) + ")"
# A sentence whose subject is the documents, which it describes: "Other MoUs covered A and B", "The remaining
# agreements concern C", "Two further memoranda deal with D".
_SUBJECT_KINDS_RE = re.compile(
    r"\s*(?:The|These|Those|Other|Further|Additional|Remaining|Smaller|Separate|Both|All|"
    r"The\s+(?:other|remaining|further|additional|smaller|separate|rest\s+of\s+the)|"
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:other|more|further|additional|separate))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreements|documents|deals|memoranda|memorandums|M[oO]Us|accords|instruments|protocols|"
    # (a package of financing deals just told signed: "The package includes a loan for a port and a grant for ...")
    # (who listed or signed them between commas, and an adverb, may stand before the verb: "The documents, listed by
    # the presidency, include ...", "The documents also include ...")
    r"contracts|pacts|declarations|package)(?:,\s+(?:listed|released|published|signed|exchanged|announced)\s"
    rf"[^,;]{{3,80}}?,|{_SUBJECT_ASIDE})?\s+(?:\([^)]*\)\s+)?(?:signed\s+(?:[\w-]+\s+){{0,5}}?)?(?:also\s+|further\s+)?"
    r"(?:cover|include|concern|span|range|comprise|deal|relate|pertain|focus|address|target|touch|aim|seek|were|are)"
    r"\w*\b|"
    # one more of them: "Another memorandum concerns fisheries", "A second deal covers wheat exports"
    r"\s*(?:Another|A\s+(?:second|third|fourth|fifth|sixth|seventh|further|separate)|The\s+(?:last|final|other))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreement|document|deal|memorandum|M[oO]U|accord|protocol|contract|pact|declaration|"
    # (or by what it does, as the count's documents are told: "A separate agreement expands the satellite programme")
    r"programme|program|roadmap)\s+(?:concerns|covers|deals\s+with|relates\s+to|pertains\s+to|focuses\s+on|"
    rf"provides\s+for|addresses|targets|{_DOES_VERBS})\b|"
    # the rest of the documents with what they cover in apposition, whatever the sentence then says of them: "The
    # remaining agreements, covering A, B and C, were valued at $1.8 billion"
    r"\s*(?:The\s+(?:other|remaining|further|additional|separate)|Other|Further|Additional|Remaining|"
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:other|more|further|additional|separate))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreements|documents|deals|memoranda|memorandums|M[oO]Us|accords|contracts),\s+"
    r"(?:covering|spanning|concerning)\s"
)
# The verb of a sentence whose subject is an instrument, before what it is about: "Another memorandum concerns ...".
_ABOUT_VERB_RE = re.compile(
    r"\s+(?:concerns?|covers?|deals?\s+with|relates?\s+to|pertains?\s+to|focuses\s+on|provides\s+for|addresses|"
    rf"targets|(?P<does>{_DOES_VERBS}))\s+(?=\S)"
)


# What a document marks, whose year is that of the event marked: "the 50th anniversary of relations established in".
_MARKED_EVENT_RE = re.compile(r"\b(?:anniversary|jubilee|centenary|centennial)\b", re.I)


# Fields the shared sphere words do not name, read only when they name none: "a memorandum on joint responses to
# wildfires", "MoU on copper and gold exploration", "a development partnership". The first word in the title decides.
_MORE_SPHERES: tuple[tuple[str, str], ...] = (
    # (a diplomat's passport is a travel document, read before the diplomacy it serves)
    ("consular", r"(?:(?:diplomatic|official|service)\s+(?:and\s+)?)+passports?|passports?"),
    # help given by one state to another, whatever it pays for when nothing else is named: "aid for X in 2026"
    (
        "development",
        # (and the small grants' schemes of many donors: "an agreement on Quick Impact Projects for X Province")
        r"development partnerships?|grant aid|aid programmes?|official development|aid|assistance|donors?|donations?|"
        r"quick[- ]impact projects?|"
        # (and the donor's small works chosen by a town's people: "high-impact community development projects")
        r"community\s+development\s+projects?",
    ),
    # the capital put into a joint fund or company: "the increase of the authorized capital of the ... Fund"
    ("investment", r"(?:authori[sz]ed|share|charter|registered|paid-up|statutory)\s+capital|capital\s+increase"),
    # a fund the two states set up to put money into projects: "the amendments to the ... Development Fund"
    ("investment", r"(?:development|investment|joint)\s+funds?"),
    (
        "political",
        r"friendly relations|friendship|twinning|sister[- ]cit(?:y|ies)|partnership relations|"
        r"joint\s+(?:(?:permanent|standing|ministerial|intergovernmental|bilateral)\s+)?commissions?|"
        r"intergovernmental commissions?|joint committees?|consultations|"
        r"(?:coordination|cooperation|strategic|supreme|high-level)\s+(?:council|committee|commission)s?|"
        # the record of a joint body's meeting that names no field of the body
        r"(?<=meeting of the )(?:committee|commission)|"
        # the schools of diplomats: "between the Foreign Service Institutes of the two countries"
        r"foreign\s+service\s+(?:institutes?|academ\w*)|diplomatic\s+(?:institutes?|training)|"
        # the ruling parties' own ties: "a cooperation plan between the two parties", "between the Communist Party
        # of X and the Y Revolutionary Party"
        r"(?<=between )the\s+two\s+parties|(?:communist|revolutionary|ruling)\s+part(?:y|ies)|CPV|LPRP|"
        r"inter-?party|party-to-party|"
        # the conduct of foreign relations and a state's way into a bloc: "in the fields of diplomacy", "preparing X
        # for EU accession negotiations"
        r"diplomacy|diplomatic|diplomats|accession|(?:european|euro-atlantic)\s+integration",
    ),
    ("culture", r"people-to-people|humanitarian exchanges"),
    # the survey of seas and of the earth's shape: "an arrangement on cooperation in hydrography"
    ("science", r"hydrograph\w*|oceanograph\w*|geodes(?:y|ic)"),
    # herding across a border: the pastures and herds are farming's, whoever crosses
    ("agriculture", r"transhumance|pastoral(?:ism|ists?)?|pastures?|herders?|herding|grazing"),
    ("transport", r"seafarers?|mariners?|sailors?|crews?|vessels?|ships?|shipping"),
    (
        "civil_protection",
        r"wildfires?|bushfires?|earthquakes?|natural hazards?|firefight\w*|search and rescue|demining|landmines?",
    ),
    (
        "agriculture",
        # (the noun of the farm's goods, not the verb of a maker: "to co-produce engines", "will jointly produce")
        r"greenhouses?(?!\s+gas)|fruits?|vegetables?|"
        r"(?<!-)(?<!to )(?<!ly )(?<!will )produce|dairy|meat|beef|poultry|palm oil|"
        r"food processing|food safety|plant protection|"
        r"fish|fishing|seafood|aquaculture|halal meat|cheese|milk|corn|"
        # the fruits, nuts and crops that a market is opened to: "a protocol on fresh avocados"
        r"grapes|avocados?|mangoe?s|bananas|pineapples|citrus|cherries|berries|blueberries|durians?|pomelos?|"
        r"lychees|longans|kiwifruit|macadamias?|nuts|cashews?|almonds|pistachios|walnuts|sorghum|barley|"
        r"flowers|pork|eggs|honey|"
        # goods told by how they keep, which only food and farm goods are: "fresh coconuts", "frozen shrimp"
        r"(?:fresh|frozen|chilled|dried)\s+(?:whole\s+)?(?!water\b|start\b|impetus\b|momentum\b|round\b)[a-z]{3,}",
    ),
    (
        "mining",
        r"copper|gold|nickel|cobalt|bauxite|zinc|tin|iron ore|ores?|graphite|manganese|smelt\w*|subsoil|mineral\w*|"
        r"exploration|mines|diamonds?|gems?|gemstones?|"
        # one mine and the ores named by their metal: "the development of a tungsten mine" (a mine cleared of
        # explosives is civil protection's, read before)
        r"(?<!-)mine(?!\s+(?:action|clearance|awareness|victims?))|tungsten|molybdenum|titanium|vanadium|tantalum|"
        r"antimony|chromium|chrome\s+ore|platinum",
    ),
    (
        "energy",
        # (what planes burn is a fuel, read before the planes: "the supply of jet fuel")
        r"(?:jet|aviation) fuel|refiner(?:y|ies)|refining|pipelines?|LNG|fuel|hydrocarbons?|petroleum|upstream|"
        r"offshore blocks?|transmission\s+(?:lines?|networks?|grids?)|"
        # the seabed's oil and gas fields: "new fields on the continental shelf"
        r"continental\s+shelf|"
        r"(?:giga|mega)watts?|[\d.]+-?(?:gigawatt|megawatt|GW|MW)|"
        # lines that carry power across a border: "a high-voltage interconnection", "an HVDC interconnector"
        r"high-voltage|HVDC|interconnectors?|"
        # power stored and the cars that run on it: "the battery value chain", "an EV cell plant" (not a battery's
        # end of life, "battery recycling", which is the environment's)
        r"batter(?:y|ies)(?!\s+(?:recycl\w*|waste|disposal))|EVs?|"
        # the joining of one grid to its neighbours' frequency: "a declaration on completing the synchronisation"
        r"synchroni[sz]ation",
    ),
    (
        "trade",
        r"halal|standardi[sz]ation|standards|certification|business councils?|chambers?|trade promotion|"
        r"market access|offtake|supply chains?|retail\w*|textiles?|garments?|"
        # goods taken to the shops that sell them: "a distribution deal with an online grocer"
        r"distribution|distributors?|wholesal\w*|grocers?|supermarkets?|"
        # the short forms of trade pacts: "the resumption of FTA negotiations", "a CEPA"
        r"FTAs?|CEPAs?|PTAs?|"
        # the watchdogs of fair trade in a market: "between the competition authorities", "antitrust cooperation"
        r"competition\s+(?:authorit(?:y|ies)|law|polic(?:y|ies)|commissions?|regulators?|agenc(?:y|ies))|antitrust|"
        r"anti-?monopoly",
    ),
    (
        "aviation",
        r"air links?|air connections?|air routes?|air connectivity|"
        r"air cargo|direct flights?|cargo flights?|air communications?|"
        # (the hyphen of a compound before its noun: "an air-services agreement")
        r"air-(?:services?|transport|traffic)",
    ),
    ("labour", r"recruitment|care workers|nurses"),
    (
        "finance",
        r"(?:green|blue|social|sustainab\w+|sovereign|government|panda|samurai|climate)\s+bonds?|"
        r"bonds?\s+(?:issu\w+|markets?|mechanisms?)|capital\s+markets?|stock\s+exchanges?|sukuk|(?:re)?insurance|"
        r"money\s+laundering",
    ),
    ("health", r"nursing|malaria|outbreaks?|diseases?|epidemic\w*|pandemic\w*|clinics?|doctors"),
    (
        "education",
        r"teaching|teachers?|vocational|qualifications?|lecturers|exchanges? of students|students?|faculty|"
        # schools by another name: "the Institute of Management and Public Administration", "a polytechnic"
        r"colleges?|polytechnics?|institutes?\s+of\s+(?:[\w-]+\s+){0,3}?(?:management|administration|studies|technology)|"
        # people's skills as a country's means, which schooling builds: "documents on human resources"
        r"human\s+(?:resources?|capital)",
    ),
    (
        "digital",
        r"data|artificial intelligence|\bAI\b|startups?|start-ups?|fintech|e-governance|internet|software|"
        r"communications|chips?|chipmak\w+|"
        # a city run on its networks and data: "the second phase of the X smart city project"
        r"smart\s+cit(?:y|ies)",
    ),
    ("aviation", r"aircraft|jets?|planes?|airliners?|Airbus|Boeing|Embraer|helicopters?"),
    (
        "transport",
        r"highways?|motorways?|expressways?|buses|bus|trams?|trucks?|locomotives?|wagons?|terminals?|containers?",
    ),
    # (and a capital built anew: "the development of the new capital city Nusantara", not the money "new capital
    # injections")
    (
        "infrastructure",
        r"bridges?|tunnels?|dams?|public works|"
        r"(?:new|future)\s+(?:administrative\s+)?capital(?:\s+cit(?:y|ies))?(?!\s+(?:increase|injection|contribution))",
    ),
    ("justice", r"courts?|prosecutors?|legal|(?:gender-based|domestic|sexual)\s+violence|violence\s+against\s+women"),
    (
        "environment",
        r"wildlife|oceans?|marine|conservation|nature|plastics?|waste|forestry|timber|recycl\w*|"
        # the land that turns to dust: "co-operation against desertification"
        r"desertification|land\s+degradation|droughts?|"
        # a named stretch of nature kept from harm: "the protection of the Vessa-Lune lakes region"
        r"protection\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’]*[\s-]+){1,3}(?:region|lakes?|basin|river|delta|wetlands?)",
    ),
    # (and the keeping of a frontier: "a document on border management", "on border control")
    (
        "security",
        r"narcotics|drugs|organi[sz]ed crimes?|crimes?|criminals?|smuggling|"
        r"border\s+(?:management|controls?|protection|policing)|"
        # (the same told with "of": "the management of the shared borderline and border gates")
        r"(?:management|protection|control|guarding|policing)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:borders?|borderlines?|frontiers?|boundar(?:y|ies))\b",
    ),
    # the forces themselves and where they serve: "rotations of marines and bomber aircraft"
    ("defence", r"troops|soldiers|servicemen|marines|bombers?|stationing"),
    ("sport", r"olympic\w*|football|athletes?"),
    # (a route of shrines or sights that visitors follow: "the Buddhist circuit", "pilgrimages")
    # (and the sights they come to see: "the protection of the X waterfall scenic area")
    (
        "tourism",
        r"travel|hotels?|resorts?|(?:buddhist|religious|spiritual|heritage|tourist)\s+circuits?|pilgrim\w*|"
        r"scenic\s+(?:areas?|spots?|sites?|routes?)|waterfalls?",
    ),
    # faith and letters, kept as culture is: "in the field of Islamic affairs", "between the national libraries"
    ("culture", r"(?:islamic|religious)\s+affairs|religio\w*|interfaith|endowments|librar(?:y|ies)|literature"),
    # the past's buildings kept up: "the restoration of historic monuments in the old city"
    ("culture", r"monuments?|historic(?:al)?\s+(?:sites?|buildings?|cit(?:y|ies)|centres?|centers?)"),
)
# A company's deal whose field nothing names is an investment when it builds, buys or sets up something.
_INVEST_RE = re.compile(
    r"\b(?:plants?|factor(?:y|ies)|stakes?|joint ventures?|assembly|acquisitions?|workshops?|facilit(?:y|ies)|"
    r"compan(?:y|ies)|firms|businesses|enterprises|"
    r"[$€£¥]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?)\b",
    re.I,
)
_MORE_SPHERE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<m{i}>{p})" for i, (_, p) in enumerate(_MORE_SPHERES)) + r")\b", re.I
)


# A capitalised name of a place or an agent inside a title: "a workshop in Port Amel", "a plant by Kolvi Power".
_PROPER_NAME_RE = re.compile(
    r"(?P<pre>\b(?:in|at|near|outside|from|by)\s+(?:the\s+)?)"
    # (not the words of a title in capitals: "in the Field of Critical Minerals", "in Energy and Mineral Resources")
    r"(?!(?:Field|Fields|Area|Areas|Sphere|Spheres|Sector|Sectors|Cooperation|Matters|Framework|Context|Period|"
    r"Presence|Energy|Trade|Education|Science|Culture|Health|Agriculture|Transport|Defen[cs]e)\b)"
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|de|&)\s+)?"
    r"[A-Z][\w'’.&-]*)*"
)


# A firm's name as the agent of a title ("LG Energy Solution offtake deal for lithium", "between Hanwha Aerospace and
# ...", "under which Kolvi Industrial Holding will build a hospital"): its words name the firm, not the document's
# field.
_FIRM_AGENT_RE = re.compile(
    r"(?P<pre>^|\b(?:between|with|and|by|which|whereby)\s+)(?:[A-Z][\w'’.&-]*\s+){0,3}?"
    r"(?=(?:[A-Z][\w'’.&-]*\s+){0,2}?(?:Energy|Power|Aerospace|Industries|Industrial|Heavy|Mining|Minerals|Materials|"
    r"Motors|Electric|Steel|Oil|Gas|Foods|Agro|Textiles?|Logistics|Shipping|Pharma\w*|Telecom)\b)"
    r"(?:[A-Z][\w'’.&-]*\s*){1,3}(?:(?:Co|Corp|Group|Holdings?|Solutions?|Company|Ltd)\b\.?)?"
)
_MONEY_FOR_RE = re.compile(r"\b(?:loans?|financing|credit|grant)\b[^.;]*?\bfor\s+(?P<p>.+)$", re.I)
# A lender named for its mission, whose words tell who lends, not what for: "the Northern Fund for Economic
# Development" (but "a loan from the export bank" is trade by its lender).
_LENDER_NAME_RE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Fund|Bank)\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4}"
)
# A fund named as a known one ("the Economic Development Cooperation Fund", "Korea's Green Growth Fund"), whose
# words tell who lends, not what for; the fund itself is money even where no loan is named.
# (also without its article after a preposition: "a framework arrangement on Economic Development Cooperation Fund
# (EDCF) loans")
_FUND_NAME_RE = re.compile(
    r"(?:(?<=\bthe\s)|(?<=['’]s\s)|(?<=\bon\s)|(?<=\bfor\s)|(?<=\bfrom\s)|(?<=\bunder\s))"
    r"(?:[A-Z][\w'’-]*\s+){1,5}Fund\b"
)
_MONEY_RE = re.compile(r"\b(?:loans?|financing|credit|grant)\b", re.I)
_GRANT_RE = re.compile(r"\bgrants?\b", re.I)
_CAPACITY_BUILDING_RE = re.compile(r"\bcapacity[- ]building\b", re.I)
_SECURITY_AT_SEA_RE = re.compile(r"\b(?:maritime|naval)\s+(?:security|safety)|\bpiracy\b", re.I)


# The parties of a title, then its topic: the topic's words name the field, the parties' names ("the Ministry of
# Foreign Affairs", "the Energy Agency") only who signs.
_PARTIES_TOPIC_RE = re.compile(
    # (the field's noun also in a title's capitals: "in the Field of Critical Minerals")
    # (or the other party alone after "with", the topic then also in a purpose of "for" with an action noun: "with
    # the Lera River Authority for the development of a solar plant", "with a trading house to study a smelter")
    r"\b(?:between|with)\s+(?P<who>.+?)\s+(?:on|concerning|regarding|in\s+the\s+(?:[Ff]ields?|[Aa]reas?|[Ss]pheres?)\s+of|"
    r"for\s+(?=(?:the|a|an)\s+[a-z]+(?:ion|ment|ing)\s+of\s)|"
    # (or the work it sets up, in a purpose clause: "between the fund and the ministry to establish a platform")
    r"to\s+(?!(?:the|this|that|its|their)\s)(?=[a-z]{3,}\s))\s*(?P<t>.+)$"
)
_FIRM_PARTY_RE = re.compile(
    r"\b(?:trading\s+houses?|compan(?:y|ies)|firms?|groups?|conglomerates?|corporations?)\b",
    re.I,
)
_PEOPLE_SMUGGLING_RE = re.compile(
    r"\b(?:people|migrant|human)[- ]smuggl\w*|\bsmuggl\w*\s+(?:of\s+)?(?:people|migrants|persons)\b|"
    r"\birregular\s+migra\w*|"
    # (the crossing itself: "a memorandum on immigration", which the shared word "migration" misses)
    r"\b(?:im|e)migra(?:tion|nts?)\b",
    re.I,
)
# Workers who go to work for the other side, whatever their trade or training.
_WORK_ABROAD_RE = re.compile(
    r"\b(?:recruit\w*|placement|hiring|deployment|employment|for\s+work|to\s+work|work\s+permits?|"
    r"(?:skilled|care|migrant|guest|seasonal|foreign|health)\s+workers?)\b",
    re.I,
)

# A plan of the relationship itself: "Strategic Partnership Implementation Plan", "a roadmap for the partnership".
_RELATIONS_PLAN_RE = re.compile(
    r"\b(?:partnership|friendship|relations)\b.*\b(?:plans?|road\s?maps?|programmes?|programs?)\b|"
    # "the Strategic Cooperation Programme between X and Y": the cooperation as a whole, no field of its own
    r"\b(?:strategic|bilateral)\s+cooperation\s+(?:plans?|road\s?maps?|programmes?|programs?)\b|"
    r"\b(?:plans?|road\s?maps?|programmes?|programs?)\b.*\b(?:partnership|friendship|relations)\b",
    re.I,
)


# A donor's agency for the aid it gives, as a party of a document that names no field of its own.
_AID_AGENCY_RE = re.compile(
    r"\b(?:agenc(?:y|ies)\s+for\s+(?:international\s+)?(?:development\s+)?cooperation|"
    r"(?:international\s+)?(?:development\s+)?cooperation\s+agenc(?:y|ies)|agency\s+for\s+international\s+development)\b",
    re.I,
)
# Fields the shared words miss, told by the bodies or the work a title names.
_BODY_FIELDS = (
    (
        "political",
        re.compile(
            r"\b(?:parliaments?|parliamentary|inter-?parliamentary|senates?|national\s+assembl(?:y|ies)|"
            r"elect(?:ion|oral)\s+(?:commissions?|bodies|management))\b",
            re.I,
        ),
    ),
    ("justice", re.compile(r"\b(?:anti-?corruption|corruption)\b", re.I)),
    # a general agreement on cooperation that names no field: the relations as a whole
    (
        "political",
        re.compile(
            r"\bgeneral\s+(?:cooperation\s+)?agreements?\b|\bframework\s+agreements?\s+(?:for|on|of)\s+cooperation\b",
            re.I,
        ),
    ),
    ("environment", re.compile(r"\b(?:hydro-?)?meteorolog\w*", re.I)),
    # the regulators of medicines: "between the Food and Drug Authority and the Ministry of Food and Drug Safety"
    (
        "health",
        re.compile(
            r"\bfood\s+and\s+drugs?\b|\b(?:drugs?|medicines?|pharmaceuticals?)\s+(?:regulat\w+|administration|"
            r"authorit(?:y|ies)|agenc(?:y|ies)|safety)\b",
            re.I,
        ),
    ),
)
_AID_PROGRAMME_RE = re.compile(
    r"\b(?:economic\s+and\s+social|social\s+and\s+economic|socio-?economic)\s+development\b", re.I
)
_ACADEMY_NAME_RE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4}Academy\b")
_SCIENCE_ACADEMY_RE = re.compile(r"\bAcadem(?:y|ies)\s+of\s+(?=(?:[A-Z][\w'’-]*\s+){0,2}Scien)")
# The words before "infrastructure", which tell the field it serves: "payment messaging infrastructure".
_BUILT_FOR_RE = re.compile(
    r"\b(?P<mod>(?!(?:and|or|of|the)\b)[\w-]+(?:\s+(?!(?:and|or)\b)[\w-]+)?)\s+infrastructure\b", re.I
)
# Two legislatures as the signers: "between the Senate of Vessa and the Kolvian Assembly", "between the two
# parliaments"; a government body, a bank or a firm among them makes the document theirs.
_BETWEEN_RE = re.compile(r"\bbetween\s+(?P<who>.+)$")
_CHAMBERS_RE = re.compile(
    r"(?:the\s+)?(?:two|both)\s+(?:parliaments|legislatures|chambers|houses)|"
    r"(?:the\s+)?(?:parliaments|legislatures)\s+of\s+.+",
    re.I,
)
_NOT_CHAMBER_RE = re.compile(
    r"\b(?:ministr\w*|governments?|departments?|agenc\w+|banks?|compan\w+|corporations?|firms?|groups?|funds?|"
    # (the chamber of a trade's people is a business body: "the National Chamber of Entrepreneurs")
    r"universit\w+|commerce|industry|entrepreneurs|employers|authorit\w+|institut\w+|foundations?|"
    r"general\s+assembly)\b",
    re.I,
)
# Where the signers stop and what they do begins: "... and the Sejm on co-operation", "... to strengthen ties".
_SIGNERS_END_RE = re.compile(r"\s+(?:on|concerning|regarding|for|in\s+the\s+(?:fields?|areas?)\s+of|to)\s")


# A research body as a signer: "the Institute of Policy Studies", "the Academy of Sciences", "a think tank".
_RESEARCH_BODY_RE = re.compile(
    r"\bInstitutes?\b|\bAcadem(?:y|ies)\s+of\s+(?:[A-Z][\w'’-]*\s+)*Sciences?\b|\bthink[- ]tanks?\b|"
    r"\bResearch\s+(?:Cent(?:re|er)s?|Institutes?|Councils?)\b"
)


_SCHOOLING_INSTITUTE_RE = re.compile(
    r"\b(?:Diplomatic|Diplomacy|Foreign\s+Service|Training|Technology|Polytechnic|Teachers?|Vocational)\b"
)


def _research_bodies_field(title: str) -> str:
    """Science for a document between research institutes that names no field of its own ("a MoU between the
    Ostrian Institute of Development Economics and Vessa's Institute of Policy Studies"): the field of their own work,
    whatever their names say they study; "" for other signers or a topic named."""
    between = _BETWEEN_RE.search(title)
    if not between:
        return ""
    who = between.group("who")
    if _SIGNERS_END_RE.search(who):
        return ""
    sides = compiled(r",?\s+and\s+(?=(?:the\s+)?[A-Z])").split(who)
    # (a school of diplomats or engineers is schooling: "the Foreign Service Institute", "Institute of Technology")
    if len(sides) < 2 or _SCHOOLING_INSTITUTE_RE.search(who):
        return ""
    return "science" if all(_RESEARCH_BODY_RE.search(x) for x in sides) else ""


def _chambers_field(title: str) -> str:
    """The field of a document whose signers after "between" are all legislatures: politics, the chambers' own work,
    unless the title names a field of its own ("on cultural exchanges between the two parliaments"); "" for other
    signers."""
    between = _BETWEEN_RE.search(title)
    if not between:
        return ""
    who = between.group("who")
    end = _SIGNERS_END_RE.search(who)
    who, topic = (who[: end.start()], who[end.start() :]) if end else (who, "")
    sides = compiled(r",?\s+and\s+").split(who)
    if _NOT_CHAMBER_RE.search(who) or not (
        _CHAMBERS_RE.fullmatch(who) or (len(sides) >= 2 and all(_PARLIAMENT_RE.search(x) for x in sides))
    ):
        return ""
    field = _sphere_x(title[: between.start()] + topic)
    return "political" if field == "other" else field


_ALLIANCE_RE = re.compile(r"\balliances?\b", re.I)
# "commercial" before the kind word tells who signs (firms), not the field: "a commercial agreement in the field of
# geological exploration" is mining; a bare "commercial agreement" stays trade.
_FIRMS_KIND_RE = re.compile(
    r"\bcommercial\s+(?=(?:agreements?|deals?|contracts?|documents?|memorand\w*|MoUs?|accords?|protocols?)\b)", re.I
)
# (the noun with its goods only: "a deal to import cheese" is a trader's, trade)
_TRADED_RE = re.compile(r"\b(?:exports?|imports?|trade)(?=\s+of\s)", re.I)
# (and the carrying of them: "the production and shipping of green hydrogen" is the fuel's, not the ships')
_CARRIED_RE = re.compile(r"\b(?:shipping|shipments?|transport(?:ation)?|carriage)(?=\s+of\s)", re.I)
# Work made fit for the climate, whose field is the work's: "climate-resilient irrigation", "climate-smart farming".
_CLIMATE_FIT_RE = re.compile(r"(?i)\bclimate[- ](?:resilient|smart|proof|adaptive)\s+(?=\S)")


_TRADE_FACILITY_RE = re.compile(
    r"(?i)\b(?:export|import)[- ](?:projects?|terminals?|plants?|facilit(?:y|ies)|hubs?|pipelines?)\b"
)
_PARTNERSHIP_FOR_RE = re.compile(r"(?i)\bpartnership\s+(?:for|on|in)\s+(?P<f>.+)$")

# Money lent or given for projects in the plural: a facility that many projects draw on, whose object is the money,
# whatever field the projects are in ("a credit line for financing of the projects on irrigation"); one named project
# is the field of the money ("a loan for the Kolvi water supply project").
_MONEY_FOR_PROJECTS_RE = re.compile(
    r"\b(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|financ\w*|co-financ\w*|grants?|funding)\b"
    r"[^.;]*?\bprojects\b",
    re.I,
)


# People trained for an industry or in its plants: the schooling, whatever the industry makes ("training technicians
# for the electric vehicle industry", "the training of engineers in industrial facilities").
_TRAINING_FOR_INDUSTRY_RE = re.compile(
    r"\btraining\b[^.;]*?\b(?:for|in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:industr(?:y|ies)|industrial\s+(?:facilities|plants|enterprises|sites))\b",
    re.I,
)


# A place where goods are made, built: an investment in making them, of the goods' field when they name one ("a
# poultry complex"); the building work names no field of its own ("a plant for the production of construction
# materials", "a PET production facility").
_BUILT_PLANT_RE = re.compile(
    r"\b(?:construct\w*|build\w*|erect\w*)\b[^.;]*?\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|complex(?:es)?|"
    r"mills?|works)\b",
    re.I,
)
_BUILDING_WORK_RE = re.compile(r"\b(?:re)?construct\w*|\bbuild\w*|\berect\w*", re.I)


def _head_field(title: str) -> str:
    """The field the kind of instrument fixes, whatever words modify its object; "" when the kind fixes none."""
    money = _MONEY_FOR_PROJECTS_RE.search(title)
    if money:
        before = _SPHERE_RE.search(title, 0, money.start())
        # (unless a field named before it is the document's: "a memorandum on farming and the financing of projects")
        if not before or _SPHERES[int(before.lastgroup[1:])][0] == "finance":
            return "finance"
    if _BUILT_PLANT_RE.search(title) and _sphere(title) == "infrastructure":
        made = _sphere_x(_BUILDING_WORK_RE.sub(" ", title))
        return "investment" if made in ("other", "infrastructure", "political") else made
    return ""


@functools.lru_cache(maxsize=4096)
def _sphere_x(title: str) -> str:
    """The sphere of a title by the shared words, else by the fields they miss.

    A field word of the name of a place or an agent inside the title ("a workshop in Port Amel to assemble turbine
    blades", "a plant by Kolvi Mining") yields to the title's other words when they name a field.

    Cached: a title is asked more than once while its instrument is weighed, and short titles recur.
    """
    title = compiled(r"\b(?:it|It)\b").sub(" ", title)  # the pronoun, which the shared words read as "IT"
    head = _head_field(title)
    if head:
        return head
    # "a strategic partnership for the green transition": the field the partnership is for, when it names one ("for
    # the new era" names none, and the relations as a whole stay political)
    if partnership := _PARTNERSHIP_FOR_RE.search(title):
        field = _sphere_x(partnership.group("f"))
        if field not in ("other", "political"):
            return field
    if _FIRMS_KIND_RE.search(title):
        field = _sphere_x(_FIRMS_KIND_RE.sub("", title))
        if field != "other":
            return field
    # "the Lao-Vietnam Friendship Vocational School", "the Friendship Bridge": a building's name, whose field is
    # the building's work, not the relations
    title = compiled(
        r"\bFriendship\s+(?=(?:[A-Z][\w'’-]*\s+){0,3}(?:Schools?|Colleges?|Universit(?:y|ies)|Hospitals?|Clinics?|"
        r"Bridges?|Roads?|Highways?|Parks?|Cent(?:re|er)s?|Halls?|Stadiums?|Dams?|Ports?|Institutes?)\b)"
    ).sub("", title)
    # "a road map of cooperation": a plan's name, no road ("a road map for the construction of roads" keeps its own)
    title = compiled(r"(?i)\b(road)[\s-]+(maps?)\b").sub(r"\1\2", title)
    title = compiled(r"(?i)\bexport[- ](?=credits?\b|financ)").sub("", title)  # export credit is finance, not trade
    # "LNG from an export project", "a grain import terminal": the place the goods pass, whose field is the goods'
    # when the title names them (a bare "deal on an export terminal" stays trade)
    if _TRADE_FACILITY_RE.search(title):
        field = _sphere_x(_TRADE_FACILITY_RE.sub("", title))
        if field != "other":
            return field
    # "the Export-Import Bank of China", "Exim Bank": a named lender, whose name says who lends, not what for
    title = compiled(r"\b(?:Export[- ]Import|Exim|EXIM|Import[- ]Export)\s+Bank\b").sub("Bank", title)
    # a bank that keeps no money ("a human milk bank network", "blood banks"): the care it gives, not finance
    title = compiled(r"(?i)\b(?:(?:human|breast|donor|cord)\s+)?(?:milk|blood|tissue|organ|plasma)\s+banks?\b").sub(
        "health care", title
    )
    # "low-carbon hydrogen", "clean ammonia": the kind of a fuel or power, whose field is energy's
    title = compiled(
        r"(?i)\b(?:low-carbon|low\s+carbon|zero-carbon|clean|green)\s+(?=(?:hydrogen|ammonia|fuels?|power|electricity|"
        r"energy)\b)"
    ).sub("", title)
    # (unless the work names no field: "climate-resilient development" stays the climate's)
    title = _CLIMATE_FIT_RE.sub(lambda m: "" if _sphere(m.string[m.end() :]) != "other" else m.group(0), title)
    # "the creative economy", "creative industries": the arts as a trade, which the arts' field keeps
    title = compiled(r"(?i)\bcreative\s+(?:econom\w*|industr\w*|sectors?)").sub("creative arts", title)
    # "the Tamsa industrial zone", "a special economic zone": land set aside for investors' plants, not trade
    # (with the name it bears, whose words are a place's: "the Suez Canal Economic Zone")
    title = compiled(
        r"(?i)\b(?:(?:special|free)\s+)?(?:economic|industrial|industry|export\s+processing)\s+(?:zones?|parks?|estates?)"
    ).sub(
        "investment zone",
        compiled(r"(?:\b[A-Z][\w'’-]*\s+){1,3}(?=(?:Economic|Industrial)\s+Zones?\b)").sub("", title),
    )
    # "plant health", "animal-health rules": the diseases of crops and herds, which farming's vets treat, not people's
    title = compiled(r"(?i)\b(?:plant|crop)[- ]health\b").sub("phytosanitary", title)
    # "sanitary and phytosanitary matters": the food-safety rules of farm trade, not people's health
    title = compiled(r"(?i)\bsanitary\s+and\s+(?=phytosanitary\b)").sub("", title)
    title = compiled(r"(?i)\b(?:animal|livestock)[- ]health\b").sub("veterinary", title)
    # "development co-operation": the hyphenated spelling of the word the field phrases spell whole
    title = compiled(r"(?i)\bco-(?=operat)").sub("co", title)
    # "a joint press communique": a statement the leaders give the press, whose field is the relations, not the media
    title = compiled(r"(?i)\b(joint)\s+press\s+(?=(?:communiqu|statement|release|declaration))").sub(r"\1 ", title)
    # "the blue economy": the economy of the sea and its fish, not trade
    title = compiled(r"(?i)\bblue\s+econom(?:y|ies)\b").sub("oceans", title)
    if _SECURITY_AT_SEA_RE.search(title) and not _SPHERE_RE.search(_SECURITY_AT_SEA_RE.sub(" ", title)):
        return "security"  # "maritime security" is security, though "maritime" alone is transport
    title = _SECURITY_AT_SEA_RE.sub("security", title)  # (also beside other fields: "a credit line for ...")
    # "the Social and Economic Development Programme": a donor's aid programme, not trade
    title = _AID_PROGRAMME_RE.sub("development aid", title)
    # "the Diplomatic and Consular Academy": the field words of a school's name, whose field is the schooling
    title = _ACADEMY_NAME_RE.sub("Academy", title)
    # "the Academy of Science and Technology": an academy of sciences does research, not schooling
    title = _SCIENCE_ACADEMY_RE.sub("", title)
    if _AID_AGENCY_RE.search(title):
        # "a work plan between the Agency for International Cooperation and the foreign ministry": the aid it gives,
        # unless the document names a field of its own
        field = _sphere_x(_AID_AGENCY_RE.sub(" ", title))
        return "development" if field in ("other", "political") else field
    built = _BUILT_FOR_RE.search(title)
    if built and _sphere(title) == "infrastructure":
        field = _sphere_x(built.group("mod"))  # "the financial messaging infrastructure": the field it serves
        if field not in ("other", "infrastructure"):
            return field
    alliance = _ALLIANCE_RE.search(title)
    if alliance:  # "a chip alliance": the alliance is the instrument, its modifier the field
        field = _sphere_x(_ALLIANCE_RE.sub(" ", title))
        if field not in ("other", "political"):
            return field
    if _TRADED_RE.search(title) and _sphere(title) == "trade":
        field = _sphere_x(_TRADED_RE.sub(" ", title))  # "the import of green hydrogen": the goods' field
        if field not in ("other", "trade", "political"):
            return field
    if _CARRIED_RE.search(title) and _sphere(title) == "transport":
        field = _sphere_x(_CARRIED_RE.sub(" ", title))
        if field not in ("other", "transport", "political"):
            return field
    if _PEOPLE_SMUGGLING_RE.search(title) and _sphere(title) in ("security", "transport", "other"):
        return "migration"  # "coastguard cooperation against people smuggling": who crosses, not the patrol boats
    if _WORK_ABROAD_RE.search(title) and _sphere(title) in ("education", "health", "other"):
        return "labour"  # "training nurses and caregivers for work in Japan": whom one side employs
    if _TRAINING_FOR_INDUSTRY_RE.search(title):
        return "education"
    if compiled(r"\byouth\s+(?:development|affairs|policy|empowerment|leadership)\b", re.I).search(title) and _sphere(
        title
    ) in ("culture", "other"):
        return "education"  # youth work is schooling and skills, not the arts that "youth exchanges" bring
    chambers = _chambers_field(title) or _research_bodies_field(title)
    if chambers:
        return chambers  # "a memorandum between the Duma and the Sejm"
    parties = _PARTIES_TOPIC_RE.search(title)
    # "between the Ministries of Foreign Affairs on training diplomats"; but a topic that only the weaker words name
    # ("between the customs services on the exchange of data") leaves the field to the parties
    # ("between the foreign ministries on English teaching": diplomats sign for any field, so there the weaker words
    # of the topic decide too)
    # (a firm as the party, "a trading house", "a Korean company", names no field of the document either: the
    # topic's field decides by any of its words)
    if (
        parties
        and _PARTY_NOUN_RE.search(parties.group("who"))
        and (
            _sphere(parties.group("t")) != "other"
            or (
                (_sphere(parties.group("who")) == "political" or _FIRM_PARTY_RE.search(parties.group("who")))
                and _sphere_x(parties.group("t")) != "other"
            )
        )
    ):
        return _sphere_x(parties.group("t"))
    fund = _FUND_NAME_RE.search(title)
    if fund and _BETWEEN_RE.search(title, 0, fund.start()):
        fund = None  # "between the Jordan Investment Fund and ...": a signer, whose name its topic may share
    elif fund and compiled(r"\b[A-Z][\w'’]*-[A-Z]").search(fund.group(0)):
        fund = None  # "the Vessan-Kolvian Development Fund": the two sides' joint capital, an investment
    if fund:  # (the words after it still tell what the money is for: "under the Harvest Fund, for the pumps")
        title = _FUND_NAME_RE.sub("lender", _LENDER_NAME_RE.sub("the lender", title))
    if _MONEY_RE.search(title) and _LENDER_NAME_RE.search(title):
        field = _sphere_x(_LENDER_NAME_RE.sub("the lender", title))
        return "finance" if field == "other" else field  # (the money itself, when nothing else names a field)
    purpose = _MONEY_FOR_RE.search(title)
    if purpose and _SMALL_FIRMS_RE.match(purpose.group("p")):
        purpose = None  # "financing for small and medium enterprises": whom the money goes to, not what it is for
    if purpose and _sphere(title) in ("finance", "trade"):  # ("a loan from the export bank": trade by its lender)
        field = _sphere_x(purpose.group("p"))  # "a loan for a highway": what the money is for
        if field != "other":
            return field
    named = _FIRM_AGENT_RE.sub(
        lambda m: m.group("pre") + "X", _PROPER_NAME_RE.sub(lambda m: m.group("pre") + "X", title)
    )
    for text in (named, title) if named != title and _SPHERE_RE.search(named) else (title,):
        sphere = _sphere(text)
        # (also a declaration's "political", which only says that no shared word names a field: "a joint declaration
        # on sustainable forestry")
        if sphere == "other" or (sphere == "political" and not _SPHERE_RE.search(text)):
            m = _MORE_SPHERE_RE.search(text)
            sphere = _MORE_SPHERES[int(m.lastgroup[1:])][0] if m else sphere
        if sphere != "other":
            return sphere
    if _RELATIONS_PLAN_RE.search(title):
        return "political"  # "the Partnership Implementation Plan": a plan of the relationship as a whole
    for field, rx in _BODY_FIELDS:
        if rx.search(title):
            return field  # "a memorandum between the two parliaments": the field of the bodies' own work
    if _GRANT_RE.search(title):
        return "finance"  # "a grant agreement" for nothing named: the money itself, as a loan's is
    if _CAPACITY_BUILDING_RE.search(title):
        return "development"  # "a document on capacity building" for no field named: help given, as aid is
    return "finance" if fund else "other"  # (a fund's money, when nothing else names a field)


# A paragraph that opens with the name of an instrument: "A memorandum of understanding on ...", "An executive
# programme for ...", "Agreement between ...".
_NP_ITEM_RE = re.compile(
    r"\s*(?:(?:A|An|The|One|Two|Three|Four|Five)\s+)?"
    r"(?:(?!(?:is|are|was|were|will|has|have|had|said|says|told|could|would|may|might|should|must|can|expects?|"
    r"expected|hopes?|hoped|plans?|planned|believes?|noted|added)\b)[\w'’-]+\s+){0,4}?"
    + _DOC_RE.pattern.replace("(?P<kind>", "(?:"),
    re.I,
)


# Words that open a sentence before a kind word without naming an instrument: "Other MoUs covered ...".
_DETERMINER_RE = re.compile(
    r"Other|Further|Additional|Remaining|Several|Both|All|Some|Many|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"New|Separate|Smaller|Such|These|Those"
)


# A short form in brackets after a party's name: "(VCCI)", "(CRIG)", "(the Agency)".
_BARE_LONG_KIND_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:memorand(?:um|a|ums)\s+of\s+(?:understanding|cooperation|intent)|letters?\s+of\s+intent|"
    r"declarations?\s+of\s+intent)",
    re.I,
)
# A verb of speaking of something, in a clause of its own after the signing: "... and praised the programme".
_COMMENT_VERB_RE = re.compile(
    r"\b(?:and|but|then)\s+(?:\w+ly\s+)?(?:praised|hailed|lauded|commended|recalled|cited|mentioned|criticised|"
    r"criticized|discussed|reviewed|noted)\s+(?:the|their|its|an?)\s+(?:[\w'’-]+\s+){0,4}$"
)
# The rest of a capitalised series inside a title after its first comma: ", Technical and Cultural Cooperation".
_TITLE_SERIES_RE = re.compile(r",\s+(?:[A-Z][\w-]*,\s+)*[A-Z][\w-]*\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
# The dot of a short form inside a name ("the U.S. Department of State"), where the title goes on (but not before
# a word that opens a sentence: "... with the U.S. The talks then ...").
# A series of bare fields after the first one of a single document's title, up to its end: "on trade, economic and
# technical cooperation", "in the field of standardisation, metrology and conformity assessment".
_FIELD_WORDS = r"[a-z][\w'’-]*(?:\s+(?!and\b)[a-z][\w'’-]*){0,3}"
_FIELD_SERIES_RE = re.compile(
    rf",\s+{_FIELD_WORDS}(?:,\s+{_FIELD_WORDS})*,?\s+and\s+{_FIELD_WORDS}"
    r"(?=\s*(?:[.;]|$)|,\s+(?:and\s+)?(?:a|an|the|as\s+well\s+as)\s|\s+and\s+(?:a|an)\s)"
)
# A second field of one document joined by "and the" as an action noun with its object, up to the clause's end: "on
# technology transfer and the production of missile components" (not "and the ministers then ...": a clause's subject).
_AND_THE_ACTION_RE = re.compile(
    r"\s+and\s+the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]{3,}(?:tion|sion|ment|ance|ence|ure)\s+(?:of|for)\s+"
    r"[^,;:.()]{2,80}?(?=\s*(?:[,;:.()]|$))"
)
_DOTTED_SHORT_RE = re.compile(
    r"(?<=\b[A-Z])\.\s*(?!(?:The|This|These|That|Those|He|She|It|They|We|I|In|On|At|But|And|A|An|After|Both)\b)[A-Z]"
)
_PARTY_SHORT_RE = re.compile(r"\((?:the\s+)?[A-Z][\w&.-]{1,14}\)")
# "and" between two capitalised words is part of one name: "the Chamber of Commerce and Industry".
_NAME_AND_RE = re.compile(r"\b(?P<w>[A-Z][\w'’-]*)\s+(?:and|&)\s+(?=[A-Z])")


# A participle phrase between a plural kind word and the verb that lists its items: "agreements signed on the
# sidelines included ...", "deals struck at the forum cover ...".
_PARTICIPLE_LEAD_RE = re.compile(
    rf",?\s+(?:{_DONE}|reached|agreed|announced)\b"
    r"(?:\s+(?!(?:cover|include|span|concern|range|comprise)\w*\b)[\w,'’-]+){0,8}?"
    r"(?=\s+(?:cover(?:ed|s)?|includ(?:ed|es)|span(?:ned|s)?|concern(?:ed|s)?|range[ds]?\s+from|comprised?)\s)"
)
# A relative clause of what an item or its topic will do, not of a signing: "the new permit system that will replace
# the old one", "a fund which would lend to farmers" (but not "a treaty that will be signed", "which could sign")
_WILL_DO_RE = re.compile(
    r"\s(?:that|which)\s+(?:will|would|could|can|may|might)\s+(?:\w+ly\s+)?(?!be\b|sign|conclude|ink|seal|initial)|"
    # (also a clause of its own subject after a preposition: "a declaration, with which the two ministries will work
    # together on ...", "a fund through which banks would lend")
    r"\s(?:with|through|by|via|in)\s+which\s+(?:[\w'’-]+\s+){1,5}?(?:will|would|could|can|may|might)\s+"
    r"(?:\w+ly\s+)?(?!be\b|sign|conclude|ink|seal|initial)"
)
# The instrument as the subject of what it will do, its verb right after it: "said the agreements would bring
# technology" (but not "the deal will be signed", "a treaty would follow").
_SUBJECT_WILL_DO_RE = re.compile(
    r"\s+(?:will|would)\s+(?:\w+ly\s+|also\s+)?(?:(?!be\b|sign|conclude|ink\b|seal|initial|follow|come\b|need)[a-z]{3,}\b|"
    # (and the money's use, in the passive: "the loans will be used to build a plant", "would be spent on roads")
    r"be\s+(?:used|spent|disbursed|allocated|channell?ed|invested|directed)\s+(?:to|for|on|in)\b)"
)
# A clause right after an instrument that tells what it does: "under which", "whereby", "(that) will see".
_CONTENT_RE = re.compile(
    r"(?:\s+\([^()]{1,40}\))?,?\s+(?:under which|whereby|(?:that|which)\s+(?:will|would)\s+see|(?:will|would)\s+see|"
    # (a relative clause in the present of what it does: "protocols that allow 11 more plants to export beef")
    rf"(?:that|which)(?=\s+{_DO_VERBS}\b))"
    r"\s+",
    re.I,
)
# One more document of the story told by what it lets people do: "A second arrangement will allow young people to
# work in each other's country" (its verb alone, after "another" or "a second", would read as a plan).
_ONE_MORE_RE = re.compile(r"(?:^|\s)(?:Another|A\s+(?:second|third|fourth|further|separate))\s+(?:[\w-]+\s+){0,2}?$")
_LETS_DO_RE = re.compile(r"\s+(?:will|would)\s+(?:allow|enable|let|permit)\s+")


def _content(s: str, pos: int, before: str) -> re.Match | None:
    """What a document does, told right after it at ``pos``; ``before`` is the sentence up to the document."""
    return _CONTENT_RE.match(s, pos) or (_LETS_DO_RE.match(s, pos) if _ONE_MORE_RE.search(before) else None)


# An instrument that exists already, named as what the visit works under: "the implementation of the agreement on",
# "within the framework of the treaty", "the anniversary of the treaty".
_EXISTING_RE = re.compile(
    r"\b(?:implementation\s+of|implementing|under|within\s+the\s+framework\s+of|in\s+line\s+with|pursuant\s+to|"
    r"anniversary\s+of|review\s+of|reviewed|progress\s+(?:on|in|under)|commitment\s+to|committed\s+to|"
    r"provisions\s+of|parties\s+to|party\s+to|based\s+on|in\s+accordance\s+with|ratification\s+(?:\w+\s+)?(?:of|for)|"
    r"ratified|ratifying)\s+(?:the|their|its|an|a)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


# A sentence that takes one of the documents just counted: "The first concerns energy.", "The second one covers
# ports.", "The last, on culture, ..."
# ("The third MoU, on archives, was exchanged by ...": an ordinal that names its own kind, which the title takes)
# (an aside of rank between the ordinal and its verb: "The first, and most significant, is ...", "The second, and
# perhaps the most awaited, raises ...")
_ORDINAL_ASIDE = (
    r"(?:\s*,\s*(?:and\s+)?(?:(?:perhaps|arguably|probably|by\s+far)\s+)?(?:the\s+)?"
    r"(?:most|least|biggest|largest|weightiest|main)\b[^,.;]{0,30},|"
    # (or without its commas: "The first and most significant is ...")
    r"\s+and\s+(?:(?:perhaps|arguably|probably|by\s+far)\s+)?(?:the\s+)?(?:most|least)\s+[a-z]+)?"
    # (who signed it, between commas and with their names in apposition: "The second, signed by the Minister of
    # Farming, Ana Rey, establishes ...")
    r"(?:\s*,\s*(?:signed|exchanged)\s+by\s[^.;]{3,160}?,)?"
    # (or the kind of document it is, in apposition: "The fifth, a cultural agreement, provides for ...")
    r"(?:\s*,\s*an?\s+(?:[\w'’-]+\s+){0,3}?(?:agreement|memorandum|MoU|accord|protocol|treaty|programme|program|"
    r"arrangement|deal|pact|contract|declaration|partnership),)?"
)
_FIRST_RE = re.compile(r"\s*(?:The\s+)?first\b", re.I)
_ORDINAL_RE = re.compile(
    r"\s*(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|other|remaining)"
    r"(?:\s+(?:one|document|instrument|text|(?P<kind>agreement|deal|memorandum(?:\s+of\s+understanding)?|MoU|"
    r"accord|pact|protocol|treaty|convention|contract|programme|program)))?" + _ORDINAL_ASIDE + r"\s*,?\s*"
    r"(?:is\s+(?:an?\s+[\w-]+\s+)?(?:on|about|for)|concerns?|covers?|deals?\s+with|relates?\s+to|focuses\s+on|"
    r"addresses|involves|provides\s+for|is\s+on|on)\s+(?P<topic>[^.;]{3,200})",
    re.I,
)


# Who signed or exchanged a document, set off after its title: "..., was exchanged by the two ministers", ", signed by
# the Minister of X" (the names of the signers are no part of the title).
_SIGNED_BY_RE = re.compile(
    rf",\s+(?:(?:which\s+)?(?:was|were|had\s+been|has\s+been)\s+)?(?:jointly\s+)?{_DONE}\s+"
    r"(?:by|on\s+behalf\s+of)\b.*$",
    re.S,
)


# A paragraph on who signed the document just named, and nothing more: "The document was signed by the ministers of
# energy.", "It was signed on behalf of the agency by its director."
_SIGNER_NOTE_RE = re.compile(
    r"\s*(?:It|(?:The|This|That)\s+(?:document|agreement|memorandum|instrument|text|protocol|programme|program|M[oO]U|"
    rf"declaration|plan))\s+(?:was|has\s+been)\s+(?:jointly\s+)?{_DONE}\s+(?:by|on\s+behalf\s+of)\s[^.;:]*\.?$"
)


# Who signed, after a title in a signing's own sentence: "represented in the signing of the memorandum on energy by
# the Minister of Energy", "... by H.E. Dr. X" (an office or a style, not a body such as "the Ministry of Y")
_SIGNER_TAIL_RE = re.compile(
    r"\s+(?:by|on\s+behalf\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:Ministers?|ministers?|Secretary|Ambassadors?|President|Chairm[ae]n|Chairperson|Governors?|Directors?|"
    r"Deputy|counterparts?|H\.E\.|Dr\.|Mr\.|Mrs\.|Ms\.|Eng\.|Prof\.|Hon\.)(?!\w).*$",
    re.S,
)


# The verbs of a sentence whose subject is the documents, before the kind word of their list.
_LISTING_VERBS = {
    "include", "includes", "included", "cover", "covers", "covered", "comprise", "comprises", "comprised",
    "feature", "features", "featured", "span", "spans", "spanned",
}  # fmt: skip
# The next ordinals of such a sentence, their verb left out: ", the second tourism and the third customs".
# A sentence naming the next of the documents just told by its rank: "The second was an MoU on ...", "The third
# document is a protocol ..." (the rank of the story's documents, not "the second phase was a plan").
_ORDINAL_WAS_RE = re.compile(
    r"\s*(?:The\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r"(?:\s+(?:one|document|instrument|text|agreement|memorandum|MoU))?\s+(?:was|is)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _DOC_RE.pattern.replace("(?P<kind>", "(?:"),
    re.I,
)
# One of the documents just counted, told by its rank and what it does ("The third establishes a coastguard
# hotline.", "The fourth raises the age limit of the working holiday scheme.") or by the instrument it is ("The
# first, and most significant, is a reciprocal access agreement ...").
_ORDINAL_HEAD = (
    r"\s*(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r"(?:\s+(?:one|document|instrument|text))?" + _ORDINAL_ASIDE + r"\s+"
)
# (what it does may run on at length with the writer's note on it: "The fourth raises the age limit ..., a measure
# that an official said would ...")
_ORDINAL_DOES_RE = re.compile(_ORDINAL_HEAD + rf"(?P<does>{_DOES_VERBS}\s[^;]{{3,400}}?)[.;]?\s*$")
# The next of the documents, told by its rank and what it does after the clause on the one before: "A further
# agreement covers scholarships, while a fourth waives visas for diplomats".
_WHILE_NTH_DOES_RE = re.compile(
    r",?\s+(?:while|whereas)\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    rf"\s+(?P<does>{_DOES_VERBS}\s[^;.]{{3,200}}?)\s*(?=[.;]|$)"
)
_ORDINAL_IS_DOC_RE = re.compile(
    _ORDINAL_HEAD + r"(?:is|was)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?" + _DOC_RE.pattern.replace("(?P<kind>", "(?:"),
    re.I,
)
_MORE_ORDINALS_RE = re.compile(
    r",?\s+(?:and\s+|while\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r"(?:\s+(?:one|document|agreement|deal|memorandum|accord|pact|instrument|text))?\s+"
    r"(?:(?:concerns?|covers?|deals?\s+with|relates?\s+to|focuses\s+on|addresses|involves|is\s+on|on)\s+)?"
)
# One of a count by its rank and its kind word, with an indefinite article: "A third memorandum covers fisheries".
_NTH_OF_KIND_RE = re.compile(
    r"\s*(?:A|The)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further)\s+"
    r"(?:[\w'’-]+\s+)?(?:agreement|memorandum|MoU|MOU|accord|protocol|document|instrument|deal|pact)\b"
)
# A value between the kind word and its topic: "a loan agreement worth $300 million for a highway".
# (also a total of many documents before the list of their fields: "14 deals worth a combined $4 billion, covering A,
# B and C", "memoranda worth about 600 million dollars in areas such as A and B")
# A currency by its sign or its letters: "$", "RM", "Rp", "AED".
_CURRENCY = (
    r"(?:[$€£¥₹₩₽₱]|US\$|A\$|C\$|S\$|R\$|RM|Rp|Rs\.?|(?:USD|EUR|AED|SAR|QAR|KRW|JPY|CNY|RMB|INR|MYR|IDR)(?=\s?\d))"
)
_WORTH_RE = re.compile(
    # (the value may be someone's estimate in a relative clause: "24 deals that officials valued at $7 billion")
    r",?\s+(?:worth|valued\s+at|totall?ing|of|(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?:valued|put|estimated)\s+at)\s+"
    r"(?:(?:a\s+)?(?:combined|total\s+of)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|up\s+to|over|more\s+than|an\s+estimated)\s+)?"
    rf"(?:{_CURRENCY}\s?[\d.,]+\s*(?:million|billion|bn|mn|m|trillion|crore|lakh)?"
    r"(?:\s+(?:dollars|euros|yuan|yen|rupees))?|"
    r"[\d.,]+\s+(?:million|billion|trillion)\s+(?:(?:US|U\.S\.)\s+)?(?:dollars|euros|yuan|yen|rupees))"
    # (the passive signing between the value and the list is the sentence's verb: "six contracts worth $30 million
    # were signed, covering A, B and C"; not the sum's own words: "worth $2 billion in total", "... in all")
    rf"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?{_DONE}(?=,\s+covering\s))?"
    # (the comma before "including" stays, which sets the items off as it does with no sum before it)
    r"(?:(?=,\s+including\s)|,?(?=\s+(?:for|on|to|in(?!\s+(?:total|all)\b)|covering|spanning|including)\s))"
)


# Bodies whose names tell a document's field when it has no topic of its own.
_PARTY_NOUN_RE = re.compile(
    r"\b(?:ministr\w+|ministers?|departments?|banks?|agenc\w+|universit\w+|chambers?|customs|services?|authorit\w+|institut\w+|"
    r"compan\w+|councils?|foundations?|academ\w+|courts?|police|committees?|commissions?|offices?|corporations?|"
    r"broadcasters?|hospitals?|museums?|archives?|federations?|associations?|unions?|"
    # (firms told by what they are: "between a Japanese trading house and PetroVietnam Power on an LNG project")
    r"firms?|groups?|trading\s+houses?|producers?|makers?|manufacturers?|distributors?|developers?|operators?|"
    r"utilit(?:y|ies)|conglomerates?|contractors?|suppliers?)\b",
    re.I,
)


def _signing_parties(sent: str, start: int, end: int, art: _Article | None = None) -> str:
    """Who signed the document at ``sent[start:end]``, when they are bodies: the subject of the signing verb before
    it ("The Ministry of Health of X and its Y counterpart signed a memorandum") or the agents after it ("... was
    signed by the chambers of commerce of the two countries"); people named there by name alone ("Remi and Vossen
    signed a memorandum") stand for the offices the story gives them."""
    after = compiled(
        rf"\s+(?:was|were|has been|had been)\s+(?:also\s+)?{_DONE}\s+"
        # (where and when it was signed may come first: "was signed in Abu Dhabi on Tuesday between X and Y")
        r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+|on\s+[A-Z][a-z]+day\s+|"
        r"(?:today|yesterday)\s+){0,2}(?:by|between)\s+"
        r"(?P<p>[^.;:]+?)(?=[.;:]|,\s+(?:which|who|while|and)\b|$)"
    ).match(sent[end:])
    if after:
        parties = after.group("p")
    else:
        verb = None
        for c in _cues(sent, 0, start):
            verb = c if not c.group("ann") else verb
        if verb is None or not compiled(r"\s*(?:(?:a|an|the|their|its|new)\s+)*(?:[\w-]+\s+){0,3}").fullmatch(
            sent[verb.end() : start]
        ):
            return ""  # (the document is the verb's object: "signed a cooperation agreement")
        cuts = [0] + [i.end() for i in compiled(r"[,;:]\s*|\b(?:while|and then)\s+").finditer(sent[: verb.start()])]
        parties = sent[cuts[-1] : verb.start()]
        if len(cuts) > 2 and compiled(r",\s*$").search(sent[: cuts[-1]]) and not _PARTY_NOUN_RE.search(parties):
            # "The health ministers, Ana Ruiz and Tomas Berg, signed ...": the names in apposition to the subject
            parties = sent[cuts[-3] : cuts[-2]]
    parties = compiled(r"^The\s").sub("the ", parties.strip(" ,"))
    if art is not None and not _PARTY_NOUN_RE.search(parties) and len(parties.split()) <= 8:
        named = set(compiled(r"\b[A-Z][\w'’-]+").findall(parties))
        offices = [
            e.title
            for e in art.unique()
            if e.title and not e.outsider and set(e.name.split()) & named and _PARTY_NOUN_RE.search(e.title)
        ]
        if offices:
            parties = " and ".join(dict.fromkeys(offices))
    return parties if _PARTY_NOUN_RE.search(parties) and len(parties.split()) <= 20 else ""


# What the documents of a lead-in cover, its fields the items below: "covering", "covering areas such as".
_COVERING_FIELDS = (
    r"covering(?:\s+(?:the\s+)?(?:fields?|areas?|sectors?|spheres?|domains?)(?:\s+(?:such\s+as|including|like))?)?"
)
# The last kind word of a lead-in ending with a colon, and its preposition: "They signed memoranda on:", "The
# following documents were signed:", "agreements in the fields of:".
_LEAD_KIND_RE = re.compile(
    _DOC_RE.pattern
    # (a short form between: "Memoranda of Understanding (MoUs) in the following areas:")
    + r"(?:\s*\([^()]{1,12}\))?"
    # ("cooperation documents, covering areas such as:": the fields the documents cover, listed below)
    rf"(?:,?\s+(?P<p>on|in|for|regarding|concerning|{_COVERING_FIELDS}|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|"
    r"in\s+the\s+following\s+(?:fields|areas|spheres|sectors|domains)|"
    # ("letters of intent covering the following:", "contracts on the following projects:")
    r"(?:covering|on|for)\s+the\s+following(?:\s+(?:fields|areas|spheres|sectors|domains|projects|topics))?))?"
    # ("Memoranda signed during the visit:": the participle alone, maybe with where or which day: "Other documents
    # signed in the capital covered:", "Agreements signed on Tuesday:")
    rf"(?:(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?{_DONE}|\s+{_DONE}(?=[^.:]*:\s*$))"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|\s+(?:in|at)\s+the\s+capital|"
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    # (the host's party and the class of the others, and what the lot is worth: "were exchanged between the
    # investment agency and Singapore-based companies, with a total investment of Rs.9,860 crore:", each row below
    # one firm's)
    r"(?:\s+between\s+[^:;]{3,120}?(?:companies|firms|businesses|enterprises|investors|partners))?"
    r"(?:,?\s+(?:with\s+(?:a\s+)?(?:total|combined)\s|worth\s|valued\s+at\s)[^:;]{3,160}?)?)?"
    r"(?:\s+(?:today|yesterday|during\s+the\s+visit|in\s+the\s+presence\s+of\s+the\s+(?:two\s+)?\w+))?"
    # ("The memoranda signed cover:": the documents as the subject of a verb of what they are about; "The documents
    # signed include:", "The deals at a glance:": the same documents, the list below showing them)
    r"(?:\s+(?:cover(?:s|ed)?|concern(?:s|ed)?|deal\s+with|relate\s+to|include[sd]?|at\s+a\s+glance|in\s+brief)"
    r"(?=\s*:))?\s*[:.]\s*$",
    re.I,
)
# A sentence whose subject is the documents signed and whose predicate lists them by topic, the items apart by
# semicolons: "The memoranda signed were on cooperation in health; digital solutions; and farm research."
_SIGNED_WERE_RE = re.compile(
    r"\s*The\s+(?P<kind>memorand(?:a|ums)(?:\s+of\s+(?:understanding|cooperation))?|MoUs|agreements|documents|"
    r"instruments|accords|protocols)\s+"
    rf"(?:that\s+were\s+)?{_DONE}\s+(?:(?!were\b|are\b)[\w-]+\s+){{0,3}}?"
    r"(?:were|are)\s+(?P<p>on|for|in|regarding|concerning)\s+(?P<rest>[^;]+(?:;[^;]+){2,})$",
    re.I,
)
# The two sides as the only complement of a plural kind word, the occasion or the sentence's end after them.
_PARTIES_ONLY_RE = re.compile(
    r"between\s+the\s+(?:two\s+)?(?:countries|sides|governments|nations|states|leaders)\b"
    r"(?=\s*[.;,]?$|\s+(?:in\s+the\s+presence|during|at|before|after|following|as|on\s+(?:[A-Z]\w+day|\d))\b)"
)
# A lead-in that names its list as "the following" kinds and ends with a full stop rather than a colon ("... witnessed
# the signing of the following memoranda and agreements."): the paragraphs after it are the items, as after a colon.
_FOLLOWING_LEAD_RE = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:agreements|memoranda(?:\s+of\s+understanding)?|MoUs|documents|"
    r"instruments|accords|protocols|deals|contracts)(?:\s*\([^()]{1,12}\))?(?:\s+(?:and|&)\s+(?:agreements|"
    r"memoranda|MoUs|documents|instruments|accords|protocols|deals|contracts))?(?:\s*\([^()]{1,12}\))?"
    # (or the documents as the subject of their signing: "... the following documents were exchanged.")
    rf"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?{_DONE})?\s*\.\s*$",
    re.I,
)


# A lead-in whose plural kind word is what was signed or reached, its items below by topic: "agreements were reached
# on projects totalling $4 billion, including:", "The agreements signed on Monday include:", "Contracts were signed on
# the following projects:".
_PLURAL_LEAD_RE = re.compile(
    r"\b(?P<kind>agreements|deals|contracts|memoranda|memorandums|MoUs)\s+(?:(?:were|have\s+been|had\s+been)\s+)?"
    rf"(?:{_DONE}|reached|announced)\b[^:;]*?(?:,?\s+(?:including|among\s+them|such\s+as|notably|namely)|\s+include[sd]?|"
    r"\s+the\s+following(?:\s+[\w-]+)?)\s*:\s*$",
    re.I,
)


# A plural kind word signed, at the end of the sentence before a lead-in: "companies signed investment agreements worth
# $780 million."
_SIGNED_PLURAL_BEFORE_RE = re.compile(rf"\b{_DONE}\s+(?:[\w$€£.,-]+\s+){{0,3}}$", re.I)


def _listed_kind(lead: str, before: str) -> str | None:
    """The kind word, singular, of the documents a list under a lead-in of no frame the patterns read names by
    topic: the plural the lead-in names ("The memoranda and programmes signed covered the following fields:"), or for
    a lead-in of a few words that names none ("Among them:"), the plural the sentence before signed; "" for documents
    of no kind ("documents", "instruments"), None when neither names any plural."""
    kinds = [m.group("kind") for m in _DOC_RE.finditer(lead)]
    if not kinds and len(lead.split()) <= 4:
        kinds = [
            m.group("kind") for m in _DOC_RE.finditer(before) if _SIGNED_PLURAL_BEFORE_RE.search(before, 0, m.start())
        ]
    if not kinds or _singular(kinds[0]) == kinds[0]:
        return None
    kind = _singular(kinds[0]).lower()
    return "" if compiled(r"documents?|instruments?|papers?|texts?").fullmatch(kind) else kind


def _ends_lead(s: str) -> bool:
    return s.rstrip().endswith(":") or bool(_FOLLOWING_LEAD_RE.search(s))


# A finite verb, which an item named by its topic alone has none of.
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|said|says|signed|agreed|met|held|visited|discussed)\b", re.I
)


# A named instrument as the object of a verb of signing: "adopted the Tamsa Declaration", "signed the Kolvi Accord"
# ("welcomed the renewal of the Kolvi Arrangement": a renewed text is signed anew).
# (also a name in quotation marks: 'issued the "Tamsa Joint Statement on ..."')
# ("Agreements signed during the visit include the Tamsa Accord": the listing verb of what was signed)
# An adjective of a document's novelty before its name: "an updated Air Transport Agreement", "the renewed Strategic
# Cooperation Programme".
_NOVEL = r"(?:(?:new|updated|revised|amended|modernised|modernized|renewed|expanded)\s+)?"
_NAMED_SIGNED_RE = re.compile(
    rf"\b(?:{_DONE}|issued|endorsed|renewed|{_RENEWAL_OF}|^\s*(?:The\s+)?(?i:agreements|documents|instruments|accords|memoranda|MoUs)\s+"
    rf"{_DONE}\s+(?:[\w-]+\s+){{0,4}}?(?:include|included|are|were))\s+(?:the|a|an)\s+{_NOVEL}[\"“‘]?"
    # (the names of two states joined by a dash are one word of the name: "the Ireland–Japan Action Plan")
    # (and a name's own "and": "renewed the Science and Technology Agreement")
    r"(?:[A-Z][\w'’-]*(?:[–—][A-Z][\w'’-]*)?\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,4}$"
)


# The one of the story's documents singled out by its size or weight, as the subject: "The largest single agreement
# is ...", "The headline deal was ...", "The largest of the private deals is ...", "The biggest deal, valued at $2
# billion, is ...".
_TOP_DEAL_RE = re.compile(
    r"\s*The\s+(?:largest|biggest|most\s+significant|most\s+important|main|headline|flagship|centrepiece|"
    r"centerpiece)(?:(?:\s+(?:single\s+)?(?:agreement|deal|document|accord|contract)|"
    r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|accords|contracts))"
    r"(?:\s+signed)?(?:,\s+[^,;:]{3,80},)?\s+(?:is|was)\s|"
    # the largest of the documents just counted, named in apposition: "The largest, a loan of $720 million, will fund"
    r",\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:loan|credit|grant|agreement|deal|contract)s?\b[^,;.]{0,60},)|"
    # or told by its verb alone: "The largest is a $1.4 billion concession under which ..."
    r"\s+(?:is|was)\s+(?=(?:a|an)\s))"
)
_LISTED_NAME_RE = re.compile(r":(?:[^.:]*;)?\s+(?:and\s+)?(?:[A-Z][\w'’-]*\s+){1,4}$")


# A modifier joined by "and" to the modifiers of a single document, right after its article: "a student and faculty
# exchange agreement".
_PAIRED_MOD_RE = re.compile(r"\b(?:a|an|the)\s+(?P<x>[a-z][\w-]*)\s+and\s*$")
# Fields joined before a plural kind word: "energy and education agreements", "health, farming and sport deals".
# (the last field may take two words: "grant and concessional loan agreements")
_PAIRED_MODS_RE = re.compile(
    r"(?<![\w-])[a-z][\w-]*(?:(?:,\s+|\s+and\s+)[a-z][\w-]*)*\s+and\s+[a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*)?\s+$"
)
# A bare kind word that is the first of the fields joined before a plural kind: "grant" of "signed grant and
# concessional loan agreements" (not "a memorandum and two agreements": a document, then a count of others).
_KIND_AS_FIELD_RE = re.compile(
    r"\s+and\s+(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|other|more|further|new|the|a|an|its|"
    r"their)\b)[a-z][\w-]*\s+){1,2}(?:agreements|memoranda|contracts|deals|accords|protocols|treaties)\b"
)


# Documents of a plural just named, taken by a pronoun: "one on tourism and another on customs", "the other for a
# port".
_ONE_ON_RE = re.compile(
    r"(?:^\s*|(?:[,;:–—-]|\b(?:and|was|were|are|include[sd]?|including|them|while|whereas|which))\s+)"
    # "one on tourism", "the other for a port", "two of them on energy"
    r"(?:(?i:one(?:\s+of\s+them)?|another|the other|(?:two|three|four|five|six)\s+of\s+them)|"
    r"(?:a|the|The)\s+(?:second|third|fourth|fifth|last|latter|former))\s+"
    # "One is on tourism", "the other deals with customs"
    r"(?:(?:is|was|are|were)\s+)?(?P<p>on|for|in|covering|concerning|regarding|to|between|(?P<v>deals?\s+with|"
    r"concerns?|covers?|focus(?:es)?\s+on|"
    # ("..., and the fifth establishes a training programme": by what it does)
    # (or what it will do: "One will let students study without visas", "another would allow ...")
    rf"(?P<does>(?:{_DOES_VERBS}|(?:will|would)\s+(?:also\s+)?(?:{_DO_VERBS}|see))(?:\s+for)?)))\s+"
    r"(?!(?:\S+\s+){0,6}?(?:is|are|was|were|will|has|have|said|says)\b)"
    r"(?P<t>[^,;.]+?)(?=,|;|\.|\s+and\s+(?:one|another|the other|(?:a|the)\s+(?:second|third|fourth|fifth|last))\b|$)"
)


# One of a count just signed, told by what happens under it: "Under one of them, X will train nurses; under another,
# Y will build a port", "Under a second agreement, ..." (not "Under the deal, ...": one the story named already).
_UNDER_ONE_RE = re.compile(
    r"(?:^\s*|;\s+|[,;]\s+(?:and|while)\s+)(?i:under)\s+(?:one(?:\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?"
    r"(?:agreements|deals|documents|accords|memoranda|MoUs|pacts|contracts|protocols)))?|another|"
    r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth|separate|further|last|other)"
    r"(?:\s+(?:agreement|deal|document|accord|memorandum|MoU|pact|contract|protocol))?)\s*,\s+"
    # (a sum's decimal point is no sentence's end: "Seoul will provide $1.5 billion in loans")
    r"(?P<t>(?:[^;.]|\.(?=\d)){8,300}?)\s*(?=;|\.(?!\d)|$|,?\s+(?:and|while)\s+(?i:under)\s)"
)


# A signer's documents with other states, not this visit's: "similar agreements", "memoranda with many countries",
# "agreements with Central Asian states" (the lower case: "a deal with the United States" names one state; and
# "with the Varesian states" names one bloc, which may be the other side).
_SIMILAR_RE = re.compile(r"\b[Ss]imilar\s+(?:[\w-]+\s+){0,2}$")
_WITH_STATES_RE = re.compile(
    r"s?(?:\s+(?:on|in|for)\s+[^,;.]{1,40}?)?\s+with\s+(?!(?:the|our|two|both)\b)(?:(?!(?:in|of|at|on|for)\s)[\w'’-]+\s+){0,4}?"
    # (but documents with partners on a field named after them are the visit's: "memoranda with partner countries on
    # fisheries")
    r"(?:countries|states|nations)\b(?!\s+(?:on|covering|concerning|regarding)\s)"
)
# A heading over what the visit produced: "List of Outcomes", "Outcome documents", "Key deliverables".
_OUTCOME_HEADING_RE = re.compile(
    r"(?:(?:the\s+)?list\s+of\s+)?(?:the\s+)?(?:key\s+|main\s+|big\s+)?(?:outcomes?|deliverables|outcome\s+documents|"
    r"agreements|documents|MoUs|memoranda|deals)(?:\s+(?:signed|exchanged|adopted))?(?:\s+(?:of|during)\s+the\s+"
    r"(?:visit|talks|summit))?",
    re.I,
)
# A heading that asks what the sides agreed, with the verb active ("What they agreed", "What the leaders agreed on"):
# the same section as "What was agreed", whose passive is a cue of its own.
_AGREED_HEADING_RE = re.compile(
    r"(?:Here\s+is\s+|Here['’]s\s+)?What\s+(?:they|we|both\s+sides|the\s+(?:[\w-]+\s+){0,2}?(?:sides|leaders|"
    r"presidents|ministers|governments|countries))\s+(?:have\s+)?agreed(?:\s+(?:on|upon))?\??",
    re.I,
)
# The occasion a release's heading names after a colon or dash, in capitals or figures: ": State Visit to X (4 May)".
_HEADING_SUBTITLE_RE = re.compile(r"\s*(?::|\s[–—-])\s+(?=[A-Z\d(]).*$")

# Adjectives of an instrument that does not exist yet: "a possible energy deal", "the proposed treaty".
_MAYBE_RE = re.compile(
    r"\b(?:possible|potential|proposed|planned|prospective|mooted|hoped-for|long-awaited|long-discussed|"
    r"long-delayed|eventual|would-be|future|envisaged|draft)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)

# An instrument still to be negotiated: "work towards the conclusion of an economic partnership agreement",
# "negotiations on a free trade agreement".
_TOWARDS_RE = re.compile(
    r"\b(?:towards?|negotiat\w+\s+(?:on|for|of|over)|negotiat\w+(?=\s+(?:the|a|an)\s))\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:conclusion|signing|finali[sz]ation)\s+of\s+(?:(?:the|a|an)\s+)?|(?:conclud|sign|finali[sz])\w*\s+"
    r"(?:(?:the|a|an)\s+)?)?(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}$",
    re.I,
)

# A document named as not had: "no new deals", "but nothing new on the reparations deal".
_NONE_OF_RE = re.compile(
    # ("ended their talks without a joint statement or any new agreements": none had)
    r"\b(?:no|not any|nothing|without)\s+(?:[\w-]+\s+){0,2}"
    # ("No text was signed on the trade deal itself": nothing signed for it)
    rf"(?:(?:(?:was|were|has\s+been|had\s+been)\s+{_DONE}\s+)?(?:on|about|over|regarding|for)\s+"
    r"(?:the|a|an|any)\s+(?:[\w-]+\s+){0,3})?$",
    re.I,
)

# An agreement reached on doing something is an act the sides agreed, no written instrument: "Agreements were reached
# on expanding ties and on opening a consulate", "An agreement was reached to launch direct flights". (Its topic told
# by a noun, "an accord was reached on the sale of goats", may still be a document; so may a field word in -ing:
# "on training of pilots", "on mining cooperation".)
_REACHED_ON_DOING_RE = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?reached\s+(?:(?:also\s+)?on\s+"
    r"(?!(?:training|financing|funding|mining|processing|engineering|housing|banking|building|shipbuilding|planning|"
    r"shipping|fishing|farming|manufacturing|trading|licensing|labelling|labeling|recycling|dredging|broadcasting|"
    r"policing|sourcing|lending|pricing|ticketing|marketing|accounting|tendering|twinning|offshoring)\b)"
    r"[a-z]+ing\s+(?!of\b)|to\s+(?!the\b|a\b|an\b)[a-z]+\s)"
)


def _own_predicate(sent: str, end: int) -> tuple[int, int] | None:
    """The span of the instrument's own predicate after ``end`` ("a treaty ... is expected later", "... could
    follow"), or None when what follows is a relative clause about its content ("a protocol that will take effect")."""
    semi = sent.find(";", end)
    stop = semi if semi >= 0 else len(sent)
    after = sent[end:stop]
    pred = compiled(r"\b(?:is|are|was|were|could|would|will|may|might|remains?|should|must|has|have)\b").search(after)
    rel = compiled(r"\b(?:that|which|who|whereby|under which|to)\b|,").search(after)
    if pred and compiled(r"\s(?:and|but)\s+$").search(after, 0, pred.start()):
        return None  # "signed X and will sign Y": the subject's next predicate, not the instrument's own
    if pred and (not rel or pred.start() < rel.start()):
        return end + pred.start(), stop
    return None


# A time before the visit between a verb of signing and its instrument: "struck last year", "signed in 2019".
_EARLIER_RE = re.compile(
    r"\b(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|years?\s+ago|(?<!as )previously|"
    r"earlier\s+this\s+year|in\s+the\s+past|in\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d))\b"
)


# The clause of an occasion told just before, whose verb of signing is that occasion's: "paid a visit to X last
# year, during which the two sides signed ...".
_EARLIER_OCCASION_RE = re.compile(r",\s+(?:during|at|in\s+the\s+course\s+of)\s+which\s+(?:[\w-]+\s+){0,4}$")


# The time of an instrument's own verb of signing after it, before the visit: "... was signed earlier this year".
_DONE_BEFORE_RE = re.compile(
    rf"(?:[^,;.]|\.(?=\d)){{0,80}}?\s(?:was|were|had\s+been)\s+(?:also\s+)?{_DONE}"
    r"\s+(?:already\s+|earlier\s+)?(?:this\s+year|last\s+(?:year|month|spring|summer|autumn|fall|winter)|"
    r"years?\s+ago|in\s+(?:19|20)\d\d)\b"
)


# A past time at the end of the clause of the instruments a verb signed, with no verb or relative word between to
# claim it: "signed a transit agreement and a trade pact in recent years".
_TIME_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:that|which|who|whose|where|when|to|will|would|under|after|before|since|while|as)\b)[^\s,;.:]+){0,16}?"
    r"\s+(?:in\s+recent\s+years|in\s+(?:previous|past|earlier|former)\s+years|(?:many\s+|several\s+|some\s+)?years\s+ago|"
    r"decades\s+ago|in\s+the\s+past|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
    # ("signed a memorandum on the gas field earlier this year", "... last spring", "a year ago")
    r"earlier\s+this\s+year|last\s+(?:year|spring|summer|autumn|fall|winter)|(?:a|one|two|three)\s+years?\s+ago)"
    r"\s*(?:[,;.]|$)",
    re.I,
)
# A year at the end of the clause of the instruments a verb signed, with no verb or relative word between to claim
# it: "signed a memorandum on raw materials, batteries and hydrogen in 2022" (before the dateline's year: earlier).
_YEAR_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:that|which|who|whose|where|when|to|will|would|under|after|before|since|while|as|and\s+(?:has|have|"
    r"had|was|were|is|are|will))\b)"
    # (nor a participle or an event of its own, whose year it is: "amending the treaty signed in 2004", "marking the
    # anniversary of relations established in 1975")
    r"(?![a-z]+ed\b|anniversary|establishment|founding|independence)[^\s;.:]+){0,16}?"
    # (also a part of the year, and a participle on the instrument's content after it: "in late 2023 covering ...")
    r"\s+in\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\s*(?:[,;.]|$|\s+[a-z]{3,}ing\s)"
)
# The day's own document, in a speech or a release of the day: "Today's MoU on geology", "yesterday's accords".
_DAYS_OWN_RE = re.compile(r"\b(?:[Tt]oday|[Yy]esterday)['’]s\s+(?:[\w-]+\s+){0,2}$")
# A perfect tense whose adverb dates the signing before the visit: "have previously signed" (not "had earlier signed",
# which in wire copy is often earlier the same day); "since" counts from a past event told before ("contracts have
# since been signed": between that event and now, in background).
_PERFECT_EARLIER_RE = re.compile(
    r"\b(?:have|has|had)\s+(?:also\s+)?(?:previously|in\s+the\s+past|over\s+the\s+years|since)\s+(?:also\s+)?"
    r"(?:been\s+)?$",
    re.I,
)


# A list's separator before the next item ("..., a loan agreement", "; and an MoU").
_NEXT_ITEM_RE = re.compile(r"(?:,|;)\s+(?:and\s+)?(?:a|an|the)\s")
# The rest of the documents told signed by pairs of signers, each pair with its topic: "The remaining four are being
# signed by ministers in pairs: the two farm ministers on A, the interior ministers on B, and ...".
_SIGNED_IN_PAIRS_RE = re.compile(
    r"\s*(?:The\s+(?:other|remaining|last|rest\s+of\s+the)|(?:Two|Three|Four|Five|Six|\d+)\s+(?:more|others))\s+"
    rf"(?:(?:\d+|{_SMALL_NUMBER})\s+)?(?:(?P<kind>agreements|documents|memoranda|memorandums|M[oO]Us|deals|"
    r"instruments|protocols)\s+)?(?:are\s+being|were\s+being|were|have\s+been)\s+(?:also\s+)?"
    rf"{_DONE}\s+(?:[^:;.]{{0,40}}\s+)?(?:by|between)\s+[^:;.]{{3,80}}:\s+(?P<rest>[^:]+)$"
)
# Where a pair of signers gives way to its topic: "the two agriculture ministers on ...".
_PAIR_TOPIC_RE = re.compile(r"^(?:and\s+)?(?:the|their|both|[A-Z])[^;:]{2,120}?\son\s+(?=\S)")
# The parties of a count that are the two sides, no topic: "agreements between the governments of the two countries".
_BETWEEN_SIDES_RE = re.compile(
    r"\s*between\s+(?:the\s+)?(?:governments\s+of\s+(?:the\s+)?)?(?:two|both)\s+"
    r"(?:countries|sides|governments|nations|states)\W*(?P<follows>as follows\W*)?$"
)
# The source of an account before its subject: "According to a statement from State House, the agreements ...".
_SOURCE_LEAD_RE = re.compile(
    r"\s*(?:According\s+to\s+[^,;:]{2,80}?,\s+|"
    # (or who told it, before the lead: "Officials said they included ...", "The ministry said that these are ...")
    r"[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,3}?(?:said|told\s+(?:reporters|journalists))\s+(?:that\s+)?)"
    r"(?=(?:[Tt]he|[Tt]hese|[Tt]hey|[Tt]hose)\s)"
)


def _told_on(sent: str) -> int:
    """Where the lead of a sentence that tells on the documents signed ends ("Among them were", "Other deals cover",
    the source of the account maybe before it), or -1."""
    lead = _AMONG_RE.match(sent) or _SUBJECT_KINDS_RE.match(sent)
    if lead:
        return lead.end()
    source = _SOURCE_LEAD_RE.match(sent)
    if source:
        rest = sent[source.end() :]
        lead = _AMONG_RE.match(rest[:1].upper() + rest[1:]) or _SUBJECT_KINDS_RE.match(rest[:1].upper() + rest[1:])
        if lead:
            return source.end() + lead.end()
    return -1


# Where an item of a list opens, before its kind word: after the list's verb or a joining mark or word, with an
# article or a count of its own and a few modifiers ("..., and a labour mobility ", "include an ").
_LIST_ITEM_OPENS_RE = re.compile(
    r"(?:^|[,;:]|\b(?:and|plus|include[ds]?|cover(?:s|ed)?|concern(?:s|ed)?|involve[ds]?|are|were|is|was))\s+"
    r"(?:also\s+)?(?:a|an|another|one|two|three|four|five|\d+)\s+(?:(?!(?:of|on|in|for|to|by|with|from|under|"
    r"which|that|will|would)\b)[\w'’.$€£%-]+\s+){0,5}$"
)
# Where an item of a list ends: at the next one's article, after a comma or "and", or at the sentence's end.
# (also at the last item's "and" after a comma, whatever opens it: "a tourism programme, and cooperation on ...")
_ITEM_AFTER_RE = re.compile(
    r"(?:,|;)\s+(?:and\s+)?(?:a|an|the)\s|\s+and\s+(?:a|an|the)\s|,\s+and\s+(?!(?:which|that|who)\b)|$"
)
_AUXILIARY_END_RE = re.compile(r"\b(?:was|were|is|are|had|has|have|been)\s+(?:\w+\s+)?$", re.I)


def _earlier_item_only(sent: str, cue: int, time_end: int, start: int) -> bool:
    """Whether an earlier signing told by a participle dates only the instrument of an item before this one.

    ("a protocol amending the agreement on X signed between the two countries in 2004, an MoU on Y": the year is the
    old agreement's; the MoU after the next separator is still one of this visit's.)
    """
    if not _NEXT_ITEM_RE.search(sent, time_end, start) or _AUXILIARY_END_RE.search(sent, 0, cue):
        return False
    item_lo = max(sent.rfind(",", 0, cue), sent.rfind(";", 0, cue), sent.rfind(":", 0, cue), 0)
    return bool(_KIND_RE.search(sent, item_lo, cue))


_AMENDING_RE = re.compile(
    r"\s+(?:amend\w*|updat\w*|revis\w*|replac\w*|supersed\w*|supplement\w*|modify\w*|modifi\w*)\s+(?:the|an?|its|their)\s"
)
_THEY_ARE_RE = re.compile(
    # (or the rest of them, after the first told on its own: "The headline item is a loan. The others cover:")
    r"\s*(?:They|(?:The\s+)?[Oo]thers|The\s+rest|"
    r"(?:The|These|Those)(?:\s+(?:[\w-]+\s+)?(?:documents|agreements|instruments|deals|memoranda|M[oO]Us|"
    # (the list announced in the words of the lead-in's own language: "They are the following:", "These are listed
    # below:", "They comprise the following documents:")
    r"accords))?)\s+(?:are|were|cover(?:ed)?|include[sd]?|concern(?:ed)?|deal\s+with|relate\s+to|comprise[sd]?)"
    r"(?:\s+as\s+follows|\s+the\s+following(?:\s+(?:ones|documents|agreements|instruments|texts))?|"
    r"\s+(?:listed\s+)?below)?\s*:"
)
_LIST_OF_OUTCOMES_RE = re.compile(
    r"\b(?:list|fact\s+sheet)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:outcomes|deliverables|documents|agreements|deals)\b"
)
_THEY_ARE_TAIL_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Besides|Apart\s+from|In\s+addition\s+to|Beyond)\s[^,.;:]{2,80},\s+)?"
    r"(?:[Tt]hey|[Tt]hese|[Tt]hose)\s+(?:are|were|include[sd]?)\s*:$"
)
# A lead-in whose deals are the ones announced, as a participle after their noun: "The deals announced during the
# visit include:", "Among the agreements announced today:" (what was formally announced as agreed, listed below).
_ANNOUNCED_DEALS_LEAD_RE = re.compile(
    # (a government's list of what a visit produced is its outcomes: "Outcomes announced by the Ministry of X:"; the
    # lead-in may name the forum and the source at length: "Deals announced at the X-Y Investment Forum, per the
    # Ministry of Trade, Industry and Energy:")
    r"\b(?:deals|agreements|contracts|accords|(?i:outcomes|deliverables|documents|memoranda|MoUs))\s+"
    r"(?:formally\s+)?announced\b(?![^:]*\b(?:to\s+be|will|would|plans?|"
    r"hopes?|expected|could|may|might)\b)[^:;.]{0,120}:$"
)
# A live blog's label before its entry, in capitals and set off by a bar: "FULL LIST | ", "REACTION | ".
_ENTRY_LABEL_RE = re.compile(r"[A-Z][A-Z&'’-]*(?:\s[A-Z&'’-]+){0,3}\s+\|\s+(?=[^|]*$)")
# The rest of the documents of a signing told before: "The other agreements include:", "The remaining deals were:".
_OTHER_ONES_RE = re.compile(r"\s*The\s+(?:other|remaining)\s")
_AMONG_LEAD_RE = re.compile(
    r"\b(?:among|including|include|includes|included)\s+(?:the\s+|them\s*)?(?:\w+\s+)?(?:documents|agreements|"
    r"instruments|deals|memoranda|MoUs|outcomes)?\s*:$|"
    # a summary of the documents of the story, set out below: "The deals at a glance:", "Agreements in brief:"
    r"\b(?:documents|agreements|instruments|deals|memoranda|MoUs|accords|contracts)\s+(?:at\s+a\s+glance|in\s+brief)"
    r"\s*:$",
    re.I,
)


# A phrase after a name that says what the name is: "..., the projected gas link that would join ...".
_APPOSITIVE_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?P<a>(?:[\w-]+\s+){0,4}?[\w-]+)(?=\s+(?:that|which|who|linking|connecting|between|from|on|in|at|near)\b|"
    r"\s*[,;.]|\s*$)"
)
# Instruments named by other words than the kind words, as items of a list of what was agreed.
_INSTRUMENT_NOUN_RE = re.compile(
    r"\b(?:waivers?|exemptions?|regimes?|certificates?|financing|funding|credit|loans?|grants?|backing|guarantees?|"
    r"swaps?)\b|"
    # a sum made over as support: "Up to £1.5bn in UK Export Finance support for ..."
    r"(?:[$€£¥]|US\$|A\$)\s?[\d.,]+\s*(?:bn|billion|mn|m|million)?\b[^.;:]{0,60}?\b(?:finance|support|aid|assistance)\b",
    re.I,
)
# A complement of a plural kind word that names only partners, and what the lot is worth or that it was before:
# "contracts with Polish partners worth $2 billion", "MoUs with African countries before".
_PARTNERS_TOTAL_RE = re.compile(
    r"\s*with\s+(?:[\w'’-]+\s+){0,3}?(?:partners|companies|firms|counterparts|businesses|enterprises|countries|"
    r"nations|states|governments)"
    r"(?:,?\s+(?:worth|valued\s+at|totall?ing)\b[^;]*|\s+(?:before|already|in\s+the\s+past|over\s+the\s+years))?",
    re.I,
)
# Projects told only by their sum or by the list that follows: "on the implementation of projects totalling $4.6
# billion, including:", "on projects and trade contracts with a total value of $4.8 billion", "on the following
# projects:".
_PROJECTS_TOTAL_RE = re.compile(
    r"\s*(?:on|for)\s+(?:the\s+)?(?:implementation\s+of\s+(?:the\s+)?)?(?P<following>following\s+)?"
    r"(?:(?:investment|joint|new|business)\s+)?projects(?:\s+and\s+(?:[\w-]+\s+)?(?:contracts|deals|agreements))?"
    r"(?P<total>,?\s+(?:worth|valued\s+at|totall?ing|with\s+a\s+(?:total|combined)\s+(?:value|worth)\s+of)\s[^;:]*?)?"
    r"(?P<lead>,?\s+(?:including|among\s+them|such\s+as|notably|namely))?\s*(?P<colon>:)?\s*"
    r"(?(following)|(?(total)|(?(colon)|(?!))))",
    re.I,
)
# A complement of a plural kind word that tells only what the lot is worth or how many there were in all: "agreements
# with a total value of $1 billion", "deals for more than 3 billion euros", "deals of their own worth several billion
# dollars", "30 documents in total". (A sum cut short by the sentence's end at "U.S." still ends in its magnitude.)
_TOTAL_ONLY_RE = re.compile(
    r"\s*(?:of\s+(?:its|their|his|her|our)\s+own\s+)?(?:"
    # ("with a combined potential value of RM2.4 billion": a word on how sure the sum is; a currency by its letters)
    r"(?:(?:with|of|at)\s+(?:a|an|the)\s+(?:total|combined|overall|aggregate|cumulative|estimated)\s+"
    r"(?:(?:potential|estimated|projected|expected|investment|commercial)\s+)?"
    r"(?:value|worth|volume|cost|amount|sum)\s+of|worth|valued\s+at|totall?ing|amounting\s+to|for)\s+"
    r"(?:(?:a\s+)?(?:combined|total\s+of)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|up\s+to|over|more\s+than|in\s+excess\s+of|"
    r"an\s+estimated)\s+)?"
    rf"(?:{_CURRENCY}\s?[\d.,]+(?:\s*(?:million|billion|trillion|bn|mn|m)\b)?|"
    r"(?:[\d.,]+|several|a\s+few|many)\s+(?:million|billion|trillion)"
    r"(?:\s+(?:U\.S\.(?=\s)|(?:US|U\.S|U|USD|EUR)\b))?(?:\s+(?:dollars|euros|pounds|yuan|yen|rupees|rubles|roubles|francs))?)"
    r"(?:\s+(?:in\s+total|in\s+all|altogether))?|"
    r"in\s+total|in\s+all|altogether)\W*",
    re.I,
)
# A list whose items are the fields of projects: "agreements were reached on projects in the fields of A, B and C",
# "commercial agreements covering projects in A, B and C".
_PROJECTS_IN_RE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?projects\s+(?:in|on)\s", re.I)
# A complement that names only firms as parties, and where or when: no document's field.
_FIRMS_ONLY_RE = re.compile(
    r"\s*between\s+[^,;]*?\b(?:companies|firms|businesses|enterprises|companies\s+of\s+the\s+two\s+countries)"
    # (other bodies beside the firms: "between Malaysian and Japanese companies and agencies")
    r"(?:\s+(?:and|&)\s+(?:[\w-]+\s+)?(?:agencies|institutions|organi[sz]ations|bodies|entities))?"
    r"(?:\s+(?:on|at|during|in)\s+the\s+(?:sidelines|margins|occasion|course|presence)\b[^;]*|"
    # (or the event where they met, with where it was held, but no field after it: "at a ceremony at a hotel here")
    r"\s+(?:at|during|in)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:ceremony|forum|event|meeting|session|hotel|venue)\b"
    r"(?:(?!\s(?:on|for|covering|concerning|regarding|in\s+(?:the\s+)?(?:fields?|areas?|sectors?|spheres?))\s)[^;])*)?"
    # (what follows a comma is no field of theirs: "..., witnessed by the minister", not "..., including in defence")
    r"(?:,(?!\s+(?:including|notably|in\s+particular|especially|mainly|covering|concerning|spanning|in\s+(?:the\s+)?"
    r"(?:fields?|areas?|sectors?|spheres?))\b)[^;]*)?$"
)
# A sentence that opens with the field it is about: "In the field of farming, an accord was reached on the sale
# of sheep" is agriculture's, whatever word of its title comes first.
_FIELD_FRAME_RE = re.compile(
    r"\s*(?:In|Within)\s+the\s+(?:field|area|sphere|sector|domain)s?\s+of\s+(?P<f>[\w\s-]{3,40}?)\s*,"
)


# A copula before a kind word that only says what a document already named is: "is, of course, a historic document".
_PREDICATE_NOUN_RE = re.compile(
    r"\b(?:is|was|are|were|becomes?|became|remains?|represents?|constitutes?)\s*,?\s+(?:[\w-]+\s*,?\s+){0,3}?"
    r"(?:a|an|another|truly\s+an?)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# A preview's sentence about the visit itself ("During the visit, ...") and its verb of a signing to come: what the
# visit will sign is its own document (not "during the visit of X to Y in the autumn": another one).
_PREVIEW_RE = re.compile(
    r"\s*(?:During|In\s+the\s+course\s+of)\s+(?:the|this|his|her)\s+(?:[\w-]+\s+)?(?:visit|trip)\s*,"
)
_WILL_SIGN_RE = re.compile(
    r"\b(?:will|are\s+to|is\s+to|(?:are|is)\s+(?:expected|set|due)\s+to)\s+(?:also\s+)?(?:sign|ink|conclude|adopt)\b"
)
# Capitalised words after "a" right before a kind word: the name of one document ("a Cultural Exchange Programme"),
# also after an adjective of its novelty ("an updated Air Transport Agreement", "a new Visa Accord").
# (a pair of short forms opens a name too: "a UK-Tamsa Partnership")
# (after a capital "A" that opens a sentence or an item, two words at least: "A Financing Agreement" is a kind)
_A_NAME_RE = re.compile(
    r"(?:^|\s)(?:an?\s+" + _NOVEL + r"|An?\s+" + _NOVEL + r"(?=(?:\S+\s+){2}))"
    r"(?:[A-Z](?:[a-z]|[A-Z]{1,3}-[A-Z])[\w'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,4}$"
)
# (a name's own "and" between two of its capitalised words: "a Science and Technology Agreement")
_INDEFINITE_NAME_RE = re.compile(
    r"(?:^|\s)(?:a|an|A|An)\s+" + _NOVEL + r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?)+$"
)
# The verb of a list after a clause of the ceremony: "..., covering trade, culture and aviation".
# A market that plural documents open, the goods after it: "protocols that will open the Vessan market to A and B".
_MARKET_TO_RE = re.compile(
    r"\s+(?:(?:that|which)\s+(?:will\s+|would\s+)?(?:open(?:s|ed)?|unlock(?:s|ed)?)|opening|unlocking)\s+"
    r"(?P<m>(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?markets?\s+(?:of\s+(?:[A-Z][\w'’-]*\s+){1,3})?to)\s+(?=\S)"
)
_LIST_AFTER_RE = re.compile(
    r"^[^;:.]*?(?:,\s(?=(?:cover(?:ing|s|ed)?|spann?(?:ing|s|ed)?|includ(?:ing|es|ed)|concern(?:ing|s|ed)?|"
    r"in\s+the\s+(?:areas?|fields?|sectors?|spheres?))\s)|"
    # (the fields need no comma before them: "signed in the presence of the leaders in the fields of A, B and C")
    r"\s(?=in\s+the\s+(?:areas?|fields?|sectors?|spheres?)\s+of\s))"
)
# A document of its own joined after a list of fields: "..., along with a joint declaration".
_JOINED_DOC_RE = re.compile(r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:a|an|the)\s")
# Whom a statement is made to when it is spoken, not signed: "a joint declaration to the press".
_TO_THE_PRESS_RE = re.compile(
    r"\s+(?:to|for|before)\s+(?:the\s+)?(?:press|media|journalists|reporters|correspondents|news\s+media)\b", re.I
)


# The frame of the first good of a list of protocols on trade in goods, up to the good itself: " on phytosanitary
# requirements for the export of Ostrian " in "protocols on phytosanitary requirements for the export of Ostrian
# cherries, plums and hops to Vessa".
_GOODS_FRAME_RE = re.compile(
    r"\s+on\s+(?:[\w-]+\s+){0,4}?(?:exports?|imports?|suppl(?:y|ies)|shipments?|sales?)\s+of\s+"
    r"(?:[A-Z][\w'’-]*\s+)?(?=[a-z])"
)
# Where the goods go, after the last of them: " to Vessa", " from Ostria".
_GOODS_BOUND_RE = re.compile(r"\s+(?:to|from|into)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _shared_goods_frame(items: list[str]) -> list[str]:
    """The items of a list of goods, each in the frame of the first and bound where the last goes: one protocol per
    good ("on phytosanitary requirements for the export of Ostrian plums to Vessa"). Other lists stay as they are."""
    frame = _GOODS_FRAME_RE.match(items[0]) if len(items) >= 2 else None
    if not frame or not all(compiled(r"\s+on\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}").fullmatch(x) for x in items[1:-1]):
        return items
    bound = _GOODS_BOUND_RE.search(items[-1])
    last = items[-1][: bound.start()] if bound else items[-1]
    if not compiled(r"\s+on\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}").fullmatch(last):
        return items
    tail = bound.group(0) if bound else ""
    first = items[0] + tail
    return [first] + [frame.group(0) + x[len(" on ") :] + tail for x in [*items[1:-1], last]]


# The pronoun of one more document after a single one named: "and another on X", ", while a second covers Y" (not
# "one on X", which takes a count).
_ONE_MORE_PRONOUN_RE = re.compile(r"\W*(?:(?:and|while|whereas)\s+)?(?i:another|(?:a|the)\s+(?:second|third|other))\s")


def _one_prep(one: re.Match) -> str:
    if one.group("does"):
        return f"that {one.group('does')}"  # "the fifth establishes a fund": a memorandum that establishes a fund
    return "on" if one.group("v") else one.group("p")  # "the other deals with customs": a memorandum on customs


def _one_of_kind(kind_one: str, one: re.Match, s_start: int) -> AgreementSuggestion:
    """The document that "one on X" (or "another on Y") names, of a kind the sentence counted."""
    title = f"{kind_one[:1].upper()}{kind_one[1:]} {_one_prep(one)} {one.group('t').strip()}"
    sphere = _sphere_x(title)
    return AgreementSuggestion(
        title=title,
        kind=_kind_slug(kind_one),
        sphere="investment" if sphere == "other" and _INVEST_RE.search(title) else sphere,
        status="signed",
        start=s_start + one.start(),
        end=s_start + one.end(),
    )


def _ordinal_item(kind_one: str, rest: str, s_start: int, s_end: int) -> AgreementSuggestion:
    """One of a counted signing's documents told by an ordinal ("The second covers ports", "The fourth raises ...")."""
    title = f"{kind_one[:1].upper()}{kind_one[1:]} {rest}"
    return AgreementSuggestion(
        title=title.rstrip(" .,"),
        kind=_kind_slug(kind_one),
        sphere=_sphere_x(title),
        status="signed",
        start=s_start,
        end=s_end,
    )


# The occasion between a plural kind word and its list: "during the visit,", "on Tuesday,", "at the ceremony,".
_OCCASION_RE = re.compile(
    r"\s+(?:(?:during|at|on|after|following|in\s+the\s+course\s+of)\s+(?:the|their|this|his|her|a)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:visit|talks|meeting|summit|ceremony|trip|forum|session|occasion)"
    # (with whose it is or where, up to the comma before the list: "during the visit of President X, covering A and B")
    r"(?:\s+(?:of|by|to|in|with|between)\s+[^,;:.()]{1,60}?(?=,))?|"
    r"(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # (and the part of the day, up to a colon too: "six MoUs this morning: on A, on B", "on Tuesday afternoon,")
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|yesterday)\s+(?:morning|afternoon|evening)|"
    r"(?:(?:earlier|later)\s+)?today|yesterday)\s*[,:]?(?=\s)"
)

# The parties between a plural kind word and the verb of its list: "documents between ministries and agencies,
# covering areas including A, B and C".
_PARTIES_BEFORE_LIST_RE = re.compile(
    # (the parties a list of their own: "between the two parties, ministries, sectors and businesses, covering ...")
    r"\s+between\s+[^;:.]{3,120}?,(?=\s+(?:cover(?:ing|s|ed)?|spann?(?:ing|s|ed)?|includ(?:ing|es|ed)|"
    r"concern(?:ing|s|ed)?|in\s+the\s+(?:areas?|fields?|sectors?|spheres?))\s)|"
    # (also without the comma before a frame of fields: "deals between Ostrian and Vessan firms in the fields of A,
    # B and C")
    r"\s+between\s+[^,;:.]{3,80}?(?=\s+in\s+the\s+(?:areas|fields|sectors|spheres)\s+of\s)|"
    # (or firms named by their trades, the trades a list: "MoUs between Ostrian and Vessan companies in textiles,
    # leather and cement")
    r"\s+between\s+[^,;:.]{3,80}?\s(?:companies|firms|businesses|enterprises|manufacturers|producers)"
    r"(?=\s+in\s+[a-z][^,;:.]{2,40},\s)|"
    # (or the partners one side's firms signed with: "MoUs with Vessan partners on hydrogen, ammonia and ...")
    r"\s+with\s+(?:their\s+)?(?:[A-Z][\w'’-]*\s+){1,2}(?:partners|counterparts|companies|firms|businesses)"
    r"(?=\s+(?:on|in|covering|spanning)\s[^,;:.]{2,40},\s)"
)


# More fields after "as well as" at a list's end, bare words up to the sentence's end: ", as well as payment
# systems, customs data-sharing and cultural exchange."
_MORE_FIELDS_RE = re.compile(
    r",?\s+as\s+well\s+as\s+"
    # (", as well as in the field of civil protection": the frame told again before the last field)
    r"(?:in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of\s+)?"
    r"(?P<more>(?:the\s+)?(?:establishment|creation|opening|setting\s+up)\s+of\s+[^,;:.]{1,60}|"
    # (", as well as cooperation between the diplomatic academies of the two countries": one field by its parties)
    r"(?:cooperation|collaboration|exchanges?|partnership)\s+between\s+[^,;:.]{3,80}|"
    r"(?!(?:a|an|the|to|in|on|at|by|for|with)\s)[\w-]+(?:\s+[\w-]+){0,3}"
    r"(?:(?:,\s+|,?\s+and\s+)[\w-]+(?:\s+[\w-]+){0,3})*)[.]?$"
)

# Who signed an item of a list of fields, between commas before more fields: ", signed by the two trade ministers".
_SIGNERS_GAP_RE = re.compile(
    rf",\s+(?:jointly\s+)?{_DONE}\s+by\s+(?:[^,;.]|\.(?!\s)){{3,160}}?(?=,\s+as\s+well\s+as\s)"
)


# Who signed an item of a list set off by semicolons, up to the next item: ", signed by the two energy ministers;".
# A note on an item of a list set off by semicolons, after its comma: ", with a focus on malaria;", ", with the
# participation of the national institute;", ", notably for students;".
_ITEM_NOTE_RE = re.compile(
    r",\s+(?:with|including|notably|in\s+particular|especially|particularly|mainly|chiefly|aimed\s+at|aiming\s+at)\s"
    r"[^;.]{3,200}(?=;)"
)
_SIGNED_BY_ITEM_RE = re.compile(rf",\s+(?:jointly\s+)?{_DONE}\s+(?:by|on\s+behalf\s+of)\s[^;.]{{3,200}}(?=;)")


def _item_opens(text: str, start: int) -> bool:
    """Whether a list's marker opens the line and the sentence at ``start`` right after it."""
    marker = _ITEM_RE.match(text, text.rfind("\n", 0, start) + 1)
    return bool(marker) and not text[marker.end() : start].strip()


_INNER_SHORT_FORM_RE = re.compile(
    r"\([A-Z]{2,8}\)(?=\s+(?!(?:and|or|on|in|of|for|to|with|at|by|from|between|as|the|a|an|were|was|are|is)\b)[a-z])|"
    # (also an item's short form before the comma of the next item: "small modular reactors (SMRs), cooperation in")
    r"\([A-Z]{2,8}s?\)(?=,\s+(?:and\s+)?[a-z])"
)


# Two named partners of a plural kind word, one document with each: "signed memoranda with the Trade Agency and the
# Chamber of Commerce of Kessa (on export promotion)". The parties' "and" is the one before an article or, alone, the
# one before a capital ("with Airbus and Boeing"); an "and" inside a name ("Chamber of Commerce and Industry") is not.
_WITH_TWO_RE = re.compile(
    # (a partner's short form in brackets is part of its name: "with Ostria Rail Corp (ORC) and Vessa Freight")
    r"\s+with\s+(?P<who>(?:(?:the|a|an)\s+)?[A-Z](?:[^,;:.()]|\([A-Z]{2,8}\))*?)"
    r"(?P<tail>\s+(?:on|for|regarding|concerning|to)\s[^,;:()]*?)?(?=\s*(?:[,;:.]|$)|\s+(?:while|but|which|worth)\s)"
)
_PARTNERS_AND_RE = re.compile(r"\s+and\s+(?=(?:the|a|an)\s+[A-Z])|\s+and\s+(?=[A-Z])")


def _with_two_partners(rest: str) -> tuple[str, list[str]] | None:
    """One complement per partner named after "with" (two of them), or None."""
    m = _WITH_TWO_RE.match(rest)
    if not m:
        return None
    who, tail = m.group("who"), m.group("tail") or ""
    joins = list(_PARTNERS_AND_RE.finditer(who))
    articled = [j for j in joins if compiled(r"(?:the|a|an)\s").match(who, j.end())]
    joins = articled if len(articled) == 1 else joins if len(joins) == 1 else []
    if not joins:
        return None
    first, second = who[: joins[0].start()], who[joins[0].end() :]
    if not all(compiled(r"(?:(?:the|a|an)\s+)?[A-Z]").match(x) for x in (first, second)):
        return None
    if any(_COUNTRY_RE.fullmatch(compiled(r"^(?:the|a|an)\s+").sub("", x)) for x in (first, second)):
        return None  # "contracts with the US and South Korea": a state's deals with third states, told in passing
    return m.group(0), [f" with {first}{tail}", f" with {second}{tail}"]


# Pairs of parties each told by its own "between", one document per pair: "twinning agreements between the provinces of
# A and B, and between C and D".
_BETWEEN_PAIRS_RE = re.compile(
    r"\s+between\s+(?P<a>[^,;:.]{3,80}?\s(?:and|&)\s[^,;:.]{2,60}?),?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
    r"between\s+(?P<b>[^,;:.]{3,80}?\s(?:and|&)\s[^,;:.]{2,60}?)(?=\s*(?:[,;:.]|$))"
)


# The partners of plural deals, then after a colon the projects they are for, each opening with its article (the
# source of the list may stand before the colon): "announced agreements with Angolan partners, the ministry said: a
# feed plant in Huambo, a bus line in Viana and a contract for silos".
_PARTNERS_THEN_LIST_RE = re.compile(
    r"\s+with\s+(?:(?:the|their|its|local)\s+)?(?:[\w'’-]+\s+){0,2}?(?:partners|companies|firms|counterparts|"
    r"businesses|enterprises)(?:,\s+(?:[\w'’.-]+\s+){1,10}?(?:said|says|reported|announced|added))?\s*:\s+"
    r"(?=(?:a|an)\s[^,;:]{3,80},\s+(?:and\s+)?(?:a|an)\s)"
)

# The partners of plural deals, then the verb of their topics: "signed six deals with Lao partners, involving A, B and
# C" (the list read as after the deals themselves).
_PARTNERS_BEFORE_TOPICS_RE = re.compile(
    r"\s+with\s+(?:(?:the|their|its|local)\s+)?(?:[\w'’-]+\s+){0,2}?(?:partners|companies|firms|counterparts|"
    r"businesses|enterprises|investors|buyers|suppliers|distributors|lenders|banks),?\s+(?=(?:involving|covering|spanning|concerning)\s)"
)


# Between plural loans and the projects they pay for, the lender and the sum: "three loan agreements provided by the
# Gulf Development Fund (GDF) with a total value of $215 million for the financing of A, B and C", "two credit
# agreements worth 80 million euros for A and B" (a name's own "for" is no list's: "the Fund for Development").
_LENT_BEFORE_LIST_RE = re.compile(
    r"(?:\s+(?:provided|extended|granted|offered|financed|funded)\s+by\s+(?:the\s+)?"
    r"[A-Z][\w'’&.-]*(?:\s+(?:(?:for|of|and|the)\s+)?[A-Z][\w'’&.-]*){0,6}(?:\s*\([A-Z]{2,8}\))?)?"
    r"(?:,?\s+(?:worth|with\s+a\s+(?:total\s+)?(?:value|amount)\s+of|totall?ing|amounting\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|up\s+to)\s+)?(?:(?:US|A|C|HK|S)?[$€£¥]\s?[\d.,]+|[\d.,]+)"
    r"(?:\s*(?:million|billion|bn|m))?(?:\s+(?:US\s+)?(?:dollars|euros|yen|pounds|yuan|riyals|dirhams))?)?"
    r"\s+for\s+(?:the\s+financ(?:ing|e)\s+of\s+)?(?![A-Z])"
)


# The next pair of parties of plural documents told signed, each pair with its own topic: "..., and between C and D
# on Y"; a pair's opening and the topic after its parties: "between A and B on X", "between the two banks on Y".
_EACH_PAIR_SPLIT_RE = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?=between\s)")
_BETWEEN_PAIR_TOPIC_RE = re.compile(
    r"between\s[^;:]{3,200}?\s(?:on|concerning|regarding|in\s+the\s+(?:fields?|areas?)\s+of)\s"
)


def _between_pairs(rest: str) -> tuple[str, list[str]] | None:
    """One complement per pair of parties, each told by its own "between", or None."""
    m = _BETWEEN_PAIRS_RE.match(rest)
    return (m.group(0), [f" between {m.group('a')}", f" between {m.group('b')}"]) if m else None


def _names_own_kind(item: str) -> bool:
    """Whether a list's item opens as an instrument of its own: "a Programme of cooperation ...", "an action plan"."""
    opened = compiled(r"(?:a|an)\s+").match(item)
    if not opened:
        return False
    starts = [opened.end()] + [w.end() for w in compiled(r"[\w-]+\s+").finditer(item, opened.end())][:2]
    return any(_DOC_RE.match(item, at) for at in starts)


# When or where a signing was, after the last item of a list: "after talks", "during the visit", "at the palace".
_OCCASION_AFTER_RE = re.compile(
    r"\s(?:after|before|during|following|when|while|as|amid|ahead\s+of|in\s+the\s+presence\s+of|at\s+the|on\s+the\s+"
    r"(?:sidelines|margins|occasion))\s"
)


def _list_items(rest: str) -> tuple[str, list[str]] | None:
    """A list of topics after a plural kind word, one complement per item, or None when there is no list.

    Commas separate items and items keep their own "and" ("on policing and border security, seasonal
    employment and vocational training"), except the last item of a list without a serial comma, which
    "and" splits ("..., seasonal employment and vocational training" gives two).
    """
    occasion = _OCCASION_RE.match(rest)  # "signed four agreements during the visit, covering A, B and C"
    occasion = _PARTIES_BEFORE_LIST_RE.match(rest, occasion.end() if occasion else 0) or occasion
    head = _LIST_HEAD_RE.match(rest, occasion.end() if occasion else 0)
    if not head:
        return None
    key = "rest" if head.group("rest") else "vrest"
    if head.group(key)[:1].isdigit():
        return None
    prep = head.group("p") if key == "rest" else "on"
    if compiled(
        r"in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+(?:such\s+as|like|including)$"
    ).match(prep):
        prep = "on"  # "in areas such as health, culture and tourism": a memorandum on health, not "in areas such as"
    # (a short form in brackets inside an item, the item going on after it, ends nothing: "the prevention of illegal,
    # unreported and unregulated (IUU) fishing")
    # (nor does who signed an item between semicolons: "...: on energy, signed by the two ministers; on farming; ...")
    masked = _SIGNED_BY_ITEM_RE.sub(lambda x: " " * len(x.group()), rest)
    # (nor does a note on an item between semicolons: "...: health, with a focus on malaria; farm research; ...")
    masked = _ITEM_NOTE_RE.sub(lambda x: " " * len(x.group()), masked)
    end = _LIST_END_RE.search(_INNER_SHORT_FORM_RE.sub(lambda x: " " * len(x.group()), masked), head.start(key))
    if end and end.group(0) == ";":
        # "memoranda covering cooperation in health; higher education and research; youth and sports; and the
        # exchange of diplomats": items between semicolons keep their own "and", to the sentence's end
        # (the last item ends where the list does: "...; and culture, the ministry said")
        last = rest.rindex(";") + 1
        stop = _LIST_END_RE.search(rest, last + 1)
        tail = rest[head.start(key) : stop.start() if stop else len(rest)].rstrip(" .")
        # (an item that names its own kind, and those after it, are read by that kind word; the fields before it are
        # the list's: "documents cover fisheries; film and music; a framework arrangement on loans; and ...")
        own_kind = next(
            (k for k, x in enumerate(tail.split(";")) if k and _DOC_RE.search(_SIGNED_BY_RE.sub("", x))), None
        )
        if own_kind is not None and own_kind >= 2:
            tail = ";".join(tail.split(";")[:own_kind])
            stop = None
        segments = [
            compiled(r"^and\s+").sub("", _ITEM_NOTE_RE.sub("", _SIGNED_BY_RE.sub("", x + ";")).rstrip(";").strip())
            for x in tail.split(";")
        ]
        # (but not a clause of its own after the semicolon: "...; a plan to build a port was discussed")
        if (not stop or stop.group(0)[:1] in ",.(") and all(
            0 < len(x.split()) <= 12 and not _FINITE_RE.search(x) and not _DOC_RE.search(x) for x in segments
        ):
            own = compiled(r"(?:on|in|for|regarding|concerning)\s")
            return rest[: head.start(key) + len(tail)], [f" {x}" if own.match(x) else f" {prep} {x}" for x in segments]
    # a kind word as one item of a list that no "and" has closed yet names that item only, and the list goes on after
    # it to its "and": "covering fisheries, wind power, technical protocols for seed exports, film and visas"
    # (not a list of its own after a list closed: "agreements on fisheries and wind power, protocols on A, B and C")
    while (
        end
        and end.group(0).startswith(",")
        and _DOC_RE.search(rest, end.start(), end.end())
        and (
            # (one instrument with its article is one item whatever came before it: "covered the exploration of
            # copper and gold, a railway transit protocol, halal meat exports and visas")
            bool(compiled(r",\s+(?:a|an)\s").match(rest, end.start()))
            or (
                "," in masked[head.start(key) : end.start()]
                # (the "and" of two parties closes nothing: "soil research between Ostrian and Vessan institutes")
                and " and " not in compiled(r"\bbetween\s[^,]*?\sand\s").sub("", masked[head.start(key) : end.start()])
            )
        )
        and (item_end := compiled(r",\s+(?!and\s)").search(masked, end.end()))
        and (after := _LIST_END_RE.search(masked, item_end.end()))
        and not _DOC_RE.search(masked, item_end.end(), after.start())
        and compiled(r"\sand\s").search(masked, item_end.end(), after.start())
    ):
        end = after
    body = masked[head.start(key) : end.start() if end else len(rest)].rstrip(" .,")
    # ("Other documents covered defence procurement, signed by the two defence ministers, as well as hydrogen and
    # sport": who signed the first item stands between it and the rest of the list)
    # (also after a frame of fields: "in the areas of A, B and C, as well as the establishment of D")
    fields = key == "vrest" or bool(
        compiled(r"in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)\s+of$").match(prep)
    )
    signers = _SIGNERS_GAP_RE.match(rest, end.start()) if fields and end else None
    more = _MORE_FIELDS_RE.match(rest, signers.end() if signers else end.start()) if fields and end else None
    if more:
        # "dealt with halal certification, a long-standing issue for exporters, as well as payment systems,
        # customs data-sharing and cultural exchange": fields to the sentence's end go on the list, and what the
        # writer said of a field between its commas is no field of its own
        body = compiled(r",\s+(?:a|an)\s[^,]+$").sub("", body)
        pair = compiled(r"(?:^|,\s+)(?P<a>[^,]+?)\s+and\s+(?P<b>[^,]+)$").search(body)
        if pair and not _ONE_FIELD_RE.fullmatch(pair.group(0).lstrip(" ,")):  # "energy and mining, as well as"
            body = body[: pair.start("a")] + pair.group("a") + ", " + pair.group("b")
        body += ", " + more.group("more").rstrip(" .,")
    ranging = key == "vrest" and compiled(r"\bfrom$").search(head.group("v"))
    # "ranging from A and B to C and D": the range's ends are items too
    pieces = [x.strip() for x in compiled(r",\s+|\s+to\s+" if ranging else r",\s+").split(body) if x.strip()]
    if len(pieces) == 1 and key == "vrest":  # "agreements covered seismology research and port safety"
        pair = compiled(r"\s+and\s+").split(pieces[0])
        # (also longer fields, when the "and" opens the second with an article: "cover cooperation in media and the
        # training of civil servants")
        opened = compiled(r"\s+and\s+(?=(?:the|a|an)\s)").split(pieces[0])
        if len(pair) == 2 and all(0 < len(x.split()) <= 4 for x in pair):
            pieces = pair
        elif len(opened) == 2 and " and " not in opened[0] and all(0 < len(x.split()) <= 10 for x in opened):
            pieces = opened
    # "deals included a battery plant by X, and a joint venture between ...": one item, then an instrument that
    # names itself
    ended_by_kind = bool(end and _DOC_RE.search(rest, end.start(), end.end()))
    if (
        key == "vrest"
        and compiled(r"(?:a|an)\s", re.I).match(pieces[0] if pieces else "")
        and _NP_ITEM_RE.match(" " + pieces[0])
    ):
        return None  # "The documents included a memorandum on X, ...": the items name their own kinds
    if len(pieces) < 2 and not (pieces and key == "vrest" and ended_by_kind and len(pieces[0].split()) <= 14):
        return None
    if (
        len(pieces) >= 3
        and compiled(r"(?:a|an)\s").match(pieces[-1])
        and compiled(r"\b[A-Z][\w'’-]*$").search(pieces[-2])
    ):
        pieces.pop()  # "..., customs and the Development Road, a planned road and rail link": what the name is
    # ("A, B, and the prevention of illegal, unreported and unregulated fishing": after the serial comma's "and"
    # the last item runs to the list's end, commas of its own and all)
    opens_last = next((k for k, x in enumerate(pieces[:-1]) if k and x.startswith("and ")), None)
    # (but not over an instrument that names its own kind after the last item: "..., and on readmission, a Programme
    # of cooperation between the foreign ministries": the list ends before it, and the programme is read by itself)
    own_kind = (
        next(
            (k for k, x in enumerate(pieces) if k > opens_last and _names_own_kind(x)),
            None,
        )
        if opens_last is not None
        else None
    )
    if own_kind is not None:
        cut = body.find(", " + pieces[own_kind])
        if cut > 0:
            body, pieces = body[:cut], pieces[:own_kind]
    if opens_last is not None:
        pieces[opens_last:] = [", ".join(pieces[opens_last:])]
    serial = pieces[-1].startswith("and ")
    if serial:
        pieces[-1] = pieces[-1][4:]
    elif not _ONE_FIELD_RE.fullmatch(pieces[-1]):  # "youth and sports" is one field, as a ministry's name
        # ("radio and television and a credit line for ...": the "and" before an article opens the last item)
        last = compiled(r"\s+and\s+(?=(?:a|an|the)\s)").split(pieces[-1], maxsplit=1)
        if len(last) == 1 or not _ONE_FIELD_RE.fullmatch(last[0]):
            last = compiled(r"\s+and\s+").split(pieces[-1], maxsplit=1)
        if len(last) > 1:
            pieces[-1:] = last
    items = []
    # (items that each open with an article are noun phrases of their own, and may say at more length what they build
    # and where: "the establishment of a joint venture for the production of fertilizers in the Turkistan region")
    opened = len(pieces) >= 3 and all(compiled(r"(?:and\s+)?(?:the|a|an)\s").match(x) for x in pieces)
    for k, piece in enumerate(pieces):
        piece = compiled(r"^(?:and\s+)?(?:of\s+(?=the\s))?").sub("", piece)  # "..., of the fishing and of the sport"
        # (the names of who signs an item do not lengthen its field: "on payments between the Central Bank of
        # Ostria and the National Bank of Vessa" is a short item)
        names = compiled(r"\s+between\s+(?:(?:the|of|for|and|[A-Z][\w'’.-]*)(?:\s+|$))+$")
        # (the last of three or more, after the list's "and", runs to the list's end and may say at more length what
        # the parties will do, with no verb of its own: "..., tourism, the exchange of prisoners and joint efforts
        # against cattle rustling and the smuggling of small arms along the common border")
        # (but not past when or where the signing was: "... and mobility of skilled workers after talks between ...")
        last_long = (
            len(pieces) >= 3
            and k == len(pieces) - 1
            and not _FINITE_RE.search(piece)
            and not _OCCASION_AFTER_RE.search(piece)
        )
        if len(names.sub("", piece).split()) > (18 if opened or last_long else 14):
            return None
        # (an item of signers alone stands without the list's field frame: "in the fields of tourism, science, and
        # between the two institutes of policy studies")
        own = compiled(r"(?:on|in|for|regarding|concerning|between)\s").match(piece)
        items.append(" " + piece if own else f" {prep} {piece}")
    return rest[: head.start(key) + len(body)], items


def _kind_slug(kind: str) -> str:
    k = kind.lower()
    for stem, slug in (*_MORE_SLUGS, *_KIND_SLUG):
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
    if k.lower().startswith("minutes"):
        return k  # the record of a meeting, one document however it is spelt
    return compiled(r"^(\w+?)s\b").sub(r"\1", k) if compiled(r"^\w+s\b").match(k) else k


# Who announces an instrument as agreed: both sides ("the two leaders", "they", "X and his counterpart"), not one
# side's pledge ("the Ostrian side announced a loan").
_JOINT_SUBJECT_RE = re.compile(
    r"\b(?:two|both|leaders|sides|parties|presidents|governments|ministers|countries|delegations|they|we)\b|"
    r"\s(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:[A-Z]|counterpart)",
    re.I,
)
_SIGNED_BEFORE_RE = re.compile(rf"\b(?:{_SIGNED_CUE})\b", re.I)
# Deals told with their other side, which makes them both sides' whoever announces them: "announced agreements with
# Angolan partners".
_DEALS_WITH_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:deals|agreements|contracts|accords)\s+with\s")
# "announced" as the participle of the deals it follows, the deals formally announced as agreed: "Other business deals
# announced during the visit included ...", "The contracts announced at the forum were ..." (not those still to come:
# "deals announced so far are expected to be signed in May").
_DEALS_ANNOUNCED_RE = re.compile(
    r"\b(?:deals|agreements|contracts|accords|outcomes|deliverables|documents|memoranda|MoUs)\s+(?:formally\s+)?$",
    re.I,
)
_STILL_TO_COME_RE = re.compile(
    r"[^.;:]*?\b(?:to\s+be|will|would|plans?|hopes?|expected|could|may|might|yet|await\w*|pending)\b", re.I
)
_ANN_ONLY_RE = re.compile(rf"\b(?:(?P<res>(?!))|(?P<ann>{_WISH_CUE}|{_ANNOUNCED_CUE})|(?P<sig>(?!)))\b", re.I)
# Talks named as the time of what follows ("Following the negotiations, ...", "at the end of the discussions"): the
# talks are done, and a cue of a plan they are not.
_TALKS_AS_TIME_RE = re.compile(
    r"\b(?:after|following|during|upon|at\s+the\s+(?:end|close|conclusion)\s+of|in\s+the\s+course\s+of|"
    r"on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|these|their|its|his|her)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# What makes "conclude" or "sign" after it an intention, not a signing: "to", a modal ("we must conclude the deals").
_BARE_VERB_BEFORE_RE = re.compile(
    r"\b(?:to|must|should|can|cannot|could|might|may|will|would|shall|let\s+us|let['’]s)\s+(?:\w+ly\s+)?$", re.I
)


def _cues(sentence: str, lo: int, hi: int) -> list[re.Match]:
    """Cues of signing or of plans in ``sentence[lo:hi]``, without the words of a capitalised name ("the Cocoa
    Farming Plan", "the Future Investment Initiative")."""
    out = []
    for end, c in _sentence_cues(sentence) if lo == 0 else _scan_cues(sentence, lo, hi):
        if end > hi:
            break
        if c is not None:
            out.append(c)
    return out


@functools.lru_cache(maxsize=512)
def _sentence_cues(sentence: str) -> tuple[tuple[int, re.Match | None], ...]:
    """The cues of a whole sentence: each instrument of it asks for those before it, and what is kept depends on
    the sentence only, never on where the question ends."""
    return tuple(_scan_cues(sentence, 0, len(sentence)))


def _scan_cues(sentence: str, lo: int, hi: int) -> list[tuple[int, re.Match | None]]:
    """(end of the word found, the cue kept or None) for each cue word from ``lo`` up to ``hi``."""
    out = []
    for c in _CUE_X_RE.finditer(sentence, lo):  # (the whole sentence: a cue's lookahead reads past ``hi``)
        if c.end() > hi:
            break
        out.append((c.end(), _kept_cue(sentence, c)))
    return out


# Money lent or given, then what it is for, up to the kind word: "a grant agreement worth EUR 3.5 million for the
# second phase of a renewable energy ".
_FUNDED_FOR_RE = re.compile(
    r"\b(?:grants?|loans?|credits?|financing|funding)\b(?:\s+(?:agreements?|deals?))?(?:[^.;:]|\.\d)*?\bfor\s+"
    # (not past a second item: "a loan for a port and a cultural exchange programme")
    r"(?:the|a|an|its|their)\s+(?:(?!(?:and|or|as\s+well\s+as)\s+(?:a|an|the)\s)[\w'’-]+\s+){0,10}?$",
    re.I,
)
# One party's side named before what the instrument does: "on the Valdorian side increasing the number of grants".
_SIDE_THEN_CONTENT_RE = re.compile(r"\s*on\s+the\s+(?:[\w-]+\s+)?side\s+(?=[a-z]{3,}ing\s)")
# A clause told in the future: "the president will lay a wreath", "he is scheduled to visit".
_WILL_CLAUSE_RE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|scheduled\s+to|due\s+to|expected\s+to))\s")
# One government's own policy adopted at home: "the government has adopted an economic reform program".
_OWN_GOVERNMENT_RE = re.compile(
    r"\b(?:the|our|his|her|its|my)\s+government\s+(?:has\s+|had\s+)?(?:adopted|approved|launched)\s+"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A conclusion still wished for: "support for the conclusion of", "called for the early conclusion of".
_WISHED_CONCLUSION_RE = re.compile(
    # (also a side's demand: "pressed for early conclusion of", "urged the swift conclusion of")
    r"\b(?:support\s+for|calls?\s+for|called\s+for|calling\s+for|hopes?\s+for|hoped\s+for|towards?|push(?:ed)?\s+for|"
    r"press(?:ed|es|ing)?\s+for|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|"
    r"work(?:ing)?\s+(?:on|towards?)|accelerat\w+|speed(?:ing)?\s+up|expedit\w+|await\w*|looked\s+forward\s+to|"
    r"look(?:s|ing)?\s+forward\s+to)\s+(?:the\s+)?(?:(?:early|speedy|swift|rapid|timely|successful|soon)\s+)?$",
    re.I,
)
# A signing someone is still to attend: "the two leaders will jointly witness the signing of documents on ...".
_FUTURE_WITNESS_RE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|set|due|scheduled|slated)\s+to)\s+(?:(?:\w+ly|also|then)\s+)*"
    r"(?:witness|attend|oversee|preside\s+over|be\s+present\s+at)\s+$",
    re.I,
)
# A signing someone means to bring about or look into: "agreed to study the signing of", "to expedite the signing".
_MEANT_SIGNING_RE = re.compile(
    r"\bto\s+(?:\w+ly\s+)?(?:study|consider|explore|examine|review|discuss|promote|facilitate|expedite|accelerate|"
    r"speed\s+up|hasten|push\s+for|work\s+(?:on|towards?|for)|prepare(?:\s+for)?|pursue|seek|advance|"
    r"move\s+towards?|look\s+into)\s+$",
    re.I,
)


# A participle of signing put off by what comes before it: "are scheduled to be exchanged", "will be inked".
_PUT_OFF_RE = re.compile(
    r"\b(?:(?:scheduled|expected|due|set|slated|going|planned|likely|yet|is|are)\s+to|will|would|shall|could|may|"
    r"might|should|must)\s+(?:also\s+|then\s+)?be\s+(?:\w+ly\s+)?$",
    re.I,
)
# "Signed" as an adjective of what nobody got: "returned without a single signed loan agreement".
# (also with the documents named between: "No agreements signed during the visit; a treaty still under negotiation")
_NONE_SIGNED_RE = re.compile(
    r"\b(?:without|no|not)\s+(?:(?:a|an|any|one)\s+)?(?:(?:single|new|formal)\s+)?"
    # (in either number: "No agreement was signed, but ...", "No documents were signed")
    r"(?:(?:agreements?|deals?|documents?|accords?|memorand\w+|MoUs?|contracts?)\s+"
    r"(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?)?$",
    re.I,
)
# Any one word as the cue of an instrument still to come.
_AS_PLANNED_RE = re.compile(r"(?P<res>(?!))|(?P<ann>[\w-]+)|(?P<sig>(?!))")
# A signing going on as the story is told, which a live blog's entry reports from the room: "Signing ceremony.",
# "13:20 - Signing ceremony under way.", "Ministers are signing, with the leaders looking on." The bare "signing"
# otherwise reads as still to come ("the signing of a treaty is planned"); a fragment that opens its sentence with it,
# or the verb in the present with no object, tells it is happening now.
_SIGNING_NOW_FRAGMENT_RE = re.compile(
    r"signing\s+ceremony\s*(?:[.:]|$|(?:is\s+|has\s+)?(?:now\s+)?(?:under\s*way|in\s+progress|begun|started|begins|"
    r"starts|taking\s+place)\b)",
    re.I,
)
_FRAGMENT_OPENS_RE = re.compile(r"(?:^|[.!?]\s+|\s[–—-]\s+)$")
_SIGNING_NOW_VERB_RE = re.compile(r"\b(?:are|is)\s+(?:now\s+)?$")
_NO_OBJECT_RE = re.compile(r"\s*(?:[.,;:]|$)")
# Any one word as the cue of an instrument done.
_AS_RESULT_RE = re.compile(r"(?P<res>[\w-]+)|(?P<ann>(?!))|(?P<sig>(?!))")
_AS_DONE_RE = re.compile(r"(?P<res>(?!))|(?P<ann>(?!))|(?P<sig>[\w-]+)")
# "Plan" as a document named with its article, one item of a list ("a cooperation plan on ports, an agreement on ..."),
# not an intention ("plans to sign", "a plan to build", "plans for a deal").
_PLAN_AS_DOCUMENT_RE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PLAN_INTENT_AFTER_RE = re.compile(r"\s+(?:to|for)\s")


def _signing_now(sentence: str, start: int, end: int) -> bool:
    """Whether "signing" at ``start`` tells a ceremony under way: a fragment that opens with it, or a present verb."""
    if _SIGNING_NOW_FRAGMENT_RE.match(sentence, start) and _FRAGMENT_OPENS_RE.search(
        sentence, max(0, start - 4), start
    ):
        return True
    return bool(_SIGNING_NOW_VERB_RE.search(sentence, max(0, start - 20), start)) and bool(
        _NO_OBJECT_RE.match(sentence, end)
    )


# The rest of the documents told, as the subject of a sentence: "The remaining agreements", "Other MoUs", "The others".
_REST_LEAD_RE = re.compile(r"\s*(?:The\s+)?(?:other|remaining|rest)\b", re.I)
# A speaker picking out some of the documents just told, the article of the first of them to come: "I want to
# highlight the", "let me mention the", "I would single out the".
_PICKED_OUT_RE = re.compile(
    r"\b(?:I|[Ww]e|[Ll]et\s+me|[Aa]llow\s+me\s+to)\s+(?:(?:would|should|want|wish|must)\s+)?(?:like\s+to\s+)?"
    r"(?:to\s+)?(?:especially\s+|particularly\s+|in\s+particular\s+)?"
    r"(?:single\s+out|highlight|mention|point\s+to|draw\s+(?:your\s+)?attention\s+to)\s+the\s"
)
# A speaker's polite "would" before picking out some of the documents told: "I would single out", "we would like to
# highlight".
_WOULD_POINT_RE = re.compile(
    r"\s+(?:like\s+to\s+)?(?:especially\s+|particularly\s+)?(?:single\s+out|highlight|mention|point\s+to)\b"
)


def _kept_cue(sentence: str, c: re.Match) -> re.Match | None:
    """The cue as kept (an "announced" narrowed to its own words), or None for a word that cues nothing here."""
    if (
        c.group("ann")
        and c.group(0).lower() == "plan"
        and _PLAN_AS_DOCUMENT_RE.search(sentence, max(0, c.start() - 40), c.start())
        and not _PLAN_INTENT_AFTER_RE.match(sentence, c.end())
    ):
        return None  # "The deals include a cooperation plan on ports, an agreement on ...": a document, no plan
    if (
        c.group("ann")
        and c.group(0).lower() == "announced"
        and _DEALS_ANNOUNCED_RE.search(sentence, max(0, c.start() - 40), c.start())
        and not _STILL_TO_COME_RE.match(sentence, c.end())
    ):
        return _AS_RESULT_RE.match(sentence, c.start())  # "Other deals announced during the visit included ..."
    if c.group("ann") and c.group(0).lower() == "would" and _WOULD_POINT_RE.match(sentence, c.end()):
        return None  # "I would single out the agreement on X": the speaker's manner, no plan of the document
    if c.group("ann") and c.group(0).lower() == "signing" and _signing_now(sentence, c.start(), c.end()):
        return _AS_DONE_RE.match(sentence, c.start())
    if (
        c.group("sig")
        and c.group(0)[-2:].lower() == "ed"
        and _PUT_OFF_RE.search(sentence, max(0, c.start() - 40), c.start())
    ):
        return _AS_PLANNED_RE.match(sentence, c.start())
    if (
        c.group("sig")
        and c.group(0)[-2:].lower() == "ed"
        and _NONE_SIGNED_RE.search(sentence, max(0, c.start() - 30), c.start())
    ):
        return _AS_PLANNED_RE.match(sentence, c.start())  # (nothing signed, and no later verb signs it either)
    if (
        c.group("res")
        and c.group(0)[:1] in "cC"
        and _WISHED_CONCLUSION_RE.search(sentence, max(0, c.start() - 50), c.start())
    ):
        return None  # "thanked X for its support for the conclusion of a trade deal": the wish tells its status
    if (
        c.group("sig")
        and c.group(0).lower() == "the signing"
        and _FUTURE_WITNESS_RE.search(sentence, max(0, c.start() - 50), c.start())
    ):
        return _ANN_ONLY_RE.match(sentence, c.start() + 4)
    if (
        c.group("sig")
        and c.group(0).lower() == "the signing"
        and _MEANT_SIGNING_RE.search(sentence, max(0, c.start() - 40), c.start())
    ):
        return _ANN_ONLY_RE.match(sentence, c.start() + 4)
    if c.group("sig") and (
        _NOT_SIGNING_RE.match(sentence, c.start())
        or (
            c.group(0).lower() in ("conclude", "sign")
            and _BARE_VERB_BEFORE_RE.search(sentence, max(0, c.start() - 30), c.start())
        )
    ):
        return None  # "exchanged views on a deal", "a pledge to conclude a deal", "we must conclude": no signing
    if (
        c.group("res")
        and c.group(0).lower() in ("included", "brought", "saw")
        and not compiled(r"\b(?:visit|trip|talks)\s+(?:also\s+)?$").search(
            sentence[max(0, c.start() - 20) : c.start()]
        )
    ):
        return None  # what the visit itself brought, not what anyone saw or included
    if (
        c.group("res")
        and c.group(0).lower() in ("announced", "launched")
        and (
            not _JOINT_SUBJECT_RE.search(sentence, sentence.rfind(";", 0, c.start()) + 1, c.start())
            or _SIGNED_BEFORE_RE.search(sentence, 0, c.start())
        )
        and not _DEALS_WITH_RE.match(sentence, c.end())
    ):
        # one side's pledge ("the Ostrian side announced a loan"), or what was announced beside what was signed
        # ("signed a memorandum on X and announced a visa deal"): an instrument still to come
        c = _ANN_ONLY_RE.match(sentence, c.start())
        if c is None:
            return None
    if (
        c.group("ann")
        and compiled(r"negotiations|discussions?|talks on", re.I).match(c.group(0))
        and _TALKS_AS_TIME_RE.search(sentence[max(0, c.start() - 60) : c.start()])
    ):
        return None  # "Following the negotiations, a memorandum was signed": when, not what is planned
    if c.group(0).istitle() and c.start() > 0:
        before = compiled(r"([\w'’-]+)\W*$").search(sentence[: c.start()])
        after = compiled(r"\W*([\w'’-]+)").match(sentence[c.end() :])
        if (before and before.group(1).istitle()) or (after and after.group(1).istitle()):
            return None
        # ("the Ministry of Planning and Investment", "the Minister for Planning": a name's words joined by "of",
        # "for" or "and"; but in a heading every word has its capital: "Joint Statement and Signing of Memoranda")
        joined_before = compiled(r"([\w'’-]+)\s+(?:of|for|and|&)\s+$").search(
            sentence, max(0, c.start() - 40), c.start()
        )
        joined_after = compiled(r"\s+(?:of|and|&)\s+([\w'’-]+)").match(sentence, c.end())
        if (
            (joined_before and joined_before.group(1).istitle()) or (joined_after and joined_after.group(1).istitle())
        ) and not _HEADLINE_CASE_RE.fullmatch(sentence):
            return None
        # ("...; a Plan of Consultations between the foreign ministries for 2025-2027; ...": a capitalised noun
        # after an article names a document, it plans nothing)
        if c.group("ann") and before and before.group(1) in ("a", "an", "the"):
            return None
    return c


# The verbs of a result in the past, which the cue reads only with the instrument after them.
_RESULT_VERB_RE = re.compile(
    r"(?:produced|yielded|delivered|brought|saw|included|unveiled|released|penned|formali[sz]ed)", re.I
)
# A month named without a year: "in December".
_IN_MONTH_RE = re.compile(
    r"\bin\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)
# An instrument made ready and signed only later: "... was finalised and will be signed in May".
_READY_NOT_SIGNED_RE = re.compile(
    r"[^,;.]{0,60}?\s(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:finali[sz]ed|agreed|completed|"
    r"initiall?ed|approved)\s+(?:and|but)\s+(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|"
    rf"is\s+expected\s+to|are\s+expected\s+to)\s+be\s+(?:\w+ly\s+)?{_DONE}\b"
)

# A document word with its own passive of signing in a relative clause, then the document it was, in apposition, up to
# the kind word: "The only agreement that was signed, a five-year fisheries protocol".
_SIGNED_THEN_NAMED_RE = re.compile(
    r"\b(?:documents?|agreements?|deals?|accords?|instruments?|texts?|memorand(?:um|a|ums))\s+(?:that|which)\s+"
    rf"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|finally\s+|actually\s+)?{_DONE}"
    r"(?:\s+(?:today|yesterday|here|there|during\s+the\s+(?:visit|talks)))?,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)


# A clause of the story's own after a comma, opened by a conjunction ("..., as Hanoi prepares to build a line", "...,
# while talks on a tax treaty go on"), not a phrase that goes on with the instrument ("as well as", "as part of",
# "as agreed").
_STORY_CLAUSE_RE = re.compile(
    r",\s+(?:as(?!\s+(?:well|part|such|agreed|planned|expected|announced|scheduled|promised|foreseen)\b)|"
    r"while|whereas|amid|even\s+as)\s+(?=[A-Za-z])"
)


def _status_from(sentence: str, pos: int, end: int) -> tuple[str, str]:
    """The status and where it came from: "own" (the instrument's own verb), "before" or "after" the kind word."""
    # "plan" names an instrument in "a plan of action", not an intention
    sentence = compiled(
        # (the same length, and still an instrument for a verb that looks ahead to one: "agreed on a plan of action")
        r"(?i)\baction plans?\b|\bplans? of action\b"
    ).sub(lambda m: "programme".ljust(len(m.group(0))), sentence)
    # "initialled and signed": signed, the initials only a step of the same ceremony
    sentence = compiled(r"(?i)\binitiall?ed\s+and\s+(?=signed\b)").sub(lambda m: " " * len(m.group(0)), sentence)
    # the one document a relative clause says was signed, named in apposition after it: "The document that was
    # signed, a ten-year energy roadmap, ..." (a clause that the blanking below would otherwise silence)
    named_signed = _SIGNED_THEN_NAMED_RE.search(sentence, max(0, pos - 160), pos)
    sentence = compiled(
        # (a clause about the visit itself keeps its verb: "a state visit that resulted in a dozen instruments")
        r"(?<!\bvisit )(?<!\btalks )(?<!\btrip )(?<!\bsummit )(?<!\bmeeting )(?<!\bvisits )"
        r"\b(?:that|which|who)\b[^,;]*(?=[,;])"
    ).sub(lambda m: m.group(0) if m.end() > pos else " " * len(m.group(0)), sentence)
    if _READY_NOT_SIGNED_RE.match(sentence, end):
        return "announced", "own"  # "the text of a deal was finalised and will be signed in May": ready, not signed
    if _OWN_DONE_RE.match(sentence, end):
        return "signed", "own"  # "A memorandum on ... was signed, but ...": its own verb decides
    if _OWN_SIGNED_HERE_RE.match(sentence, end):
        return "signed", "own"  # "the agreement on seeds signed today will help farmers": signed, whatever it will do
    if compiled(rf"\s+(?:(?:yet|still)\s+)?to\s+be\s+(?:\w+ly\s+)?(?:{_DONE}|finali[sz]ed)\b").match(sentence, end):
        # the instrument's own infinitive, in a headline too: "roadmap to be signed during the president's visit"
        return "announced", "own"
    if compiled(
        r"[^,;.]{0,60}?\s(?:will|would|shall|should|must|ought to|needs? to|is to|are to|is due to|are due to|"
        r"is expected to|are expected to)\s+(?:\w+ly\s+|also\s+|then\s+)?"
        rf"be\s+(?:\w+ly\s+)?(?:{_DONE}|finali[sz]ed)\b"
    ).match(sentence[end:]):
        # "a memorandum on ... will be signed in May", "the trade deal should finally be concluded": not yet
        return "announced", "own"
    if compiled(
        # (past what it would have done: "a deal that would have opened direct flights was left off the table")
        r"(?:\s+(?:that|which)\s[^,;.]{0,120}?|[^,;.]{0,60}?)"
        r"\s(?:is|are|was|were|remains?|remained)\s+(?:still\s+|urgently\s+|also\s+)?(?:needed|necessary|"
        r"required|possible|desirable|under (?:discussion|consideration|negotiation|review)|on the table|in the works|"
        r"elusive|distant|unlikely|(?:left\s+|kept\s+)?off the (?:table|agenda)|out of reach|a long way off|far off|"
        r"being (?:negotiated|discussed|drafted|prepared))\b"
    ).match(sentence[end:]):
        return "announced", "own"  # "a visa agreement is needed", "a treaty remains under discussion"
    stuck = compiled(
        # (also in its own clause, "the joint declaration on X, which has been stalled since 2021", unless a verb
        # before it signed it: "they signed the accord, which had been delayed twice")
        r"[^,;.]{0,60}?(?P<own>,\s+(?:which|that))?\s(?:was|were|has been|have been|had been|is|are)\s+"
        r"(?:again\s+|also\s+|long\s+)?(?:postponed|"
        r"delayed|deferred|put off|shelved|cancelled|canceled|suspended|called off|blocked|rejected|held up|stalled|"
        r"not signed)\b"
    ).match(sentence[end:])
    if stuck and not (stuck.group("own") and any(c.group("sig") for c in _cues(sentence, 0, pos))):
        return "announced", "own"  # "the signing of a deal on wheat was postponed"
    if compiled(
        r"\b(?:fell|falls?|falling|stopped|stops?|stopping)\s+short\s+of\s+(?:(?:the|a|an|any)\s+)?(?:[\w'’-]+\s+){0,3}$"
    ).search(sentence, max(0, pos - 60), pos):
        return "announced", "before"  # "a visit that produced X but fell short of the trade deal": not reached
    if named_signed:
        return "signed", "before"
    before = _cues(sentence, 0, pos)
    if before and compiled(
        # (also in an absolute clause of the story's past: "wrapped up talks, with the two sides signing five pacts")
        r"(?:,|\bby|\bafter|,\s+with\s+(?:(?!(?:a\s+view\s+)?to\b|an?\s+eye\b)[\w'’-]+\s+){1,4}?)\s*signing\s+$"
    ).search(sentence[: before[-1].end() + 1]):
        return "signed", "before"  # "..., signing a protocol on ...": the participle tells what was done
    if before:
        last = before[-1]
        done = [c for c in before if not c.group("ann")]
        if (
            last.group("ann")
            and done
            and compiled(r"(?:,|\band)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$").search(sentence, last.end(), pos)
            and not _FINITE_RE.search(sentence, done[-1].end(), pos)
        ):
            # "left with a handshake, a promise of further talks and a declaration": the plan is the talks', the
            # declaration one more item of what was done
            last = done[-1]
        return ("announced" if last.group("ann") else "signed"), "before"
    # cues after a semicolon belong to the next clause ("...; officials said the number would rise"), and those of a
    # clause telling what the instrument does ("a deal under which X will build ...") to what it does
    # (also that of a later item: "X, Y and a power deal that will see Z buy more" tells nothing of X and Y)
    semi = sentence.find(";", end)
    stop = semi if semi >= 0 else len(sentence)
    # (and a clause of the story's set off after it by a conjunction has plans of its own: "Other agreements covered A
    # and B, as Hanoi prepares to build a railway", "..., while the two sides plan a summit")
    clause = _STORY_CLAUSE_RE.search(sentence, end, stop) if ", " in sentence[end:stop] else None
    # (to the clause's end only: "a deal, which would spare workers double contributions, was only initialled")
    content = (
        _CONTENT_RE.search(sentence, end, stop)
        or _WILL_DO_RE.search(sentence, end, stop)
        or _SUBJECT_WILL_DO_RE.match(sentence, end, stop)
    )
    after = _cues(sentence, end, stop)
    if content:
        clause_end = compiled(r"[,;]|$").search(sentence, content.end()).start()
        after = [c for c in after if not content.start() <= c.start() < clause_end]
    # an adjective of a later item ("MoUs covered ..., a proposed air link") tells nothing of the instrument
    after = [c for c in after if not compiled(r"\b(?:a|an|the|its|their)\s+$").search(sentence[: c.start()])]
    if clause:
        after = [c for c in after if not (c.group("ann") and c.start() > clause.start())]
    if any(m.group("ann") for m in after[:3]):
        return "announced", "after"
    if after:
        return "signed", "after"
    return "", ""


# The end of an item of a list whose items are lines of their own without markers: "...;", "...; and".
_SEMI_ITEM_END_RE = re.compile(r";\s*(?:and|or)?\s*$")


# A line in headline case: every word of three letters or more capitalised ("Key Deals Signed", "DEALS SIGNED").
_HEADLINE_CASE_RE = re.compile(r"(?:\W*(?:[A-Z][\w'’-]*|[a-z]{1,3}|\d[\w,.$€£%-]*)\b)+\W*")


# A live blog's time stamp on a line of its own: "11:48am", "12:02 p.m.", "14:35 CEST", "9.15 GMT".
_STAMP_PARA_RE = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?\s*", re.I)
# The writer's own posting, after a future's auxiliary: "(will) post them", "(will) update this list".
_WRITER_POSTS_RE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:post|publish|update|add|list|share|bring|report|tell|give)\b(?=\s+(?:them|it|this|the|you|"
    r"each|details|more|readers)\b)"
)


def _lead_cues(para: str) -> list[re.Match]:
    """The cues of a lead-in or heading; one in headline case has its capitals from the style, not from a name, so
    its verb counts ("Key Deals Signed:"). What the writer will do ("We will post them as they come:") is no
    future of the documents."""
    if len(para.split()) >= 2 and _HEADLINE_CASE_RE.fullmatch(para):
        return _cues(para.lower(), 0, len(para))
    return [c for c in _cues(para, 0, len(para)) if not (c.group("ann") and _WRITER_POSTS_RE.match(para, c.end()))]


# An explainer's run-in heading that names what the visit produced, with the paragraph's text after it: "The deals:
# Four things got signed or announced.", "What they agreed: ...". The list under the paragraph is its items, whatever
# verb the text after the heading uses; a heading that says nothing came of it heads no such list.
_RUN_IN_HEAD_RE = re.compile(r"[*_#\s]*(?P<h>[^*_:\n]{2,60}?)[*_\s]*:[*_]*\s+(?=\S)")
_NOTHING_RE = re.compile(r"\b(?:no|not|none|nothing|neither|nor)\b|n['’]t\b", re.I)


def _outcomes_run_in(para: str) -> bool:
    head = _RUN_IN_HEAD_RE.match(para)
    return bool(
        head
        and (_OUTCOME_HEADING_RE.fullmatch(head.group("h")) or _AGREED_HEADING_RE.fullmatch(head.group("h")))
        and not _NOTHING_RE.search(para)
    )


def _list_statuses(art: _Article) -> dict[int, str]:
    """Paragraphs that are items of a list under a lead-in, with the lead-in's status.

    A lead-in ends with a colon ("... witnessed the signing of the following:") or is a short heading ("What was
    signed"); its items are the paragraphs after it that open with list markers of one shape, numbered in order, or
    paragraphs without markers that each open with the name of an instrument.
    """
    text = art.text
    out: dict[int, str] = {}
    lead, shape, number = "", None, 0
    section = ""  # under a section heading such as "What was signed": its paragraphs tell what was signed
    for i, (a, b) in enumerate(art.paras):
        para = text[a:b].rstrip()
        if label := _ENTRY_LABEL_RE.match(para):
            para = para[label.end() :]  # a live blog's entry under its label: "FULL LIST | Outcomes announced:"
        if "|" in para and not _ITEM_RE.match(para) and not compiled(r"\s*\|?\s*\d").match(para):
            continue  # a table's header row ("S.No. | Name of MoU | Signatories") keeps the section it is in
        if _STAMP_PARA_RE.fullmatch(para):
            continue  # a live blog's time stamp between two posts of one list ("12:02pm") leaves the list open
        # a newsletter's or an explainer's run-in heading over what was produced, with its colon and its emphasis
        # ("The deals:", "**Key outcomes:**", "What they agreed:"): a section, as the same heading on its own line is
        bare_head = compiled(r"[*_#\s]*(?P<h>[^*_:]{2,60}?)[*_\s]*:[*_\s]*").fullmatch(para)
        if (
            i >= 2
            and bare_head
            and (
                _OUTCOME_HEADING_RE.fullmatch(bare_head.group("h"))
                or _AGREED_HEADING_RE.fullmatch(bare_head.group("h"))
            )
        ):
            section, lead, shape, number = "signed", "", None, 0
            continue
        if (
            i >= 2
            and (
                len(para.split()) <= 8
                # a longer heading that names the documents, over a numbered list: "Documents exchanged in the
                # presence of the two leaders"
                or (
                    len(para.split()) <= 20
                    and _KINDS_HEADING_RE.search(para)
                    and i + 1 < len(art.paras)
                    and _ITEM_RE.match(text, art.paras[i + 1][0])
                )
            )
            and not compiled(r"[.!;:,]$").search(para)
            and not _SEMI_ITEM_END_RE.search(para)  # ("cooperation in tourism; and": an item, not a heading)
            and not _ITEM_RE.match(para)
            # (nor is a short row of a list of rows: "Higher education — the two education ministers")
            and not (lead and shape == "row" and _SIGNER_ROW_RE.fullmatch(para))
            # (a short item under a lead-in, without a marker, is no heading: "Agreement on air services"; but
            # "Outlook for future treaties", its kind word plural and last, is one)
            and not (
                lead
                and shape in (None, "np")
                and _NP_ITEM_RE.match(para)
                and (kind := _DOC_RE.search(para))
                and not kind.group("kind").lower().endswith("s")
                and compiled(r"\s+(?:on|of|for|in|between|to|concerning|regarding)\s").match(para, kind.end())
            )
        ):
            # a heading, also as a question ("What was signed?"); one of kind words alone ("Agreements") heads
            # what the visit produced
            heading_cues = _lead_cues(para)
            section = "signed" if any(not c.group("ann") for c in heading_cues) else ""
            bare = para.strip()
            if mark := _SECTION_MARK_RE.match(bare):
                bare = bare[mark.end() :]
            # (a heading may name its occasion after a colon or dash: "List of Outcomes: State Visit to X (4 May)")
            bare = _HEADING_SUBTITLE_RE.sub("", bare)
            if not section and (
                _KINDS_HEADING_RE.fullmatch(bare)
                or _OUTCOME_HEADING_RE.fullmatch(bare)
                or _AGREED_HEADING_RE.fullmatch(bare)
            ):
                section = "signed"
            if (
                section
                and compiled(r"\b(?:not|unsigned|yet to)\b").search(para)
                and not compiled(r"\band\b").search(para)
            ):
                section = ""
            lead, shape, number = "", None, 0  # (a heading opens a section of its own: the list above has ended)
            continue
        if section:
            out.setdefault(i, section)
        line = text[text.rfind("\n", 0, a) + 1 : b]
        item = _ITEM_RE.match(line)
        if item and lead:
            # "(1)", "2.", "b)": numbers and letters count alike
            n = (
                int(item.group("n"))
                if item.group("n")
                else _ROMAN.index(item.group("r")) + 1
                if item.group("r")
                else ord(item.group("l")) - 96
                if item.group("l")
                else _ITEM_WORDS[item.group("w").lower()]
                if item.group("w")
                else 0
            )
            this = (
                len(item.group("ind")),
                item.group("p") or item.group("rp") or item.group("lp") or item.group("b") or item.group("wp"),
            )
            if (shape is None and n <= 1) or (this == shape and (not n or n == number + 1)):
                shape, number = this, n
                out[i] = lead
                if not para.endswith(":"):
                    continue
        elif (
            lead
            and not item
            and shape in (None, "semi")
            # (an item set off by its semicolon may be long, whether it opens with an instrument's name, "a Memorandum
            # of Understanding between the Ministry of Health of X and the Ministry of Health of Y on ...;", or with
            # its sum: "£450 million from the development bank, its finance arm, for a geothermal plant in the valley
            # and solar projects in the north;"; but a long one with a verb of its own is prose, which ends the list)
            and (
                len(para.split()) <= 24
                or (len(para.split()) <= 60 and (bool(_NP_ITEM_RE.match(para)) or not _FINITE_RE.search(para)))
            )
            and (_SEMI_ITEM_END_RE.search(para) or (shape == "semi" and para.endswith(".")))
        ):
            # items without markers, one a line, set off by semicolons: "cooperation in the field of youth;",
            # "cooperation in tourism; and", the last one ending with a full stop
            shape = "semi" if _SEMI_ITEM_END_RE.search(para) else "done"
            out[i] = lead
            continue
        elif (
            lead
            and not item
            and shape in (None, "row")
            and (row := _SIGNER_ROW_RE.fullmatch(para))
            and _SIGNER_WORD_RE.search(row.group("who"))
        ):
            # items without markers, one a line, each its topic and who signed it after a dash: "Mining and geology
            # — the Minister of Minerals and the Mines Board"
            shape = "row"
            out[i] = lead
            continue
        elif (
            lead
            and not item
            and shape in (None, "np")
            and (
                _NP_ITEM_RE.match(para)
                # (or a fact box's line with no stop and no verb of its own, longer than a heading: "An expansion of
                # the youth mobility scheme, raising the places to 6,000 a year")
                or (not _SENTENCE_STOP_RE.search(para) and not _FINITE_RE.search(para) and len(para.split()) <= 40)
            )
            and not para.endswith(":")
        ):
            # (a paragraph ending with a colon is a lead-in of its own: "The ministers signed agreements in:")
            # items without markers, one a paragraph: "An agreement between the X Authority and its Y counterpart."
            shape = "np"
            out[i] = lead
            continue
        heading = len(para.split()) <= 6 and not compiled(r"[.!?;,]$").search(para)
        cues = _lead_cues(para) if _ends_lead(para) or heading else []
        if (
            (cues and not cues[-1].group("ann"))
            # (an announcing verb as the participle of the deals themselves: "The deals announced today include:")
            or (para.endswith(":") and _ANNOUNCED_DEALS_LEAD_RE.search(para))
            or _outcomes_run_in(para)
            or (
                # "Among the documents:", "Key outcomes of the visit:": what the visit produced, listed below
                para.endswith(":")
                and not cues
                and (
                    _OUTCOMES_RE.search(para)
                    or _AMONG_LEAD_RE.search(para)
                    # "The two governments release a list of outcomes. Besides the X Agreement, they are:": the
                    # list the lead-in names, item by item
                    or (_LIST_OF_OUTCOMES_RE.search(para) and _THEY_ARE_TAIL_RE.search(para))
                    # "The instruments were signed yesterday ..." / "They are:": the documents just signed, one by one
                    # ("The other agreements include:", after a paragraph on one, goes on from a signing further up)
                    or (
                        i > 0
                        and _THEY_ARE_RE.fullmatch(para)
                        and any(
                            not c.group("ann")
                            for a0, b0 in (art.paras[:i] if _OTHER_ONES_RE.match(para) else art.paras[i - 1 : i])
                            for c in _cues(text[a0:b0], 0, b0 - a0)
                        )
                    )
                )
            )
        ):
            lead, shape, number = "signed", None, 0
        elif i not in out and not (lead and i - 1 in out and _SIGNER_NOTE_RE.match(para)):
            # (a note on who signed the item just listed, "The document was signed by the ministers of energy.",
            # leaves the list open for the next item)
            lead = ""
    return out


# A list's item that opens with a run-in label of its field, in bold or not: "- **Digital ID:** Support for the
# rollout of a national identity system", "• Jobs: More places in the seasonal scheme."
_LABELLED_ITEM_RE = re.compile(
    r"[*_]{0,2}(?P<label>[A-Z][^:*_.;!?\n]{1,40}?)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?P<body>\S(?:[^.;]|\.(?=\d|\S))*)"
)
# Where the first clause of an item's text ends: the note on what it will do, or whom it is with, is no part of it.
_CLAUSE_END_RE = re.compile(r"\s*[,;(–—]|\s+(?:so|which|who|with|aiming|to\s+help)\s")


def _outcomes_heading(para: str) -> bool:
    """Whether a paragraph is a heading, run in or on its own line, over what the visit produced."""
    if _outcomes_run_in(para):
        return True
    bare = para.strip(" *_#")
    if len(bare.split()) > 8 or _SENTENCE_STOP_RE.search(bare):
        return False
    bare = _HEADING_SUBTITLE_RE.sub("", bare[mark.end() :] if (mark := _SECTION_MARK_RE.match(bare)) else bare)
    return bool(
        _OUTCOME_HEADING_RE.fullmatch(bare) or _AGREED_HEADING_RE.fullmatch(bare) or _KINDS_HEADING_RE.fullmatch(bare)
    )


def _labelled_outcomes(
    art: _Article, listed_under: dict[int, str], found: list[AgreementSuggestion]
) -> list[AgreementSuggestion]:
    """The items of a list under a heading of what the visit produced that name no instrument, one deal each.

    An explainer lists the deals by field under "The deals:" ("- **Policing:** Australia will put A$120 million into
    the police college"); the heading says each item is one of what was signed or announced, so an item counts though
    its text names a sum, a scheme or support and no kind word. An item that names a kind word is the scan's.
    """
    out: list[AgreementSuggestion] = []
    text = art.text
    for i, (a, b) in enumerate(art.paras):
        if listed_under.get(i) != "signed" or any(a <= ag.start < b for ag in found):
            continue
        item = _ITEM_RE.match(text, a)
        labelled = _LABELLED_ITEM_RE.match(text, item.end(), b) if item else None
        if (
            not labelled
            or len(labelled.group("label").split()) > 5
            or _DOC_RE.search(text, a, b)
            or _NOT_SIGNED_RE.search(text, a, b)
            or _NOTHING_RE.search(labelled.group("label"))
        ):
            continue
        lead = i - 1
        while lead > 0 and _ITEM_RE.match(text, art.paras[lead][0]):
            lead -= 1
        lead_text = text[slice(*art.paras[lead])].strip()
        if not (
            _outcomes_heading(lead_text)
            or (lead > 0 and lead_text.endswith(":") and _outcomes_heading(text[slice(*art.paras[lead - 1])]))
        ):
            continue
        label, body = labelled.group("label").strip(), labelled.group("body")
        clause = body[: m.start()] if (m := _CLAUSE_END_RE.search(body)) else body
        clause = " ".join(clause.split()[:14])
        # (the label is the writer's tag of one or two words, "Jobs", "Health workers"; the text says what the deal
        # does, in the words that tell its field)
        sphere = _sphere_x(clause)
        out.append(
            AgreementSuggestion(
                title=f"{label}: {clause}",
                kind=_kind_slug(label),
                sphere=sphere if sphere != "other" else _sphere_x(label),
                status="signed",
                start=labelled.start("label"),
                end=labelled.end("body"),
            )
        )
    return out


# A firm's deal told by its verb alone: "X signed with Y to explore a garment facility", "X agreed to set up a tractor
# plant", "X agreed with Y to buy a stake in ...", and, among the deals of a count just given, "X will invest $N in".
_INVEST_VERB = (
    r"(?:invest|build|set\s+up|establish|open|buy|acquire|purchase|develop|construct|explore|form|launch|create|"
    r"take\s+(?:a|an)\s+(?:[\w.%-]+\s+){0,3}?stake|modernise|modernize|expand|co-develop|jointly\s+develop|finance|fund|"
    r"produce|assemble|manufacture|operate|install|supply|export|import|sell|deliver|ship|provide|lend|co-finance)\b"
)
# What firms' memoranda do besides investing, when the firms are said to have agreed it: they study, extend or work
# together on a project ("X and Y agreed to study expanding a solar plant", "agreed to extend a gas supply
# arrangement", "agreed to cooperate on battery recycling", "agreed to conduct a feasibility study"). Agreed by firms
# in a story that signs something, it is the firms' document; the field is the project's.
_JOINT_WORK_VERB = (
    r"(?:study|look\s+(?:at|into)|examine|assess|evaluate|conduct|carry\s+out|extend|renew|prolong|upgrade|"
    r"cooperate|co-operate|collaborate|partner|work\s+together|research|train|pilot|test)\b"
)
_JOINT_WORK_RE = re.compile(rf"(?:\w+ly\s+)?{_JOINT_WORK_VERB}")
_DEAL_VERB = rf"(?:{_INVEST_VERB}|{_JOINT_WORK_VERB})"
_DEAL_VERB_RE = re.compile(rf"(?:\w+ly\s+)?{_DEAL_VERB}")
_WENT_INTO_PARTNERSHIP = (
    r"(?:entered|went)\s+into\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:partnership|collaboration|alliance|tie-up|cooperation)"
)
_FIRM_WORD = r"(?:[A-Z][\w'’.&-]*|&)"
_FIRM_NAME = rf"{_FIRM_WORD}(?:\s+{_FIRM_WORD}){{0,5}}"
_FIRM_KIND = (
    r"(?:firm|company|maker|producer|group|conglomerate|developer|operator|lender|miner|manufacturer|utility|carrier|"
    r"exporter|importer|investor|supplier|builder|contractor|retailer|grocer|distributor|shipbuilder|refiner|insurer|"
    r"airline|cooperative|processor|automaker|carmaker|wholesaler|trader|trading\s+house)"
)
_FIRM_DEAL_RE = re.compile(
    # (two firms may agree as one subject: "Kessen Motors and Tolm Agro agreed to assemble tractors")
    # (the second may be told by what it is: "Rhein Steel and Kolvi's state-owned power producer agreed to build")
    rf"(?P<firm>{_FIRM_NAME}(?:\s+and\s+(?:{_FIRM_NAME}|(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?{_FIRM_KIND}))?)"
    # (what the last of them is may stand between commas: "X and Y, the national railway company, agreed to expand")
    rf"(?P<appos>,\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?{_FIRM_KIND},)?"
    r"\s+(?:(?:has|have|also|then|separately)\s+)?"
    # (a partnership the firm went into with another is its deal with it: "X partnered with Y on a cold store",
    # "X entered into a technology partnership with Y for wastewater treatment", and, among deals just told or
    # listed, "X will partner with Y on a plant", "X will work with Y to train teachers")
    rf"(?:(?:signed(?:\s+up)?|inked|sealed|agreed|teamed\s+up|partnered|{_WENT_INTO_PARTNERSHIP}|"
    rf"(?P<willwith>will)\s+(?:partner|work|team\s+up|collaborate|cooperate|co-operate))"
    rf"\s+with\s+(?:(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,4}}?"
    rf"(?P<firm2>{_FIRM_NAME})|"
    # (or with a partner told by what it is, which makes the first a firm too: "X agreed with a Vietnamese partner to
    # build a cold store", "Y signed with a local builder for a plant")
    rf"(?P<partner>(?:a|an|the|its|their)\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{_FIRM_KIND}|partner)))"
    rf"\s+(?P<prep>to|for|on)\s+|agreed\s+to\s+(?=(?:\w+ly\s+)?{_DEAL_VERB})|"
    rf"(?P<will>will)\s+(?=(?:\w+ly\s+)?{_DEAL_VERB})|"
    # a lender's money for a project: "the Development Fund will be providing financing for a plant", "the Finance
    # Corporation would back a desalination plant"
    r"(?P<lend>(?:will|would)\s+(?:be\s+)?(?:back|backing|finance|financing|fund|funding|lend|lending|provide|providing|"
    r"extend|extending)\s+))"
    r"(?P<vp>[^.;]+)"
)
# A body that lends, and a clause that says both sides settled what it lends: "the sides agreed that ..., and the
# Fund will ...", "an announcement that the Bank would ...".
_LENDER_RE = re.compile(
    r"\b(?:Fund|Bank|Eximbank|EXIM|Finance|Financing|Credit|Development\s+Corporation)\b|"
    r"\b(?:[A-Z]{2,}\s+)?(?:lender|bank|fund)\s*$"
)
_SETTLED_THAT_RE = re.compile(r"\b(?:agreed|announced|announcement|confirmed|decided)\s+that\b", re.I)
# Words that make a capitalised name a firm's: in the name ("Sao Mai Group", "Brunelli Agri") or just before it
# ("machinery maker Brunelli", "conglomerate Liwayway").
_ORG_WORD_RE = re.compile(
    r"\b(?:Group|Holdings?|Corp\w*|Co|Company|Companies|Inc|Ltd|LLC|PLC|AG|SA|SpA|GmbH|JSC|PJSC|Bhd|Tbk|Industries|"
    r"Industrial|Investments?|Energy|Power|Foods?|Mining|Minerals|Materials|Bank|Fund|Capital|Airlines?|Airways|"
    r"Motors|Agri\w*|Agro\w*|Tekstil|Textiles?|Cluster|Utilities|Water|Petroleum|Oil|Gas|Steel|Metals|Chemicals?|"
    r"Pharma\w*|Logistics|Shipping|Ports|Rail\w*|Telecom\w*|Technolog\w+|Tech|Systems|Solutions|Construction|"
    r"Costruzioni|Engineering|Electric\w*|Renewables?|Resources|Ventures|Partners|Enterprises?|Trading|Sohn)\b"
)
# A title whose parties are firms, by what they are or by the letters of their legal form: "between a food producer
# and a distributor", "between Kolvi Foods Bhd and ...".
_FIRMS_BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?:[^,;]{{0,80}}?\s)?(?:{_FIRM_KIND}s?|companies|(?-i:Bhd|Ltd|GmbH|JSC|PJSC|LLC|Inc|Corp|PLC|Tbk|SpA))\b",
    re.I,
)
_ORG_DESCRIPTOR_RE = re.compile(
    r"\b(?:firm|company|maker|producer|group|conglomerate|developer|giant|operator|lender|miner|manufacturer|utility|"
    r"carrier|exporter|importer|investor|fund|supplier|builder|contractor|retailer|chain|start-?up|holding|"
    r"processor|shipbuilder|automaker|carmaker|refiner|grocer|distributor|wholesaler|trader|insurer|airline|brewer|"
    r"trading\s+house|"
    r"shipper|brand|platform|partner)\s+$"
)
_NOT_FIRM_RE = re.compile(
    r"(?:The\s+)?(?:Ministry|Ministries|Government|President|Prime|Minister|Department|Parliament|State|Both|They|"
    r"He|She|It|We)\b"
)
_VP_END_RE = re.compile(
    r",\s+(?:while|and|but|as|which|who|aimed|employing|creating|worth|with|under|in\s+a\s+deal)\b|,\s+[a-z]+ing\b|"
    # (the source after the deal, at some length: ", the company's Australian partner told the exchange")
    r"\s+while\s|\s+and\s+(?=[A-Z])|\s+but\s|,\s+(?:officials|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:said|says|told)\b|"
    r",\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?\w+ing\b"  # ", the ministers having signed ...": a clause of its own
)
# A firm told by what it is rather than by name, whose deal is told by its verb: "a Korean cathode materials maker
# agreed with the regional government to expand its plant".
_DESCRIBED_FIRM_DEAL_RE = re.compile(
    r"\b(?P<firm>(?:[Aa]|[Aa]n)\s+(?:[\w'’-]+\s+){0,4}?(?:maker|company|firm|producer|manufacturer|developer|operator|"
    r"supplier|contractor|miner|shipbuilder|automaker|carmaker|utility))\s+(?:has\s+|also\s+)?"
    rf"(?:signed|agreed|teamed\s+up)\s+with\s+(?P<firm2>(?:the|a|an|its)\s+[^,;.]{{3,60}}?)\s+to\s+"
    rf"(?P<vp>(?:\w+ly\s+)?{_DEAL_VERB}[^.;]*)"
)
# (buying goods is trade too, buying into a firm or a plant is not: "buy urea", not "buy a stake in a mill")
_TRADE_VERB_RE = re.compile(
    r"(?:\w+ly\s+)?(?:supply|export|import|sell|deliver|ship|provide|"
    r"(?:buy|purchase)(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w%-]+\s+){0,3}?(?:stakes?|shares?|compan(?:y|ies)|"
    r"firms?|assets?|plants?|factor(?:y|ies)|mills?|mines?|businesses|holdings?|units?|operators?)\b))\b"
)
# Plural documents for work a firm contracts to do ("signed contracts to build and operate two plants") are that work's
# documents; after a verb of closer ties ("agreements to create a legal framework", "to develop cooperation") the
# plural is a purpose, or a total of them.
_CONTRACTED_WORK_RE = re.compile(
    r"\s+to\s+(?:build|construct|operate|supply|deliver|buy|purchase|acquire|install|manufacture|produce|assemble|"
    r"moderni[sz]e|upgrade|finance|co-finance|export|import|sell|ship)\b"
)
# A firm told by what it is that agreed, on its own, to do what a deal does; a note on it may stand between commas: "a
# Gulf food investment platform agreed to take a stake in a rice exporter and to build cold stores", "a Kessa-based
# drug maker, whose owner travelled with the delegation, agreed to build an insulin plant".
# Firms of a trade, in the plural, may be the subject too ("pharmaceutical firms from the two countries agreed to set
# up a plant", "Brazilian agribusiness firms agreed to buy urea"), when a word says which trade ("UAE companies agreed
# to invest $11 billion" is a total of a nation's firms).
_DESCRIBED_FIRM_AGREED_RE = re.compile(
    r"\b(?P<firm>(?:[Aa]|[Aa]n)\s+(?:[\w'’-]+\s+){0,5}?(?:maker|company|firm|producer|manufacturer|developer|operator|"
    r"supplier|contractor|miner|shipbuilder|automaker|carmaker|utility|holding|platform|conglomerate|investor|builder|"
    r"trading\s+house)|"
    r"(?!(?:while|whereas|and|but|also|that|which|where|when|then|other|some|many|several|the|their|its|two|both)\b)"
    r"(?:[A-Z][a-z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){1,2}?(?:firms|companies|makers|producers|manufacturers|exporters|"
    r"importers|developers)(?:\s+from\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations))?)"
    r"(?:,\s+(?:whose|which|who)\s[^,;.]{3,120},)?\s+(?:has\s+|have\s+|also\s+)?agreed\s+to\s+"
    rf"(?P<vp>(?:\w+ly\s+)?(?:{_DEAL_VERB}|take\s+part\s+in\b|participate\s+in\b)(?:[^.;]|\.(?=\d))*)"
)
# "agreed to invest about $11 billion": a sum pledged, no deal of its own
_SUM_PLEDGED_RE = re.compile(
    r"(?:invest|spend|put)\s+(?:(?:about|around|some|up\s+to|more\s+than|over|nearly|almost|roughly)\s+)?[$€£¥\d]"
)
# The second thing the same firm agreed to do ("... and to build cold stores"), and the sum of the lot after them.
_AND_TO_RE = re.compile(rf"\s+and\s+to\s+(?=(?:\w+ly\s+)?{_DEAL_VERB})")
_DEALS_SUM_RE = re.compile(r",\s+in\s+(?:a\s+)?deals?\b")
# A purchase told by its order, a count of the goods after it: "X said a leasing company had placed a firm order for 15
# jets", "the carrier won an order for six ferries", "operators agreed to buy 20 helicopters". An order only hoped for
# has no such past verb; one placed years ago says when ("ordered 36 jets in 2014").
_NUMBER_WORD = rf"(?:\d[\d,.]*|{_SMALL_NUMBER}|\w+teen|twenty|thirty|forty|fifty|hundred)"
_ORDER_RE = re.compile(
    r"\b(?:(?:placed|won|booked|received|secured|landed|signed|finali[sz]ed|firmed\s+up)\s+(?:(?:a|an|its|their)\s+)?"
    r"(?:(?:firm|new|fresh|major|large|big|first|follow-on|repeat)\s+)*orders?\s+for|ordered|"
    r"agreed\s+to\s+(?:buy|purchase|order)|"
    # (what a deal just told signed has a buyer take: "Under the deal, Ostria will buy 40 more trucks from X")
    r"(?P<under>[Uu]nder\s+the\s+(?:deals?|contracts?|agreements?),\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:will|is\s+to|are\s+to)\s+(?:buy|purchase|acquire|order)))\s+"
    # (or a sum of goods: "agreed to buy $2 billion of grain", "$300 million worth of beef"; the stops of a short form
    # stay inside: "U.S. wheat")
    rf"(?P<what>(?:(?:up\s+to\s+|another\s+|some\s+|about\s+)?{_NUMBER_WORD}|"
    r"[$€£¥]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:worth\s+)?of)\s+(?:[^.;]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z\d]))*)"
)
# (the goods may be two models joined by "and": "20 H145 and H160 helicopters"; a comma or a clause ends them)
_ORDER_END_RE = re.compile(r",|\s+(?:while|whereas|but|as|which|that)\s")
_EARLIER_ORDER_RE = re.compile(
    r"\b(?:in|since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b|(?:19|20)\d\d\b)|\b(?:already|earlier|previously|last\s+year|years?\s+ago)\b"
)


# A standing financing instrument the sides agreed to extend or enlarge, which is the visit's own deal on it: "X and Y
# agreed on Wednesday to extend a 5 billion yuan currency swap line for three years", "agreed to renew their credit
# line". The day may stand before the infinitive and a sum before the instrument; an earlier time says it is not this
# visit's.
_EXTENDED_FACILITY_RE = re.compile(
    r"\bagreed\s+(?:on\s+\w+\s+)?to\s+(?P<verb>extend|renew|expand|enlarge|increase|double|prolong)\s+"
    r"(?P<what>(?:(?:a|an|the|their|its)\s+)?(?:[^.;,]|\.(?=\d)){0,60}?\b(?:(?:currency\s+)?swap\s+"
    r"(?:lines?|agreements?|arrangements?|deals?|facilit(?:y|ies))|credit\s+lines?|lines?\s+of\s+credit|"
    r"loan\s+facilit(?:y|ies)))\b"
)

_FACILITY_ACT = {"extend": "Extension", "prolong": "Extension", "renew": "Renewal"}


def _extended_facilities(art: _Article) -> list[AgreementSuggestion]:
    """Financing instruments the sides agreed during the visit to extend or enlarge, one deal each."""
    out: list[AgreementSuggestion] = []
    if "agreed" not in art.text:
        return out
    for s_start, s_end, _ in art.sentences:
        sent = art.text[s_start:s_end]
        if _BACKGROUND_RE.match(sent) or sent.rstrip(' "”»’').endswith("?"):
            continue
        for m in _EXTENDED_FACILITY_RE.finditer(sent):
            if _EARLIER_ORDER_RE.search(sent, 0, m.start()):
                continue
            what = compiled(r"^(?:a|an|the|their|its)\s+").sub("", m.group("what"))
            out.append(
                AgreementSuggestion(
                    title=f"{_FACILITY_ACT.get(m.group('verb'), 'Expansion')} of the {what}",
                    kind="agreement",
                    sphere="finance",
                    status="signed",
                    start=s_start + m.start(),
                    end=s_start + m.end(),
                )
            )
    return out


def _done_before(art: _Article, vp: str) -> bool:
    """Whether a firm's deal is told done before the visit: "partnered with Y on a wind farm in 2019", "agreed last
    year to build a plant" (a year after the dateline's, "to open in 2027", is when it will be done)."""
    earlier = _EARLIER_RE.search(vp)
    return bool(earlier) and (
        not earlier.group("y") or (art.dateline is not None and int(earlier.group("y")) < art.dateline.year)
    )


def _firm_deals(
    art: _Article, found: list[AgreementSuggestion], listed: Container[int] = ()
) -> list[AgreementSuggestion]:
    """Firms' deals with no kind word, in an article that signs something; each once, beside what ``found`` has
    (``listed``: the paragraphs that are items of a list of what was signed)."""
    text = art.text
    out: list[AgreementSuggestion] = []
    for s_start, s_end, _ in art.sentences:
        sent = text[s_start:s_end]
        if sent.rstrip(' "”»’').endswith("?") or _BACKGROUND_RE.match(sent):
            continue
        for d in _DESCRIBED_FIRM_DEAL_RE.finditer(sent) if " with " in sent else ():
            end = _VP_END_RE.search(d.group("vp"))
            vp = d.group("vp")[: end.start() if end else len(d.group("vp"))].strip(" ,.")
            lo, hi = s_start + d.start("firm"), s_start + d.start("vp") + len(vp)
            who = d.group("firm")[:1].lower() + d.group("firm")[1:]
            if len(vp.split()) > 25 or any(lo <= ag.start < hi for ag in found):
                continue
            out.append(
                AgreementSuggestion(
                    title=f"Agreement between {who} and {d.group('firm2')} to {vp}",
                    kind="contract",
                    sphere="trade" if _TRADE_VERB_RE.match(vp) else "investment",
                    status="signed",
                    start=lo,
                    end=hi,
                )
            )
        for d in _DESCRIBED_FIRM_AGREED_RE.finditer(sent) if " agreed to " in sent else ():
            vp = d.group("vp")
            end = _VP_END_RE.search(vp) or _DEALS_SUM_RE.search(vp)
            vp = vp[: end.start() if end else len(vp)].strip(" ,.")
            lo, hi = s_start + d.start("firm"), s_start + d.start("vp") + len(vp)
            # (a deal read already may open before the firm: "Fertiliser: Brazilian firms agreed to buy urea")
            if (
                any(ag.start < hi and lo < ag.end for ag in found)
                or _SUM_PLEDGED_RE.match(vp)
                or _done_before(art, vp)
            ):
                continue
            who = d.group("firm")
            who = who[:1].lower() + who[1:] if compiled(r"(?:A|An)\s").match(who) else who
            for i, act in enumerate(_AND_TO_RE.split(vp)):
                if not 2 <= len(act.split()) <= 25:
                    continue
                out.append(
                    AgreementSuggestion(
                        title=f"Agreement by {who} to {act}" if i == 0 else f"Agreement to {act}",
                        kind="contract",
                        sphere=_deal_sphere(act),
                        status="signed",
                        start=lo,
                        end=hi,
                    )
                )
        for order in _ORDER_RE.finditer(sent) if "order" in sent or "agreed to" in sent or "nder the" in sent else ():
            what = order.group("what")
            end = _ORDER_END_RE.search(what)
            what = what[: end.start() if end else len(what)].strip(" ,")
            lo, hi = s_start + order.start(), s_start + order.start("what") + len(what)
            if _EARLIER_ORDER_RE.search(sent) or any(lo <= ag.start < hi for ag in found):
                continue
            if order.group("under") and not any(ag.status == "signed" for ag in found):
                continue  # (a deal only planned has no buyer yet)
            # (two goods, each with its count, are two orders: "40 trucks from X and 12 cranes from Y")
            goods_list = compiled(rf"\s+and\s+(?={_NUMBER_WORD}\s)").split(what) if order.group("under") else [what]
            if any(len(w.split()) > 12 for w in goods_list):
                continue
            for what in goods_list:
                # (the field of the goods, not of their use: "helicopters for medical services" are aviation's)
                # (a sum of goods is read from the goods: "$2 billion worth of beef" is the beef's)
                goods = compiled(r"^[$€£¥]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:worth\s+)?of\s+").sub("", what)
                field = _sphere_x(compiled(r"\s(?:for|from|to|with|by|worth)\s").split(goods, 1)[0])
                out.append(
                    AgreementSuggestion(
                        title=f"Order for {what}",
                        kind="contract",
                        sphere=field if field != "other" else "trade",
                        status="signed",
                        start=lo,
                        end=hi,
                    )
                )
        pos = 0
        while m := _FIRM_DEAL_RE.search(sent, pos):
            end = _VP_END_RE.search(m.group("vp"))
            vp = m.group("vp")[: end.start() if end else len(m.group("vp"))].strip(" ,")
            pos = m.start("vp") + max(len(vp), 1)  # (the next firm's deal may follow in the same sentence)
            firm = compiled(r"^(?:The|the|A|An|On|In|At|Among them,?|Meanwhile,?)\s+").sub("", m.group("firm")).strip()
            based = compiled(r"^[A-Z][\w'’-]*-based\s+(?=[A-Z])").match(firm)  # ("Hamburg-based X": where it sits)
            firm = firm[based.end() :] if based else firm
            if not firm or _NOT_FIRM_RE.match(firm) or _COUNTRY_RE.fullmatch(firm):
                continue
            # (a name said to sit in a city, or told a company between commas, is a firm's whatever its words)
            if not (
                _ORG_WORD_RE.search(firm)
                or _ORG_DESCRIPTOR_RE.search(sent[: m.start("firm")])
                or m.group("partner")
                or m.group("appos")
                or based
            ):
                continue
            if (
                (m.group("will") or m.group("willwith"))
                and not _AMONG_RE.match(sent)
                # (an item of a list of what was signed, unless it only pledges a sum: "X will invest $5 million")
                and not (art.sentence_at(s_start)[2] in listed and not _SUM_PLEDGED_RE.match(vp))
                and not (
                    compiled(r"(?:,\s+|\s+)(?:while|whereas|and)\s+(?:[\w'’-]+\s+){0,4}$").search(
                        sent, 0, m.start("firm")
                    )
                    and any(s_start <= ag.start < s_start + m.start() and ag.status == "signed" for ag in found + out)
                    # (not the second subject of what a deal does: "a deal under which X and Y will develop a mine")
                    and not any(ag.start <= s_start + m.start("firm") < ag.end for ag in found + out)
                )
            ):
                # "X will invest" is a pledge, unless it is one of the deals just counted, or a clause beside a deal
                # the sentence told done ("X agreed to supply turbines, while Y will build cold stores")
                continue
            lend = bool(m.group("lend"))
            if lend and not (
                (_LENDER_RE.search(firm) or _LENDER_RE.search(sent[: m.start("firm")]))
                and _SETTLED_THAT_RE.search(sent, 0, m.start())
            ):
                continue  # "the Bank will lend more" is a pledge; agreed or announced as settled, it is a deal
            clause_lo = max(
                [0] + [c.end() for c in compiled(r"[,;]|\b(?:while|whereas|and)\b").finditer(sent[: m.start()])]
            )
            if (
                any(
                    c.group("ann") and not (lend and sent.startswith(" that", c.end()))  # ("announced that": settled)
                    for c in _cues(sent, clause_lo, m.end("firm"))[-1:]
                )
                or (
                    not lend
                    and compiled(
                        r"\s+(?:\w+\s+)?(?:hopes?|plans?|wants?|seeks?|aims?|intends?|could|may|might|would)\b"
                    ).match(sent[m.end("firm") :])
                )
            ):
                continue  # "X hopes to agree with Y to build ...", "talks on whether X could sign with Y to ..."
            if compiled(r"\b(?:not|never|no longer|failed to)\s+(?:\w+\s+)?$").search(sent[: m.end("firm") + 12]):
                continue
            if len(vp.split()) > 25 or len(vp.split()) < 2 or _done_before(art, vp):
                continue
            lo, hi = s_start + m.start(), s_start + m.start("vp") + len(vp)
            if any(lo <= ag.start < hi and ag.status == "signed" for ag in found):
                continue  # the clause names its instrument ("agreed with Y to form a joint venture"): read already
            # (an instrument read there as only planned, "X and Y agreed to set up a joint venture to make blades", is
            # the firms' deal itself, which their verb tells done)
            if lend:
                purpose = compiled(
                    r"^(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:financing|funding|loans?|credit)\s+for\s+"
                ).sub("", vp)
                field = _sphere_x(purpose)
                out.append(
                    AgreementSuggestion(
                        title=f"{firm} financing for {purpose}",
                        kind="agreement",
                        sphere=field if field != "other" else "finance",
                        status="signed",
                        start=lo,
                        end=hi,
                    )
                )
                continue
            if m.group("firm2") or m.group("partner"):
                title = f"{firm} agreement with {m.group('firm2') or m.group('partner')} {m.group('prep')} {vp}"
            else:
                title = f"{firm} agreement to {vp}"
            sphere = _deal_sphere(vp)
            if m.group("prep") in ("for", "on") and sphere == "investment" and not _DEAL_VERB_RE.match(vp):
                sphere = _sphere_x(vp)  # ("a partnership with Y for wastewater treatment": the topic's field)
                sphere = "investment" if sphere == "other" else sphere
            out.append(
                AgreementSuggestion(title=title, kind="contract", sphere=sphere, status="signed", start=lo, end=hi)
            )
    return out


def _deal_sphere(vp: str) -> str:
    """The field of a firm's deal told by what the firm does."""
    if _TRADE_VERB_RE.match(vp):
        sphere = _sphere_x(vp)
        return "trade" if sphere == "other" else sphere
    if compiled(r"(?:\w+ly\s+)?(?:finance|fund|lend|co-finance)\b").match(vp):
        return "finance"  # "the Fund agreed to finance a dam": a financing deal
    if work := _JOINT_WORK_RE.match(vp):
        sphere = _sphere_x(vp)  # "agreed to study expanding a solar plant": the project's field
        if sphere == "other" and work.group().endswith(("train", "research")):
            return "education" if work.group().endswith("train") else "science"  # ("to train teachers")
        return "investment" if sphere == "other" else sphere
    return "investment"  # a firm that builds, buys or sets up something invests


def _stems(title: str) -> set[str]:
    return {w[:5] for w in compiled(r"[a-z]{4,}").findall(fold(title).lower())} - _TITLE_STEMS


def _topic_stems(title: str) -> set[str]:
    return _stems(_COUNTRY_RE.sub(" ", title)) - _STATE_STEMS


# the words of a state's style: "the Republic of", "the Government of the Kingdom of"
_STATE_STEMS = {"repub", "kingd", "gover", "state", "feder", "democ", "sulta", "emira"}
# words of every title, which say nothing of which document it is
_TITLE_STEMS = {
    "agree", "memor", "under", "stand", "deal", "deals", "proto", "lette", "inten", "progr", "decla", "contr",
    "coope", "field", "areas", "betwe", "with", "from", "their", "other", "joint",
}  # fmt: skip


# A sentence that tells documents beside those already named: "Other MoUs covered ...", "Further deals include ...".
_OTHER_KINDS_RE = re.compile(
    r"\s*(?:The\s+(?:other|further|additional|remaining|separate)|(?:The\s+)?(?:Other|Further|Additional|Remaining|"
    # (with their count: "Four other memoranda ...", "Two more deals ...", "The three other agreements ...")
    rf"Separate)|(?:(?:The|the)\s+)?(?:{_SMALL_NUMBER.title()}|{_SMALL_NUMBER}|\d{{1,2}})\s+(?:other|more|further|"
    r"additional|separate))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements|documents|deals|memoranda|memorandums|M[oO]Us|accords|contracts)\b"
)
# The count of a summing-up, a few words before its kind word: "nine bilateral agreements and memoranda".
_COUNTED_RE = re.compile(
    rf"\b(?P<n>{_SMALL_NUMBER}|\d{{1,2}})\s+"
    # (not the count of who signs: "the two governments then signed agreements on ...")
    r"(?:(?![\w-]+ed\b|(?:then|also|have|has|had|were|was|will|signs?|inks?|countries|sides|governments|leaders|"
    r"presidents|ministers|ministries|nations|states)\b)[\w-]+\s+){0,5}$",
    re.I,
)
_NUMBER_WORDS = {
    w: i for i, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), start=2)
}


# An item that amends a named instrument, up to the instrument's kind word: "» Complementary Adjustment to the Basic ".
_AMENDS_LEAD_RE = re.compile(
    r"[^\w]*(?P<lead>(?:[A-Z][\w-]*\s+){0,2}(?:Adjustments?|Amendments?|Addend(?:um|a)|Supplements?|Protocols?|"
    r"Annex(?:es)?)\s+(?:to|amending)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4})"
)
# A list item's opening up to its kind word that only names who signs it: "- a JBIC–Development Bank of Kazakhstan ".
_NAMES_BEFORE_RE = re.compile(
    r"[^\w]*(?:[Aa]n?|[Tt]he)\s+" + _NOVEL + r"(?:[A-Z][\w&.’'–-]*\s+|(?:of|and|for|de)\s+){1,8}"
)
# What may come before a sentence's first word: spaces, a list's bullet, number or letter ("- ", "5) ", "(b) ").
_OPENS_RE = re.compile(r"[\s\-–—•*·]*(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)?")
# What a programme "of his visit" is: the schedule of the visit ("the programme of the official visit to Oman").
_VISIT_PROGRAMME_RE = re.compile(
    r"\s+(?:of|for)\s+(?:the|his|her|their|its|this)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|tour|trip|talks|summit)\b"
)
# A title of field words and a kind word only: "Green hydrogen agreement", "Visa waiver deal".
_FIELD_ONLY_TITLE_RE = re.compile(r"(?:[\w'’-]+\s+){1,3}" + _DOC_RE.pattern, re.I)


# One scheme told by either name, which the shared words file under labour or under migration.
_YOUTH_MOBILITY_RE = re.compile(r"\b(?:youth\s+mobility|working[- ]holiday|work\s+and\s+holiday)", re.I)


def _same_field(a: AgreementSuggestion, b: AgreementSuggestion) -> bool:
    """Whether two documents are of one field ("youth mobility" and "a working holiday agreement" are one scheme).

    A field whose words hold all of the other's is the same one, whatever sphere each was filed under: "labour
    migration" in a summing-up and "a migration agreement" named below.
    """
    if a.sphere == b.sphere or (_YOUTH_MOBILITY_RE.search(a.title) and _YOUTH_MOBILITY_RE.search(b.title)):
        return True
    one, other = _topic_stems(a.title), _topic_stems(b.title)
    if bool(one and other) and (one <= other or other <= one):
        return True
    # (what a document does, told in its clause, is no part of its field: "a migration agreement that eases visas
    # for nurses" is the "labour migration" of a summing-up)
    one, other = _topic_stems(_DOES_CLAUSE_RE.sub("", a.title)), _topic_stems(_DOES_CLAUSE_RE.sub("", b.title))
    return bool(one and other) and (one <= other or other <= one)


_DOES_CLAUSE_RE = re.compile(r"\s+(?:that|which|under\s+which|whereby)\s.*$", re.S)


def _other_kinds(a: str, b: str) -> bool:
    """Whether two titles open with kind words of their own that differ ("Letter of intent ...", "Memorandum ..."),
    neither one a word any instrument goes by ("agreement", "deal")."""
    ka, kb = _DOC_RE.match(a), _DOC_RE.match(b)
    if not ka or not kb:
        return False
    # (a letter of intent files under memoranda, but is a document of its own beside one)
    sa, sb = (
        "letter" if k.group("kind").lower().startswith("letter") else _kind_slug(k.group("kind")) for k in (ka, kb)
    )
    return sa != sb and "agreement" not in (sa, sb)


def _same_list(art: _Article, listed: Container[int], a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` lie in items of one list under a lead-in, each opening with a list's marker and
    every paragraph between them listed."""
    pa, pb = sorted((art.sentence_at(a)[2], art.sentence_at(b)[2]))
    return all(p in listed for p in range(pa, pb + 1)) and all(
        _ITEM_RE.match(art.text, art.paras[p][0]) for p in (pa, pb)
    )


def _one_per_document(
    art: _Article,
    found: list[AgreementSuggestion],
    topical: set[int],
    definite: set[int],
    others: set[int],
    listed: Container[int] = (),
    firms: Container[int] = (),
) -> list[AgreementSuggestion]:
    """Each document once, when the story tells the same documents twice.

    A lead that sums the documents up by field ("signed five agreements covering farming, mining and visas") and
    the paragraph that names them ("a memorandum on agricultural cooperation ...; an MOU on geology and mining")
    give the same documents: an item known only by its field yields to a named one of the same field told in
    another sentence, when the list's other fields are told again too (in its own sentence, "memoranda on schools,
    drones and e-signatures, plus a letter of intent on ammunition", the list is the documents themselves). A later
    "the" names one already told ("signed the visa waiver deal" after "an agreement on the waiver of visas")
    when it shares its field and a word. A firm's deal told by its verb ("a maker agreed to build a plant") tells no
    government's list again.
    """
    named = [ag for ag in found if ag.status == "signed" and id(ag) not in topical and id(ag) not in definite]
    kept = [
        ag
        for ag in found
        if id(ag) not in definite
        or not any(
            o.end <= ag.start
            and (
                (o.sphere == ag.sphere and _stems(o.title) & _stems(ag.title))
                # ("signed an agreement to cooperate on rare earths ... The memorandum of understanding, signed at the
                # palace, commits ...": the kind word alone, of the same field, under another word for it)
                or (o.sphere == ag.sphere and not _stems(ag.title) and o.sphere != "other")
                # ("a programme of defence cooperation ..., the signing of the new annual programme": one that names no
                # field is the one of its kind told before)
                or (ag.sphere == "other" and o.kind == ag.kind)
                # ("adopted a joint action plan to fast-track a pipeline ... the action plan commits ...": the kind
                # word alone, whose sphere no word of its own names, is the one of its kind told before in full)
                or (o.kind == ag.kind and not _SPHERE_RE.search(ag.title) and _stems(ag.title) <= _stems(o.title))
            )
            for o in named
        )
    ]
    # a bare kind word with no topic of its own, "We have signed a Declaration that raises ...", after one of its kind
    # named in full is that one told again
    kept = [
        ag
        for ag in kept
        if _stems(ag.title)
        or not any(
            o.end <= ag.start
            and o.kind == ag.kind
            and o.sphere == ag.sphere
            and o.status == "signed"
            and _stems(o.title)
            for o in found
        )
    ]
    where = {id(ag): art.sentence_at(ag.start)[:2] for ag in kept}
    # a list by field told again by a later list by field at least as long ("signed agreements on water, farming
    # and cyber" in the lead, "four memoranda: on water ..., farm research, cybersecurity and ..." below) is its
    # summing-up
    fields: dict[int, list[str]] = {}
    kinds: dict[int, str] = {}
    for ag in kept:
        if id(ag) in topical and id(ag) not in others:
            fields.setdefault(ag.start, []).append(ag.sphere)
            kinds[ag.start] = ag.kind
    retold = {
        (a, b)
        for a, fa in fields.items()
        for b, fb in fields.items()
        if b > a
        and len(fb) >= max(3, len(fa))
        and len(set(fa) & set(fb)) >= 2
        # (two lists of one sentence, each of its own kind, are its documents side by side: "agreements on A; B; and
        # eight memorandums on C, D, ...")
        and (kinds[a] == kinds[b] or art.sentence_at(a)[:2] != art.sentence_at(b)[:2])
    }
    # (one to one: a document named once tells again one item of a list, not every item of its field, so that "a
    # protocol on trade" beside "contracts covering textiles, cement and fruit", two of them trade, sums up neither)
    told: set[int] = set()
    taken: set[tuple[int, int]] = set()
    for ag in kept:
        if id(ag) not in topical or ag.sphere == "other":
            continue
        # (a list its sentence tells signed between the governments is told again by no firm's document: "six MOUs
        # between the governments, covering minerals, ...", then "Kessa Zinc Co. signed a preliminary agreement")
        between_states = bool(_BETWEEN_GOVERNMENTS_RE.search(art.text, *where[id(ag)]))
        twin = next(
            (
                o
                for o in kept
                if (ag.start, id(o)) not in taken
                and _same_field(o, ag)
                and o.status == "signed"
                and id(o) not in firms
                and not (between_states and _firm_signs(art, o))
                # ("Other MoUs covered A and B": documents of their own beside those named, each told by its field)
                and (
                    id(o) not in topical or (id(o) in others and id(ag) not in others) or (ag.start, o.start) in retold
                )
                and where[id(o)] != where[id(ag)]
                # (the items of one list of what was signed are documents side by side: "- Memorandum on mining", "-
                # Six deals between firms in the fields of mining, wind power and water" sum nothing up)
                and not _same_list(art, listed, ag.start, o.start)
            ),
            None,
        )
        if twin is not None:
            told.add(id(ag))
            taken.add((ag.start, id(twin)))
    # a summing-up has its fields told again, most of them; one field of a list met again elsewhere ("memoranda on
    # hydrogen, ports and water" and a financing package for solar farms) is the list's own document
    lists: dict[int, list[int]] = {}
    for ag in kept:
        if id(ag) in topical:
            lists.setdefault(ag.start, []).append(id(ag))
    # (a list of a package that gives no count, whose fields the named documents meet only here and there, "a
    # package of documents was exchanged. They concern trade, investment, farming, health, education, tourism,
    # culture and the foreign ministries", is the documents themselves)
    # (a list its sentence tells signed apart, "Companies separately signed 14 deals covering A, B and C", is other
    # documents than those named, whatever fields they share)
    summed = {
        i
        for start, ids in lists.items()
        if len(told.intersection(ids)) >= min(2, len(ids))
        and not _SEPARATE_RE.search(art.text, *where[ids[0]])
        and (
            2 * len(told.intersection(ids)) >= len(ids)
            or _COUNTED_RE.search(art.text, art.sentence_at(max(0, where[ids[0]][0] - 2))[0], start)
        )
        for i in ids
    }
    # a summing-up that counts its documents ("five instruments in areas such as hydrogen, gender equity and
    # training"), when as many are named elsewhere, is all of it told again, also the fields a named title words
    # otherwise
    whole = set()
    for start, ids in lists.items():
        if any(a == start for a, _ in retold):
            whole.update(ids)  # (a field the later list words otherwise, "cyber" for "cybersecurity", goes too)
            continue
        if not told.intersection(ids) or others.issuperset(ids):
            # ("Four other memoranda covered A, B and C": a count of documents beyond those named sums none of them up)
            continue
        if _SEPARATE_RE.search(art.text, *where[ids[0]]):
            continue  # ("three deals between Ostrian and Vessan firms in A, B and C": others than the governments')
        here = where[ids[0]]
        count = _COUNTED_RE.search(art.text, here[0], start)
        n = count and (_NUMBER_WORDS.get(count.group("n").lower()) or int(count.group("n")))
        elsewhere = [
            o
            for o in kept
            if o.status == "signed" and id(o) not in topical and id(o) not in firms and where[id(o)] != here
        ]
        if n and len(elsewhere) >= n:
            whole.update(ids)
    return [ag for ag in kept if id(ag) not in whole and (id(ag) not in told or id(ag) not in summed)]


_BETWEEN_GOVERNMENTS_RE = re.compile(
    r"\bbetween\s+the\s+(?:two\s+)?governments\b|\bintergovernmental\b|\bgovernment-to-government\b", re.I
)


def _firm_signs(art: _Article, ag: AgreementSuggestion) -> bool:
    """Whether the clause that tells the document signed has a firm for its subject ("Kessa Zinc Co. signed ...")."""
    lo = art.sentence_at(ag.start)[0]
    clause_lo = max([lo] + [c.end() for c in compiled(r"[,;]\s|\bwhile\b").finditer(art.text, lo, ag.start)])
    subject = compiled(rf"\s*(?P<s>[^,;]{{2,80}}?)\s+(?:also\s+)?(?:{_DONE}|signed)\b").match(
        art.text, clause_lo, ag.start
    )
    return bool(subject and _ORG_WORD_RE.search(subject.group("s")) and not _NOT_FIRM_RE.match(subject.group("s")))


# A list its sentence tells apart from the documents named before ("separately", "in a separate ...", "also
# signed"): more documents than those, whatever fields they share.
_SEPARATE_RE = re.compile(
    r"\b(?:separately|[Ii]n\s+a\s+separate\b|also\s+(?:signed|exchanged|concluded)\b|"
    # (and the firms' deals of a sentence of their own, beside the governments' documents: "welcomed commercial
    # agreements concluded on the margins, including agreements in aviation, LNG and data centres")
    r"(?i:commercial|business)\s+(?:agreements|deals|contracts|documents)\b|"
    r"between\s+(?:the\s+)?(?:two\s+(?:countries|sides)['’]\s+)?(?:companies|firms|businesses)\b|"
    # (the firms by their two countries' adjectives: "agreements between Ostrian and Vessan companies")
    r"between\s+(?:the\s+)?[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*\s+(?:companies|firms|businesses|enterprises)\b)"
)


# A count of what the sides agreed or signed, whose items the next sentences take one by one: "Today we agreed on three
# things.", "We signed four documents."
_COUNT_AGREED_RE = re.compile(
    rf"\b(?:agreed\s+on|signed|concluded|reached\s+agreement\s+on)\s+(?:{_SMALL_NUMBER}|\d{{1,2}})\s+"
    r"(?:things|points|documents|agreements|deals|outcomes|deliverables|items)\b",
    re.I,
)
# The same count told with no verb, as the answer to what was signed: "What was signed? ... Seven documents."
_BARE_COUNT_RE = re.compile(
    rf"\s*(?:{_SMALL_NUMBER}|\d{{1,2}})\s+(?:documents|agreements|memoranda|memorandums|MoUs|instruments|deals)"
    r"(?:\s+in\s+(?:all|total))?\s*[.:]\s*",
    re.I,
)
_COUNTED_HINT_RE = re.compile(r"things|points|ments|deals|outcomes|deliverables|items|M[oO]Us|memorand")
# A sentence that opens an item of such a count: "First, a new memorandum on ...", "And third, ...".
_ENUM_ITEM_RE = re.compile(
    r"\s*(?:And\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|finally|lastly)(?:ly)?"
    r"\s*,\s",
    re.I,
)
# The rest of a list item after "and the" with no verb of its own: still the item's field.
_ITEM_AND_THE_RE = re.compile(r"\s(?:and|or)\s+(?:the|its|their)\s[^,;:.()]*[;.]?\s*$")
# A past verb and its object ("praised the talks"): a clause, not a field.
_VERB_OBJECT_RE = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her)\b")
_CLOSING_MARK_RE = re.compile(r"[.,]?[\"”’]\W*$")
# A line that heads the links to other stories at the end of a page: "Related:", "Read more:", "See also".
_RELATED_RE = re.compile(
    r"^(?:Related(?:\s+(?:stories|articles|news|coverage|reading))?|Read\s+(?:more|also)|See\s+also|Also\s+read|"
    r"More\s+on\s+this(?:\s+story)?|(?:Associated|Related|Useful|Further)\s+(?:links|documents|resources)|"
    r"Links)\s*:?[ \t]*$",
    re.M | re.I,
)
_RELATED_HINTS = (
    "Related",
    "RELATED",
    "Read ",
    "READ ",
    "See also",
    "SEE ALSO",
    "Also read",
    "ALSO READ",
    "More on",
    "Links",
    "links",
    "LINKS",
    "Associated",
    "ASSOCIATED",
    "Useful",
    "Further",
)
_FIELD_OF_RE = re.compile(r"\b(?:the\s+)?(?:fields?|areas?|spheres?)\s+of\s+")
_SENTENCE_STOP_RE = re.compile(r"[.!?:;]['\"”’]?$")


# An opening parenthesis right after an instrument's title, before another kind word: a gloss of the one before.
_GLOSS_RE = re.compile(r"\s*\(\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}")


def _weak_fields_only(title: str) -> bool:
    fields = {w.group(0).lower() for w in _SPHERE_RE.finditer(title)}
    return bool(fields) and fields <= {"technical cooperation", "development"}


# A named room or building: "the Credentials Hall", "Grand Palace", "the Orchid Room of the Palace Hotel".
_NAMED_VENUE_RE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Hall|Palace|Room|House|Cent(?:re|er)|Hotel|Building|Chamber|Pavilion|Residence)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|during|before|after|witnessed|where|with|of\s+the)\b)"
)


# The words that join one more item naming its own kind to the fields of a plural before it: ", as well as a
# programme of ...", ", and an agreement on ..." (up to that item's kind word).
_OWN_ITEM_AFTER_RE = re.compile(
    r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with|plus|and)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}$"
)


def _signed_before(art: _Article, at: int) -> bool:
    """Whether one of the three sentences before ``at`` tells of signing: "What was signed?", "They signed today"."""
    k = bisect.bisect_left(art.sentence_starts, at)
    return any(compiled(rf"\b{_DONE}\b").search(art.text, lo, hi) for lo, hi, _ in art.sentences[max(0, k - 3) : k])


def _table_documents(art: _Article, listed_under: dict[int, str]) -> list[AgreementSuggestion]:
    """The documents of a table's column of them, one a row, its sphere from its own words: signed when the header
    names their signatories or their signing, or the lead-in above the table says they were signed."""
    found = []
    for table in art.tables:
        if table.doc is None:
            continue
        first = art.sentence_at(table.rows[0][0][0])[2]
        if not table.signed and listed_under.get(first) != "signed":
            continue
        for row in table.rows:
            a, b = row[table.doc]
            title = art.text[a:b].rstrip(" .;")
            if not title:
                continue
            kind = _DOC_RE.search(title)
            found.append(
                AgreementSuggestion(
                    title=title,
                    kind=_kind_slug(kind.group("kind") if kind else "agreement"),
                    sphere=_sphere_x(title),
                    status="signed",
                    start=a,
                    end=b,
                )
            )
    return found


# A count of the documents the visit produced: "signed 13 agreements", "nine intergovernmental memoranda were
# exchanged" (not the end of a sum: "$1.2 billion in deals").
_DOCUMENTS_COUNT_RE = re.compile(
    rf"(?<![\w.,$€£¥-])(?P<n>\d{{1,3}}|{_SMALL_NUMBER})\s+"
    r"(?:(?!(?:billion|million|trillion|bn|mn|in|worth|of|from|by)\b)[\w-]+\s+){0,4}?"
    r"(?:agreements|documents|memoranda|memorandums|MoUs|MOUs|deals|accords|instruments|protocols|contracts|pacts)\b",
    re.I,
)


def _documents_counted(art: _Article) -> int:
    """The most documents one sentence says the visit produced, 0 when none gives a count: a sentence the cues of
    signing tell signed, with no cue of a plan and no time before the visit ("in February 2023", "last year"), as
    they tell each document."""
    most = 0
    for lo, hi, _ in art.sentences:
        sent = art.text[lo:hi]
        cues = _cues(sent, 0, len(sent))
        if not any(c.group("sig") for c in cues) or any(c.group("ann") for c in cues):
            continue
        earlier = [m for m in (_BACKGROUND_RE.match(sent), *_EARLIER_RE.finditer(sent)) if m]
        if any(not (m.group("y") and art.dateline and int(m.group("y")) >= art.dateline.year) for m in earlier):
            continue
        for m in _DOCUMENTS_COUNT_RE.finditer(sent):
            n = m.group("n").lower()
            most = max(most, int(n) if n.isdigit() else _NUMBER_WORDS[n])
    return most


# A complement that is only a proper name after "in" or "at", with the time after it: where, not what about.
_NAMED_PLACE_RE = re.compile(
    r"\s*(?:in|at)\s+(?:[A-Z][a-z'’-]+(?:\s+|$)){1,3}"
    r"(?:(?:on|this|last|early|late)\s+[\w\s]{0,30}|(?:today|yesterday)\W*|\W*)"
)


def _no_breakdown_near(art: _Article, s_start: int, s_end: int) -> bool:
    """Whether the sentence, or the one after it, says its source named none of the documents one by one."""
    after = next((b for a, b, _ in art.sentences if a >= s_end), s_end)
    return bool(_NO_BREAKDOWN_RE.search(art.text, s_start, after))


def _extract_agreements(art: _Article) -> list[AgreementSuggestion]:
    text = art.text
    found: list[AgreementSuggestion] = []
    prev_status = ""
    listed_under = _list_statuses(art)
    generic_kind = ""  # the kind word of a count just signed ("signed five agreements"), for the topics after it
    counted_kind = ""  # the same, for the sentences after it that take the documents one by one
    lead_kind: tuple[str, str | None] | None = None  # the kind word and preposition of a lead-in ending with ":"
    bare_lead = False  # a lead-in ending with ":" that names no kind word
    plural_kind = ""  # a plural kind word of the sentence before, signed, for "one on X and another on Y" after it
    # documents known only by their field from a list of topics ("agreements covering health, mining and visas")
    topical: set[int] = set()
    definite: set[int] = set()  # documents named with "the" ("signed the visa waiver deal"): maybe named before
    others: set[int] = set()  # documents by field told as more than those named ("Other MoUs covered A and B")
    # documents by the two ends of a range of fields that a count gave ("nine agreements in areas ranging from energy
    # to defence"): a list of the count's topics told later names them all, these two among them
    ranged: set[int] = set()
    enum_signed = False  # a count of what was agreed just told ("we agreed on three things"), its items to come
    counted_before = ""  # the kind word of a count signed earlier whose topics are not told yet
    counted_money = ""  # the money that count's kind word is of ("signed six loan agreements"), for their titles
    recalled_kind = ""  # that kind word, when the sentence before took the count up again ("The MoUs were signed")
    told_count = 0  # how many that count told ("signed four agreements"), when it gave a number
    enum_para = -1
    ordinal_para = -1  # the paragraph of the last document taken by its ordinal ("The second MoU, on ...")
    semi_para = -2  # the paragraph of the last item without a marker set off by a semicolon
    last_sentence = (0, 0)  # where the sentence before lies, for "Others touched on A and B" after its documents
    tabled = _table_documents(art, listed_under)
    rows = [(row[0][0], row[-1][1]) for table in art.tables if table.doc is not None for row in table.rows]
    for s_start, s_end, para in art.sentences:
        if rows and any(a <= s_start < b for a, b in rows):
            continue  # a table's row is read by its cells, its document whole ("... Khanij Bidesh India Ltd. and ...")
        sent = text[s_start:s_end]
        before_lo, before_hi = last_sentence
        last_sentence = (s_start, s_end)
        if _COUNTED_HINT_RE.search(sent) and (
            _COUNT_AGREED_RE.search(sent) or (_BARE_COUNT_RE.fullmatch(sent) and _signed_before(art, s_start))
        ):
            enum_signed, enum_para = True, para
        elif enum_signed and para != enum_para:
            # (the count's paragraph, and paragraphs that open with "Second, ...", go on)
            if _ENUM_ITEM_RE.match(text, art.paras[para][0]):
                enum_para = para
            else:
                enum_signed = False
        if compiled(r"\s*\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s*").fullmatch(sent):
            continue  # a list's marker read as a sentence of its own ("ii."): the item follows it
        if sent.rstrip(' "”»’').endswith("?") or art.asks(para):
            continue  # a question ("Will you sign a uranium deal?", "Q (Dawn): ...") signs nothing
        background = _BACKGROUND_RE.match(sent)
        if background and not (
            background.group("y") and art.dateline and int(background.group("y")) >= art.dateline.year
        ):
            continue  # "Earlier this year, the two countries concluded a treaty ...": not this visit's
        topics_kind = generic_kind or recalled_kind or counted_before
        topics = _TOPICS_AFTER_RE.match(sent) if topics_kind and not _ONE_ON_RE.search(sent) else None
        if topics and topics.re is _TOPICS_AFTER_RE and _DOC_RE.match(topics.group("rest")):
            topics = None  # "The documents also include agreements on A and B": items with kinds, read below
        if topics and _no_breakdown_near(art, s_start, s_end):
            topics = None  # "The deals cover A, B and C, the agency said, without a breakdown": a sum's fields
        if topics and not (generic_kind or recalled_kind):
            # a count told further back is taken up again only by a kind word of its own: "The agreements signed in
            # the presence of the leaders cover ...", or "The memoranda cover ..." after "signed 14 agreements", the
            # same documents by their exact kind (but business "deals" after a count of agreements may sum up the
            # firms' deals the story names one by one)
            kinds = topics.group("kinds") or ""
            if not (topics.group("the") or topics.group("lot")) or (
                _singular(kinds).lower() != _singular(topics_kind).lower() and kinds.lower() == "deals"
            ):
                topics = None
        # (the items told before the rest, "Apart from A and B, ...", are of the count only when all of them make it)
        told_before = topics.group("also") if topics else None
        also = [x for x in compiled(r",\s+(?:and\s+)?|\s+and\s+").split(told_before) if x] if told_before else []
        if topics and (told_before or topics.group("lot")) and (not told_count or len(also) >= told_count):
            topics = None
        want = told_count - len(also)
        if (
            topics
            and topics.group("kinds")
            and topics.group("kinds").lower() not in {"documents", "deals", "instruments"}
        ):
            topics_kind = topics.group("kinds")  # (the documents by their own kind word, named again)
        # (after a sentence that named several documents signed, or a plural of them: "Among the MoUs signed")
        more = _OTHERS_TOPICS_RE.match(sent) if not topics else None
        if more:
            kinds = [k.group("kind") for k in _DOC_RE.finditer(text, before_lo, before_hi)]
            plurals = [k for k in kinds if k.lower().endswith(("s", "memoranda"))]
            named = [ag for ag in found if ag.status == "signed" and before_lo <= ag.start < before_hi]
            # (one document named just before, after a count told signed, is the first of that count: "The two
            # sides signed 14 agreements. The largest is a rail concession. Others cover A, B and C")
            # (a number of the rest tells a count whose documents the story has begun to name: "- A police
            # agreement, including joint patrols. - The other two cover A and B")
            numbered = _OTHER_NUMBER_RE.match(sent)
            if (named and (plurals or len(named) >= 2 or counted_before)) or (
                numbered and any(ag.status == "signed" and not ag.generic for ag in found)
            ):
                topics, topics_kind = more, (plurals or [counted_before or "agreements"])[0]
            else:
                more = None
        recalled_kind = counted_before if counted_before and _COUNT_RECALLED_RE.match(sent) else ""
        if topics:  # "The two men signed five agreements. They cover health, farming and the sea."
            # ("They concern cooperation in the fields of A, B, as well as C": the fields are the topics)
            rest = compiled(
                r"(?:(?:cooperation|collaboration)\s+(?:in|on)\s+)?(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)\s+"
                r"(?:of|such\s+as|like|including)\s+"
            ).sub("", topics.group("rest"), count=1)
            # (a note on the last item in a clause of its own is no item: "..., as well as a tax treaty, which had
            # been under negotiation since 2019")
            rest = compiled(r",\s+(?:which|who)\s[^,;]*$").sub("", rest)
            # (nor is a document named in full after the list, read by the scan below: "..., youth and sports, in
            # addition to a memorandum between the investment authority and the ministry")
            beside = compiled(r",\s+(?:in\s+addition\s+to|along\s+with|together\s+with)\s+(?=(?:a|an|the)\s)").search(
                rest
            )
            if beside and _DOC_RE.match(rest, beside.end() + rest[beside.end() :].index(" ") + 1):
                rest = rest[: beside.start()]
            # (nor is the source told after the list, nor what the source goes on to add: "..., tourism and higher
            # education, according to a statement from the ministry", "..., and security, the statement said",
            # "..., and visas, she said, adding that the gas deal mattered most", "..., the agency said, without
            # giving their value")
            # (the source's words may say where or when it said so: "..., the presidency said in a statement", "...,
            # the ministry said on its website")
            rest = compiled(
                r",\s+(?:according\s+to\s.*|(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|stated|added|noted)"
                r"(?:\s+(?:in|on|at|via)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?"
                r"(?:,\s+(?:adding|noting|stressing|saying|without|but)\s.*)?\W*)$"
            ).sub("", rest)
            # (nor is a clause of the story's after the list, an absolute one included: "..., customs and sport,
            # with the defence arrangement allowing port visits", "..., with Trade Minister Ana Ruiz and her
            # counterpart signing a separate memorandum", "..., while the talks went on")
            rest = compiled(
                r",\s+(?:with\s+(?:(?:the|a|an|its|their|each|both)\s+(?:[\w'’-]+\s+){1,4}?|"
                r"(?=[A-Z])(?:[\w'’.-]+\s+){1,10}?)[a-z]+ing\s|"
                r"(?:while|whereas|although|though|even\s+as)\s).*$"
            ).sub("", rest)
            # (nor is what the writer says of an item between a pair of dashes: "dairy rules — which should speed up
            # approvals — as well as ...")
            rest = compiled(r"\s[–—-]\s[^–—;]{3,200}?\s[–—-]\s").sub(" ", rest)
            if ";" in rest:
                # "cooperation in farming and fisheries; oil and gas; and a visa waiver for ...": the items hold
                # "and" of their own, and share the opening "cooperation in" unless they bring an article
                items = [compiled(r"^(?:and\s+)?").sub("", x.strip()) for x in rest.rstrip(" .").split(";")]
                shared = compiled(r"(?:cooperation|collaboration)\s+(?:in|on)\s").match(items[0])
                items = [
                    compiled(r"^(?:a|an|the)\s+").sub("", x)
                    if not shared or i == 0 or compiled(r"(?:a|an|the)\s").match(x)
                    else shared.group(0) + x
                    for i, x in enumerate(items)
                ]
                # (an item's note after a comma is no part of its topic: "health, with a focus on malaria;", "farm
                # research, with the participation of the national institute;")
                items = [
                    compiled(
                        r",\s+(?:with|including|notably|in\s+particular|especially|particularly|mainly|chiefly|"
                        r"which|under\s+which|aimed\s+at|aiming\s+at)\s.*$"
                    ).sub("", x)
                    for x in items
                ]
                # (items that name their own kinds, "a memorandum on A; an agreement on B", are read by the scan
                # below; those among them told by their topic alone are the count's all the same: "A; B; a memorandum
                # on C; and a film agreement")
                if sum(1 for x in items if _DOC_RE.search(x)) >= 2:
                    # (who signed one is no part of its topic: "climate change, signed by the environment ministries;")
                    items = [_SIGNED_BY_RE.sub("", x) for x in items if not _DOC_RE.search(x)]
                items = items if all(0 < len(x.split()) <= 12 for x in items) else []
            else:
                # "four agreements ... cover A and B, C and D, E, and F": as many items between commas as were counted
                # are the documents, each pair one field of its own
                items = compiled(r",\s+(?:and\s+)?").split(rest.rstrip(" ."))
                # (an item's note set off by commas is no item of its own: "cooperation in health, including the
                # training of doctors, fire-fighting"; nor is a relative clause on the last one: "... courses for
                # officials who will take part in the talks")
                items = [
                    x
                    for i, x in enumerate(items)
                    if i == 0
                    or not compiled(r"(?:including|notably|in\s+particular|especially|particularly)\s").match(x)
                ]
                items[-1] = compiled(
                    r"\s+(?:who|which)\s+(?:will|would|are|were|is|was|have|has|can|could|may|shall)\s.*$"
                ).sub("", items[-1])
                # ("A, B, C and D": the last two joined by "and" without a comma are two of the count too)
                last_and = items[-1].rsplit(" and ", 1)
                # (unless the last "and" is one field's own: "halal accreditation and media and communications")
                pair = _PAIRED_FIELD_RE.search(items[-1])
                if len(last_and) == 2 and pair and pair.end() == len(items[-1]) and pair.start() > 0:
                    last_and = [compiled(r"\s+and\s*$").sub("", items[-1][: pair.start()]), pair.group(0)]
                # (a serial comma before the last item tells the last "and" is within it)
                if want and len(items) + 1 == want and len(last_and) == 2 and not compiled(r",\s+and\s").search(rest):
                    items = items[:-1] + last_and
                # (the rest of a list already under way has no count to check its commas against; each item between
                # them, "and" within it, is one document: "fisheries and the sea, schools, and visas")
                by_commas = more and len(items) >= 2 and all(0 < len(x.split()) <= 12 for x in items)
                if (
                    by_commas
                    and not compiled(r",\s+and\s").search(rest)
                    and len(pair := items[-1].split(" and ")) == 2
                ):
                    # (the last item's "and" before one that names its own kind parts them, that one read by the
                    # scan below: "..., desalination and a joint programme for start-ups")
                    items = (
                        items[:-1] + [pair[0]] if _DOC_RE.search(pair[1]) and not _DOC_RE.search(pair[0]) else items
                    )
                # (a serial comma before the last item marks every comma as the border between items, whatever the
                # count: "A and B, C, D, and E" is four, "and" within the first one field; one item that names its
                # own document is read by the scan below, and a list of several such names its documents in full)
                named = [x for x in items if _DOC_RE.search(x)]
                serial = (
                    not by_commas
                    and len(items) >= 3
                    # (a few that name their own kinds among more told by topic alone leave the rest the count's:
                    # "A, B, C, D, a cultural programme and two agreements between the agencies")
                    and (len(named) <= 1 or 2 * len(named) < len(items))
                    and bool(compiled(r",\s+and\s").search(rest))
                    and all(0 < len(x.split()) <= 12 and not _FINITE_RE.search(x) for x in items)
                )
                if serial:
                    items = [x for x in items if x not in named]
                by_commas = by_commas or serial
                if (
                    by_commas
                    and not compiled(r",\s+and\s").search(rest)
                    and not _ONE_FIELD_RE.fullmatch(items[-1])
                    and len(pair := items[-1].split(" and ")) == 2
                ):
                    # (but without a serial comma the last "and" joins the last two items: "health, defence, sports
                    # and cultural exchanges")
                    items = items[:-1] + pair
                # (as many items as were counted may each name their parties and place at length)
                if not by_commas and (len(items) != want or not all(0 < len(x.split()) <= 20 for x in items)):
                    split = compiled(r",?\s+as\s+well\s+as\s+|,\s+(?:and\s+)?|\s+and\s+")
                    # (a last item after "as well as" that opens with its article is one noun phrase, "and" and
                    # all, and may run longer than a field: "..., as well as the mutual protection of secrets")
                    head, _, last = rest.rstrip(" .").partition(" as well as ")
                    last_np = last.startswith("the ") and len(last.split()) <= 9 and not _FINITE_RE.search(last)
                    items = [x for x in split.split(head.rstrip(" ,") if last_np else rest.rstrip(" .")) if x]
                    # (one item with a kind word of its own among bare topics, "and a framework agreement on the
                    # railway", is read as a document of its own by the scan of the sentence below; a list of such
                    # items names its documents in full)
                    named = [x for x in items if _DOC_RE.search(x)]
                    items = [x for x in items if x not in named] if len(named) == 1 else items
                    # (an item's own article is no word of its topic: "the mutual recognition of driving licences")
                    short = all(len(x.split()) - x.startswith(("the ", "a ", "an ")) <= 5 for x in items)
                    items = items if short else []
                    items += [last] if items and last_np else []
                    # (projects under a count told signed, not merely reached: "deals worth $2 billion were
                    # reached; they include a plant" may be no more than agreed in principle)
                    if not items and (more or compiled(rf"\b{_DONE}\b").search(text, before_lo, s_end)):
                        items = _project_items(topics.group("rest"))
                elif not by_commas and sum(1 for x in items if _DOC_RE.search(x)) >= 2:
                    # (as many items as were counted that name their own kinds, "a roadmap for A, an agreement on B,
                    # an MoU on C", are read by the scan below, each by its own kind word, and signed as the count
                    # was, whatever the sentence between told; those told by their topic alone are the count's)
                    items = [x for x in items if not _DOC_RE.search(x)]
                    prev_status = "signed"
            if also:
                items = also + items if len(items) == want else []
            if len(items) >= 2:
                counted_before = recalled_kind = ""
                # (the count was signed, so an item of the list that names its own document, left to the scan below,
                # is one of it: "... films and a cultural exchange programme")
                if _DOC_RE.search(rest):
                    prev_status = "signed"
            for item in items if len(items) >= 2 else ():
                # ("signed six loan agreements ... the package covers A, B": each a loan agreement for its project)
                one = f"{counted_money.lower()} {_singular(topics_kind)}" if counted_money else _singular(topics_kind)
                title = f"{one[:1].upper()}{one[1:]} {'for' if counted_money else 'on'} {item}"
                found.append(
                    AgreementSuggestion(
                        title=title,
                        kind=_kind_slug(topics_kind),
                        sphere=_sphere_x(title),
                        status="signed",
                        start=s_start,
                        end=s_end,
                    )
                )
                topical.add(id(found[-1]))
                if more:
                    others.add(id(found[-1]))
            if len(items) >= 2 and ranged:
                # (the range's ends, told again among the count's topics, are two of them, not two more)
                told = {ag.sphere for ag in found[-len(items) :]}
                found = [ag for ag in found if id(ag) not in ranged or ag.sphere not in told]
                ranged.clear()
        # (the documents that are the subject of the topics just read, "The remaining documents cover A, B and C",
        # are those topics, not a list of their own for the scan below; but items that name their own kinds, left
        # to the scan, are read through that list)
        topics_subject = (
            topics.start("kinds")
            if topics
            and topics.re is _TOPICS_AFTER_RE
            and topics.group("kinds")
            and len(items) >= 2
            and not _DOC_RE.search(topics.group("rest"))
            else -1
        )
        pairs = _SIGNED_IN_PAIRS_RE.match(sent) if prev_status == "signed" or counted_before else None
        if pairs:
            # "The remaining four are being signed by ministers in pairs: the two farm ministers on A, the interior
            # ministers on B, and ...": each pair's topic one more of the documents told
            parts: list[str] = []
            for part in compiled(r",\s+(?:and\s+)?|;\s+(?:and\s+)?").split(pairs.group("rest").rstrip(" .")):
                if _PAIR_TOPIC_RE.search(part):
                    parts.append(part)
                elif parts:
                    parts[-1] += ", " + part  # ("... on A, B and C": one topic with its own commas)
            kind_one = _singular(pairs.group("kind") or counted_before or plural_kind or "agreements").lower()
            if len(parts) >= 2 and compiled(r"documents?|instruments?|texts?").fullmatch(kind_one):
                kind_one = "agreement"
            if len(parts) >= 2:
                for part in parts:
                    topic = part[_PAIR_TOPIC_RE.search(part).end() :]
                    own = _DOC_RE.search(topic)
                    if own:
                        title = compiled(r"^(?:a|an|the)\s+", re.I).sub("", topic)
                        kind = own.group("kind")
                    else:
                        title, kind = f"{kind_one} on {topic}", kind_one
                    found.append(
                        AgreementSuggestion(
                            title=title[:1].upper() + title[1:],
                            kind=_kind_slug(kind),
                            sphere=_sphere_x(title),
                            status="signed",
                            start=s_start + pairs.start("rest"),
                            end=s_end,
                        )
                    )
                continue
        line = text[text.rfind("\n", 0, s_start) + 1 : s_end]
        marker = _ITEM_RE.match(line)
        into = s_start - text.rfind("\n", 0, s_start) - 1
        # (a sentence after the first of a marked line is a note on its item, no item of its own: "- A supply
        # contract for crude. Neither side gave the price.")
        topic = sent[marker.end() - into :] if marker and into <= marker.end() else ""
        # a line of its own under a lead-in that names the kind, set off by a semicolon ("cooperation in youth;"),
        # or the last one after such lines: an item without a marker
        # (or a line with no stop of its own in a list of what was signed, as a fact box sets its items: "An
        # expansion of the youth mobility scheme, raising the places to 6,000 a year")
        fragment = (
            not marker
            and line.strip() == sent.strip()
            and listed_under.get(para) == "signed"
            and not _SENTENCE_STOP_RE.search(sent.rstrip())
            and not _SEMI_ITEM_END_RE.search(sent)  # (a line set off by its semicolon, read as such below)
        )
        bare_item = (
            not marker
            and lead_kind is not None
            and bool(lead_kind[0])
            and line.strip() == sent.strip()
            and bool(
                fragment or _SEMI_ITEM_END_RE.search(sent) or (para == semi_para + 1 and sent.rstrip().endswith("."))
            )
        )
        row_item = False
        if bare_item:
            topic, semi_para = sent, para
        elif (
            not marker
            and lead_kind is not None
            and line.strip() == sent.strip()
            and (row := _SIGNER_ROW_RE.fullmatch(sent))
            and _SIGNER_WORD_RE.search(row.group("who"))
        ):
            # "Youth and sports — the two youth ministers": the item is its topic, who signed it no part of it
            topic, bare_item, sent, row_item = row.group("topic"), True, row.group("topic"), True
        # ("ii. Cooperation in farming, signed by the two ministers;": who signed it is no part of the item)
        topic = _row_topic(_SIGNED_BY_RE.sub("", topic))
        if (
            (marker or bare_item)
            and lead_kind is not None
            and (not bare_lead or _INSTRUMENT_NOUN_RE.search(topic))
            and listed_under.get(para) == "signed"
            and not _DOC_RE.search(sent)
            # (an item under a lead-in that names the kind may name its two parties in full: "Cooperation between
            # the National Institute of X (NIX) and the Academy of Y")
            # (and so may one under a lead-in that names documents: "The documents cover: - the construction of a
            # 100-bed hospital in the capital, to be fully funded by X;"; a lead-in naming nothing keeps items short)
            and 0 < len(_SHORT_FORM_RE.sub("", topic).split()) <= (16 if bare_lead else 60 if bare_item else 24)
            and not _FINITE_RE.search(topic)
            and not _NOT_SIGNED_RE.search(topic)
        ):  # "They signed memoranda on:" / "- renewable energy;": an item named by its topic alone
            topic = compiled(r"[\s;,.]+(?:and|or)$").sub("", topic.strip(" ;,.")).strip(" ;,.")  # "...; and"
            topic = compiled(r"^(?:and|or)\s+(?=\S)").sub("", topic)  # ("- and school sport.": the last item)
            kind_word, prep = lead_kind
            if kind_word and compiled(r"(?:on|in|for|regarding|concerning|between|with)\s", re.I).match(topic):
                # ("1. on sharing of digital solutions;": the item keeps its own preposition)
                title = f"{kind_word[:1].upper()}{kind_word[1:]} {topic[:1].lower()}{topic[1:]}"
            elif kind_word:
                # (a short name keeps its capitals, and so does a name of two capitalised words: "Brava Port and
                # Tamsa Logistics: a second terminal")
                named = topic[1:2].isupper() or compiled(r"[A-Z][\w'’-]*\s+[A-Z]").match(topic)
                head = topic[:1] if named else topic[:1].lower()
                title = f"{kind_word[:1].upper()}{kind_word[1:]} {prep or 'on'} {head}{topic[1:]}"
            else:
                title = topic[:1].upper() + topic[1:]
            found.append(
                AgreementSuggestion(
                    title=title,
                    kind=_kind_slug(kind_word or "agreement"),
                    sphere=_sphere_x(title),
                    status="signed",
                    start=s_start,
                    end=s_end,
                )
            )
            continue
        # (a list the topics above read already is not read again: "The MoUs signed are on A; B; C")
        were = _SIGNED_WERE_RE.match(sent) if not (topics and len(items) >= 2) else None
        if were:  # "The memoranda signed were on A; B; C as well as a programme on D.": one per item
            kind_one = _singular(were.group("kind"))
            items = [x for x in (were.group("rest").rstrip(" .")).split(";") if x.strip()]
            items[-1:] = compiled(r",?\s+(?:as\s+well\s+as|and)\s+(?=(?:a|an|the)\s)").split(items[-1], maxsplit=1)
            for item in items:
                # ("... as well as a programme of cooperation on youth affairs": an item that names its own kind)
                item = compiled(r"^\s*(?:and\s+)?(?:(?:a|an|the)\s+(?=\S+\s+(?:of|on|for)\b))?").sub("", item)
                item = item.strip(" ,")
                own = _DOC_RE.match(item)
                if own:
                    title = item[:1].upper() + item[1:]
                else:
                    title = f"{kind_one[:1].upper()}{kind_one[1:]} {were.group('p') or 'on'} {item}"
                found.append(
                    AgreementSuggestion(
                        title=title,
                        kind=_kind_slug(own.group("kind") if own else kind_one),
                        sphere=_sphere_x(title),
                        status="signed",
                        start=s_start,
                        end=s_end,
                    )
                )
                topical.add(id(found[-1]))
            continue
        lead = _LEAD_KIND_RE.search(sent) if _ends_lead(sent) else None
        if lead:  # "The following documents were signed:", "They signed memoranda on:"
            k = _singular(lead.group("kind"))
            prep = lead.group("p")
            if prep and compiled(r"(?:in|on|for)\s+the\s+following\b|covering\b", re.I).match(prep):
                prep = "on"  # "... in the following areas:" / "i. Fisheries": a memorandum on fisheries
            lead_kind = ("" if compiled(r"documents?|instruments?|papers?", re.I).match(k) else k.lower(), prep)
            bare_lead = False
        elif (
            _THEY_ARE_RE.fullmatch(sent.rstrip())
            and (kinds := generic_kind or counted_before)
            and told_count  # (a count with its number: "signed eight memoranda", not "details of the agreements")
            and listed_under.get(para + 1) == "signed"
        ):
            # "They signed eight memoranda. They cover:": each item is one of the kind just signed, by its topic
            k = _singular(kinds).lower()
            lead_kind = ("" if compiled(r"documents?|instruments?|papers?").match(k) else k, "on")
            bare_lead = False
        elif (
            sent.rstrip().endswith(":")
            and (plural_lead := _PLURAL_LEAD_RE.search(sent))
            and listed_under.get(para + 1) == "signed"
        ):
            # "agreements were reached on projects worth $4 billion, including:", "The agreements signed on Monday
            # include:": the kind word is the documents signed, each item below one of them by its topic
            lead_kind, bare_lead = (_singular(plural_lead.group("kind")).lower(), "on"), False
        elif sent.rstrip().endswith(":") and listed_under.get(para + 1) == "signed":
            # "The following were agreed:", "Outcomes of the visit:": items that name no kind word count when they
            # name an instrument of another word ("a credit line of ...", "veterinary certificates for ...")
            # (unless the lead-in or the signing just before it names the documents in the plural, in a frame of its
            # own: each item below is one of them by its topic)
            told = _listed_kind(sent, text[before_lo:before_hi])
            if told is None:
                lead_kind, bare_lead = ("", None), True
            else:
                lead_kind, bare_lead = (told, "on"), False
        elif not marker and not row_item and not fragment:
            # (a row or a line with no stop that names its own kind, read below, leaves the list open)
            lead_kind = None
        counted_kind = generic_kind or counted_kind
        pronoun_items = list(_ONE_ON_RE.finditer(sent)) if counted_kind or plural_kind else []
        # ("There was a memorandum on minerals, a novelty; another on ports": a document named in full opens the
        # items, which the scan below reads, the pronouns' kind its own)
        named_first = ([*_DOC_RE.finditer(sent, 0, pronoun_items[0].start())] or [None])[-1] if pronoun_items else None
        if named_first:
            pronoun_items = []
        for one in pronoun_items:  # "Among them was one on tourism and another on customs."
            found.append(_one_of_kind(_singular(counted_kind or plural_kind), one, s_start))
        if pronoun_items:
            continue
        under_items = list(_UNDER_ONE_RE.finditer(sent)) if counted_kind or plural_kind or counted_before else []
        for one in under_items:  # "Under one of them, X will train nurses; under another, Y will build a port."
            kind_one = _singular(counted_kind or plural_kind or counted_before)
            kind_one = "agreement" if compiled(r"(?i)documents?|instruments?").fullmatch(kind_one) else kind_one
            found.append(_ordinal_item(kind_one, f"under which {one.group('t')}", s_start, s_end))
        if under_items:
            continue
        does = _ORDINAL_DOES_RE.match(sent) if counted_kind else None
        if does:  # "... signed five agreements. ... The fourth raises the age limit of the working holiday scheme."
            # ("The fifth, a cultural agreement, provides for ...": the kind told in apposition is its own)
            own_kind = _DOC_RE.search(sent, 0, does.start("does"))
            kind_one = (
                compiled(r",\s*an?\s+(?P<k>[^,]+),\s*$").search(sent, 0, does.start("does")) if own_kind else None
            )
            kind_one = kind_one.group("k") if kind_one else _singular(counted_kind)
            # (the writer's note on it after a comma is no part of it: "..., a measure that an official said ...")
            what = compiled(r",\s+(?:a|an)\s+[\w-]+\s+(?:that|which)\s.*$").sub("", does.group("does"))
            found.append(_ordinal_item(kind_one, f"that {what}", s_start, s_end))
            ordinal_para = para
            continue
        # ("The first, and most significant, is a reciprocal access agreement ...": the document it names is read
        # below, one of the count, which goes on for the next ordinal)
        # (so is "A third memorandum covers fisheries": one of the count by its rank and kind word, read below)
        ordinal_doc = bool(counted_kind) and bool(_ORDINAL_IS_DOC_RE.match(sent) or _NTH_OF_KIND_RE.match(sent))
        if ordinal_doc:
            ordinal_para = para
        ordinal = _ORDINAL_RE.match(sent)
        if ordinal and not counted_kind:
            if counted_before and _FIRST_RE.match(sent):
                # ("... witnessed the signing of three memoranda." and, paragraphs on, "The first memorandum, on X,
                # was signed by ...": the count's documents taken one by one, the later ordinals going on from it)
                counted_kind = counted_before
            else:
                ordinal = None
        if ordinal:  # "... signed three agreements. The first concerns energy. The second covers ports."
            # ("The first covers fisheries, the second tourism and the third customs": the later ones without a verb)
            # ("The second is a memorandum on ...": the kind it names, not the count's)
            named_kind = _DOC_RE.search(sent, 0, ordinal.start("topic"))
            kind_one = _singular(ordinal.group("kind") or (named_kind and named_kind.group("kind")) or counted_kind)
            # ("The first MoU, on fisheries, was exchanged by X and Y": the topic ends where its own verb begins)
            topics = _SIGNED_BY_RE.sub("", ordinal.group("topic"))
            found += [_ordinal_item(kind_one, f"on {t}", s_start, s_end) for t in _MORE_ORDINALS_RE.split(topics)]
            ordinal_para = para
            continue
        # (the rest of an ordinal's paragraph that names no document, e.g. after a title cut off as a sentence
        # ("... was exchanged by Eng. X"), leaves the next ordinal its count)
        if (para != ordinal_para or _DOC_RE.search(sent)) and not ordinal_doc:
            counted_kind = ""
        generic_kind = ""
        covered = 0
        sent_status = ""
        last_stat = ""  # the status of the instrument just read (its title ends at ``covered``)
        read_spans: list[tuple[int, int]] = []  # the instruments read in the sentence, kind word to title end
        sent_plural = ""
        sent_single = ""  # the kind word of the last single document the sentence told signed
        frame = _FIELD_FRAME_RE.match(sent)
        frame_field = _sphere_x(frame.group("f")) if frame else "other"
        acts_from = -1  # (after "Agreements were reached on developing ...": the acts agreed, no instruments)
        for m in _DOC_RE.finditer(sent):
            if m.start() < covered or m.start() == topics_subject:
                continue
            if 0 <= acts_from < m.start() and not compiled(rf"\b{_DONE}\b").search(sent, acts_from, m.start()):
                continue  # "... as well as on establishing joint ventures in A and B": one more act agreed
            # (also after the rest of a long title that its cut left out: "an agreement on double taxation and the
            # prevention of fiscal evasion (protocol amending the 2007 agreement)")
            paren = sent.rfind("(", covered, m.start()) if covered else -1
            if (
                covered
                and (
                    _GLOSS_RE.fullmatch(sent, covered, m.start())
                    or (
                        paren > covered
                        and _GLOSS_RE.fullmatch(sent, paren, m.start())
                        and not compiled(r"[,;:)]").search(sent, covered, paren)
                        and not _DOC_RE.search(sent[covered:paren])
                    )
                )
                and ")" in sent[m.end() :]
            ):
                # "an agreement on investments (a protocol amending the one of 2001)": what it is, told again
                covered = sent.index(")", m.end()) + 1
                continue
            kind_text = m.group("kind")
            if compiled(r"\s+(?:agreements?|accords?|deals?(?!\s+with\b)|contracts?|memorand\w+)\b", re.I).match(
                sent[m.end() :]
            ):
                continue  # "a credit line agreement", "a loan deal": one instrument, named by the last kind word
            if (
                kind_text.lower() == "deals"
                and compiled(r"\s+with\b").match(sent[m.end() :])
                and compiled(
                    r"(?:agreement|memorand\w+|MoU|accord|protocol|contract|pact|declaration|programme|treaty)\s+$",
                    re.I,
                ).search(sent[max(0, m.start() - 30) : m.start()])
            ):
                continue  # "A fifth agreement deals with customs": the verb
            if _REACHED_ON_DOING_RE.match(sent, m.end()) and compiled(r"agreements?|accords?", re.I).fullmatch(
                kind_text
            ):
                acts_from = m.end()
                continue  # "Agreements were reached on developing routes", "... to launch flights": agreed acts
            if (
                compiled(r"documents?|instruments?", re.I).fullmatch(kind_text)
                and _PREDICATE_NOUN_RE.search(sent, max(0, m.start() - 60), m.start())
                # (but not "Among the results was a document on water", "There is also a document on ports")
                and not compiled(r"\b(?:[Aa]mong|[Ii]ncluding|[Ii]ncluded|There)\b").search(sent, 0, m.start())
            ):
                continue  # "the declaration we signed is, of course, a historic document": what another one is
            if compiled(r"(?:statements?|declarations?)$", re.I).search(kind_text) and _TO_THE_PRESS_RE.match(
                sent, m.end()
            ):
                continue  # "said in a joint statement to the press": words spoken to reporters, no instrument
            if _VISIT_PROGRAMME_RE.match(sent, m.end()) and compiled(r"programs?|programmes?", re.I).fullmatch(
                kind_text
            ):
                continue  # "as part of the programme of his visit": the visit's schedule, no instrument
            if (
                compiled(r"programs?|programmes?", re.I).fullmatch(kind_text)
                and compiled(r"\b(?:the|its|his|her|their)\s+(?:official|visit['’]s)\s+$", re.I).search(
                    sent, max(0, m.start() - 30), m.start()
                )
                and not compiled(r"\s+(?:of|on|for|in|between)\s").match(sent, m.end())
            ):
                continue  # "well beyond the 45 minutes on the official program": the visit's schedule too
            if compiled(r"programs?|programmes?|plans?|projects?", re.I).fullmatch(
                kind_text
            ) and _FUNDED_FOR_RE.search(sent, max(0, m.start() - 200), m.start()):
                continue  # "a grant worth $3m for the second phase of a solar programme": what the money is for
            if compiled(r"programs?|programmes?|plans?", re.I).fullmatch(kind_text) and _OWN_GOVERNMENT_RE.search(
                sent, max(0, m.start() - 100), m.start()
            ):
                continue  # "the government has adopted an economic reform program": one state's own policy
            words = kind_text.lower().split()
            compound = ("joint", "road", "action", "financing", "loan", "credit")
            noun = words[-1] if words[0] in compound and len(words) > 1 else words[0]
            plural = noun in ("memoranda", "treaties") or (noun.endswith("s") and not noun.endswith("ss"))
            before_tok = compiled(r"([\w'’-]+)\s+$").search(sent[max(0, m.start() - 60) : m.start()])
            # a capitalised name of an instrument opening an item of a list of what was signed
            item_head = (
                kind_text[0].isupper()
                and listed_under.get(para) == "signed"
                and len(sent[: m.start()].split()) <= 5
                and not compiled(r"\b(?:A|An|a|an)\s").search(sent[: m.start()])  # "1. A Financing Agreement for ..."
            )
            # "- Complementary Adjustment to the Basic Agreement on ...", "- Additional Protocol to the Treaty on ...":
            # an item of the list that amends a named instrument, itself the instrument signed
            amends = (
                _AMENDS_LEAD_RE.fullmatch(sent, 0, m.start())
                if kind_text[0].isupper() and listed_under.get(para) == "signed"
                else None
            )
            if (
                kind_text[0].isupper()
                and not amends
                and before_tok
                and before_tok.group(1)[0].isupper()
                and m.start() > 0
                and not item_head  # "• Youth Mobility Arrangement, ...": an item of the list of what was signed
                and not compiled(r"\w[a-z]*[A-Z]\w*").fullmatch(kind_text)  # "MoUs" is upper case whatever it names
                and not _DETERMINER_RE.fullmatch(before_tok.group(1))  # "Further Agreements cover ..."
            ):
                # "a Framework Agreement", "1. A Financing Agreement for ...": an instrument of this visit
                indefinite = bool(_INDEFINITE_NAME_RE.search(sent[: m.start()]))
                # "adopted the Tamsa Declaration": named, but the object of this visit's verb
                # or an item of a list set off by semicolons after a colon: "...: MoU on X; Cultural Exchange Programme
                # for 2026-2029; and ..."
                named_here = _NAMED_SIGNED_RE.search(sent[: m.start()]) or _LISTED_NAME_RE.search(sent[: m.start()])
                if named_here:
                    item_head = True  # (its name keeps its capitals)
                if (
                    not indefinite
                    and not named_here
                    and before_tok.group(1).lower() not in ("a", "an", "the")
                    and _bare(before_tok.group(1)) not in ("Joint", "Intergovernmental", "Bilateral")
                ):
                    continue  # a named instrument ("the Paris Agreement") mentioned in passing
            earlier = compiled(r"\s+in\s+((?:19|20)\d\d)\b").match(sent[m.end() :])
            if earlier and art.dateline and int(earlier.group(1)) < art.dateline.year:
                continue  # "signed framework deals in 2022": an earlier instrument, not this visit's
            # "the contract ..., signed in January 2022", "a joint statement issued ... last year": an earlier one
            dated = compiled(
                rf"[^;.]{{0,100}}?\b(?:{_DONE}|issued)\b[^;.]{{0,40}}?\b(?:last year|years? ago|"
                # ("were concluded later that year": the year the story told before)
                r"(?:later\s+|earlier\s+|in\s+)?that\s+year|earlier\s+this\s+year|"
                # ("the trade agreement signed by their predecessors": leaders before these ones signed it)
                r"by\s+(?:their|his|her|the\s+two|the)\s+(?:[\w-]+\s+)?predecessors?|"
                r"in\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d))\b"
            ).match(sent[m.end() :])
            # ("a protocol amending the treaty signed in 2004": the date is the amended treaty's, the protocol new)
            amending = _AMENDING_RE.match(sent, m.end())
            if (
                dated
                and not amending
                and (not dated.group("y") or (art.dateline and int(dated.group("y")) < art.dateline.year))
            ):
                continue
            # "... since 2022, when the two sides signed framework deals for ...": a year before this one
            when = compiled(r"\b(?:in|since|of)\s+(?P<y>(?:19|20)\d\d)\s*,?\s+when\b[^.;]*$").search(sent[: m.start()])
            if when and art.dateline and int(when.group("y")) < art.dateline.year:
                continue
            # an item of a list whose verb came long before ("witnessed the exchange of ..., including A; B; an MoU
            # between X and Y; and C"): the list's status
            # (also the next item after a semicolon, when the one before ran on in a clause of its own: "...; an air
            # services agreement that would allow direct flights; a defence cooperation framework; and ...")
            semi = sent.rfind(";", covered, m.start()) if last_stat else -1
            continued = bool(last_stat) and bool(
                _LIST_GAP_RE.fullmatch(sent[covered : m.start()])
                or (semi >= 0 and _LIST_GAP_RE.fullmatch(sent[semi : m.start()]))
                # (or one of a count just told signed, named after it: "a forum at which three contracts were
                # signed, including a deal on the supply of fruit", "firms inked four contracts, among them a ...")
                or _COUNT_INCLUDING_RE.fullmatch(sent, covered, m.start())
            )
            if _MORE_SLUG_RE.match(kind_text) and compiled(r"\s+(?:[\w-]+\s+)?" + _KIND_RE.pattern, re.I).match(
                sent[m.end() :]
            ):
                continue  # "a strategic partnership declaration", "a framework agreement": the last word names it
            # (an explainer's item opens with a run-in label of its field, no part of the instrument's name: "-
            # **Health workers:** A nurse and midwife training partnership with ...")
            label = (
                _LABELLED_ITEM_RE.match(sent, max(0, marker.end() - into)) if marker and into <= marker.end() else None
            )
            own = label.start("body") if label and label.start("body") <= m.start() else 0
            listed_item = (
                # (or a paragraph of its own that opens with the instrument, as unmarked items do: "A semiconductor
                # research partnership, linking ...")
                (bool(marker) or (not text[art.paras[para][0] : s_start].strip() and bool(_NP_ITEM_RE.match(sent))))
                and listed_under.get(para) == "signed"
                # ("- a JBIC–Development Bank of Kazakhstan framework for ...": the parties' names before it)
                and (
                    len(sent[own : m.start()].split()) <= (5 if own else 4)
                    or bool(_NAMES_BEFORE_RE.fullmatch(sent, own, m.start()))
                )
            )
            if (
                kind_text.lower().split()[-1].rstrip("s") in _GATED_KINDS
                and not (
                    continued
                    or item_head
                    or listed_item
                    or _GOVERNED_RE.search(sent[max(0, m.start() - 80) : m.start()])
                    or _OWN_DONE_RE.match(sent, m.end())  # "the sanitary certificates ... have been finalised"
                    # ("The second is a critical minerals partnership under which ...": one of the documents counted)
                    or (ordinal_doc and _ORDINAL_IS_DOC_RE.match(sent, 0, m.end()))
                    # ("The largest is a $1.4 billion concession under which ...": one of the documents counted)
                    or (
                        (top := _TOP_DEAL_RE.match(sent))
                        and top.end() <= m.start()
                        and len(sent[top.end() : m.start()].split()) <= 4
                    )
                )
            ):
                continue  # "a strategic partnership", "within the framework of": no instrument
            if (
                _KIND_AS_FIELD_RE.match(sent, m.end())
                and " " not in kind_text
                and not compiled(r"\b(?:a|an|the|one|its|their)\s+$", re.I).search(sent, 0, m.start())
            ):
                continue  # (the field of the plural kind word after it, which gives the documents)
            if _EXISTING_RE.search(sent, max(0, m.start() - 60), m.start()):
                continue  # "the implementation of the agreement on trade": one that exists already
            if _DONE_BEFORE_RE.match(sent, m.end()):
                continue  # "A second contract for 180 tanks was signed this year.": before the visit, in background
            last_cue = ([c for c in _cues(sent, 0, m.start()) if not c.group("ann")] or [None])[-1]
            told_earlier = last_cue and _EARLIER_RE.search(sent, last_cue.start(), m.start())
            if told_earlier and not _earlier_item_only(sent, last_cue.start(), told_earlier.end(), m.start()):
                earlier_year = told_earlier.group("y")
                if not earlier_year or (art.dateline and int(earlier_year) < art.dateline.year):
                    continue  # "Deals struck last year included a grain contract": an earlier one
            if (
                # (the verb of signing before the instrument, or its own passive after it: "a visit last year, during
                # which 26 memoranda were signed")
                (occasion := _EARLIER_OCCASION_RE.search(sent, 0, m.start() if last_cue is None else last_cue.start()))
                and (
                    any(not t.group("y") for t in _EARLIER_RE.finditer(sent, 0, occasion.start()))
                    or any(
                        art.dateline and int(y) < art.dateline.year
                        for y in compiled(r"\b((?:19|20)\d\d)\b").findall(sent, 0, occasion.start())
                    )
                )
            ):
                continue  # "paid a visit last year, during which the two countries signed ...": that visit's
            if last_cue is not None and _TIME_AFTER_RE.match(sent, m.end()):
                continue  # "signed a transit agreement and a trade pact in recent years": earlier ones
            if (
                last_cue is not None
                and art.dateline
                and (year_after := _YEAR_AFTER_RE.match(sent, m.end()))
                and int(year_after.group("y")) < art.dateline.year
            ):
                continue  # "signed a memorandum on raw materials in 2022", told in a story of 2025: an earlier one
            if last_cue is not None and _PERFECT_EARLIER_RE.search(
                sent, max(0, last_cue.start() - 40), last_cue.start()
            ):
                continue  # "the two countries have previously signed agreements on trade": earlier ones
            if last_cue is not None and _COMMENT_VERB_RE.search(sent, last_cue.end(), m.start()):
                continue  # "signed a memorandum on ports and praised the exchange programme": what they spoke of
            if _MAYBE_RE.search(sent, max(0, m.start() - 40), m.start()) or _TOWARDS_RE.search(
                sent, max(0, m.start() - 80), m.start()
            ):
                continue  # "a possible energy deal", "the proposed treaty", "towards a treaty": not yet an instrument
            year_mod = compiled(r"\b(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$").search(sent[: m.start()])
            if (
                year_mod
                and art.dateline
                and int(year_mod.group("y")) < art.dateline.year
                and not compiled(
                    (
                        r"\b(?:upgrad\w*|updat\w*|amend\w*|revis\w*|extension|extending|renewal|renewing|protocol)\s+"
                        r"(?:\w+\s+){0,3}$"
                    ),
                    re.I,
                ).search(sent[max(0, year_mod.start() - 40) : year_mod.start()])
            ):
                continue  # "the 2015 treaty on friendship": an earlier one (but "an upgrade of the 2004 pact" is new)
            if kind_text.lower() == "agreement" and (
                (
                    _PROCESS_RE.match(sent, m.end())
                    and not (
                        _STUDIED_WORKS_RE.match(sent, m.end())
                        and compiled(rf"\b{_DONE}\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}$").search(
                            sent, max(0, m.start() - 60), m.start()
                        )
                    )
                )
                or compiled(r"\s+in\s+principle\b").match(sent[m.end() :])
            ):
                continue  # "an agreement to begin negotiations", "an agreement in principle": an act of agreeing
            w_lo = max(0, m.start() - 300)
            if w_lo:
                # (the window opens at a clause's start, never inside a cue: "witnessed the signing of ..., namely:
                # A; B; C" cut to "signing of ..." would read a signing still to come)
                w_lo = max(sent.rfind(c, 0, w_lo) for c in ",;:") + 1
            # (and closes at a clause's end: "the Plan of Consultations between the Ministry of ... and the Ministry
            # of ... for 2024-2026 and the Memorandum between ... were signed", its verb far after it)
            w_hi = compiled(r"[,;:]|$").search(sent, m.end() + 300).end() if m.end() + 300 < len(sent) else len(sent)
            status, source = _status_from(sent[w_lo:w_hi], m.start() - w_lo, m.end() - w_lo)
            if _NONE_OF_RE.search(sent, max(0, m.start() - 80), m.start()):
                # "no new deals were concluded", "No binding agreement on the plant was signed", "but nothing new on
                # the reparations deal"
                continue
            if compiled(r"\b(?:every|any)\s+(?:[\w-]+\s+)?$", re.I).search(sent[: m.start()]):
                continue  # "every agreement we sign must protect farmers": any document, none of this visit
            if _SIMILAR_RE.search(sent, max(0, m.start() - 40), m.start()) or _WITH_STATES_RE.match(sent, m.end()):
                continue  # "has signed similar agreements with Ghana", "deals with countries in Africa": elsewhere
            if status == "announced" and _PREVIEW_RE.match(sent) and _WILL_SIGN_RE.search(sent, 0, m.start()):
                status = "signed"  # "During the visit, X and Y will sign an agreement on ...": the visit's own
            if _HEADING_RE.match(text, s_start):  # a live blog's "Also announced: ...", "Documents: ..."
                status = "signed"
            if (
                source in ("after", "")
                and _DAYS_OWN_RE.search(sent, max(0, m.start() - 40), m.start())
                # (not one of its kind told as signed before: "signed the Action Plan ... With today's Action Plan we
                # are giving new impetus")
                and not any(o.kind == _kind_slug(kind_text) and o.status == "signed" for o in found)
            ):
                status = "signed"  # "Today's MoU on geology will help us build supply chains": the day's own document
            outcome = _OUTCOMES_RE.search(sent, 0, m.start())
            if outcome and source != "own" and not _cues(sent, outcome.end(), m.start()):
                status = "signed"  # "Among the outcomes: a currency swap arrangement ..."
            own_pred = _own_predicate(sent, m.end())
            if continued and source in ("", "after") and not (source == "after" and own_pred):
                status = last_stat  # (but "...; a treaty on extradition is expected later" tells its own)
            elif (
                continued
                and source == "before"
                and (before_cues := _cues(sent, 0, m.start()))
                and any(lo <= before_cues[-1].start() < hi for lo, hi in read_spans)
            ):
                # a word of an earlier item's own title cues nothing for the next: "a memorandum on joint work on the
                # shelf, a plan of talks, and documents on A, B and C" are signed as the list is
                status = last_stat
            if status == "signed" and source == "before" and own_pred:
                pred_cues = _cues(sent, own_pred[0], own_pred[1])
                if pred_cues and pred_cues[0].group("ann"):
                    status = "announced"  # "They signed X, and a treaty on Y could follow": its own verb decides
            if not status:
                status = listed_under.get(para, "")
            elif (
                status == "announced"
                and source == "after"
                and listed_under.get(para) == "signed"
                and not _NOT_SIGNED_RE.search(sent)
                # (an item of the list, not a sentence of prose under the heading: "Analysts said a memorandum ...
                # could follow")
                and (_ITEM_RE.match(text, text.rfind("\n", 0, s_start) + 1) or _NP_ITEM_RE.match(sent))
            ):  # under "What was signed": "an arrangement under which Germany will issue visas" was signed
                status = "signed"
            if (
                not status
                and _content(sent, m.end(), sent[: m.start()])
                and any(ag.status == "signed" for ag in found)
            ):
                status = "signed"  # "A second deal will see X set up a plant": one more of the story's deals
            if (
                # (the future of what the deal does is no plan of it: "... is a framework agreement under which X will
                # build a plant")
                (top := _TOP_DEAL_RE.match(sent))
                and (
                    not status
                    or (
                        status == "announced"
                        and source == "after"
                        # ("The largest, a loan of $N, will fund a road": what the loan named in apposition does)
                        and (_CONTENT_RE.match(sent, m.end()) or top.group().rstrip().endswith(","))
                    )
                )
                and m.start() >= top.end()
                and any(ag.status == "signed" for ag in found)
            ):
                status = "signed"  # "The largest single agreement is a framework deal between ...": one of the story's
            if (
                not status
                and (prev_status == "signed" or ordinal_doc)
                and (
                    _ORDINAL_WAS_RE.match(sent, 0, m.end())
                    or (ordinal_doc and _ORDINAL_IS_DOC_RE.match(sent, 0, m.end()))
                )
            ):
                status = "signed"  # "The first document exchanged was an MoU on X. The second was an MoU on Y."
            if (
                not status
                and (picked := _PICKED_OUT_RE.search(sent, max(0, m.start() - 200), m.start()))
                and not _cues(sent, picked.end(), m.start())
                and compiled(rf"\b{_DONE}\b").search(text, before_lo, s_start + picked.start())
            ):
                # "Nine documents were signed. I would single out the agreement on A and the declaration on B": the
                # speaker picks some of those just told signed
                status = "signed"
            if not status and enum_signed and _ENUM_ITEM_RE.match(sent):
                status = "signed"  # "We agreed on three things. First, a new memorandum on minerals."
            if not status and _told_on(sent) >= 0:
                status = prev_status  # "Other MoUs covered A, B and C": the documents of the story so far
                if _REST_LEAD_RE.match(sent) and any(ag.status == "signed" and not ag.generic for ag in found):
                    # (the rest of the documents the story has begun to name signed, whatever the sentence before
                    # said of one that is none of them: "A separate arrangement was initialled. The remaining
                    # agreements include ...")
                    status = "signed"
            elif (
                status == "announced"
                and source != "own"
                and prev_status == "signed"
                and (going_on := _told_on(sent)) >= 0
                and (first := _DOC_RE.search(sent, going_on))
                and first.start() <= m.start()
                # (an item of the list, opened by its own article, not a word of another's clause: "... under which
                # the bank will provide 200 million euros in loans")
                and _LIST_ITEM_OPENS_RE.search(sent, max(0, m.start() - 100), m.start())
                and not any(c.group("ann") for c in _cues(sent, 0, first.start()))
                and not any(c.group("ann") for c in _cues(sent, m.end(), _ITEM_AFTER_RE.search(sent, m.end()).start()))
            ):
                # the documents of the story so far, told on with no verb of their own: one item's plan is its own,
                # in its own words ("Other agreements include a trade pact to be negotiated within a year, a labour
                # mobility deal and ..."), and leaves the next items signed
                status = "signed"
            if not status and plural_kind and _THERE_WERE_RE.match(sent):
                status = "signed"  # "The deals were signed on Monday. There was a memorandum on X; another on Y"
            if not status and compiled(r"\bjoint\s+(?:statements?|declarations?)$", re.I).search(
                sent[max(0, m.start() - 6) : m.end()]
            ):
                status = "signed"  # "The joint statement runs to 38 paragraphs": the visit's own, however mentioned
            if not status:
                continue
            sent_status = sent_status or status
            last_stat = status
            if plural and status == "signed":
                sent_plural = kind_text
            elif status == "signed":
                sent_single = kind_text
            # modifiers before the kind word
            mods = []
            clause_lo = max(sent.rfind(c, 0, m.start()) for c in ",:;(") + 1
            # a closed bracket before the kind ends a phrase of its own: "(Note) Joint Statement" (not a list's "2)")
            close = sent.rfind(")", clause_lo, m.start())
            if close > 0 and "(" in sent[:close]:
                clause_lo = close + 1
            opener = _ITEM_RE.match(sent)  # ("(ii) MoU on ...": a list's marker, no word of the title)
            if opener and (opener.group("r") or opener.group("l")) and opener.end() <= m.start():
                clause_lo = max(clause_lo, opener.end())
            words_before = compiled(r"[\w'’&-]+(?:[–—][\w'’&-]+)*").findall(sent[clause_lo : m.start()])
            # "a Cultural Exchange Programme": a name after "a", whose capitals are its own words
            a_name = (
                not item_head
                and bool(words_before)
                and words_before[-1][:1].isupper()
                and bool(_A_NAME_RE.search(sent, max(0, m.start() - 80), m.start()))
            )
            for j, w in enumerate(() if amends else reversed(words_before[-5:] if item_head else words_before[-3:])):
                if (
                    (item_head or a_name)
                    and w.lower() in ("and", "&")
                    and 0 < j < len(words_before) - 1
                    and words_before[-j - 2][:1].isupper()
                    and mods[:1]
                    and mods[0][:1].isupper()
                ):
                    # "Cultural and Educational Exchange Program", "a Science and Technology Agreement": the name's own
                    # "and"
                    mods.insert(0, w)
                    continue
                if (
                    w.lower() in _MODIFIER_STOP
                    or w in _RANK_WORDS
                    or w.lower() in _RELATIVE_WORDS  # "a trader whose letter of intent covers ...": not the title's
                    or w.lower() in _HEADLINE_VERBS
                    or w.lower() in _LISTING_VERBS  # "The agreements signed include memoranda on ...": the verb
                    or _CUE_X_RE.fullmatch(w)
                    or _RESULT_VERB_RE.fullmatch(w)  # "the visit produced memoranda on ...": the verb, no modifier
                    or w[0].isdigit()
                    or len(w) == 1  # a list's letter ("b) Memorandum on ...")
                    or (
                        w[0].isupper()
                        and not (item_head or a_name)
                        # ("- Cultural exchange programme 2025-2027", "5) Cultural exchange program": the capital of
                        # the sentence's first word)
                        and not (
                            (clause_lo == 0 or (opener and clause_lo == opener.end()))
                            and mods
                            and mods[0].islower()
                            and w[1:].islower()
                            and _OPENS_RE.fullmatch(sent, 0, m.start() - len(" ".join([w, *mods])) - 1)
                        )
                        # ("2. Extradition treaty;": a list item's one field word, with the capital of its first word)
                        and not (
                            not mods
                            and w[1:].islower()
                            and not _DETERMINER_RE.fullmatch(w)
                            and _OPENS_RE.fullmatch(sent, 0, m.start() - len(w) - 1)
                            and (opener or _item_opens(text, s_start))
                        )
                    )
                ):
                    break
                mods.insert(0, w)  # (a list item's own name keeps its capitals: "Youth Mobility Arrangement")
            if amends:
                mods = amends.group("lead").split()
            paired_mod = (
                _PAIRED_MOD_RE.search(sent, clause_lo, m.start() - len(" ".join(mods)) - 1)
                if mods and not plural
                else None
            )
            if paired_mod:  # "a student and faculty exchange agreement": both words name the one document
                mods[:0] = [paired_mod.group("x"), "and"]
            rest = sent[m.end() :]
            # (also the presence told by a pronoun: "signed six more documents in their presence", or by the speakers
            # themselves: "eleven documents were signed in our presence today")
            # (a short form may come first: "eight memorandums of understanding (MOUs) in the presence of ...")
            if compiled(
                r"(?:\s*\([^()]{1,12}\))?\s+(?:were|was)?\s*(?:\w+ed\s+)?in\s+"
                r"(?:(?:the\s+presence|front)\s+of|(?:their|his|her|our|my|your)\s+presence)\b"
            ).match(rest):
                # "documents in the presence of the leaders": the ceremony, not a topic (but a list after it, ",
                # covering trade, culture and aviation", is the documents')
                after = _LIST_AFTER_RE.search(rest)
                # (not "..., including agreements on A and B": items that name themselves; a document joined after
                # the list, "..., along with a joint declaration", is one of its own)
                joined = _JOINED_DOC_RE.search(rest, after.end()) if after else None
                own = _DOC_RE.search(rest, after.end(), joined.start() if joined else len(rest)) if after else None
                rest = rest[after.end() - 1 :] if after and plural and not own else ""
            short = _SHORT_FORM_RE.match(rest)
            if not short and not compiled(r"loan|credit|financ|grant", re.I).search(" ".join([*mods, kind_text])):
                short = _WORTH_RE.match(rest)  # (a loan's value is its content: "a loan worth $20 million" is finance)
            skip = short.end() if short else 0
            rest = rest[skip:]
            if day_then := _DAY_THEN_PURPOSE_RE.match(rest):
                rest, skip = rest[day_then.end() :], skip + day_then.end()
            signed_here = _SIGNED_HERE_THEN_TOPIC_RE.match(rest)
            if signed_here:  # "the agreement signed today on digital payments": when it was signed, then its topic
                rest = " " + rest[signed_here.end() :]
            elif not plural and (passive := _PASSIVE_BETWEEN_RE.match(rest)):
                # "A memorandum was also signed between the X Centre and the Y Exchange on cross-listing": its own
                # verb, then its parties and topic
                rest = " " + rest[passive.end() :]
            side = _SIDE_THEN_CONTENT_RE.match(rest)
            if side:  # "an agreement on the Valdorian side increasing the number of ...": whose, then what it does
                rest = " " + rest[side.end() :]
            # "five memoranda and one letter of intent covering A, B and C": the topics are the whole list's
            plural = plural or bool(
                compiled(
                    r"(?:memorand\w+|MoUs|agreements|documents|protocols)\W*(?:\([^)]*\)\s*)?and\s+(?:\w+\s+)?$"
                ).search(sent[: m.start()])
            )
            comp = ""
            including = (
                compiled(
                    r",?\s+(?:including|among them|among others|notably|in particular|namely)\s+(?=(?:on|in|for)\s)|"
                    # "three agreements were signed after the talks -- on A, on B and on C": the list after the
                    # passive verb and its time, set off by a dash or colon (a typed double hyphen too)
                    rf"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?{_DONE})?"
                    r"(?:\s+(?:after|during|at|following|on)\s+(?:the\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                    r"\s*(?:--|[–—:-])\s*(?=(?:on|in|covering|spanning|including)\s)|,\s*(?=(?:on|covering|spanning)\s)|"
                    r"\s+of\s+(?:cooperation|understanding)\s*,?(?=\s+(?:covering|spanning|including)\s)"
                ).match(rest)
                if plural
                else None
            )
            if including:  # "six agreements, including on energy, ...", "three agreements — on energy, ..."
                rest = " " + rest[including.end() :]
            shift = including.end() - 1 if including else 0
            lead_in = _PARTICIPLE_LEAD_RE.match(rest) if plural and not including else None
            if lead_in and _NP_ITEM_RE.match(compiled(r"^\s+\w+(?:\s+from)?\s+").sub("", rest[lead_in.end() :])):
                lead_in = None  # "... included a framework agreement on LNG, MoUs on ...": the items name themselves
            if lead_in:  # "other agreements signed on the sidelines included A and B": the list after the verb
                rest, shift = rest[lead_in.end() :], lead_in.end()
            partners = _PARTNERS_THEN_LIST_RE.match(rest) if plural and not including and not lead_in else None
            if partners:  # "agreements with Vessan partners, the ministry said: a plant in A, a line in B and ..."
                rest, shift = " on " + rest[partners.end() :], partners.end() - len(" on ")
            elif plural and not including and not lead_in and (partners := _PARTNERS_BEFORE_TOPICS_RE.match(rest)):
                rest, shift = " " + rest[partners.end() :], partners.end() - 1
            money_kind = compiled(r"(?i)(?:loan|credit|grant|financing)\b").match(" ".join([*mods[-1:], kind_text]))
            lent = _LENT_BEFORE_LIST_RE.match(rest) if plural and money_kind and not including else None
            if lent and lent.group(0).split()[0] != "for":  # "loans worth $90 million for A and B": the sum first
                rest, shift = " for " + rest[lent.end() :], shift + lent.end() - len(" for ")
            listed = _list_items(rest) if plural else None
            if (
                listed
                and compiled(r"\s+(?:cover|covered|include|included|span|spanned|range|ranged)\b").match(rest)
                and _no_breakdown_near(art, s_start, s_end)
            ):
                continue  # ("The deals cover A, B and C": the fields of a sum its source did not break down)
            if listed:
                listed = (listed[0], _shared_goods_frame(listed[1]))
            elif plural and (pairs := _between_pairs(rest)):
                listed = pairs  # (a count of them too: "two agreements between A and B, and between C and D")
            elif plural and not _GENERIC_RE.search(sent, max(0, m.start() - 40), m.start()):
                listed = _with_two_partners(rest)  # (a count of them, "four MoUs with A and B", is not one each)
            opening = _MARKET_TO_RE.match(rest) if plural else None
            goods = _list_items(" on " + rest[opening.end() :]) if opening else None
            if opening and not goods:  # (two goods joined by "and" alone, or one good)
                stop = _LIST_END_RE.search(rest, opening.end())
                body = rest[opening.end() : stop.start() if stop else len(rest)].rstrip(" .,")
                pieces = compiled(r"\s+and\s+").split(body)
                if body and len(pieces) <= 2 and all(0 < len(x.split()) <= 5 for x in pieces):
                    goods = (" on " + body, [f" on {x}" for x in pieces])
            if goods:
                # "protocols that open the Vessan market to Ostrian cherries and table grapes": one per good
                lead = " opening " + opening.group("m")
                listed = (
                    rest[: opening.end()] + goods[0][len(" on ") :],
                    [lead + compiled(r"^\s+on\s").sub(" ", item) for item in goods[1]],
                )
            content = _content(rest, 0, sent[: m.start()])
            if listed:
                comp, parts = listed
            elif not plural and _ABOUT_VERB_RE.match(rest) and _SUBJECT_KINDS_RE.match(sent):
                about = _ABOUT_VERB_RE.match(rest)  # "Another memorandum concerns fisheries": what it is about
                stop = _COMPLEMENT_STOP_RE.search(rest, about.end())
                # ("A separate agreement expands the scheme": what it does, its verb kept)
                lo, lead = (about.start("does") - 1, "") if about.group("does") else (about.end(), " on ")
                comp = lead + (rest[lo : stop.start()] if stop else rest[lo:]).rstrip(" .")
            elif content:  # "a deal under which X will build ...", "a second deal will see X set up ...": what it does
                stop = _COMPLEMENT_STOP_RE.search(rest, content.end())
                while stop and compiled(r"(?<=\b[A-Z])\.\s*[A-Z]").match(rest, stop.start()):
                    stop = _COMPLEMENT_STOP_RE.search(rest, stop.end())  # "the U.S. International ...": a short form
                if stop and compiled(r"\s(?:will|would)\b").match(rest[stop.start() :]):  # the clause's own verb
                    stop = _COMPLEMENT_STOP_RE.search(rest, stop.end())
                elif (
                    stop
                    and " will " not in rest[content.end() : stop.start()]
                    and " would " not in rest[content.end() : stop.start()]
                    and (joint := compiled(r"\s(?:and|&)\s[^,;:.]{3,60}?\s(?:will|would)\b").match(rest, stop.start()))
                ):
                    # "under which X and a consortium of lenders will build ...": the clause's subject has two parts
                    stop = _COMPLEMENT_STOP_RE.search(rest, joint.end())
                comp = (rest[: stop.start()] if stop else rest).rstrip(" .")
            elif (
                compiled(
                    r"\s+(?:on|of|for|in|between|regarding|concerning|related to|relating to|pertaining to|"
                    r"dealing with|about|with|covering|linking|expanding|establishing|"
                    r"creating|setting up|updating|amending|extending|renewing|governing|regulating|allowing|enabling|"
                    r"facilitating|promoting|supporting|setting out|outlining|providing for|launching|introducing|"
                    # any other participle that says what the instrument does ("a declaration widening the scheme")
                    r"(?!being|signing|during|following|according|notwithstanding|totall?ing|worth)[a-z]{3,}ing)\b"
                ).match(rest)
                # (a hyphenated verb too: "an action plan to fast-track the pipeline", "a deal to co-finance a road")
                or (not plural and compiled(r"\s+to\s+(?!be\b|sign\b|conclude\b)[a-z]+(?:-[a-z]+)*\s").match(rest))
                or (plural and _CONTRACTED_WORK_RE.match(rest))
                or (  # "a loan from the export bank for a ring road": who lends, then what for
                    compiled(r"loan|credit|grant|financ", re.I).search(kind_text)
                    and compiled(r"\s+from\s").match(rest)
                )
            ):  # "a contract to build a desalination plant": what the instrument is for
                stop = _COMPLEMENT_STOP_RE.search(rest, 1)
                while stop:
                    # "between the Chamber of Commerce (VCCI) and ...": a party's short form, not the title's end
                    if short_party := _PARTY_SHORT_RE.match(rest, stop.start()):
                        stop = _COMPLEMENT_STOP_RE.search(rest, short_party.end())
                    elif _DOTTED_SHORT_RE.match(rest, stop.start()):  # "between the U.S. Department of State ..."
                        stop = _COMPLEMENT_STOP_RE.search(rest, stop.end())
                    elif (
                        not plural
                        and (second := _AND_THE_ACTION_RE.match(rest, stop.start()))
                        and not _CLAUSE_VERB_RE.search(second.group(0))
                        and not _DOC_RE.search(second.group(0))
                    ):
                        stop = _COMPLEMENT_STOP_RE.search(rest, second.end())  # a second field of the same document
                    elif (
                        not plural
                        and (series := _FIELD_SERIES_RE.match(rest, stop.start()))
                        # (not clauses: "on tourism, visited a museum and held talks")
                        and not _CLAUSE_VERB_RE.search(series.group(0))
                        and not compiled(r",\s+(?:a|an|the|which|who|as|when|while)\s").search(series.group(0))
                    ):
                        stop = _COMPLEMENT_STOP_RE.search(rest, series.end())  # one document's fields, all of them
                    elif (series := _TITLE_SERIES_RE.match(rest, stop.start())) and rest[
                        stop.start() - 1 : stop.start()
                    ].isalpha():
                        # "on Economic, Technical and Cultural Cooperation": a series of a name's own words
                        stop = _COMPLEMENT_STOP_RE.search(rest, series.end())
                    else:
                        break
                if (
                    stop
                    and compiled(r"\s+(?:and|&)\s").match(rest[stop.start() :])
                    # (an "and" inside a name, "Chamber of Commerce and Industry", is not the parties' "and")
                    and compiled(r"\bbetween\b(?!.*\band\b)").search(_NAME_AND_RE.sub(r"\g<w> ", rest[: stop.start()]))
                    and not compiled(  # (also "and a Programme of Cooperation between ...": a named one)
                        r"\s+(?:and|&)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + _KIND_RE.pattern, re.I
                    ).match(rest[stop.start() :])
                ):  # "between the Government of X and the Government of Y on ...": the parties' "and"
                    stop = _COMPLEMENT_STOP_RE.search(rest, stop.end())
                    while stop:
                        if short_party := _PARTY_SHORT_RE.match(rest, stop.start()):  # "... and the Agency (VFSA) on"
                            stop = _COMPLEMENT_STOP_RE.search(rest, short_party.end())
                        elif (series := _TITLE_SERIES_RE.match(rest, stop.start())) and rest[
                            stop.start() - 1 : stop.start()
                        ].isalpha():
                            # "... and the Ministry of Economy, Trade and Industry of Y on ...": the second party's
                            # name holds a series of its own words too
                            stop = _COMPLEMENT_STOP_RE.search(rest, series.end())
                        else:
                            break
                if (
                    stop
                    and listed_under.get(para) == "signed"
                    and _ITEM_AND_THE_RE.match(rest, stop.start())
                    and not _FINITE_RE.search(rest, stop.start())
                    and not _VERB_OBJECT_RE.search(rest, stop.start())
                    and not _DOC_RE.search(rest, stop.start())
                ):
                    stop = None  # "- A memorandum on transhumance and the management of pastures;": one item's field
                    rest = rest.rstrip(" ;.")
                comp = rest[: stop.start()] if stop else rest
                contrast = compiled(
                    # ("a framework agreement and two MoUs on ...": a count of other documents after "and")
                    r"\s*\||,?\s+(?:as well as|along with|together with|plus|"
                    # ("an agreement on visas and six other documents on A, B and C": the count's documents apart)
                    r"and(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s))\s+"
                    r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?"
                    r"(?:[\w-]+\s+){0,2}?(?:protocols?|memorand\w+|agreements?|MoUs?|deals?|accords?|treaty|treaties|"
                    r"programmes?|programs?|roadmaps?|declarations?|contracts?|documents|instruments|arrangements)\b|"
                    r"\s(?:but|although|though|whereas|yet)\s|\s+and\s+(?:also\s+)?(?:signed|inked|sealed|concluded|"
                    r"adopted|agreed|reached|struck|exchanged|discussed|reviewed|witnessed|held|met|pledged|announced|"
                    r"launched|opened|visited|called|vowed|decided|expressed|welcomed|noted|stressed|said|told|hoped|"
                    r"promised|praised|hailed|thanked|invited|urged|underlined|emphasi[sz]ed|reaffirmed|affirmed)\b"
                ).search(comp)
                if (
                    contrast
                ):  # "an agreement to expand output but no breakthrough", "... and concluded a treaty": it ends
                    comp = comp[: contrast.start()]
                more = _LIST_TAIL_RE.match(rest, len(comp)) if plural else None
                if more and _DOC_RE.search(rest, len(comp), more.end()):
                    more = None  # "MoUs on tourism and culture, and an agreement on ...": the next instrument
                if more:  # "memoranda on aviation, education and customs cooperation": the list goes on
                    comp = rest[: more.end()]
                # ("a memorandum on health and would later sign ...": the subject's next predicate left its "and")
                comp = compiled(r"\s+(?:and|or)$").sub("", comp.rstrip(" ."))
            elif plural:
                late = compiled(
                    # (the verb may agree with a collective head: "a package of nine documents was signed, covering")
                    r"\s+(?:were|was|have been|has been|had been)\s+(?:also\s+|\w+ly\s+)?\w+ed[,:]?\s+"
                    # ("were also signed during the visit by X, in the fields of ...": the occasion first)
                    r"(?:(?:during|at|after|following|in\s+the\s+course\s+of)\s+(?:the|their|this|his|her|a)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:visit|talks|meeting|summit|ceremony|trip|forum|session)"
                    r"(?:\s+(?:of|by|to|in|with)\s+[^,;:.()]{1,60}?)?,\s+)?"
                    # ("were also signed by ministers of the two countries in the fields of ...": who signed first)
                    r"(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|officials|heads|leaders|delegations|"
                    r"representatives|presidents)(?:\s+of\s+the\s+(?:two|both)\s+(?:countries|sides|governments))?\s+)?"
                    r"(?:(?:including|among them|among others|notably|in particular)\s+)?"
                    # ("were signed, covering A, B and C", "..., dealing with A and B": the list after a participle)
                    r"(?P<c>(?:on|in|for|between|covering|concerning|spanning|dealing\s+with|relating\s+to)\s.+?)[.;]?$"
                ).match(rest)
                late_c = late.group("c") if late else ""
                each = _EACH_PAIR_SPLIT_RE.split(late_c.rstrip(" .;")) if late_c.startswith("between ") else []
                if len(each) >= 2 and all(_BETWEEN_PAIR_TOPIC_RE.match(x) for x in each):
                    # "Memoranda were also signed between A and B on X, and between C and D on Y": one per pair of
                    # parties, each with its own topic (a document named inside a topic, "on the review of the free
                    # trade agreement", is no item of its own)
                    comp, shift = " " + late_c, late.start("c") - 1
                    listed = (comp, [" " + x for x in each])
                    parts = listed[1]
                    late = None
                if late and (own_item := _DOC_RE.search(late_c)):
                    # "were exchanged on cooperation in the fields of A, B and C, as well as a programme of D": the
                    # fields are the plural's, up to the next item that names its own kind
                    tail = _OWN_ITEM_AFTER_RE.search(late_c, 0, own_item.start())
                    late_c = late_c[: tail.start()] if tail and tail.start() > 0 else late_c
                if late and not (
                    compiled(r"in\s+(?:the|their|his|her|our|my|your)\s+presence").match(late_c)
                    # ("were exchanged between the two countries in the presence of ...": who, not what about)
                    or _PARTIES_ONLY_RE.match(late_c)
                    or compiled(r"in\s+[A-Z]").match(late_c)  # "were signed, in Kolvi and Tamsa": where
                    or _DOC_RE.search(late_c)
                ):  # ("were signed in their presence, including an agreement on ...": the items name themselves)
                    comp = " " + late_c
                    listed = _list_items(comp)  # "pacts were inked in areas ranging from defence to payments"
                    if listed:
                        comp, parts = listed
            else:
                # "an accord was reached on the sale of sheep": its topic after its own verb
                late = compiled(
                    rf"\s+(?:was|has been|had been)\s+(?:also\s+)?(?:{_DONE}|reached)\s+"
                    r"(?=(?:on|regarding|concerning)\s)"
                ).match(rest)
                if late and not _NO_TOPIC_RE.match(rest, late.end() - 1):
                    stop = _COMPLEMENT_STOP_RE.search(rest, late.end())
                    comp = " " + rest[late.end() : stop.start() if stop else len(rest)].rstrip(" .")
            if compiled(rf",?\s*(?:\w+|{_COVERING_FIELDS})(?:\s+the\s+\w+\s+of)?\s*:").fullmatch(comp) or (
                sent.rstrip().endswith(":")
                and compiled(r"\s*(?:in|on|for|covering)\s+the(?:\s+following)?(?:\s+\w+)?").fullmatch(comp)
            ):
                comp = ""  # "They signed memoranda on:", "... in the following areas:": the topics are the items below
            year = compiled(r"\b(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?(?P<y>(?:19|20)\d\d)\b").search(comp)
            # (the year of what the document marks is no date of its own: "a joint statement marking the 50th
            # anniversary of the establishment of relations in 1975")
            if year and _MARKED_EVENT_RE.search(comp, 0, year.start()):
                year = None
            if year and art.dateline and int(year.group("y")) < art.dateline.year:
                continue  # "a deal with the government in 2021 to build a mill": an earlier one
            if compiled(
                r"\s*(?:in\s+the\s+past|over\s+the\s+(?:past\s+|last\s+)?(?:years|decades)|"
                r"in\s+(?:previous|past|earlier|former)\s+(?:years|decades|visits)|years\s+ago)\b"
            ).match(comp):
                continue  # "we have signed many MoUs in the past": earlier ones, whoever says so
            month = _IN_MONTH_RE.search(comp) if art.dateline and not year else None
            if month and 2 <= (art.dateline.month - _MONTHS[month.group("m")]) % 12 <= 6:
                # "struck a deal with X in December to form a joint venture", in copy of April: an earlier one (the
                # month before may still be the visit's, which can span the turn of a month)
                continue
            place = compiled(r"\s*(?:in|at)\s+(?:the\s+)?").match(comp)
            if (
                (_NO_TOPIC_RE.match(comp) and not (listed and _OCCASION_RE.match(comp)))
                or compiled(r"\s*(?:in|at)\s+according\b").match(comp)
                # "signed deals in Santiago", "agreements at the Kremlin": where, not what about
                or (place and (_CITY_RE.match(comp, place.end()) or _COUNTRY_RE.match(comp, place.end())))
                # "signed memoranda in the Credentials Hall", "at the Grand Palace": a named room or building
                or (place and _NAMED_VENUE_RE.match(comp, place.end()))
                # "signed eight MoUs in Kolvi on Monday": a name no gazetteer holds, when it names no field
                or bool(_NAMED_PLACE_RE.fullmatch(comp) and _sphere_x(comp) == "other")
            ):
                comp = ""  # "signed on Thursday", "signed on the Kuwaiti side by ...": when and by whom, no topic
            covered = m.end() + skip + shift + len(comp)
            read_spans.append((m.start(), covered))
            paired = _PAIRED_MODS_RE.search(sent[clause_lo : m.start()]) if plural and not comp.strip() else None
            if paired and _ONE_FIELD_RE.search(paired.group(0)):
                paired = None  # "oil and gas agreements": one field
            if paired and all(
                _sphere_x(x) != "other" for x in compiled(r",\s+|\s+and\s+").split(paired.group(0).strip())
            ):
                # "energy and education agreements": one of each
                kind_one = _singular(kind_text)
                for field in compiled(r",\s+|\s+and\s+").split(paired.group(0).strip()):
                    title = f"{field[:1].upper()}{field[1:]} {kind_one.lower()}"
                    found.append(
                        AgreementSuggestion(
                            title=title,
                            kind=_kind_slug(kind_text),
                            sphere=_sphere_x(title),
                            status=status,
                            start=s_start + m.start(),
                            end=s_start + m.end(),
                        )
                    )
                    topical.add(id(found[-1]))
                continue
            generic = (
                plural
                and (
                    not comp.strip()
                    or bool(_GENERIC_COMPLEMENT_RE.match(comp))
                    # "documents between ministries and provinces of the two countries": parties, no field
                    # "agreements were signed between the two countries, as follows:": the parties, no field
                    or bool(_BETWEEN_SIDES_RE.match(comp))
                    or bool(
                        not listed
                        and compiled(r"documents|papers", re.I).match(kind_text)
                        and compiled(r"\s*between\b").match(comp)
                        and not compiled(r"\b(?:on|in|for|regarding|concerning|covering)\s").search(comp)
                    )
                    # "supply contracts with Polish partners worth $2 billion": the parties and a total, no field
                    or bool(_PARTNERS_TOTAL_RE.fullmatch(comp))
                    # "agreements on projects and trade contracts with a total value of $4 billion", "agreements on
                    # the following projects:": projects by their total or their list below, none named here
                    or bool(_PROJECTS_TOTAL_RE.fullmatch(comp))
                    # "agreements with a total value of $1 billion": a sum, no document named
                    or bool(_TOTAL_ONLY_RE.fullmatch(comp))
                    # "agreements on projects in A, B and C": the fields of the lot's projects, not one document each
                    or bool(listed and _PROJECTS_IN_RE.match(listed[1][0].lstrip(" ,").partition(" ")[2]))
                    # "the following documents on cooperation were signed:": cooperation alone is no field
                    or bool(compiled(r"\s*(?:on|of|for)\s+(?:bilateral\s+|mutual\s+)?cooperation\W*").fullmatch(comp))
                    # "some 15 memoranda ... between the two sides' companies on the sidelines": a count of firms'
                    # documents, none named; and so are the firms' documents of a lead-in, each named by its row below
                    or bool(
                        not listed
                        and (_GENERIC_RE.search(sent[max(0, m.start() - 80) : m.start()]) or _ends_lead(sent))
                        and _FIRMS_ONLY_RE.match(comp)
                    )
                )
            )
            if generic:
                if status != "signed":
                    continue
                q_lo = max(0, m.start() - 80)
                quant = _GENERIC_RE.search(sent[q_lo : m.start()])
                lo = q_lo + quant.start() if quant else m.start()
                title = sent[lo : m.end()] + comp
                title = compiled(r"^(?:today|also|the)\s+", re.I).sub("", title.strip())
                found.append(
                    AgreementSuggestion(
                        title=title[:1].upper() + title[1:],
                        kind=_kind_slug(kind_text),
                        sphere=_sphere_x(comp),
                        status=status,
                        start=s_start + m.start(),
                        end=s_start + covered,
                        generic=True,
                    )
                )
                if not comp.strip() and counted_before and not quant and _COUNT_AGAIN_RE.match(sent):
                    # "... signed nine agreements and MoUs in areas ranging from A to B. The documents were signed in
                    # the presence of ...": the count taken up again keeps its kind word and number for its topics
                    generic_kind = counted_before
                elif (
                    not comp.strip()
                    or ((sides := _BETWEEN_SIDES_RE.match(comp)) and not sides.group("follows"))
                    or _FIRMS_ONLY_RE.match(comp)
                ):
                    # (the two sides alone tell no topic: "several memoranda between the governments of the two
                    # countries. The memoranda covered A, B and C"; nor do the firms that signed them: "seven MoUs
                    # were exchanged between companies of the two countries at a ceremony. They involve A and B")
                    generic_kind = counted_before = kind_text
                    counted_money = next((w for w in mods[-1:] if compiled(r"(?i)loan|credit|grant").fullmatch(w)), "")
                    told = quant.group(0).split()[0].lower() if quant else ""
                    told_count = int(told) if told.isdigit() else _NUMBER_WORDS.get(told, 0)
                # "firms signed eleven contracts, which include the construction of a plant in X, ...": the
                # count's projects later in its own sentence, one deal each
                same = _SAME_SENTENCE_LIST_RE.search(sent, m.end())
                if (
                    same
                    and not _DOC_RE.search(sent, m.end(), same.start())
                    and not _AFTER_COUNT_CLAUSE_RE.search(sent, m.end(), same.start())
                    and (projects := _project_items(same.group("rest")))
                ):
                    for item in projects:
                        title = f"{_singular(kind_text)[:1].upper()}{_singular(kind_text)[1:]} on {item}"
                        found.append(
                            AgreementSuggestion(
                                title=title,
                                kind=_kind_slug(kind_text),
                                sphere=_sphere_x(title),
                                status=status,
                                start=s_start + same.start("rest"),
                                end=s_end,
                            )
                        )
                        topical.add(id(found[-1]))
                continue
            if not listed:
                parts = [comp]
                another = compiled(
                    r",?\s+(?:and\s+)?another\s+(?=(?:on|for|in|of|to)\s)|,?\s+and\s+(?:also\s+)?(?P<on>)(?=on\s)|"
                    # "notes on a ¥250 billion loan for the subway, and ¥120 billion for the railway": a second loan
                    r",?\s+and\s+(?P<money>(?:US\$|[$€£¥])\s?[\d.,]+\s*(?:million|billion|bn|m)?)\s+(?=for\s)"
                ).match(rest[len(comp) :])
                # "an agreement on youth mobility and another on heritage", "a memorandum on A, and on B" (the topic
                # told again with its preposition)
                if (
                    comp.strip()
                    and another
                    and (another.group("on") is None or compiled(r"\s*on\s").match(comp))
                    and (another.group("money") is None or compiled(r"loan|credit|financ", re.I).search(comp))
                    and not _NO_TOPIC_RE.match(rest, len(comp) + another.end() - 1)  # ", and on Friday ..."
                ):
                    more = rest[len(comp) + another.end() - 1 :]
                    stop = _COMPLEMENT_STOP_RE.search(more, 1)
                    extra = more[: stop.start()] if stop else more
                    parts.append(extra.rstrip(" ."))
                    covered += another.end() - 1 + len(extra)
            if plural and comp and not listed:
                parts = [
                    x for x in compiled(r",?\s+and\s+(?=(?:on|in|for|of)\b)|,\s+(?=(?:on|in|for)\b)").split(comp) if x
                ]
                if len(parts) == 1:  # "memoranda on aviation, education and customs cooperation"
                    head = compiled(
                        r"\s*(?:of\s+(?:cooperation|collaboration|partnership),?\s+)?"
                        # (the parties all of them share may come first: "three memorandums between ministries on
                        # health, transport and labour", one each)
                        r"(?P<b>between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministries|agencies|governments)\s+)?"
                        r"(?P<p>(?:on|in|for|related to|relating to|dealing with)"
                        r"(?:\s+(?:cooperation|the fields?|the areas?)\s+(?:in|of|on))?)"
                        r"\s+(?P<rest>.+)$"
                    ).match(comp)
                    items = compiled(r",\s+(?:and\s+)?|\s+and\s+").split(head.group("rest")) if head else []
                    if len(items) >= 2 and all(0 < len(i.split()) <= 4 for i in items):
                        parts = [f" {head.group('b') or ''}{head.group('p')} {item}" for item in items]
            kind_one = _singular(kind_text) if plural else kind_text
            by_field = plural and len(parts) >= 2
            # ("signed nine agreements in areas ranging from energy to defence": the range's ends are two of a count
            # told by number, its topics maybe told in full later; the count stays open for them)
            in_range = by_field and bool(compiled(r"\branging\s+from\s[^;]+?\sto\s").search(comp))
            range_count = _GENERIC_RE.search(sent[max(0, m.start() - 80) : m.start()]) if in_range else None
            range_told = range_count.group(0).split()[0].lower() if range_count else ""
            range_told_n = int(range_told) if range_told.isdigit() else _NUMBER_WORDS.get(range_told, 0)
            if range_told_n > len(parts) and status == "signed":
                counted_before, told_count, counted_money = kind_text, range_told_n, ""
            else:
                in_range = False
            # (an article of its own after "the" opens another phrase: "the presidents signed a Joint Statement" names
            # it anew, where "The Joint Statement we signed" tells it again)
            the_one = not plural and bool(
                compiled(r"\bthe\s+(?:(?!(?:a|an|another)\s)[\w'’-]+\s+){0,3}$", re.I).search(sent[: m.start()])
            )
            for part in parts:
                part = part if part.startswith(" ") else " " + part
                part = _SIGNER_TAIL_RE.sub("", part)
                part = compiled(r",?\s+respectively$").sub("", part)  # "MoUs, on farming and on health respectively"
                title = " ".join([*mods, kind_one]) + (part.rstrip() if part.strip() else "")
                title = title[:1].upper() + title[1:]
                sphere = _sphere_x(title)
                own = _sphere(" ".join([*mods, kind_one])) if content else "other"
                if own not in ("other", "political"):
                    sphere = own  # "a financing agreement under which an export agency will ...": its own field
                # a title whose only field words are weak ("technical cooperation programme between X and Y"); the
                # fields are read only for a title that holds one of those words
                weak = (
                    sphere != "other"
                    and len(parts) == 1
                    and ("development" in title.lower() or "technical cooperation" in title.lower())
                    and _weak_fields_only(title)
                )
                # (so is a fund's money that no word of the title names: "a facility under the Harvest Fund")
                weak = weak or (sphere == "finance" and not _SPHERE_RE.search(title))
                if (sphere == "other" or weak) and len(parts) == 1:
                    # "A Financing Agreement for a facility under a programme, for the supply of farm machinery":
                    # the field is named after the comma
                    clause_end = compiled(
                        # (nor the next instrument of a list: ", a memorandum on energy" is that one's field)
                        r"[;.](?:\s|$)|,\s+(?:and|while|but|as)\s|(?:,|\s(?:and|or))\s+(?:\w+\s+){0,3}?"
                        + _KIND_RE.pattern
                    ).search(sent[m.end() :])
                    wider = _sphere_x(sent[m.start() : m.end() + (clause_end.start() if clause_end else len(sent))])
                    sphere = wider if wider != "other" else sphere
                if (sphere == "other" or _BARE_KIND_RE.fullmatch(title)) and len(parts) == 1:
                    parties = _signing_parties(sent, m.start(), m.end(), art)
                    if parties and _sphere_x(parties) != "other":
                        # "The health ministries of both countries signed a memorandum": the parties' field; also
                        # for a purpose that names none ("the trade agencies signed a letter of intent to set up a
                        # joint exchange programme")
                        sphere = _sphere_x(parties)
                        if not part.strip():
                            title = f"{title} between {parties}" if " and " in parties else f"{title} of {parties}"
                named = compiled(r"\b(?:on|for|of)\s+the\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*$").search(title)
                appositive = _APPOSITIVE_RE.match(sent, m.end() + len(comp)) if named and len(parts) == 1 else None
                if appositive and not _FINITE_RE.search(appositive.group("a")):
                    # "a roadmap on the Vessa Link, the projected gas pipeline ...": what the name is
                    field = _sphere_x(appositive.group("a"))
                    sphere = field if field != "other" else sphere
                if frame_field != "other":
                    sphere = frame_field
                if sphere == "other" and _INVEST_RE.search(title):
                    sphere = "investment"
                found.append(
                    AgreementSuggestion(
                        title=title,
                        kind=_kind_slug(kind_text),
                        sphere=sphere,
                        status=status,
                        start=s_start + m.start(),
                        end=s_start + covered,
                    )
                )
                if by_field:
                    topical.add(id(found[-1]))
                    if in_range:
                        ranged.add(id(found[-1]))
                    if _OTHER_KINDS_RE.match(sent):
                        others.add(id(found[-1]))
                elif the_one:
                    definite.add(id(found[-1]))
        if (sent_plural or named_first) and sent_status == "signed":
            # "Two memoranda were signed, one on higher education and one between X and Y on investment"
            kind_one = named_first.group("kind") if named_first else sent_plural
            # (the pronouns after the named one, also where a later named document took the scan past them)
            for one in _ONE_ON_RE.finditer(sent, named_first.end() if named_first else covered):
                if any(ag.start <= s_start + one.start("p") < ag.end for ag in found if not ag.generic):
                    continue
                found.append(_one_of_kind(_singular(kind_one), one, s_start))
        elif sent_single and last_stat == "signed":
            # "A separate agreement expands the scheme, and another covers AI": one more of the kind just told, by its
            # pronoun and what it covers or does
            for one in _ONE_ON_RE.finditer(sent, covered):
                if _ONE_MORE_PRONOUN_RE.match(one.group(0)):
                    found.append(_one_of_kind(_singular(sent_single), one, s_start))
        if last_stat == "signed" and (nth := _WHILE_NTH_DOES_RE.search(sent, covered)):
            # ("A further agreement covers scholarships, while a fourth waives visas": one more of the same kind)
            found.append(_ordinal_item(found[-1].kind, f"that {nth.group('does')}", s_start, s_end))
        prev_status = sent_status or prev_status
        plural_kind = sent_plural if sent_status == "signed" else ""
    if tabled:
        # a document the prose names above the table, of a kind only one row has, is that row's: "agreed on a Roadmap
        # for its implementation" over the row "Roadmap for the X-Y Strategic Partnership (2026-2030)"
        kinds = [ag.kind for ag in tabled]
        found = [ag for ag in found if ag.start > tabled[0].start or kinds.count(ag.kind) != 1]
        found.extend(tabled)
    found.extend(e for e in _extended_facilities(art) if not any(ag.start <= e.start < ag.end for ag in found))
    firms: set[int] = set()
    if any(ag.status == "signed" for ag in found):  # firms' deals beside what the story signed
        deals = _firm_deals(art, found, {i for i, status in listed_under.items() if status == "signed"})
        found.extend(deals)
        firms = {id(ag) for ag in deals}
    found.extend(_labelled_outcomes(art, listed_under, found))
    related = _RELATED_RE.search(text, art.body_start) if any(w in text for w in _RELATED_HINTS) else None
    if related:  # "Related:" and the headlines of other stories under it
        found = [ag for ag in found if ag.start < related.start()]
    # a name read from inside quotation marks ('issued the "Tamsa Joint Statement."') loses the closing mark
    found = [
        dataclasses.replace(ag, title=_CLOSING_MARK_RE.sub("", ag.title))
        if _CLOSING_MARK_RE.search(ag.title) and not compiled(r"[\"“‘]").search(ag.title[:-2])
        else ag
        for ag in found
    ]
    out: list[AgreementSuggestion] = []
    seen: set[str] = set()
    found = [_session_record(art, ag, found) for ag in found]
    # What the spec counts: instruments signed during the visit, each named; not plans, drafts, initialled texts,
    # totals ("12 documents were signed") or a bare "the agreement" that names nothing.
    found = [
        ag
        for ag in found
        if ag.status == "signed"
        and not ag.generic
        and not _BARE_KIND_RE.fullmatch(ag.title.strip(" ."))
        and not _MORE_BARE_RE.fullmatch(ag.title.strip(" ."))
        and not _FIRMS_TOTAL_RE.match(ag.title)
    ]
    # a bare full name of a kind ("The Memorandum of Understanding was signed by ...") after a document of that kind:
    # the same one told again (alone in the story it is the story's one document of its kind, and stays)
    found = [
        ag
        for ag in found
        if not (
            _BARE_LONG_KIND_RE.fullmatch(ag.title.strip(" ."))
            and any(
                o.kind == ag.kind and o.start < ag.start and not _BARE_LONG_KIND_RE.fullmatch(o.title) for o in found
            )
        )
    ]
    # "one agreement and five MoUs as follows", "the most concrete deal is a loan ...", "a second energy deal saw X
    # sign an MoU": a count or a rank of the story's documents, which names none of them (a superlative only when
    # the copy says what it is: "the largest deal, worth $1bn, was signed between X and Y" is one)
    ranked = [
        ag
        for ag in found
        if (rank := _RANKED_RE.fullmatch(ag.title.strip(" .")))
        and (not rank.group("sup") or compiled(r",?\s+(?:is|was)\s+(?:a|an)\s").match(text[ag.end :]))
    ]
    if len(ranked) < len(found):
        found = [ag for ag in found if ag not in ranked]
    # a headline's "sign ocean deal" is one of the documents the body names, when it names any
    # (also a subheading under it: the leading paragraphs that end without a sentence's stop)
    heads = 0
    while heads < min(3, len(art.paras) - 1) and not _SENTENCE_STOP_RE.search(text[slice(*art.paras[heads])].rstrip()):
        heads += 1
    if heads and any(art.sentence_at(ag.start)[2] >= heads for ag in found):
        body = [ag for ag in found if art.sentence_at(ag.start)[2] >= heads]
        # (but not one the body names again only in passing, with no verb of signing: "sign chip alliance" above
        # "In addition to the chip alliance, ministers signed agreements on ...": a document of its own)
        told_again = fold(text[art.paras[heads][0] :]).lower()
        found = [
            ag
            for ag in found
            if ag in body
            or (
                ag.sphere not in ("other", "political")
                and len(ag.title.split()) >= 2
                and fold(ag.title).lower() in told_again
                and not any(o.sphere == ag.sphere for o in body)
            )
        ]
    found = _one_per_document(art, found, topical, definite, others, listed_under, firms)
    # a document named by its field alone ("left with a signed green hydrogen agreement") beside its full title told
    # in another sentence ("a joint declaration of intent on green hydrogen research"): the same one
    found = [
        ag
        for ag in found
        if not (
            ag.sphere not in ("other", "political")
            and (field_only := _FIELD_ONLY_TITLE_RE.fullmatch(ag.title))
            # (the field's words, not the kind word: "a raw materials partnership" is the declaration on raw materials)
            and (stems := _stems(ag.title[: field_only.start("kind")]))
            and any(
                o is not ag
                and o.sphere == ag.sphere
                and len(o.title) > len(ag.title)
                and stems <= _stems(o.title)
                and art.sentence_at(o.start)[0] != art.sentence_at(ag.start)[0]
                for o in found
            )
        )
    ]
    # a count's examples ("signed four instruments, including a MoU on rice trade and ...") named again in full by a
    # later sentence ("The instruments are: a MoU on rice trade for the 2026-2030 period, ..."): the same documents
    found = [
        ag
        for ag in found
        if not (
            (lead := art.sentence_at(ag.start))
            and compiled(
                rf"(?i)\b(?:{_SMALL_NUMBER}|\d{{1,2}})\s+(?:[\w-]+\s+){{0,2}}?"
                r"(?:instruments|documents|agreements|memoranda|memorandums|MoUs|deals|accords)\b,?\s+including\b"
            ).search(text, lead[0], ag.start)
            and (stems := _stems(ag.title))
            and any(
                o.kind == ag.kind and o.start >= lead[1] and len(o.title) > len(ag.title) and stems <= _stems(o.title)
                for o in found
            )
        )
    ]
    # a lead's "agreed a new action plan to deepen their strategic partnership" and a later paragraph's "signed the
    # Strategic Partnership Action Plan 2025 to 2027": one document of one kind and field, told twice in prose
    paras = {id(ag): art.sentence_at(ag.start)[2] for ag in found}
    # (the lead is the first paragraph of prose, after a release's lines of date, name and portfolio if any)
    lead_para = next((i for i, (a, b) in enumerate(art.paras) if len(text[a:b].split()) >= 15), 1)
    found = [
        ag
        for ag in found
        if listed_under.get(paras[id(ag)]) == "signed"
        or paras[id(ag)] > 2 + max(1, lead_para)  # (the lead's)
        or " between " in ag.title  # (titles of the same parties share their words)
        or not any(
            o.start > ag.start
            and o.kind == ag.kind
            and o.sphere == ag.sphere
            and paras[id(o)] != paras[id(ag)]
            and " between " not in o.title
            and len(_stems(o.title) & _stems(ag.title)) >= 3
            for o in found
        )
    ]
    # a document told in prose that the list of what was signed names too ("welcomed the conclusion of a memorandum on
    # civil nuclear cooperation", then "- Memorandum of Understanding on the Peaceful Uses of Nuclear Energy")
    in_list = [ag for ag in found if listed_under.get(art.sentence_at(ag.start)[2]) == "signed"]
    if len(in_list) >= 2:
        found = [
            ag
            for ag in found
            if ag in in_list
            or id(ag) in topical
            # (the names of the two states say nothing of which document it is: "the Joint Declaration on a strategic
            # partnership between X and the Republic of Y" is not the listed "Programme between the ministries of X
            # and the Republic of Y")
            # (a firm's deal is no state's document: "an agreement between a halal food producer and a distributor"
            # is not the listed "MoU on Cooperation in the Halal Industry")
            or bool(_FIRMS_BETWEEN_RE.search(ag.title))
            or not any(
                o.sphere == ag.sphere
                and _topic_stems(o.title) & _topic_stems(ag.title)
                # (a document of another kind of its own is another document: a letter of intent told in prose is
                # not the listed memorandum, whatever word they share)
                and not _other_kinds(o.title, ag.title)
                for o in in_list
            )
        ]
        # (a prose title that opens a listed one is that one cut short, whatever field its fewer words tell: "the
        # Exchange of Notes was signed today" above "2. Exchange of Notes concerning the Port Project")
        listed_keys = [fold(o.title).lower() + " " for o in in_list]
        found = [
            ag
            for ag in found
            if ag in in_list
            or len(ag.title.split()) < 3
            or not any(k.startswith(fold(ag.title).lower() + " ") for k in listed_keys)
        ]
    # the joint declaration of a list of what was signed is the one the story mentions in passing too
    listed_joint = any(
        ag.kind == "declaration" and "joint" in ag.title.lower() and art.sentence_at(ag.start)[2] in listed_under
        for ag in found
    )
    for ag in found:
        # ("a memorandum on cooperation in the field of health" and, told again, "... in health": one document)
        key = _FIELD_OF_RE.sub("", fold(ag.title).lower())
        # ("The remaining documents cover customs, ...", read as its kind's own adjective too: "Remaining document on
        # customs" is the "Document on customs" of the same sentence)
        key = compiled(r"^(?:remaining|other|further|additional)\s+").sub("", key)
        # ("the Memorandum of Cooperation on Cyber Security between our two Ministries" and, told again, "a memorandum
        # on cyber security": the kind's own complement and the signers' "two sides" name no other document)
        key = compiled(r"^(\w+)\s+of\s+(?:cooperation|understanding)\s+(?=on\s)").sub(r"\1 ", key)
        key = compiled(r"\s+between\s+(?:our|the)\s+two\s+[\w-]+$").sub("", key)
        if key in seen or any(
            len(key.split()) >= 4 and len(k.split()) >= 4 and (k.endswith(" " + key) or key.endswith(" " + k))
            for k in seen
        ):
            continue  # "Joint Declaration on X" listed, "Declaration on X" linked: one document
        if (
            listed_joint
            and ag.kind == "declaration"
            and "joint" in ag.title.lower()
            and art.sentence_at(ag.start)[2] not in listed_under
        ):
            continue
        if ag.generic and any(not o.generic and o.status == ag.status for o in found):
            continue
        seen.add(key)
        out.append(_antecedent_field(art, ag))
    return _notes_share_topic(art, out)


# A bare exchange of notes joined to the next document of a list: "an exchange of notes and a loan agreement for the
# port project" (the notes are exchanged for the same project, as grant and loan aid is given).
_BARE_NOTES_RE = re.compile(r"(?:an?\s+)?exchanges?\s+of\s+(?:diplomatic\s+)?notes", re.I)
_AND_NEXT_RE = re.compile(r"\s+and\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _notes_share_topic(art: _Article, found: list[AgreementSuggestion]) -> list[AgreementSuggestion]:
    out = list(found)
    for i, ag in enumerate(out):
        if ag.sphere != "other" or not _BARE_NOTES_RE.fullmatch(ag.title):
            continue
        nxt = next((o for o in found if 0 < o.start - ag.end <= 40 and o.sphere != "other"), None)
        if not nxt or not _AND_NEXT_RE.fullmatch(art.text, ag.end, nxt.start):
            continue
        topic = compiled(r"\s(?:for|on|concerning|regarding|under)\s").search(nxt.title)
        if topic:
            out[i] = dataclasses.replace(ag, title=ag.title + nxt.title[topic.start() :], sphere=nxt.sphere)
    return out


# A title whose topic only points back at what the copy told before it: "an exchange of notes on the project", "the
# Exchange of Notes for this was signed today".
_POINTING_TOPIC_RE = re.compile(
    r"\s(?:on|for|concerning|regarding|covering|under)\s+(?:this|that|it|these|them|"
    r"the\s+(?:project|programme|program|grant|loan|scheme|plan|package|initiative|assistance|aid|provision|"
    r"transfer|deliver(?:y|ies)|supply|purchase)s?)$",
    re.I,
)


_NTH = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"[a-z]+teenth|[a-z]+tieth(?:-[a-z]+)?|next|last|latest|regular|annual|inaugural)"
)
# The record of a joint body's session that names neither the body nor the session: "Meeting protocol", "the
# protocol of the meeting", "the protocol of the 21st meeting of the commission", "the Agreed Minutes of the 3rd JCBC",
# a bare "protocol" signed after the session.
_SESSION_RECORD_RE = re.compile(
    r"(?:(?:Agreed|Final|Signed)\s+)?(?:Minutes|Protocol|Record)(?:\s+of\s+(?:the\s+)?"
    rf"(?:{_NTH}\s+)?(?:(?:meeting|session|sitting)(?:\s+of\s+(?:the\s+)?(?:{_NTH}\s+)?(?:intergovernmental\s+|"
    r"joint\s+)?(?:commission|committee|council))?|(?:intergovernmental\s+|joint\s+)?(?:commission|committee|council)|"
    r"(?-i:(?P<short>[A-Z]{2,8}))))?|(?:Meeting|Session)\s+(?:protocol|minutes)",
    re.I,
)
# A joint body of the two states by its name, with its session's number when told: "the 15th meeting of the
# Uzbek-Korean Intergovernmental Committee on Trade and Economic Cooperation", "the 3rd Joint Commission for Bilateral
# Cooperation (JCBC)", "the Russian-Ethiopian intergovernmental commission on economic, scientific and technical
# cooperation".
_JOINT_BODY_RE = re.compile(
    rf"(?:(?:{_NTH})\s+(?:(?:meeting|session|sitting)\s+of\s+(?:the\s+)?)?|(?:meeting|session|sitting)\s+of\s+"
    r"(?:the\s+)?)?"
    r"(?P<name>(?:(?:[A-Z][\w'’.&-]*|[a-z]+[-–][a-z]+|intergovernmental|inter-governmental|joint|bilateral|mixed|"
    r"economic|trade|and|&)\s+){1,8}(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil)\b(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
    r"(?:\s+(?:on|for)\s+(?:[\w'’-]+,?\s+){0,9}?(?:[Cc]ooperation|[Rr]elations|[Pp]artnership|[Aa]ffairs)\b)?)"
    # (the short form after the field: "the Joint Commission for Bilateral Cooperation (JCBC)")
    r"(?:\s*\((?P<short_after>[A-Z][A-Za-z]{1,9})\))?"
)
# What makes a body the two states' own: "intergovernmental", "joint", or the pair of their names ("Tajik-Pakistani").
_OF_TWO_STATES_RE = re.compile(
    r"\b(?:[Ii]ntergovernmental|[Ii]nter-governmental|[Jj]oint|[Bb]ilateral|[Mm]ixed|[Bb]inational)\b|"
    r"\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\b"
)
# A session told around a bare record: "Following the session, the co-chairs signed a protocol."
_SESSION_NEAR_RE = re.compile(
    r"\b(?:meeting|session|sitting|co-?chairs?|co-?chairm[ae]n|commission|committee)\b", re.I
)


def _session_record(
    art: _Article, ag: AgreementSuggestion, found: Sequence[AgreementSuggestion]
) -> AgreementSuggestion:
    """The record of a session that names no body ("the protocol of the meeting was signed") is the record of the
    joint body's session the copy names, nearest before it (or, named only after it, the first after it): its title
    takes the body's name and its field is the body's ("on trade and economic cooperation" is trade; a joint commission
    of no field is political)."""
    record = _SESSION_RECORD_RE.fullmatch(ag.title.strip(" ."))
    if ag.kind != "protocol" or not record:
        return ag
    lo, hi, _ = art.sentence_at(ag.start)
    if " " not in ag.title.strip() and (
        not _SESSION_NEAR_RE.search(art.text, lo, hi) or any(o.kind == "protocol" and o is not ag for o in found)
    ):
        # a bare "protocol" with no session around it is still no document named, and after another record it is
        # that one told again ("The protocol was signed in Algiers by ...")
        return ag
    bodies = [
        b
        for b in _JOINT_BODY_RE.finditer(art.text, art.body_start)
        # (the two states' own body, or one named in capitals after its session: "the first meeting of the Political
        # and Security Committee")
        if (
            _OF_TWO_STATES_RE.search(b.group("name"))
            or (b.group(0) != b.group("name") and b.group("name")[:1].isupper())
        )
        # (not the generic words alone: "the session of the joint committee" names no body)
        and compiled(r"[A-Z]|\w[-–]\w|\s(?:on|for)\s").search(b.group("name"))
        and (not record.group("short") or record.group("short") in (b.group("short"), b.group("short_after")))
    ]
    if not bodies and record.group("short"):
        return ag
    # (the record of a meeting is of the body told with its meeting, not of the council it "emanates from")
    if compiled(r"\b(?:meeting|session|sitting)\b", re.I).search(ag.title):
        bodies = [b for b in bodies if b.group(0) != b.group("name")] or bodies
    before = [b for b in bodies if b.start() < ag.start]
    body = before[-1] if before else (bodies[0] if bodies else None)
    if body is None:
        return ag
    title = "Protocol of the " + compiled(r"^(?:The|the)\s+").sub("", body.group(0))
    if record.group(0).lower().startswith(("agreed", "minutes", "final", "signed", "record")):
        title = record.group(0).split(" of ")[0] + " of the " + title[len("Protocol of the ") :]
    sphere = _sphere_x(title)
    return dataclasses.replace(ag, title=title, sphere=sphere if sphere != "other" else "political")


def _antecedent_field(art: _Article, ag: AgreementSuggestion) -> AgreementSuggestion:
    """A document whose title only points back ("the grant", "this") takes the field of what it points at: the words
    of its own sentence before it, else of the sentence before ("Japan will provide coastal radars to the navy. An
    exchange of notes on the project was signed.")."""
    pointing = _POINTING_TOPIC_RE.search(ag.title)
    # (the pointer as the title's only complement: not "a credit line of 25 million euros to pay for them")
    if (
        ag.sphere not in ("other", "finance")
        or not pointing
        or compiled(r"\b(?:to|on|for|concerning|regarding|covering|under)\s", re.I).search(
            ag.title, 0, pointing.start() + 1
        )
    ):
        return ag
    s_start = art.sentence_at(ag.start)[0]
    windows = [(s_start, ag.start)]
    if s_start > 0:
        windows.append((art.sentence_at(s_start - 1)[0], s_start))
    for lo, hi in windows:
        field = _sphere_x(art.text[lo:hi])
        if field not in ("other", "political", ag.sphere):
            return dataclasses.replace(ag, sphere=field)
    return ag


# --------------------------------------------------------------------------------------------------------------
# Dates, places, countries


# A date in figures with slashes: "13/04/2026", "4/13/2026" (not a fraction or a ratio: the year is four digits).
_DATE_SLASH_RE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")


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


# The copy's own dateline line ("VESSA, MARCH 6", "PORT AMEL, Nov 8 -", "KOLVI, 9 October."), which a page
# printed a day or two later keeps.
_COPY_DATELINE_RE = re.compile(
    r"[A-Z][\w .'’-]{1,30},\s+(?:(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9}))\b"
    r"(?!,?\s+\d{4}\s+[a-z])"
)


def _copy_dateline(art: _Article) -> datetime.date | None:
    """The day of the copy's own dateline, when it comes one to three days before the date it was given: relative
    days ("arrived yesterday") count from the day the copy was written, not the day it was printed."""
    ref = art.dateline
    if ref is None:
        return None
    for a, b in art.paras[:3]:
        m = _COPY_DATELINE_RE.match(art.text, a)
        month = _MONTHS.get((m.group("m") or m.group("m2")).capitalize()) if m else None
        if month:
            d = _resolve_day(None, month, int(m.group("d") or m.group("d2")), ref)
            return d if d is not None and 0 < (ref - d).days <= 3 else None
        # a transcript's or a release's heading line with its full date ("Transcript of the press conference, Kolvi,
        # 4 March 2025"): the day its speakers' "yesterday" and "today" count from
        line = art.text[a:b]
        full = (_DATE_DMY_RE.search(line) or _DATE_MDY_RE.search(line)) if len(line) <= 120 else None
        dated = full is not None and bool(full.group("y")) and not full.group("d2")
        month = _MONTHS.get(full.group("m").capitalize()) if dated else None
        if month:
            d = _resolve_day(int(full.group("y")), month, int(full.group("d")), ref)
            return d if d is not None and 0 < (ref - d).days <= 3 else None
    return None


_DAY_EVENT_RE = re.compile(
    r"\b(?=[ty])(?P<word>yesterday|today|tomorrow)['’]s\s+(?:[\w-]+\s+){0,3}?(?:celebrations?|ceremon(?:y|ies)|talks|"
    r"meetings?|summit|gala|signing|session|events?|parade|dinner|banquet|reception|visit)\b",
    re.I,
)
_AND_DAY_RE = re.compile(
    r"\s+(?:and|&)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;)]|\s+(?:where|when|in|at|to|with)\b)"
)


def _names_a_day(art: _Article, masked: list[tuple[int, int]]) -> bool:
    """Whether the copy names a day or a time of its own; a speaker's "we signed today" is none, when the copy
    tells more than the quote."""
    text = art.text
    quoted = _Spans(masked)
    pieces, pos = [], art.body_start
    for a, b in sorted(masked):
        pieces.append(text[pos:a] if a > pos else "")
        pos = max(pos, b)
    told = len(" ".join([*pieces, text[pos:]]).split()) >= 12
    return any(
        not (told and quoted.overlaps(m.start(), m.end()))
        for rx in (_DATE_REL_RE, _DATE_DMY_RE, _DATE_MDY_RE, _DATE_NUM_RE, _VAGUE_TIME_RE)
        for m in rx.finditer(text, art.body_start)
    )


# A day told as the visit's last: "on Thursday before returning to Seoul", "departs on Friday".
_LAST_DAY_RE = re.compile(
    r"\bbefore\s+(?:returning|heading|flying)\s+(?:home|back|to)\b|\b(?:departs|leaves\s+for\s+home|wraps\s+up)\b"
)
# The colon after a weekday that opens a line of a programme: "Thursday: ...".
_PROGRAMME_LINE_RE = re.compile(r":\s+\S")
# The future that the shared words miss: "He'll visit the port on Tuesday", "an audience is set for Thursday".
_MORE_FUTURE_RE = re.compile(
    r"\w['’]ll\b|\b(?:is|are)\s+(?:set|slated|due|planned|pencilled|penciled)\s+for\b|"
    # the visit's end told in the present, as a schedule: "The state visit ends on Friday."
    r"\b(?:visit|trip|tour|stay|mission)\s+(?:\w+\s+)?(?:ends|concludes|closes|finishes|wraps\s+up)\b|"
    r"\b(?:ends|concludes|finishes|wraps\s+up)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b"
)
# A sentence that goes on with the next step of a programme, and the future of the step before it.
_THEN_RE = re.compile(r"\s*(?:Then|After\s+that|Afterwards|From\s+there)\b")
_FUTURE_STEP_RE = re.compile(r"\b(?:[Tt]omorrow|will|flies|travels|heads|leaves|goes|is\s+due|is\s+to)\b|\w['’]ll\b")
# "until Thursday", "through Friday": the day a stay lasts to, still ahead.
# "and" before a predicate of its own: "... and is scheduled to", "... and will", "... and signed".
_AND_PREDICATE_RE = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+)?(?=" + _CLAUSE_VERB_RE.pattern + ")")
# A day counted from the last one told: "a day later", "two days later", "the following day", "the day after his
# arrival"; or the arrival counted back from the day told: "a day after the president arrived".
_DAYS_AFTER_RE = re.compile(
    r"\b(?:(?:a|one|(?P<n>two|three))\s+days?\s+later|the\s+(?:following|next)\s+day|"
    r"the\s+day\s+after\s+(?:his|her|their|the)\s+(?:arrival|talks|summit|meeting|ceremony|visit\s+to\s+\w+))\b|"
    r"\b(?:a|one)\s+day\s+after\s+(?:(?:the|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?P<came>arrived|landed)\b",
    re.I,
)
# A day of the visit told by its place alone, the visit left out: "On the second day", "on day two".
_BARE_NTH_DAY_RE = re.compile(
    r"\b(?:the\s+(?P<k>second|third|fourth|fifth)\s+day|[Dd]ay\s+(?P<k2>two|three|four|five))\b"
    r"(?!\s+(?:of|after|before|running|straight|in\s+a\s+row)\b)",
    re.I,
)
_HEADS_OF_RE = re.compile(r"\bheads\s+of\b", re.I)
_UNTIL_RE = re.compile(r"\b(?:until|till|through)\s+$", re.I)


def _extract_dates(art: _Article, masked: list[tuple[int, int]]) -> list[DateSuggestion]:
    text, ref = art.text, _copy_dateline(art) or art.dateline
    found: list[tuple[int, int, datetime.date, bool]] = []

    taken, used = _Spans(masked), _Spans()
    # a transcript's turns (a paragraph under a speaker's label, masked whole): a briefing's "yesterday" and
    # "tomorrow" are the visit's days, told on the dateline's
    whole = set(art.paras)
    turns = _Spans([span for span in masked if tuple(span) in whole])

    def free(a: int, b: int, spoken: bool = False) -> bool:
        return a >= art.body_start and (not taken.holds(a) or (spoken and turns.holds(a))) and not used.overlaps(a, b)

    def add(a: int, b: int, d: datetime.date | None, relative: bool = False, spoken: bool = False) -> None:
        if d is not None and free(a, b, spoken):
            found.append((a, b, d, relative))
            used.add(a, b)

    for m in _DATE_NUM_RE.finditer(text):
        try:
            if m.group("d"):
                d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            else:
                d = datetime.date(int(m.group("Y")), int(m.group("M")), int(m.group("D")))
        except ValueError:
            continue
        add(m.start(), m.end(), d)
    for m in _DATE_SLASH_RE.finditer(text) if "/20" in text or "/19" in text else ():
        a_, b_, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        # day first ("13/04/2026"), month first when only that reads ("4/13/2026"); when both read, the one nearer
        # the dateline
        readings = []
        for d_, mo in ((a_, b_), (b_, a_)):
            try:
                readings.append(datetime.date(y, mo, d_))
            except ValueError:
                pass
        if ref is not None and len(readings) == 2:
            readings.sort(key=lambda d: abs((d - ref).days))
        if readings:
            add(m.start(), m.end(), readings[0])
    for rx in (_DATE_DMY_RE, _DATE_MDY_RE):
        for m in rx.finditer(text):
            month = _MONTHS.get(m.group("m"))
            if not month:
                continue
            days = [int(m.group("d"))] + ([int(m.group("d2"))] if m.group("d2") else [])
            # "on April 11 and 12, where ...": a second day of the same month
            second = _AND_DAY_RE.match(text, m.end()) if rx is _DATE_MDY_RE and not m.group("d2") else None
            if second and int(m.group("d")) < int(second.group("d")) <= 31:
                days.append(int(second.group("d")))
            resolved = [_resolve_day(int(m.group("y")) if m.group("y") else None, month, day, ref) for day in days]
            # (also in a briefing's turn: "Spokesperson: X will pay a state visit from October 18 to 22", but not
            # the history the speaker recalls: "relations were established on December 14, 1963")
            near = resolved[0] is not None and (ref is None or abs((resolved[0] - ref).days) <= 31)
            if resolved[0] is not None and free(m.start(), m.end(), spoken=near):
                add(m.start(), m.end(), resolved[0], spoken=near)
                found.extend((m.start(), m.end(), d, False) for d in resolved[1:] if d is not None)
    if ref is not None:
        line_starts = {a for a, _ in art.paras}
        for m in _DATE_REL_RE.finditer(text):
            s_start, s_end, _ = art.sentence_at(m.start())
            if m.group("word"):
                delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("word").lower()]
                if delta and compiled(r"(?i)\bthe\s+day\s+(?:after|before)\s+$").search(
                    text, max(0, m.start() - 16), m.start()
                ):
                    # "the day after tomorrow", "the day before yesterday": one day further
                    delta += 1 if delta > 0 else -1
                add(m.start(), m.end(), ref + datetime.timedelta(days=delta), True, spoken=True)
                continue
            wd = _WEEKDAYS[m.group("wd").capitalize()]
            mod = (m.group("mod") or "").lower()
            sentence = text[s_start:s_end]
            # the tense of the clause that holds the day ("visited on Tuesday, signing a deal that ministers hope
            # will ..." is past); a clause without a verb of its own ("On Friday, the leaders will sign") takes
            # the sentence's
            # (and a predicate of its own after "and": "arrived on Monday evening and is scheduled to visit a plant
            # on Wednesday" is two clauses, one past, one to come)
            c_lo = max(text.rfind(",", s_start, m.start()), text.rfind(";", s_start, m.start()), s_start - 1) + 1
            joined = [j.end() for j in _AND_PREDICATE_RE.finditer(text, c_lo, m.start())]
            c_lo = joined[-1] if joined else c_lo
            c_end = compiled(r"[,;]|" + _AND_PREDICATE_RE.pattern).search(text[m.end() : s_end])
            clause = text[c_lo : m.end() + c_end.start() if c_end else s_end]
            if not _CLAUSE_VERB_RE.search(clause.replace(m.group(0), " ")):
                clause = sentence
            future = mod == "next" or (
                mod != "last"
                and bool(
                    # ("a tradition for visiting heads of State": the noun, no verb of going)
                    _FUTURE_RE.search(_HEADS_OF_RE.sub(" ", clause))
                    or _SCHEDULED_RE.search(clause)
                    or _MORE_FUTURE_RE.search(clause)
                    # "runs until Thursday" (not "stayed until Monday")
                    or (
                        _UNTIL_RE.search(text, max(s_start, m.start() - 12), m.start())
                        and not compiled(r"\b(?:was|were|had|\w{3,}ed)\b").search(clause)
                    )
                    # "Tomorrow he flies to Sydney. Then it's home on Saturday.": the next step of a programme to come
                    or (
                        _THEN_RE.match(sentence)
                        and not _CLAUSE_VERB_RE.search(sentence.replace(m.group(0), " "))
                        and s_start > art.body_start
                        and _FUTURE_STEP_RE.search(text, art.sentence_at(s_start - 1)[0], s_start)
                    )
                )
            )
            diff = (wd - ref.weekday()) % 7
            if not mod and _PROGRAMME_LINE_RE.match(text, m.end()) and m.start() in line_starts:
                # "Thursday: Stop in Montreal; departure.": a line of the visit's programme (read as a speaker's
                # label too), whose days lie around the dateline's, before it or after it
                add(m.start(), m.end(), ref + datetime.timedelta(days=diff if diff <= 3 else diff - 7), True, True)
                continue
            if future:
                d = ref + datetime.timedelta(days=diff or (7 if mod == "next" else 0))
            else:
                back = (ref.weekday() - wd) % 7
                d = ref - datetime.timedelta(days=back or (7 if mod == "last" else 0))
            add(m.start(), m.end(), d, True, spoken=True)
    if ref is not None:
        low = text.lower()  # (the passes below are for copy that has their words at all)
        parts = ("night", "morning", "afternoon", "evening")
        for m in _DAY_PART_RE.finditer(text) if any(w in low for w in parts) else ():
            # (also in a transcript's turn: "PRESENTER: ... held talks last night")
            add(m.start(), m.end(), ref - datetime.timedelta(days=1 if m.group("last") else 0), True, spoken=True)
        for m in _NTH_DAY_RE.finditer(text) if " day of " in low else ():
            n_word = m.group("n") or m.group("k")  # "the second day of his official visit": its length untold
            n = int(n_word) if n_word.isdigit() else _COUNT_WORDS.get(n_word.lower(), 0)
            k = _COUNT_WORDS.get(m.group("k").lower(), n)
            if not n or not k:
                continue
            s_start, s_end, _ = art.sentence_at(m.start())
            # the day the sentence names ("on Tuesday, the second day of ..."), else the dateline's
            own = [d for a, _, d, _ in found if s_start <= a < s_end]
            day = own[0] if len(own) == 1 else ref
            if k > n or not free(m.start(), m.end()):
                continue
            if not own and _WILL_CLAUSE_RE.search(text, s_start, s_end):
                # "On the second day of his visit, the president will lay a wreath": a day still ahead, counted
                # from the visit's arrival, else from the dateline's
                came = {d for a, _, d, _ in found if _ARRIVAL_RE.search(text, *art.sentence_at(a)[:2])}
                first = min(came) if len(came) == 1 else ref
                ahead = first + datetime.timedelta(days=k - 1)
                if ahead >= ref:
                    found.append((m.start(), m.end(), ahead, True))
                    used.add(m.start(), m.end())
                    continue
            for d in (day - datetime.timedelta(days=k - 1), day, day + datetime.timedelta(days=n - k)):
                found.append((m.start(), m.end(), d, True))
            used.add(m.start(), m.end())
        for m in _VISIT_SPAN_RE.finditer(text) if "day " in low else ():
            n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
            s_start, s_end, _ = art.sentence_at(m.start())
            own = {d for a, _, d, _ in found if s_start <= a < s_end}
            if not own and free(m.start(), m.end()):
                # "who is on a three-day state visit" and, elsewhere, "on his arrival on Tuesday evening": the visit
                # runs from the day of the arrival
                came = {d for a, _, d, _ in found if _ARRIVAL_RE.search(text, *art.sentence_at(a)[:2])}
                if len(came) == 1:
                    found.append((m.start(), m.end(), min(came) + datetime.timedelta(days=n - 1), True))
                continue
            told = [
                (tail, d)
                for a, _, d, _ in found
                if m.end() < a < s_end and (tail := _SPAN_TAIL_RE.fullmatch(text, m.end(), a))
            ]
            if len(own) > 1 and len(told) == 1 and free(m.start(), m.end()):
                # "met him here yesterday, during his four-day visit which ends tomorrow": the day the visit's own
                # clause gives, whatever other days the sentence names
                tail, day = told[0]
                step = datetime.timedelta(days=n - 1)
                found.append((m.start(), m.end(), day - step if tail.group("end") else day + step, True))
                continue
            if len(own) != 1 or not free(m.start(), m.end()):
                continue
            (day,) = own
            clause = text[s_start:s_end]
            ends_on = any(
                compiled(r"\b(?:through|until|till)\s+$").search(text[max(0, a - 12) : a])
                for a, _, d, _ in found
                if s_start <= a < s_end
            )  # "a three-day visit through Oct. 9": the day it ends
            if ends_on or _SPAN_END_RE.search(clause):
                found.append((m.start(), m.end(), day - datetime.timedelta(days=n - 1), True))
            elif _SPAN_START_RE.search(clause):
                found.append((m.start(), m.end(), day + datetime.timedelta(days=n - 1), True))
            else:
                # "a three-day state visit ... on Wednesday" and, elsewhere, "on Thursday before returning to
                # Seoul": the visit's first day counts back from its last
                last = set()
                for a, _, d, _ in found:
                    a_lo, a_hi, _ = art.sentence_at(a)
                    if _LAST_DAY_RE.search(text, a_lo, a_hi):
                        last.add(d)
                if len(last) == 1 and day <= min(last) <= day + datetime.timedelta(days=n - 1):
                    found.append((m.start(), m.end(), min(last) - datetime.timedelta(days=n - 1), True))
                    continue
                # "who is on a three-day state visit, held talks today" and, elsewhere, "arrived yesterday
                # evening": the visit runs from the day of the arrival, this day one of its days
                came = {d for a, _, d, _ in found if _ARRIVAL_RE.search(text, *art.sentence_at(a)[:2])}
                if len(came) == 1 and min(came) <= day <= min(came) + datetime.timedelta(days=n - 1):
                    found.append((m.start(), m.end(), min(came) + datetime.timedelta(days=n - 1), True))
    lasts = ref is not None and any(
        _LASTS_FOR_RE.search(text, max(0, d.start() - 40), d.end()) for d in _DAYS_WORD_RE.finditer(text)
    )
    for m in _VISIT_LASTS_RE.finditer(text) if lasts else ():
        s_start, s_end, _ = art.sentence_at(m.start())
        if any(s_start <= a < s_end for a, _, _, _ in found) or not free(m.start(), m.end()):
            continue  # (a day of its own in the sentence: "continues until Friday, for two days" is told already)
        # from the day of the arrival, else from the dateline's, which such copy is about
        came = {d for a, _, d, _ in found if _ARRIVAL_RE.search(text, *art.sentence_at(a)[:2])}
        first = min(came) if len(came) == 1 else ref
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
        found.append((m.start(), m.end(), first + datetime.timedelta(days=n - 1), True))
        used.add(m.start(), m.end())
    for m in _DAY_EVENT_RE.finditer(text) if ref is not None and ("'" in text or "’" in text) else ():
        # "today's Founders Day gala", "tomorrow's signing ceremony": an event of the day the copy counts from
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("word").lower()]
        add(m.start(), m.end(), ref + datetime.timedelta(days=delta), True)
    for m in _DAY_RANGE_RE.finditer(text) if "from " in text else ():
        month = _MONTHS.get(m.group("m"))
        first = _resolve_day(None, month, int(m.group("d")), ref) if month else None
        if first is not None and first.day < int(m.group("d2")) <= 31:
            try:
                found.append((m.start(), m.end(), first.replace(day=int(m.group("d2"))), False))
            except ValueError:
                pass
    if ref is not None and ("later" in text or "day after " in text or " following day" in text or "next day" in text):
        for m in _DAYS_AFTER_RE.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if m.group("came"):
                # "met on Tuesday, a day after the president arrived": the arrival, a day before the day told
                here = art.sentence_at(m.start())[0]
                own = {d for a, _, d, _ in found if a < m.start() and art.sentence_at(a)[0] == here}
                if len(own) == 1:
                    add(m.start(), m.end(), min(own) - datetime.timedelta(days=1), True)
                continue
            # "The talks were held a day later", "the following day", "the day after his arrival": from the last day
            # told before, in the same paragraph or the one before it
            before = [(a, d) for a, _, d, _ in found if m.start() - 600 < a < m.start()]
            if before:
                n = _COUNT_WORDS.get((m.group("n") or "one").lower(), 1)
                add(m.start(), m.end(), max(before)[1] + datetime.timedelta(days=n), True)
    if ref is not None and (" day " in text or "Day " in text):
        for m in _BARE_NTH_DAY_RE.finditer(text):
            # "On the second day he held talks", "On day two, ...": counted from the visit's first day, when the
            # copy tells one (an arrival, a start, "the first day")
            first = {
                d
                for a, _, d, _ in found
                if a < m.start()
                and (
                    _ARRIVAL_RE.search(text, *art.sentence_at(a)[:2])
                    or _SPAN_START_RE.search(text, *art.sentence_at(a)[:2])
                    or compiled(r"(?i)\bfirst\s+day\b").search(text, *art.sentence_at(a)[:2])
                )
            }
            if len(first) == 1:
                k = _COUNT_WORDS.get((m.group("k") or m.group("k2")).lower(), 0)
                if k >= 2:
                    add(m.start(), m.end(), min(first) + datetime.timedelta(days=k - 1), True)
    stamp = _TIME_STAMP_RE.search(text, art.body_start) if ref is not None else None
    if stamp and ref not in {d for _, _, d, _ in found}:
        found.append((stamp.start(), stamp.end(), ref, True))
    if not found and ref is not None and art.paras and not _names_a_day(art, masked):
        # same-day agency copy names no day at all: the visit's events are the dateline's
        a = art.paras[min(1, len(art.paras) - 1)][0]
        found.append((a, a, ref, True))
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
        m.end()
        for m in compiled(r";|,\s+(?:where|after which|while|before|and then)\b").finditer(sent)
        if m.end() <= rel
    ]
    ends = [
        m.start()
        for m in compiled(r";|,\s+(?:where|after which|while|before|and then)\b").finditer(sent)
        if m.start() > rel
    ] + [len(sent)]
    return sent[cuts[-1] : ends[0]]


def _extract_places(art: _Article, masked: list[tuple[int, int]]) -> list[PlaceSuggestion]:
    text = art.text
    names = {e.key for e in art.entities.values()} | {
        _key(w) for e in art.entities.values() for w in e.name.split() if len(w) > 3 and w.lower() not in _PARTICLES
    }
    out: list[PlaceSuggestion] = []
    seen: set[str] = set()
    taken = _Spans(masked)
    for m in _PLACE_CONTEXT_RE.finditer(text, art.body_start):
        if taken.holds(m.end()):
            continue
        if compiled(r"\bbetween\s+(?:\w+\s+){0,2}$").search(text[max(0, m.start() - 30) : m.start()]):
            continue
        n = _PLACE_NAME_RE.match(text, m.end())
        if not n:
            continue
        name = n.group(0).rstrip(".")
        name = compiled(r"['’]s$").sub("", name)
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
        if compiled(r"\s+(?:region|province|oblast|district)\b").match(text[n.start() + len(name) :]):
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


# Long forms of a country that hold the short form of another ("the Democratic People's Republic of Korea" is not the
# Republic of Korea), long forms written without their article, and seas named after a country (the Gulf of Guinea
# is no mention of Guinea). The group that matches names the country; "sea", none.
_LONG_FORM_RE = re.compile(
    r"\b(?=[a-z])(?:(?P<KP>Democratic\s+People['’]?s\s+Republic\s+of\s+Korea)|"
    r"(?P<CD>Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|DR\s+Congo|Congo-Kinshasa)|"
    r"(?P<CG>Republic\s+of\s+(?:the\s+)?Congo|Congo-Brazzaville)|"
    r"(?P<sea>(?:Gulf|Bay|Sea)\s+of\s+(?:Guinea|Oman|Aden|Thailand|Mexico|Bengal|Finland|Japan))|"
    # a city whose name holds another country's: the city's own country
    r"(?P<TT>Port[\s-]+of[\s-]+Spain|(?-i:T&T|TT))|(?P<JM>Spanish\s+Town)|(?P<US>New\s+Mexico))\b",
    re.I,
)
# A short name or demonym that both countries of a pair share ("Congo", "Congolese"): it stands for the one of them
# the story names most by its long form.
_SHARED_DEMONYM_RE = re.compile(r"\b(?:Congolese|Congo)\b")


def _country_mentions(art: _Article) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """Where the story names a country and which, with long forms read whole and seas left out; and, for a country
    that only such misreadings named, the country its reader should have taken ("" for a sea)."""
    text = art.text
    hints = (
        "Congo",
        "CONGO",
        "Korea",
        "KOREA",
        "Gulf",
        "GULF",
        "Bay of",
        "Sea of",
        "Spain",
        "SPAIN",
        "Spanish",
        "Mexico",
        "MEXICO",
        "TT",
        "T&T",
    )
    longs = (
        [(m.start(), m.end(), m.lastgroup or "") for m in _LONG_FORM_RE.finditer(text)]
        if any(h in text for h in hints)
        else []
    )
    if not longs:
        return [(a, code) for a, _, code in art.countries], {}
    out = [(a, code) for a, _, code in art.countries if not any(lo <= a < hi for lo, hi, _ in longs)]
    out += [(lo, code) for lo, _, code in longs if code != "sea"]
    congos = [code for _, _, code in longs if code in ("CD", "CG")]
    if congos:
        most = max(congos, key=congos.count)
        out += [
            (m.start(), most)
            for m in _SHARED_DEMONYM_RE.finditer(text)
            if not any(lo <= m.start() < hi for lo, hi, _ in longs)
        ]
    named = {code for _, code in out}
    misread = {
        code: ("" if long == "sea" else long)
        for a, _, code in art.countries
        for lo, hi, long in longs
        if lo <= a < hi and code not in named
    }
    return sorted(out), misread


# A state named only through its leader's office or seat ("POTUS", "the Oval Office", "the Kremlin"): each is a
# mention of that state, as a pool report or a palace's release may never spell the host's name out.
_SEAT_RE = re.compile(rf"\b(?:POTUS|{_SEAT_NAMES})\b")


# A summit of three states is told as such at the top: the headline or the lead names the three together ("The
# leaders of A, B and C", "A, B, C adopt ... at trilateral summit") or names the third as the other party of a
# trilateral meeting ("... and trilateral meeting with C"). A third leader who only joins by video is not named so.
_ENUM_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_SUMMIT_CUE_RE = re.compile(
    r"\b(?:[Tt]rilateral|[Tt]ripartite|[Tt]hree-way|[Ss]ummit|[Ll]eaders|[Pp]residents|[Pp]rime [Mm]inisters|"
    r"[Hh]eads of (?:[Ss]tate|[Gg]overnment))\b"
)
_TRILATERAL_WITH_RE = re.compile(r"\b[Tt]rilateral (?:meeting|summit|talks) with (?:the )?$")
_BY_VIDEO_RE = re.compile(r"\b(?:via|by|over)\s+(?:an?\s+)?video\b|\bvideo\s*(?:link|conference)\b|\bvideoconferenc")


def _joins_by_video(art: _Article, code: str) -> bool:
    """Whether every leader of ``code`` the story names takes part by video: "the launch, with President C joining
    via video link from his capital" names three states, but the third is no side of the visit."""
    leaders = [
        e
        for e in art.unique()
        if e.country == code and e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT) and e.positions and not e.outsider
    ]
    return bool(leaders) and all(
        any(_BY_VIDEO_RE.search(art.text, *art.sentence_at(p)[:2]) for p in e.positions) for e in leaders
    )


def _third_side(art: _Article, pair: Sequence[str]) -> str:
    """The third state of a trilateral summit whose other two are ``pair``, or ""."""
    if len(pair) != 2 or len(art.paras) < 2:
        return ""
    lead_end = art.paras[1][1]
    text = art.text
    named = [m for m in art.countries if art.body_start <= m[0] < lead_end]
    for i, (a, b, code) in enumerate(named):
        if code not in pair and _TRILATERAL_WITH_RE.search(text, max(0, a - 40), a):
            return code
        if i + 2 < len(named):
            (_, b2, code2), (a3, _, code3) = named[i + 1], named[i + 2]
            trio = {code, code2, code3}
            if (
                len(trio) == 3
                and set(pair) <= trio
                and _ENUM_GAP_RE.fullmatch(text, b, named[i + 1][0])
                and _ENUM_GAP_RE.fullmatch(text, b2, a3)
            ):
                lo, hi, _ = art.sentence_at(a)
                if _SUMMIT_CUE_RE.search(text, lo, hi):
                    return next(c for c in trio if c not in pair)
    return ""


def _extract_countries(art: _Article, participants: Sequence[PersonSuggestion]) -> list[CountrySuggestion]:
    """The visit's two countries, host first when the story tells where it happens, and the third of a trilateral
    summit after them (a leader joining by video link is a participant, not a third side of the visit)."""
    counts: dict[str, list[int]] = {}
    mentions, misread = _country_mentions(art)
    for a, code in mentions:
        if a < art.body_start:
            continue
        counts.setdefault(code, [0, a])[0] += 1
    seats: dict[str, int] = {}
    for m in _SEAT_RE.finditer(art.text, art.body_start):
        code = "US" if m.group(0) == "POTUS" else _SEAT_BY_NAME[m.group(0)]
        counts.setdefault(code, [0, m.start()])[0] += 1
        seats[code] = seats.get(code, 0) + 1
    weight = {HEAD_OF_STATE: 3, HEAD_OF_GOVERNMENT: 3, MINISTER: 2, AMBASSADOR: 2}
    scores = {code: v[0] for code, v in counts.items()}
    for p in participants:
        country = misread.get(p.country, p.country)  # (a leader of "the Gulf of Guinea" is of neither side)
        if country:
            scores[country] = scores.get(country, 0) + weight.get(p.role, 1)
            counts.setdefault(country, [0, p.first_offset])
    votes = art.host_votes()
    for code, v in votes.items():
        scores[code] = scores.get(code, 0) + v
        counts.setdefault(code, [0, len(art.text)])
    order = sorted(scores, key=lambda c: (-scores[c], counts[c][1]))
    pair = order[:2]
    spoke = {id(e) for _, e in art.refs}
    leaders = {
        misread.get(e.country, e.country)
        for e in art.unique()
        if misread.get(e.country, e.country)
        and e.role in (HEAD_OF_STATE, HEAD_OF_GOVERNMENT)
        and not e.outsider
        and (len(e.positions) >= 2 or id(e) in spoke)
    }
    host = art.host_country()
    if not host and seats:
        # the office the story keeps returning to ("POTUS", "the Oval Office") is where the visit happens, and its
        # state a side even when no leader of it was read by name
        seat = max(seats, key=seats.__getitem__)
        host = seat if seats[seat] >= 3 and seat in order[:2] else ""
    if len(leaders) == 2 and (not host or host in leaders):
        # the two sides' leaders decide, however often a third country is talked about
        pair = sorted(leaders, key=order.index)
    if votes and len(pair) == 2:
        host = max(pair, key=lambda c: votes.get(c, 0))
        if votes.get(host, 0) > votes.get(next(c for c in pair if c != host), 0):
            pair = [host, next(c for c in pair if c != host)]
    third = _third_side(art, pair)
    if third and not _joins_by_video(art, third):
        pair = [*pair, third]
    return [CountrySuggestion(code=c, mentions=counts[c][0], score=scores[c]) for c in pair]
