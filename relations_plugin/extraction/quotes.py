"""Quotes: marked and unmarked direct speech, attributed to the people of the article."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .lexicon import (
    _ABBREVIATIONS,
    _ACCORDING_HEAD_RE,
    _ACCORDING_RE,
    _ACCORDING_TAIL_RE,
    _ADDING_RE,
    _ATTR_AFTER_RE,
    _ATTR_BEFORE_RE,
    _ATTR_STOP_RE,
    _ATTR_VERB_RE,
    _CHAINED_RE,
    _CITY_BY_NAME,
    _CLAUSE_TAIL_RE,
    _COLON_INTRO_RE,
    _CORE_RE,
    _COUNTRY_BY_FORM,
    _COUNTRY_RE,
    _DASH_SEP_RE,
    _DEMONSTRATIVE_THAT,
    _DESCRIBED_AS_OBJECT,
    _DOUBLE_MARK_RE,
    _EVALUATIVE_RE,
    _FINITE_RE,
    _HONORIFIC_DOT,
    _HONORIFICS,
    _INDEFINITE_RE,
    _JOINT_RE,
    _LABEL_RE,
    _MARK_RE,
    _NAMING_RE,
    _NEEDS_THAT,
    _OBJ_AFTER_TOLD,
    _OFFICE_WORDS,
    _PARENTHETICAL_RE,
    _PORTFOLIO_WORDS,
    _PP_START_RE,
    _PP_WORDS,
    _PRONOUN_RE,
    _QUESTION_LINE_RE,
    _SPEECH_PARTICIPLES,
    _SPEECH_VERBS,
    _STOP_CAPS,
    _THAT_RE,
    _TITLE_WORDS,
    _UNNAMED_RE,
    _VERB_RE,
    _WELCOMED_GUEST,
    _WELCOMED_GUEST_NP,
    _WELCOMED_OBJECT,
    _WORD_RE,
    compiled,
)
from .suggestions import (
    DIRECT,
    HEAD_OF_GOVERNMENT,
    HEAD_OF_STATE,
    PARTIAL,
    REPORTED,
    QuoteSuggestion,
)
from .text import (
    _BULLET_RE,
    _STAMP_HEAD_RE,
    _SUBJECT_HEAD_RE,
    _WELCOMING_HEAD_RE,
    _Article,
    _bare,
    _Entity,
    _is_demonym,
    _Item,
    _key,
    _parse_title,
    _portfolio,
    _Seg,
    _Spans,
    fold,
)

# --------------------------------------------------------------------------------------------------------------
# Quotes


def _scan_marks(text: str, a: int, b: int) -> tuple[list[tuple[int, int | None]], tuple[str, int] | None]:
    """Quoted spans of one paragraph as (open mark, close mark) pairs, plus a quote left open at its end."""
    spans: list[tuple[int, int | None]] = []
    state: tuple[str, int] | None = None
    for m in _ANY_MARK_RE.finditer(text, a, b):
        c, i = m.group(0), m.start()
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if c == "'":  # British copy's straight single quotes, told from apostrophes by what stands around them
            if state is None and not prev.isalnum() and nxt.isalpha():
                state = (c, i)
            elif state is not None and state[0] == "'" and not prev.isspace() and not nxt.isalnum():
                spans.append((state[1], i))
                state = None
            continue
        if state is None:
            if c in '"“„«':
                # (a mark after a letter or digit opens nothing: a stray close, or seconds and inches: 0'20"])
                if c == '"' and prev.isalnum() and (nxt.isspace() or nxt in ")]};,."):
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


_ANY_MARK_RE = re.compile(_MARK_RE.pattern[:-1] + "']")


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
        elif open_state and nxt and (run := _unmarked_run(art, p + 1)):
            lo, hi = _content(text, open_state[1] + 1, b)
            groups.append([_Seg(lo, hi, open_state[1], None, p), *run])
    return [g for g in groups if all(s.end > s.start for s in g)]


_RUN_REACH = 8  # paragraphs a statement under one opening mark may run over
_IN_WORD_RE = re.compile(r"\w['’]\w")


def _unmarked_run(art: _Article, first: int) -> list[_Seg]:
    """The rest of a statement whose later paragraphs open no mark, only the last one closing the quote:
    paragraphs without a mark, then one whose only mark ends it after a sentence's stop."""
    text = art.text
    run: list[_Seg] = []
    for q in range(first, min(first + _RUN_REACH, len(art.paras))):
        a, b = art.paras[q]
        # (an apostrophe inside a word is no mark: "India's partners", "don't")
        marks = [m for m in _ANY_MARK_RE.finditer(text, a, b) if not _IN_WORD_RE.match(text, m.start() - 1)]
        if not marks:
            lo, hi = _content(text, a, b)
            run.append(_Seg(lo, hi, a, None, q, continues=True))
            continue
        stop = text[a:b].rstrip()
        end = a + len(stop)
        if len(marks) == 1 and marks[0].start() == end - 1 and text[end - 2 : end - 1] in ".!?" and stop[-1] in '"”':
            lo, hi = _content(text, a, end - 1)
            run.append(_Seg(lo, hi, a, end - 1, q, continues=True))
            return run
        return []
    return []


def _tail_attribution(art: _Article, seg: _Seg, limit: int) -> tuple[int, int, str] | None:
    """A speaker phrase right after a closing mark (``," Tursunov told reporters``) as (start, end, verb)."""
    text = art.text
    lo = seg.close_at + 1
    # (a style's or a rank's dot before a name is no stop either: ""...," H.E. Gen. Rao said"; blanked in a copy
    # of the same length, so offsets into it are the text's)
    window = _NAME_DOT_RE.sub(lambda d: " " if _abbreviation_dot(text, lo + d.start()) else ".", text[lo:limit])
    # (a dash after the mark sets the attribution off as a comma would: ""... partnership" - he said", as agencies
    # writing after Slavic usage do)
    window = _DASH_LEAD_RE.sub(lambda d: d.group(0)[:-1] + ",", window, count=1)
    # (a translation in brackets after the mark is the writer's gloss of the words, not where they end: ""Salamat po"
    # (Thank you), she told the crowd")
    window = _GLOSS_LEAD_RE.sub(lambda g: " " * len(g.group(0)), window, count=1)
    # (a dot glued to a capital is an initial's, not a stop: "President Ts.Ganbold said")
    # (nor one after an honorific: ""...," Mr. Rao said")
    m = compiled(r"(?:[^.!?\"“”«»„‘’]|\.(?=[A-ZÀ-ÞА-ЯЁ])|" + _HONORIFIC_DOT + ")*").match(window)
    tail = window[: m.end()]
    if not compiled(r"\s*,?\s*\S").match(tail) or compiled(r"\s*,?\s*(?:and|but|or|which|that)\b").match(tail):
        return None
    quoted_obj = _QUOTED_OBJECT_RE.match(tail) or _PASSIVE_QUOTED_RE.match(tail)
    if quoted_obj:  # ""...," the statement quoted Tursunov as saying."
        return lo + quoted_obj.start("s"), lo + quoted_obj.end("s"), "quoted"
    according = compiled(
        r"\s*,?\s*(?:according to|in the words of)\s+(?P<s>[^,.;:!?\"“”]{2,80}?)\s*(?:[,.;]|$)"
    ).match(tail)
    if according:  # ""...," according to Tursunov."
        return lo + according.start("s"), lo + according.end("s"), "according to"
    signed = _DASH_SIGNATURE_RE.fullmatch(text, lo, limit)
    if signed:  # a newsletter's "“...” — Laziz Kudratov, Uzbekistan's minister of investment."
        return signed.start("s"), signed.end("s"), "—"
    bare = _BARE_ACT_AFTER_RE.match(tail)
    if bare:  # ""...", Ibarguren expressed in a statement": Spanish "expresó", a verb of speech only with no object
        return lo + bare.start("s"), lo + bare.end("s"), bare.group("v")
    found = _match_after(tail, lo)
    gloss = None if found else _GLOSSED_NAME_RE.match(tail)
    if gloss and _RELAYER_RE.search(gloss.group("g")) and not compiled(r",\s+an?\s").match(gloss.group("g")):
        gloss = None  # "X, spokesman for the ministry, wrote": a relayer of someone else's words, as he is elsewhere
    if gloss:  # ""...," Vos, a former judge from Ghent, said in Spanish": who the speaker is, set off after the name
        g_lo, g_hi = gloss.span("g")
        found = _match_after(tail[:g_lo] + " " * (g_hi - g_lo) + tail[g_hi:], lo)
        if found:
            found = (found[0], found[0] + len(text[found[0] : found[1]].rstrip()), found[2])
    return found


_NAME_DOT_RE = re.compile(r"\.(?= [A-ZÀ-ÞĀ-ſ])")
_GLOSS_LEAD_RE = re.compile(r"^[ \t]*\([^()\n]{2,300}\)(?=,)")
_DASH_LEAD_RE = re.compile(r"^ [-–—](?= (?:he|she|they)\s)")
_GLOSSED_NAME_RE = re.compile(
    r"\s*,?\s*(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){0,3}[A-ZÀ-ÞĀ-ſ][\w'’-]*(?P<g>,\s+(?:(?:a|an|the)\s+|[a-z])[^,.;:!?\"“”«»„]{2,80}?,)"
)


_BARE_ACT_AFTER_RE = re.compile(
    r"\s*,\s*(?P<s>(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){0,3}?[A-ZÀ-ÞĀ-ſ][\w'’-]*|(?:the|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+)\s+(?P<v>expressed|manifested|expresses|manifests)(?=\s*$|\s+(?:" + _PP_WORDS + r")\b)"
)
# A source that quotes a person: "the ministry quoted Tursunov as saying", "a statement quoted him as telling ...".
_QUOTED_OBJECT_RE = re.compile(
    r"\s*,?\s*(?:[\w'’.-]+\s+){1,6}?(?:quoted|cited)\s+(?P<s>(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){1,4}|him\s+|her\s+)"
    r"as\s+(?:saying|telling|stating)\b"
)
# ""...," he was quoted as saying in the release": the passive of the same
_PASSIVE_QUOTED_RE = re.compile(
    r"\s*,?\s*(?P<s>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:was|is|has been)\s+(?:also\s+)?(?:quoted|cited)\s+"
    r"(?:by\s+[^,.;\"“”]{1,40}?\s+)?as\s+(?:saying|telling|stating)\b"
)
_PASSIVE_QUOTED_HEAD_RE = re.compile(_PASSIVE_QUOTED_RE.pattern + r"\s*[,:]$")
# A release's quote signed on the line under it, with the speaker's office: "“...”" and then the line "The Hon.
# Jane Roe, Minister of Trade" (a line of its own, so no dash is needed).
_LINE_SIGNATURE_RE = re.compile(
    r"\s*[—–-]?\s*(?P<s>(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?\s+)?(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s?){1,4}),"
    # (an office, not a question put to the one named: "Mr. Roe, what did the visit achieve?")
    r"\s*(?:[A-ZÀ-ÞĀ-ſ]|(?:the|a|an)\s)[^.;:?!\n\"“”]{2,90}\s*"
)
# (a live page's caption writes a spaced hyphen, and the office with its article: ""...," - the Queen, in a message
# written in the guest book.")
_DASH_SIGNATURE_RE = re.compile(
    r"\s*(?:[—–]|(?<=\s)-(?=\s))\s*(?P<s>(?:the\s+)?(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s?){1,4})(?:,\s*[^.;:\n\"“”]{2,90})?\s*\.?\s*"
)


def _match_after(tail: str, offset: int) -> tuple[int, int, str] | None:
    # (the verb stands before the tail's first stop, which neither the speaker nor the verb holds: ""...," he told
    # the summit: ..." has it, ""...," the communique read." has none, and the attribution is not tried)
    stop = _ATTR_STOP_RE.search(tail)
    verb = _ATTR_VERB_RE.search(tail)
    if verb is None or (stop is not None and verb.start() >= stop.start()):
        return None
    m = _ATTR_AFTER_RE.match(tail)
    if not m:
        return None
    if m.group("v1"):
        s, e = m.start("s1"), m.end("s1")
        cut = compiled(rf"\s(?:{_PP_WORDS})\b").search(tail[s:e])
        if cut:
            e = s + cut.start()
        verb = m.group("v1")
        if tail.startswith("by", s) and compiled(r"by\s").match(tail, s):
            return None  # "..., elaborated by the State Department": a participle and its agent, no one speaking
        if verb in ("told", "tells") or compiled(r"\bthat\b").search(tail[s:e]):
            return None  # "..., told Tursunov that ...": the verb's object and its clause, not an inverted subject
        if compiled(r"(?:he|she|they|it|we|I)\s").match(tail[s:e]) and _FINITE_RE.search(tail, s, e):
            return None  # "who, at the back of the hall, said she had never seen ...": a clause, not a speaker
        if _CLAUSE_AUXILIARY_RE.match(tail, s, e):
            return None  # "Jane Roe, a spokeswoman, said the president had invited ...": the verb's clause
    else:
        s, e = m.start("s2"), m.end("s2")
        rest = m.group("rest")
        verb = m.group("v2")
        rest = compiled(r"^\s+(?:this|so|as much)(?=\s+(?:while|when|during|at|in|on|after|before)\b)").sub("", rest)
        rest_clean = rest.strip(" .!?")
        if (
            rest_clean
            and not _PP_START_RE.match(rest)
            and not compiled(r"\s+(?:of|about|by)\s").match(rest)  # ""We want more," X said of the figures"
            and verb not in ("told", "tells", "assured", "asked", "urged")
        ):
            return None
        if (
            verb in ("told", "tells")  # (a timeline's or a live page's present: ""...," X tells the forum")
            and rest_clean
            and not compiled(_OBJ_AFTER_TOLD + r"\s*(?:[,.!?]|$|\s(?:" + _PP_WORDS + r")\b)").match(rest)
        ):
            return None
    phrase = tail[s:e]
    if len(phrase.split()) > 9 or not phrase.strip():
        return None
    if compiled(r"(?:^|\s)(?:be|been|being)$").search(phrase.rstrip()):
        return None  # "..., should be concluded soon": a verb of speech in the passive is the clause's own verb
    if compiled(r"\s*(?:while|whereas|and|but|as|when|although|though|after|before|since|because|if|even)\b").match(
        phrase
    ):
        return None  # "..., while Wieczorek asked for ...": a clause of its own, not the attribution
    return offset + s, offset + e, verb


# An auxiliary after the words that follow a verb, with no relative pronoun between: they are a clause of their own
_CLAUSE_AUXILIARY_RE = re.compile(
    r"(?:(?!who\b|whom\b|which\b|that\b)[\w'’.-]+\s+){1,4}(?:is|are|was|were|had|has|have|will|would|could|can|"
    r"should|must)\s"
)
_HANDING_PARTICIPLES = r"saying|adding|stressing|noting|declaring|warning|stating|explaining|insisting|recalling"


def _abbreviation_dot(text: str, at: int) -> bool:
    """Whether the dot at ``at`` closes an abbreviation ("Feb.", "Mr."), which ends no sentence."""
    words = text[max(0, at - 6) : at].split()
    return text[at] == "." and bool(words) and words[-1] in _ABBREVIATIONS


def _head_attribution(art: _Article, seg: _Seg, lo: int) -> tuple[str, tuple[int, int] | None]:
    """How the text before an opening mark introduces it: "before" (with the speaker phrase), "initial", "embedded"."""
    text = art.text
    head = text[lo : seg.open_at]
    # (not the dot of an abbreviation: "Santos, who is on a visit through Feb. 19, said")
    ends = [e for e in compiled(r"[.!?][\"”»’“]?\s+").finditer(head) if not _abbreviation_dot(head, e.start())]
    if ends:
        lo += ends[-1].end()
        head = text[lo : seg.open_at]
    stripped = head.rstrip()
    if not stripped or stripped[-1] in '.!?"”»“’':
        return "initial", None
    # (searched at every position, the passive needs its own word: most heads have none)
    passive = _PASSIVE_QUOTED_HEAD_RE.search(stripped) if "quoted" in stripped or "cited" in stripped else None
    if passive:  # ""A," the President was quoted as saying, "B."": the "as saying" is no "as X said"
        return "before", (lo + passive.start("s"), lo + passive.end("s"))
    acc = _ACCORDING_RE.search(stripped)
    if acc:
        return "before", (lo + acc.start("s"), lo + acc.end("s"))
    m = _ATTR_BEFORE_RE.search(stripped)
    if m and stripped[-1] == ":" and _RUBRIC_RE.match(stripped):
        return "initial", None  # a rubric, not a speaker: the attribution after the marks names who spoke
    if m and (stripped[-1] in ":," or not m.group("obj").strip()):
        subj = stripped[: m.start("verb")]
        subj_lo = lo
        s_lo = art.sentence_at(seg.open_at)[0]
        if lo > s_lo and _COORDINATED_ACT_RE.search(subj):
            # "X thanked Britain for its "decisive" help and, switching to English, added: "...": the verb joined
            # after an earlier mark of the sentence is its subject's, named before that mark
            # (the first verb whose subject names someone: "In opening remarks, X called ...")
            for main in _MAIN_VERB_RE.finditer(text, s_lo, lo):
                if _DOUBLE_MARK_RE.search(text, s_lo, main.start()):
                    break
                a, b = _subject(text, s_lo, main.start() + 1)
                if b > a and len(text[a:b].split()) <= 8 and art.resolve(a, b, main.start(), None) is not None:
                    return "before", (a, b)
        cleaned = _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), subj)
        comma = cleaned.rfind(",")
        if comma >= 0 and cleaned[comma + 1 :].strip():
            subj_lo += comma + 1
            subj = subj[comma + 1 :]
        elif comma >= 0:
            subj = cleaned[:comma]
        gesture = _GESTURE_AND_RE.search(subj)
        if gesture and subj[: gesture.start()].strip():  # "he smiled and said:": the one who smiled speaks
            subj = subj[: gesture.start()]
        return "before", (subj_lo, subj_lo + len(subj.rstrip(" ,")))
    handed = compiled(r",\s+(?:" + _HANDING_PARTICIPLES + r")\s*[,:]$").search(stripped)
    main = _MAIN_VERB_RE.search(text, lo, lo + handed.start()) if handed else None
    if main and not _DOUBLE_MARK_RE.search(text, lo, main.start()):
        # "X also urged Brazil to back the bid, saying, "...": the subject of the sentence speaks on
        s_lo, s_hi = _subject(text, lo, main.start() + 1)
        if s_hi > s_lo and len(text[s_lo:s_hi].split()) <= 8:
            return "before", (s_lo, s_hi)
    named = compiled(r"(?:^|[.–—-]\s+)(?P<s>(?:[A-Z][\w'’.-]*\s?){1,3}):$").search(stripped)
    if named:  # a live blog's "13:45 – Sosa: "...""
        return "before", (lo + named.start("s"), lo + named.end("s"))
    if stripped[-1] == ":" or (stripped[-1] == "," and _VERB_RE.search(stripped)):
        return "initial", None
    return "embedded", None


_COORDINATED_ACT_RE = re.compile(r"\s(?:and|but)\s*(?:,[^,\"“”]{1,60},\s*)?$")
_GESTURE_AND_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+and(?:\s+then)?\s*$")
# A run-in rubric asking what was said, the way explainers head their sections: "What they said: "...," X told MPs"
_RUBRIC_RE = re.compile(r"\W{0,3}What\s+(?:[\w'’-]+\s+){1,3}?(?:said|say|says):$")
_APPRAISED_RE = re.compile(
    r"\b(?:(?:he|she|they)\s+(?:called|described|termed|considered|deemed|judged)\s+(?:it\s+|them\s+)?(?:as\s+)?|"
    # "described the visit as "historic"", "described relations with Italy as "exemplary"", "described the plant
    # as the "flagship"": what the thing was held up as
    r"(?:described|describing|characteri[sz]ed|hailed|hailing)\s+(?:[\w'’-]+\s+){1,12}?as\s+(?:(?:the|a|an)\s+)?|"
    # "called the meeting "historic"", "called it "timely"": the speaker's word for the thing named
    r"(?:called|calling|termed|terming)\s+(?:the|its|their|his|her|it|them|[A-Z][\w'’-]*)\s+(?:[a-z][\w'’-]*\s+){0,3}|"
    # "praised the "distinguished" relations", "thanked him for Japan's "steadfast" support": a word of the praise
    r"(?:praised|praising|hailed|hailing|commended|lauded|thanked\s+[^.;,\"“”]{1,40}?\s+for)\s+"
    r"(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,2})$"
)


# "what he called", "which she described as", "a figure he considered": the pronoun's words (or a name or a titled
# person in the pronoun's place, and the noun the words qualify: "what President X described as a relationship
# "..."", "what he termed Ghana's "..."", "that the Colombian President called "..."")
_WHAT_SPEAKER_CALLED_RE = re.compile(
    r"\b(?:(?:what|which|whom|that)\s+(?P<s>he|she|they|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)|"
    r"(?:that|[a-z]+)\s+(?P<p>he|she|they))\s+"
    r"(?:(?P<v>\w+)(?:\s+as(?:\s+(?:a|an)(?:\s+[a-z-]+)?)?)?|(?:called|termed)\s+(?:the|a|an|[A-Z][\w-]*['’]s)(?:\s+[a-z-]+)?)\s*$"
)
# A participle of naming or appraisal opening a sentence: "Calling X "a partner of choice", the minister said ..."
_FRONTED_APPRAISAL_RE = re.compile(r"(?:Calling|Describing|Terming|Hailing|Praising|Lauding|Branding|Labell?ing)\s")
# A tribute, a toast or congratulations hand over the marked words of their object as the speaker's: "paid tribute
# to the "quiet courage" of the crews", "toasted "a friendship older than both our states"", "congratulated him on the
# "flawless organisation" of the summit" (a courtesy with no marked words says nothing, so none of them is a speech
# verb of its own)
_TRIBUTE_RE = re.compile(
    r"\b(?:paid|pays|paying)\s+(?:(?:a|warm|special|glowing|high)\s+){0,2}tributes?\s+to\b|"
    r"\b(?:(?:raised|raises|raising|proposed|proposes|proposing)\s+a\s+toast|toast|toasted|toasts|toasting)\b|"
    r"\b(?:raised|raises|raising)\s+(?:a|his|her|their)\s+glass(?:es)?\s+to\b|"
    r"\b(?:congratulated|congratulates|congratulating)\s+[^,.;\"“”]{2,60}?\s+(?:on|for)\b|"
    # and so do the acts whose object the marks open right after: one welcomed "as" the speaker's words for him, an
    # invitation "to" the speaker's own phrase, what one warned against, a feeling voiced in marks of its own
    # ("welcomed the premier as "a good friend"", "invited firms to "make here for the world"", "warned against
    # "hidden protectionism"", "expressed "grave concern""; not "expressed his "great joy" at ...", whose whole
    # object is the report)
    r"\b(?:(?:(?:welcomed|welcomes|welcoming|greeted|greets|greeting)\s+[^,.;:\"“”]{2,60}?\s+as|"
    r"(?:invited|invites|inviting)\s+[^,.;:\"“”]{2,60}?\s+to|(?:warned|warns|warning|cautioned)\s+against)"
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?|(?:expressed|expresses|expressing|voiced|voicing)\s+)$"
)
# A comma before a participle, or the marks closing the words just before it: "..., calling", "... peoples," praising"
_PARTICIPLE_LEAD_RE = re.compile(r"(?:,[\"”’»]?|[\"”’»],)\s*$")


def _partial_speaker(art: _Article, group: list[_Seg]) -> tuple[int, int] | None:
    """The subject of the speech verb a marked phrase inside narrative depends on, when it is one ("X praised the
    "frank and warm" talks", "X said relations were "at their best""); None for names, titles and scare quotes."""
    text = art.text
    seg = group[0]
    words = text[seg.start : seg.end].split()
    s_lo = art.sentence_at(seg.open_at)[0]
    # (a sentence that starts inside the marks of words before it is the narrative's from where they close: ""...
    # We trust each other," the minister said, describing the port as "...""")
    s_lo = max([s_lo] + [hi for lo, hi in art.marked_spans if lo < s_lo < hi <= seg.open_at])
    before = text[s_lo : seg.open_at]
    # one word is a scare quote, unless a verb of appraisal hands it over: "a figure he considered "modest""
    appraised = len(words) == 1 and words[0][:1].islower() and bool(_APPRAISED_RE.search(before))
    # (a capitalised phrase is a name, unless it is what a thing was described as, in words of a sentence: "described
    # Tanzania as "Zambia's second home"")
    held_as = compiled(
        r"\b(?:describ|characteri[sz]|referr(?:ed|ing)\s+to\b|portray)\w*\s+(?:[\w'’-]+\s+){1,12}?as\s+(?:(?:the|a|an)\s+)?$"
    ).search(before) and any(w[:1].islower() for w in words[1:])
    if (
        len(group) > 1
        or (len(words) < 2 and not appraised)
        or (words[0][:1].isupper() and len(words) <= 4 and not held_as)
    ):
        return None
    # "what he called", "what Callahan called the "..."", "an initiative that the Colombian President called": one
    # person's own words for the thing, not its name
    what = _WHAT_SPEAKER_CALLED_RE.search(before)
    if compiled(r"\b(?:so-called|dubbed|named|called|titled|entitled|known as)\s*$").search(before) and not (
        what and what.group("v") == "called"
    ):
        return None
    fronted = _FRONTED_APPRAISAL_RE.match(text, s_lo)
    if fronted and group[-1].close_at is not None and not _DOUBLE_MARK_RE.search(text, s_lo, seg.open_at):
        # "Calling X "a partner of choice", the minister said ...": a fronted participle speaks for the subject of
        # the main clause after it
        close = group[-1].close_at
        main = _VERB_RE.search(text, close, art.sentence_at(close)[1])
        comma = text.rfind(",", close, main.start()) if main else -1
        if comma >= 0:
            lo, hi = _subject(text, comma + 1, main.start())
            if hi > lo and len(text[lo:hi].split()) <= 10 and not _is_joint(art, lo, hi):
                return lo, hi
        return None
    verbs = [
        m for rx in (_VERB_RE, _EVALUATIVE_RE, _NAMING_RE, _TRIBUTE_RE) for m in rx.finditer(text, s_lo, seg.open_at)
    ]
    if not verbs:
        # "According to a note, President X "reaffirmed Portugal's commitment ..."": the marks open on the subject's
        # own speech verb, quoted with its words
        own = _VERB_RE.match(text, seg.start) or _EVALUATIVE_RE.match(text, seg.start)
        # (not an account of a briefing: "the minister "briefed his counterpart on ..."" summarises, says nothing)
        summary = compiled(r"(?:briefed|informed|discussed|reviewed|outlined)\b").match(text, seg.start)
        if own and not summary and text[seg.start : seg.start + 1].islower() and text[s_lo : seg.open_at].strip():
            lo, hi = _subject(text, s_lo, seg.open_at)
            if hi > lo and len(text[lo:hi].split()) <= 6 and not _is_joint(art, lo, hi):
                return lo, hi
        return None
    verb = max(verbs, key=lambda m: m.start())
    earlier = [v for v in verbs if v.start() < s_lo + what.start()] if what else []
    if earlier:  # "Park praised what he called "a natural alliance"": the subject of the verb before "what"
        verb = max(earlier, key=lambda m: m.start())
    lo, hi = _subject(text, s_lo, verb.start())
    if what and not earlier:  # "a clinic built with Uzbek aid, which he called "..."": the pronoun speaks
        who = "s" if what.group("s") else "p"
        lo, hi = s_lo + what.start(who), s_lo + what.end(who)
        main = _MAIN_VERB_RE.search(text, s_lo, s_lo + what.start())
        if (
            what.group(0).startswith("what ")
            and what.group(who) in ("he", "she", "they")
            and main
            and not _DOUBLE_MARK_RE.search(text, s_lo, main.start())
        ):
            # "The King has toasted what he called "..."": the pronoun is the subject's own, whose act frames it (and
            # a subject nobody of the story answers to leaves the pronoun unknown)
            lo, hi = _subject(text, s_lo, main.start() + 1)
            if hi <= lo or art.resolve(lo, hi, seg.open_at, None) is None:
                return None
    if verb.group(0).split()[0].endswith("ing") and _PARTICIPLE_LEAD_RE.search(
        text, max(s_lo, verb.start() - 4), verb.start()
    ):
        # "..., calling them "a bridge between our peoples"": the participle speaks for the sentence's subject (also
        # right after the marks that close his words: "X affirmed "A," praising "B"")
        main = _MAIN_VERB_RE.search(text, s_lo, verb.start())
        # ("X spoke for an hour, spokesman Y told reporters, describing it as "..."": a speech verb between the main
        # verb and the participle is the nearer clause's, whose subject speaks on)
        nearer = [
            v
            for v in verbs
            if main is not None
            and main.start() < v.start() < verb.start()
            and v.group(0).split()[0] in _OBJECT_FIRST | {"said", "says"}
            and not _inside_marks(text, s_lo, v.start())
        ]
        if nearer:
            lo, hi = _subject(text, s_lo, nearer[-1].start())
        elif main and not _DOUBLE_MARK_RE.search(text, s_lo, main.start()):
            lo, hi = _subject(text, s_lo, main.start() + 1)
    if hi > lo and _UNNAMED_RE.search(text, lo, hi):
        relayed = _relayed_subject(art, hi, seg.open_at, verbs)
        if relayed:
            lo, hi = relayed
    if hi <= lo or len(text[lo:hi].split()) > 10 or _is_joint(art, lo, hi):
        return None
    return lo, hi


# What an office's or a document's report opens on before the act it tells of: "said (in a statement) (that)"
_RELAYED_CLAUSE_RE = re.compile(r"(?:\s+(?:in|on|after|at|during)\s+[^,;:\"“”]{1,50}?(?=\s+that\b))?(?:\s+that)?\s+")


def _relayed_subject(art: _Article, after: int, open_at: int, verbs: list[re.Match]) -> tuple[int, int] | None:
    """The participant whose act of appraisal or request an office or a document relays, when the marked words at
    ``open_at`` are its object: "the ministry said in a statement that Kanemura welcomed ... and described the country
    as "..."", "his office said he had expressed "..."", "the statement said the head of state asked Brazil to "...""
    (the office only tells what he said; the marked words are his). Not an act the office narrates in its own words
    ("said the minister "conveyed the concerns ..."", "said the PM had raised "human rights ...""), nor a statement
    it reports ("said he had told his guest that ... "..."")."""
    text = art.text
    told = [v for v in verbs if after <= v.start() < open_at]
    if not told:
        return None
    relayer = min(told, key=lambda v: v.start())
    lead = _RELAYED_CLAUSE_RE.match(text, relayer.end(), open_at)
    first = lead.end() if lead else relayer.end()
    acts = [
        v
        for v in told
        if v.start() >= first
        and (not _VERB_RE.match(text, v.start()) or _DIRECTIVE_RE.fullmatch(v.group(0).split()[0]))
    ]
    if not acts:
        return None
    verb_at = min(acts, key=lambda v: v.start()).start()
    lo, hi = _subject(text, first, verb_at)
    if (
        lo != first
        or hi <= lo
        or len(text[lo:hi].split()) > 8
        or _UNNAMED_RE.search(text, lo, hi)
        or _is_joint(art, lo, hi)
        or art.resolve(lo, hi, verb_at, None) is None
    ):
        return None
    return lo, hi


# A subject that ends in a name after an office ("Secretary (East) in the Ministry of External Affairs (MEA) X"): a
# long title is still one person's, who is the subject.
_TITLED_NAME_END_RE = re.compile(
    r"\b(?:[A-Z][a-z]+|\([A-Z]{2,8}\))\s+(?:[A-Z]\.\s?)?[A-ZÀ-ÞĀ-ſ][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’-]+)*$"
)
_VERB_FIRST_RE = re.compile(rf",\s*(?:{_SPEECH_VERBS})\b")


def _unmarked_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """Reported speech without marks: ``..., said X.`` closing a sentence, or ``X said: ...`` opening one."""
    text = art.text
    items: list[_Item] = []

    starts = sorted(masked)
    ends_by_start = [y for _, y in starts]
    keys = [x for x, _ in starts]
    reach = max((y - x for x, y in masked), default=0)

    def has_marks(a: int, b: int) -> bool:
        if _DOUBLE_MARK_RE.search(text, a, min(b, a + _CLAUSE_REACH)):
            return True
        i = bisect.bisect_left(keys, a - reach)
        while i < len(keys) and keys[i] < b:
            if ends_by_start[i] > a:
                return True
            i += 1
        return False

    for s_start, s_end, p in art.sentences:
        stamp = _STAMP_RE.match(text, s_start, s_end)  # a live page's "17:20 - ", no part of the words after it
        if stamp:
            s_start = stamp.end()
        sent = text[s_start:s_end]
        # "CLAUSE, he said, calling for "deeper ties."": marked words after the attribution are the participle's, and
        # the clause before it has none of its own
        handed_on = _SAID_THEN_PARTICIPLE_RE.search(sent)
        if handed_on and not has_marks(s_start, s_start + handed_on.start()):
            s_end = s_start + handed_on.end("attr")
            sent = text[s_start:s_end]
        embedded = False
        if has_marks(s_start, s_end):
            # "They agreed to build a "long-term partnership" that goes beyond arms sales, Choi told a briefing":
            # marked phrases inside an unmarked clause, the attribution after its last comma
            marks = list(_DOUBLE_MARK_RE.finditer(sent))
            comma = sent.rfind(",")
            # ("Relations are "better than ever," Kim said": the last marks close on the attribution's comma, after
            # a clause of the speaker's that they only end, however much of it they hold; a clause with a speech act
            # of its own, "X described Japan as "..."", hands its marks to that act's subject)
            lead = sent[: marks[0].start()].rstrip() if marks else ""
            closed_on_comma = (
                len(lead.split()) >= 2
                and lead[-1] not in ":,"
                and marks[-1].start() in (comma - 1, comma + 1)
                and not any(rx.search(lead) for rx in (_VERB_RE, _EVALUATIVE_RE, _NAMING_RE))
            )
            embedded = (
                sent[:1] not in '"“„«‘'
                and bool(marks)
                and len(marks) % 2 == 0
                and comma > 0
                and (
                    closed_on_comma
                    or marks[-1].start() < comma - 1
                    and sum(marks[i + 1].start() - marks[i].start() for i in range(0, len(marks), 2)) * 2 < comma
                )
            )
            if not embedded:
                continue
        colon = None if embedded or ":" not in sent else _COLON_INTRO_RE.match(sent)
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
        # "CLAUSE, Zhou said, adding that CLAUSE2": the attribution sits before the participle
        participle = _ADDING_TAIL_RE.search(sent)
        head = sent[: participle.start()] if participle else sent
        comma = head.rfind(",")
        if comma <= 0:
            continue
        tail = head[comma:]
        relative = compiled(r",\s+(?:who|which|where|whose|when)\b").match(tail)
        if _SOURCE_NOTE_RE.match(tail) and not embedded:
            # "CLAUSE, X said at the talks on 4 June, the agency learned from his press service.": the outlet's note
            # on where it had the words sits after the attribution, which stands before it
            earlier = head.rfind(",", 0, comma)
            if earlier > 0 and _match_after(head[earlier:comma].rstrip(), s_start + earlier):
                comma, tail = earlier, head[earlier:comma]
        elif relative and not embedded:
            # "CLAUSE, X said after talks with Y, who is on a visit to Moscow.": the relative clause is Y's, and
            # the attribution stands before it
            earlier = head.rfind(",", 0, comma)
            if earlier > 0 and _match_after(head[earlier:comma].rstrip(), s_start + earlier):
                comma, tail = earlier, head[earlier:comma]
        if embedded and compiled(r",[\"”’»]").match(tail):  # "... has “stood the test of time,” Abdel-Rahman said"
            tail = ", " + tail[2:]
        # (a long tail is an attribution only as "X said" and the circumstances after it: ", Minister X said following
        # talks with his counterpart Y in Z on Tuesday"; after ", said" it is a clause of its own)
        if len(tail.split()) > 16 and (len(tail.split()) > 24 or _VERB_FIRST_RE.match(tail)):
            continue
        attr = None
        if _SET_OFF_SUBJECT_VERB_RE.match(tail):
            # "CLAUSE, the country's foreign minister, Ana Pell, has said.", "CLAUSE, Ana Pell, the country's foreign
            # minister, has said.": the speaker's name and the office that describes it set off by commas before the
            # verb; the clause ends before both
            earlier = head.rfind(",", 0, comma)
            before = head.rfind(",", 0, earlier) if earlier > 0 else -1
            for name_lo, name_hi, office_lo, office_hi in (
                (earlier, comma, before, earlier),
                (before, earlier, earlier, comma),
            ):
                if name_lo <= 0 or not _SET_OFF_NAME_RE.fullmatch(head, name_lo, name_hi):
                    continue
                office = _SET_OFF_DESCRIPTION_RE.fullmatch(head, office_lo, office_hi) if office_lo > 0 else None
                if office is None or not _CORE_RE.search(office.group(0)):
                    if name_hi != comma or (office_lo > 0 and _DESCRIBED_RE.match(head, office_lo)):
                        # (a name with no office after it is a list's: "coffee, Marek, tea, has said"; one described
                        # otherwise, "a spokesman for the Chancellery, X, said", is left to its description)
                        continue
                    office_lo = name_lo
                attr = _match_after(head[name_lo:name_hi] + tail[1:].rstrip(), s_start + name_lo)
                if attr:
                    attr = (attr[0], min(attr[1], s_start + name_hi), attr[2])  # (the name, up to its comma)
                    comma = min(name_lo, office_lo)
                    break
        attr = attr or _match_after(tail.rstrip(), s_start + comma)
        if not attr and _SET_OFF_CIRCUMSTANCE_RE.match(tail):
            # "CLAUSE, X said in Budapest on Wednesday, after talks with Y.": the circumstance set off after the
            # attribution, which stands before it
            earlier = head.rfind(",", 0, comma)
            attr = _match_after(head[earlier:comma].rstrip(), s_start + earlier) if earlier > 0 else None
            if attr:
                comma = earlier
        if not attr:
            continue
        body_lo = s_start
        if _FRONTED_CIRCUMSTANCE_RE.fullmatch(text, s_start, s_start + comma):
            continue  # "At the outset of the meeting, the minister conveyed ...": the scene, not what was said
        dateline = _DATELINE_PREFIX_RE.match(text, s_start, s_start + comma)
        if dateline:  # "NAIROBI (Reuters) - Kenya and Ethiopia agreed ..., Mwangi said": the dateline is no speech
            body_lo = dateline.end()
        end = s_start + comma
        if embedded and text[end + 1 : end + 2] in _CLOSING_MARKS:
            end += 2  # (the clause ends with the mark that closes the words it holds, as does the quote)
        # Unmarked words are verbatim only when they speak in the first person; else they are indirect speech
        own = _FIRST_PERSON_RE.search(text, body_lo, s_start + comma)
        items.append(
            _Item(
                at=s_start + comma,
                kind="unmarked",
                phrase=(attr[0], attr[1]),
                span=(body_lo, end),
                para=p,
                quote_kind="direct" if own and not embedded else REPORTED,
            )
        )
    return items


# A fronted phrase of time, place or occasion with no verb of its own: "At the outset of the meeting", "During the
# talks", "In his speech", "At a joint press conference", "On a state visit to Tanzania"; or a fronted participle of
# the speaker's own appearance or turn, "Speaking at the forum", "Taking questions from journalists", "Welcoming the
# guest", "Turning to trade": the scene of the sentence, whose subject's act comes after it, never words of the
# subject's.
_FRAME_WORD = (
    r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|grew|rose|fell|stood|"
    r"made|took|came|went|became|saw|hit|met|held|gave|remains?)\b)[\w'’-]+"
)
_FRONTED_CIRCUMSTANCE_RE = re.compile(
    r"\s*(?:At|In|On|During|After|Before|Following|Upon|Later|Earlier)\s+(?:the|a|an|this|that|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:meeting|talks|visit|session|ceremony|day|evening|morning|outset|start|end|beginning|"
    r"close|conclusion)(?:\s+of\s+(?:the|a|an|this|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?|"
    r"\s*(?:At|In|On|During|Upon)\s+(?:the|a|an|this|that|his|her|their|its)\s+"
    r"(?:[a-z]+ed\s+)?(?:(?!\w+ed\b)" + _FRAME_WORD + r"\s+){0,3}?(?!\w+ed\b)" + _FRAME_WORD + r"|"
    # (a fronted topic: "On North Korea", "As for the Gaza ceasefire", "Regarding energy security")
    r"\s*(?:On|Regarding|Concerning|As\s+(?:for|to|regards)|With\s+(?:regard|respect)\s+to)\s+"
    r"(?:(?!(?:I|we|you|he|she|it|they|there)\b)" + _FRAME_WORD + r"\s+){0,4}?" + _FRAME_WORD + r"|"
    r"\s*(?:Speaking|Addressing|Taking|Talking|Answering|Responding|Replying|Briefing|Appearing|Commenting|Referring|"
    r"Turning|Welcoming|Thanking|Greeting|Receiving|Opening|Closing|Concluding)\s+"
    r"(?:" + _FRAME_WORD + r"\s+){0,9}?" + _FRAME_WORD
)
# An outlet's note on its source after an attribution: ", BelTA has learned", ", the agency learned from the press
# service", ", Xinhua reported".
_SOURCE_NOTE_RE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:has\s+|had\s+)?"
    r"(?:learned|learnt|reported|reports|was\s+told|has\s+been\s+told)\b[^,;:\"“”]*$|"
    r",\s+the\s+(?:agency|news\s+agency|outlet|newspaper|paper|broadcaster)\s+(?:has\s+)?(?:learned|learnt|reported)\b"
    r"[^,;:\"“”]*$"
)
_SET_OFF_SUBJECT_VERB_RE = re.compile(r",\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|told)\b")
_SET_OFF_NAME_RE = re.compile(r",\s+(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){0,3}[A-ZÀ-ÞĀ-ſ][\w'’-]*")
_DESCRIBED_RE = re.compile(r",\s+(?:an?|the|its|his|her|their|[A-ZÀ-ÞĀ-ſ][\w'’-]*['’]s)\s")
_SET_OFF_DESCRIPTION_RE = re.compile(r",\s+(?:the|its|his|her|their|[A-ZÀ-ÞĀ-ſ][\w'’-]*['’]s)\s+[^,;:\"“”]{2,60}")
_CLOSING_MARKS = frozenset('"”’»')
_SET_OFF_CIRCUMSTANCE_RE = re.compile(
    r",\s+(?:after|before|during|following|ahead\s+of|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?!(?:he|she|they|it|we|I)\b)[^,;:]*$"
)


def _interrupted_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """Unmarked speech with its attribution set inside: "Indonesia, he said, wanted a relationship of equals"."""
    text = art.text
    taken = _Spans(masked)
    items = []
    for s_start, s_end, p in art.sentences:
        m = _INTERRUPTED_RE.match(text, s_start, s_end)
        if not m or taken.holds(m.start("s")) or _DOUBLE_MARK_RE.search(text, s_start, m.end("s")):
            continue
        # (a whole clause may stand before the attribution, "India was a country with its own traditions, he said,
        # but ...", as long as it has a verb of its own; a long run of words without one is no statement, and one
        # with a speech verb of its own is attributed already: "X noted that A, as he said, B")
        if len(m.group("a").split()) > 6 and (not _FINITE_RE.search(m.group("a")) or _VERB_RE.search(m.group("a"))):
            continue
        if _SET_OFF_OBJECT_RE.match(text, text.rfind(",", 0, m.start("b"))):
            continue  # "For his part, X reiterated, in a statement, his support for ...": the verb's object follows
        lo, hi = m.span("b")
        tail = _CLAUSE_TAIL_RE.search(text, lo, hi)
        hi = tail.start() if tail else hi
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".;,"):
            hi -= 1
        a_lo, a_hi = m.span("a")
        own = _FIRST_PERSON_RE.search(text, a_lo, hi)
        segs = [_Seg(a_lo, a_hi, a_lo, a_hi, p), _Seg(lo, hi, lo, hi, p)]
        if _WRITERS_AFTER_RE.match(text, lo):
            # "..., the spokeswoman said, though no date has been set": the writer's circumstance after the attribution
            hi, segs = a_hi, segs[:1]
        items.append(
            _Item(
                at=m.start("s"),
                kind="unmarked",
                phrase=m.span("s"),
                segs=segs,
                span=(a_lo, hi),
                para=p,
                quote_kind="direct" if own else REPORTED,
            )
        )
    return items


_WRITERS_AFTER_RE = re.compile(r"(?:though|although|without|whereas|while|as|when|after|before|according)\b")
# (the writer's own hedge, "The chancellor, I'm told, accepted it", passes on what he heard: no one is its speaker)
_INTERRUPTED_RE = re.compile(
    rf"(?P<a>[A-Z][^,;:\"“”«»\s]*(?:\s+[^,;:\"“”«»\s]+){{0,40}}),\s+"
    r"(?!(?:I['’]m|[Ww]e['’]re|I\s+am|[Ww]e\s+are|I\s+was|[Ww]e\s+were|I['’]ve\s+been|[Ww]e['’]ve\s+been)\s)"
    rf"(?P<s>he|she|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)\s+(?:{_SPEECH_VERBS}),\s+(?P<b>(?![a-z]+ing\b)[a-z][^\n]+)"
)


_DATELINE_PREFIX_RE = re.compile(
    r"[A-Z][A-Z .'’-]{2,30}(?:,\s*[\w .]{2,30})?\s*(?:\([^()]{2,30}\))?\s*[-–—]+\s*(?=[A-Z])|"
    # "Astana, May 11 (MTI) – ...": a city written in lower case is a dateline by the date after it
    r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"\s*(?:\([^()]{2,30}\))?\s*[-–—]+\s*(?=[A-Z])|"
    # "MOSCOW, September 18. /TASS/. ...": the agency between slashes
    r"[A-Z][A-Z .'’-]{2,30}(?:,\s*[\w ]{2,30}?)?\.?\s*/[^/\n]{2,30}/\.?\s*(?=[A-Z])"
)
_SAID_THEN_PARTICIPLE_RE = re.compile(
    r",\s+(?P<attr>(?:(?:he|she)\s+|(?:[A-ZÀ-ÞĀ-ſ][\w'’-]+\s+){1,3})(?:said|says|added|noted))\s*,\s+[a-z]+ing\s"
)
_ADDING_TAIL_RE = re.compile(r",\s+(?:adding|noting|stressing|saying|stating|warning)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me|ours|myself|ourselves)\b")


# How far before its verb a subject, or after it a reported clause, is looked for (characters).
_SUBJECT_REACH = 300
_AUXILIARY_RE = re.compile(r"\s(?:has|have|had)\s+(?:(?:also|already|earlier|since|previously)\s+)?$")
_CLAUSE_REACH = 1500


def _subject(text: str, lo: int, verb_at: int) -> tuple[int, int]:
    """Span of the subject before a speech verb: parentheticals (", for his part,") and leading clauses dropped.

    A verb joined to an earlier speech verb of its sentence by "and"/"but" ("X said A, but stressed that B") has
    that verb's subject; a verb right after a set-off phrase ("Tanabe, on his first trip abroad, told") has the
    subject before the phrase; "who" after a comma ("..., Quang, who welcomed") is the name before it.
    """
    sentence_lo = lo
    # "Korea's trade minister, Lee Soo-min, later told": an adverb alone before the verb leaves a set-off before it
    adverb = compiled(r",\s*(?:later|also|then|again|meanwhile|however|too)\s+$").search(
        text[max(lo, verb_at - 40) : verb_at]
    )
    if adverb:
        verb_at = max(lo, verb_at - 40) + adverb.start() + 1
    # "The minister, Ana Sow, has indicated": a perfect tense's auxiliary is no part of the subject
    aux = _AUXILIARY_RE.search(text, max(lo, verb_at - 30), verb_at)
    if aux:
        verb_at = aux.start() + 1
    lo = max(lo, verb_at - _SUBJECT_REACH)  # a subject is near its verb; this keeps long paragraphs linear
    conj = _CONJOINED_RE.search(text, max(lo, verb_at - 40), verb_at)
    if conj:
        earlier = [
            m
            for rx in (_VERB_RE, _EVALUATIVE_RE, _NAMING_RE)
            for m in rx.finditer(text, lo, conj.start())
            if not _inside_marks(text, lo, m.start())
            # (not a passive participle: "the privatization of assets announced by Tashkent, and said ...")
            and not compiled(r"\s+by\b").match(text[m.end() : m.end() + 4])
            # (nor the question put to the subject: "X, when asked about it, smiled and said ...")
            and not _asked_set_off(text, lo, m.start())
        ]
        if earlier:
            return _subject(text, sentence_lo, max(earlier, key=lambda m: m.start()).start())
        lo2, hi2 = _plain_subject(text, lo, verb_at)
        # (not a verb phrase left after a set-off: "X, on his first trip ..., struck a similar tone but stressed";
        # nor the apposition a comma and "and" close: "X welcomed Y's visit, the first by a Z, and stated")
        shared = not text[conj.end() : verb_at].strip() and text[conj.start()] == ","
        if (
            not (shared and text[max(lo, lo2 - 2) : lo2].strip() == ",")
            # (nor the subject of a relative clause set off before the "and": "X stood at the base, where American
            # forces once stored the barrels, and promised ...")
            and not _SET_OFF_RELATIVE_END_RE.search(text, max(lo, lo2 - 12), lo2)
            and hi2 > lo2
            and len(text[lo2:hi2].split()) <= 10
            and not compiled(r"(?!(?:the|his|her|its|their|our|this|that|both|a|an)\b)[a-z]").match(text[lo2:hi2])
        ):
            return lo2, hi2
        main = _MAIN_VERB_RE.search(text, sentence_lo, conj.start())
        while main and _asked_set_off(text, sentence_lo, main.start()):
            main = _MAIN_VERB_RE.search(text, main.end(), conj.start())
        if main and not _DOUBLE_MARK_RE.search(text, sentence_lo, main.start()):
            # "Kelling offered Nigeria more visas ..., and urged Abuja to ...": the subject of the sentence
            return _subject(text, sentence_lo, main.start() + 1)
    return _plain_subject(text, lo, verb_at)


_SET_OFF_RELATIVE_END_RE = re.compile(r",\s*(?:where|which|who|whom|whose|when)\s+$")
# The question put to a subject, set off before its verb: "X, asked by reporters about the dispute, said",
# "X, when asked the same question, said".
_ASKED_RE = re.compile(r"\s*(?:when\s+)?asked\s+(?:about|by|whether|if|on|what|why|how|the\s+same)\b")


_SOURCE_SET_OFF_RE = re.compile(
    r"\s*(?:the|a|an|his|her|its|their)\s+[^,;:\"“”]{1,50}?\s+(?:said|says|added|reported)\s*"
)


def _asked_set_off(text: str, lo: int, at: int) -> bool:
    """Whether the verb at ``at`` is the question put to the subject, set off before the subject's own verb."""
    return bool(_ASKED_RE.match(text, at) and compiled(r"(?:,|\bwhen)\s*$").search(text, lo, at))


_IN_NUMBER_RE = re.compile(r"(?<=\d)[:,](?=\d)")


def _plain_subject(text: str, lo: int, verb_at: int) -> tuple[int, int]:
    """The subject before a verb found by the commas and set-off phrases before it."""
    head = _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), text[lo:verb_at])
    # ("An update posted at 05:10 PM said", "the 1,500 workers said": a colon or a comma inside a number sets off
    # nothing)
    head = _IN_NUMBER_RE.sub(".", head)
    # "Bello, in a statement by his spokesman, Ade Ojo, said": the one whose voice the set-off phrase names speaks,
    # not the aide named in it
    head = _VOICED_BY_RE.sub(lambda x: " " * len(x.group(0)), head)
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
    # "In brief statements to the press – no questions were allowed – Ledesma described": a dash sets off a clause
    # as a comma does
    # (not a dash closing an apposition right before the verb: "The host – President X – said")
    dash = max(head.rfind(" – "), head.rfind(" — "))
    if dash >= cut and head[dash + 2 :].strip():
        cut = dash + 2
    set_off = [m.end() for m in _PARENTHETICAL_RE.finditer(text, lo, verb_at)]
    after = text[set_off[-1] : verb_at].split() if set_off else []
    if set_off and set_off[-1] - lo > cut and 0 < len(after) <= 6 and after[0][:1].isupper():
        cut = set_off[-1] - lo  # "On the reform, which ... contracts, Salvatierra insisted": after the clause
    while cut and compiled(r"\s*(?:(?:and|but)(?:\s+(?:also|then|later))?)?\s*").fullmatch(head[cut:]):
        blank = not head[cut:].strip()
        # "X noted that ..., and proposed": a second verb of the same subject
        head = head[: cut - 1]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
        set_off = head[cut:]
        if (
            blank
            and cut
            and not compiled(r"\s*[A-ZÀ-ÞĀ-ſ]").match(set_off)
            and (not _FINITE_RE.search(set_off) or compiled(r"\s*(?:when\s+)?[a-z]+(?:ed|ing)\b").match(set_off))
            and (
                not _VERB_RE.search(set_off)
                or _ASKED_RE.match(set_off)
                # "His counterpart, the statement said, stressed": a source's attribution set off inside the sentence
                or _SOURCE_SET_OFF_RE.fullmatch(set_off)
                and _UNNAMED_RE.search(set_off)
            )
        ):
            # "Tanabe, on his first trip to Vietnam since taking office, told": a set-off phrase without a verb (a
            # set-off name is the subject itself: "Tanko's spokesman, Kelechi Onwuegbu, said"), or with the question
            # put to the subject ("X, when asked the same question, said")
            head = head[: cut - 1]
            cut = max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1
    sub = head[cut:]
    relative = _RELATIVE_PRONOUN_RE.fullmatch(sub)
    if relative:  # "..., which he said offers access to ...": the pronoun is the subject of the speech verb
        return lo + cut + relative.start("p"), lo + cut + relative.end("p")
    if compiled(r"\s*who\s*").fullmatch(sub) and cut:
        antecedent = _ANTECEDENT_RE.search(head, 0, cut - 1)
        if antecedent:  # "... paid a courtesy call on Quang, who welcomed ...": the name before "who"
            return lo + antecedent.start(), lo + antecedent.end()
    chained = _CHAINED_RE.match(sub)
    first_verb = _VERB_RE.search(sub) or _EVALUATIVE_RE.search(sub)
    if chained:  # "The President thanked his counterpart for ... and noted": the subject of the first verb
        cut += chained.start("s")  # (where the subject starts: "Asked about it, Tursunov smiled and said")
        sub = chained.group("s")
    elif first_verb and first_verb.start() > 0:  # "Her host said Canada was ready but acknowledged that"
        relayed = _RELAYED_SUBJECT_RE.match(sub, first_verb.end())
        if relayed:  # "The spokesman said (that) President X stressed": the relayed report's own subject speaks
            cut += relayed.start("s")
            sub = relayed.group("s")
        else:
            sub = sub[: first_verb.start()]
    # ("He nonetheless thanked", "She warmly welcomed": an adverb between the subject and its verb is no part of it)
    sub = compiled(
        r"\s+(?:also|then|later|further|again|in turn|for (?:his|her) part|nonetheless|nevertheless|however|"
        r"[a-z]+ly)\s*$"
    ).sub("", sub.rstrip())
    # (and "a cable, in which he expressed ...": the relative clause's own subject)
    conjunction = compiled(
        r"\s*(?:and|but|while|whereas|yet|though|although|And|But|Yet|where|when|"
        r"(?:in|during|at|after|upon|with)\s+which)\s+(?=\S)"
    ).match(sub)
    if conjunction:  # "X welcomed the guests, and the Prime Minister conveyed ...": a new subject, not a pair
        cut += conjunction.end()
        sub = sub[conjunction.end() :]
    adverbial = _OPENING_ADVERBIAL_RE.match(sub)
    if adverbial:  # "At the same time he pointed out": an opening adverbial without its comma
        cut += adverbial.end()
        sub = sub[adverbial.end() :]
    pronoun = _PRONOUN_AFTER_PHRASE_RE.fullmatch(sub)
    if pronoun:  # "In brief remarks she said", "Later in the day he told": a scene-setting phrase without its comma
        cut += pronoun.start("p")
        sub = sub[pronoun.start("p") :]
    start = lo + cut + (len(sub) - len(sub.lstrip()))
    end = lo + cut + len(sub)
    # "The Minister, Mr A, who signed alongside his counterpart, Mr B, told": the relative clause and the names in it
    # are the subject's description; the speaker is the name it describes
    relative = compiled(r",\s+who\s").search(text, start, end)
    if relative:
        end = relative.start()
    return start, end


# A set-off phrase through which its subject speaks, with the aide or office named in it: ", in a statement by his
# spokesman, Mr Ade Ojo,", ", through her adviser on trade, Ama Boateng,".
_VOICED_BY_RE = re.compile(
    r"(?<=[\w.])\s*,\s*(?:in|through|via)\s+(?:(?:a|an|the)\s+)?(?:(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:statement|message|post|letter|remarks|release)\s+(?:(?:signed|issued|released|posted)\s+)?by\s+)?"
    r"(?:his|her|their)\s+[^,\"“”]*,(?:\s*(?:Mr|Mrs|Ms|Dr)?\.?\s*(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s*){1,4},)?(?=\s*$)"
)
# A pronoun subject after an opening phrase of time, place or occasion without its comma ("In brief remarks she",
# "Later in the day he", "At State House he"), or after "when" in its own sentence ("He drew laughter when he").
_PRONOUN_AFTER_PHRASE_RE = re.compile(
    r"\s*(?:(?i:in|at|on|during|after|before|later|earlier|afterwards|speaking|addressing)\s|(?:He|She)\s+[a-z]"
    r"[^,;:\"“”]{0,40}?\swhen\s)[^,;:\"“”]{0,60}?(?<=\s)(?P<p>he|she)\s*"
)
# (or a named or titled person in the pronoun's place: "..., which Eni chief executive Paolo Rossi described as")
_RELATIVE_PRONOUN_RE = re.compile(
    r"\s*(?:which|that)\s+(?P<p>he|she|(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[A-ZÀ-ÞĀ-ſ][\w'’.-]*)"
    r"\s+(?:(?:also|has|had|repeatedly|once)\s+)*"
)
_OPENING_ADVERBIAL_RE = re.compile(
    r"\s*(?:At the same time|At the same meeting|In turn|In addition|In response|Meanwhile|Later|Then|Also|However|"
    r"Moreover|Furthermore|Separately|Likewise|Similarly|Afterwards|Earlier|Next)\s+(?=\S)"
)
# The subject of a report relayed by someone else, right before its verb: "said that President X (also) ...".
_RELAYED_SUBJECT_RE = re.compile(
    r"\s+(?:that\s+)?(?P<s>(?:the\s+)?(?!(?:he|she|they|it|this|there|we)\s)"
    # a person by title ("President X", "the Tanzanian leader"), not a country ("said Hungary welcomed ...")
    r"(?=(?:[\w'’.-]+\s+){0,3}(?i:president|minister|premier|leader|chancellor|king|queen|emir|amir|sultan|"
    r"prince|secretary|ambassador|guest|host|counterpart|governor|mayor|chairman|speaker)\b)"
    r"(?:[\w'’.-]+\s+){0,6}?(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|president|minister|premier|leader|chancellor|guest|host|"
    r"counterpart)(?:,\s+for\s+(?:his|her)\s+part,)?)\s*(?:also\s+|further\s+|then\s+)?$"
)
# "..., but stressed", "“...,” and announced": a verb that shares the subject of an earlier verb of its sentence.
_CONJOINED_RE = re.compile(r"[,\"”’»]*\s+(?:and|but)\s+(?:(?:also|then|later|further)\s+)?(?:[a-z]\w*ly\s+)?$")
# The person a relative "who" stands for: a name (capitalised words) or a description with a title.
_ANTECEDENT_RE = re.compile(
    r"(?:(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*|al|bin|de|van|von)\s+){0,4}[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s*$|"
    r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}?(?:leader|president|minister|premier|chancellor|guest|host|"
    r"counterpart|diplomat|secretary)\s*$"
)


_CORE_BEFORE_AND_RE = re.compile(_CORE_RE.pattern + r"\s+$", re.I)
_CORE_AFTER_AND_RE = re.compile(r"\s+" + _CORE_RE.pattern + r"$", re.I)


def _is_joint(art: _Article, lo: int, hi: int) -> bool:
    """Whether a subject speaks for both sides or nobody in particular ("the sides", "Tokayev and Vucic", "they");
    an "and" inside one person's title ("Trade and Industry Cabinet Secretary Waweru") is not."""
    # "Investment and Downstreaming Minister X", "Deputy PM and FM X": a subject that ends with the one person it
    # names, after every "and" of it, is that person with a title of two parts
    named = art.mentions[bisect.bisect_left(art.mention_starts, lo) : bisect.bisect_left(art.mention_starts, hi)]
    sole_from = (
        named[0][0]
        if named and all(e is named[0][2] for _, _, e in named) and not art.text[named[-1][1] : hi].strip()
        else lo
    )
    for m in _JOINT_RE.finditer(art.text, lo, hi):
        if m.group(0).lower() != "and":
            return True
        if m.end() <= sole_from:
            continue
        before = art.text[max(lo, m.start() - 30) : m.start()].split()
        after = art.text[m.end() : min(hi, m.end() + 30)].split()
        titled = bool(before and after) and _bare(before[-1]) in _OFFICE_WORDS and (_bare(after[0]) in _OFFICE_WORDS)
        # "Trade and industry minister X": a portfolio's words in lower case (the first may open the sentence),
        # unless an office ends before the "and" ("the president and foreign minister" are two people)
        titled = titled or bool(
            before
            and after
            and after[0].islower()
            and all(w[:1].upper() + w[1:] in _OFFICE_WORDS for w in (before[-1], after[0]))
            and not _CORE_BEFORE_AND_RE.search(art.text, lo, m.start())
        )
        # "the Crown Prince and Prime Minister": two offices of one person, each a known office
        titled = titled or bool(
            _CORE_BEFORE_AND_RE.search(art.text, lo, m.start()) and _CORE_AFTER_AND_RE.match(art.text, m.end(), hi)
        )
        if not titled:
            return True
    return False


def _inside_marks(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is inside double quotation marks opened after ``lo``."""
    opened = False
    for m in _DOUBLE_MARK_RE.finditer(text, lo, pos):
        c = m.group(0)
        if c in "“«„":
            opened = True
        elif c in "”»":
            opened = False
        else:
            opened = not opened
    return opened


def _described_as_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """What a speaker calls a thing: "..., which he described as an opportunity for the region", "..., describing
    it as a model of cooperation": the words after "as" are his appraisal."""
    text = art.text
    items = []
    taken = _Spans(masked)
    for m in _DESCRIBED_AS_RE.finditer(text, art.body_start) if "describ" in text else ():
        if taken.holds(m.start()):
            continue
        s_lo, s_hi, _ = art.sentence_at(m.start())
        if m.group("p"):
            phrase = m.span("p")  # "which he described as": the pronoun speaks
        else:
            main = _MAIN_VERB_RE.search(text, s_lo, m.start())  # ", describing it as": the sentence's subject
            if not main or _DOUBLE_MARK_RE.search(text, s_lo, m.start()):
                continue
            phrase = _subject(text, s_lo, main.start() + 1)
        tail = _CLAUSE_TAIL_RE.search(text, m.end(), s_hi)
        end = tail.start() if tail else s_hi
        while end > m.end() and (text[end - 1].isspace() or text[end - 1] in ".;,"):
            end -= 1
        if phrase[1] > phrase[0] and len(text[m.end() : end].split()) >= 3:
            items.append(_Item(at=m.start(), kind="reported", phrase=phrase, span=(m.end(), end)))
    return items


_DESCRIBED_AS_RE = re.compile(
    r"(?:\b(?:which|that)\s+(?P<p>he|she)\s+described|,\s+describing\s+(?:it|them|the\s+\w+(?:\s+\w+)?))"
    r"\s+as\s+(?=[a-z])"
)


def _event_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """Paraphrase with a named subject ("Wierzbicki said the ..."): not quotes, but they set who spoke last."""
    text = art.text
    items = []
    taken = _Spans(masked)
    for rx in (_VERB_RE, _EVALUATIVE_RE):
        for m in rx.finditer(text, art.body_start):
            if taken.holds(m.start()) or (rx is _EVALUATIVE_RE and m.group(0).endswith("ing")):
                continue  # participles ("..., praising X") speak for the sentence's subject: below
            s_lo = art.sentence_at(m.start())[0]
            dateline = _DATELINE_PREFIX_RE.match(text, s_lo, m.start())
            # ("SARAJEVO, April 15 (FENA) – Minister X said": the dateline is no part of the subject)
            lo, hi = _subject(text, dateline.end() if dateline else s_lo, m.start())
            size = len(text[lo:hi].split())
            if hi <= lo or (size > 10 and (size > 16 or not _TITLED_NAME_END_RE.search(text, lo, hi))):
                continue
            items.append(_Item(at=m.start(), kind="event", phrase=(lo, hi), span=(m.start(), m.end())))
    for m in _WITH_SAYING_RE.finditer(text, art.body_start):
        # "Energy was also discussed, with Camilleri saying the two governments would ...": the named one says it
        if not taken.holds(m.start("verb")):
            items.append(_Item(at=m.start("verb"), kind="event", phrase=m.span("s"), span=m.span("verb")))
    for m in _PARTICIPLE_RE.finditer(text, art.body_start):
        # "Kulkarni avoided committing to a date, saying only that ...": the sentence's subject says it
        if taken.holds(m.start("verb")):
            continue
        s_lo, _, para = art.sentence_at(m.start())
        p_lo = art.paras[para][0]
        # ""...," said Quiroga, who ..., before adding that ...": the speaker of the quote closed before it, also
        # when the quote ran over several sentences
        closes = [
            c for c in _DOUBLE_MARK_RE.finditer(text, p_lo, m.start()) if text[c.start() - 1 : c.start()] in ",.!?"
        ]
        attr = None
        for close in reversed(closes):
            if compiled(r"[.!?]\s").search(text[close.end() : m.start()]):
                break
            attr = _match_after(text[close.end() : m.start()], close.end())
            if attr:
                items.append(_Item(at=m.start("verb"), kind="event", phrase=attr[:2], span=m.span("verb")))
                break
        if attr:
            continue
        if text[s_lo] in '"“„«':
            continue
        comma = text.rfind(",", s_lo, m.start())
        attr = _match_after(text[comma : m.start()], comma) if comma > s_lo else None
        if attr:  # "X accepted the invitation, officials said, adding that ...": who said it adds it
            items.append(_Item(at=m.start("verb"), kind="event", phrase=attr[:2], span=m.span("verb")))
            continue
        # ("With Europe scrambling to cut its use of Russian gas, X pitched ..., while admitting that ...": the
        # fronted scene has no verb of the subject's, whose clause opens after its comma)
        fronted = _FRONTED_SCENE_RE.match(text, s_lo, m.start())
        main = _MAIN_VERB_RE.search(text, fronted.end() if fronted else s_lo, m.start())
        if not main:  # "Tursunov was upbeat, saying ...": a copula's subject says it
            main = compiled(r"\s(?:was|is|were|are|seemed|appeared|sounded|remained)\s").search(text, s_lo, m.start())
        if not main or _DOUBLE_MARK_RE.search(text, s_lo, main.start()):
            continue
        # ("ABUJA, Oct 22 (Reuters) - Chancellor X on Tuesday backed ..., telling ...": the dateline is no subject)
        dateline = _DATELINE_PREFIX_RE.match(text, s_lo, main.start())
        lo, hi = _subject(text, dateline.end() if dateline else s_lo, main.start() + 1)
        if hi <= lo or len(text[lo:hi].split()) > 8:
            continue
        items.append(_Item(at=m.start("verb"), kind="event", phrase=(lo, hi), span=m.span("verb")))
    return items


_FRONTED_SCENE_RE = re.compile(r"(?:With|Amid|Despite|Given)\s[^,;:\"“”]{3,150},\s+(?=[A-Z])")
_WITH_SAYING_RE = re.compile(
    # (the one named by office or description too, and the time of saying: "..., with the Prime Minister later saying
    # the talks had been ...", "..., with his counterpart also noting ...")
    # (a name with its nationality and office before it: "..., with Japanese Foreign Minister Kazuhiro Tominaga
    # saying")
    r"\bwith\s+(?P<s>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*|(?:the|his|her)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|[Cc]ounterpart|[Hh]ost|[Gg]uest|[Ll]eader))\s+"
    r"(?:(?:also|later|then|afterwards)\s+)?"
    r"(?P<verb>saying|noting|stressing|adding|warning|insisting|arguing|explaining|reiterating|underlining|"
    r"emphasi[sz]ing|voicing|expressing|affirming|highlighting|praising)\b"
)
_PARTICIPLE_RE = re.compile(
    # (also after "and": "welcomed the guests, wishing them a pleasant stay and expressing his hope that ...")
    r"(?:,[\"”’»]?(?:\s+and)?|\s+and|\b(?:before|after|while))\s+"
    r"(?P<verb>(?:" + _SPEECH_PARTICIPLES + r")(?=(?:\s+\w+){0,2}\s+that\b)|"
    r"saying|praising|hailing|commending|lauding|applauding|calling for|"
    # "..., calling on Japanese firms to invest in the port": what was asked of whom, as after "called on"
    r"calling\s+(?:on|upon)(?=\s+(?:[\w'’-]+,?\s+){1,8}?to\s)|"
    # "..., describing China as a reliable friend": what the thing was described as, with the thing, as "described"
    r"describing" + _DESCRIBED_AS_OBJECT + r"|"
    # "..., noting the successful experience of Croatia": what was noted, as after "noted"
    r"(?:noting|stressing|highlighting|underlining|emphasi[sz]ing|affirming|reaffirming|reiterating)"
    r"(?=\s+(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s)|"
    # "..., expressing his country's appreciation of the role played by X": what was appraised, as after "expressed"
    r"expressing(?=\s+(?:his|her|their)\s+(?:country['’]s\s+)?appreciation\s+(?:of|for)\s)|"
    # "..., expressing pride in the relations", "..., expressing gratitude to the leadership for creating ...": a
    # feeling voiced about something, with what it is about (not thanks for greetings, a courtesy)
    r"(?:expressing|voicing)(?=\s+(?:(?:his|her|their)\s+)?(?:(?:country|government|people)['’]s\s+)?"
    r"(?:(?:great|deep|profound|sincere|special|particular|full|strong|heartfelt)\s+)?(?:pride|admiration|"
    r"solidarity|gratitude)\s+(?:in|for|with|to)\s(?![^,.;]{0,60}?\bfor\s+(?:the|his|her)\s+(?:warm\s+)?"
    r"(?:greetings|wishes|congratulations)\b))|"
    # "..., telling reporters the agreement had worked": the audience, then the clause without "that"
    r"telling(?=\s+(?:reporters|journalists|the press|the media|(?:a|the)\s+(?:\w+\s+)?(?:audience|forum|"
    r"gathering|briefing|news conference|press conference))\b)|"
    # "..., telling President X during a visit to Abuja that ...": the one told, then what he was told
    r"telling(?=\s+(?:the\s+)?[A-Z][^.;:,\"“”]{0,100}?\sthat\s))"
)
# The finite verb that ends a sentence's subject: "Kulkarni avoided", "The Indian leader, for his part, made"; not a
# noun after an article or a preposition ("At the talks, the President warmly welcomed ...": "talks" is no verb)
_MAIN_VERB_RE = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bfor)(?<!\bhis)(?<!\bher)(?<!\bits)"
    r"(?<!\btheir)(?<!\bour)\s(?:(?:also|then|later|again)\s+)?(?!(?:his|its|this|thus|was|has|is|us|as|yes|less|plus|always|perhaps|"
    r"towards|afterwards|whereas|news|business|progress|address|access|process)\b)"
    r"(?:[a-z]+ed|[a-z]+[^s\W]s|met|held|went|took|made|gave|spoke|left|flew|"
    r"paid|laid|told|said|sought|kept|set|put|brought|stood|sat|ran|won|lost|chose|drew|"
    r"struck|came|saw|found|got|began|became|sent|wrote|led|felt|heard|threw|shook|rose|"
    r"fell|grew|knew|sang|swore|wore|broke|spent|lent|built|dealt)\b"
)


def _next_tail_at(text: str, lo: int, hi: int) -> int:
    """Where the next break that may end a reported clause stands after ``lo`` (``hi`` when there is none)."""
    nxt = _CLAUSE_TAIL_RE.search(text, lo, hi)
    return nxt.start() if nxt else hi


def _reported_clause(art: _Article, verb_lo: int, verb_hi: int) -> tuple[int, int] | None:
    """The clause a speech verb reports ("said (that) CLAUSE", "hailed OBJECT"), as offsets, or None.

    The clause runs to the end of the sentence, its final stop left out, and keeps the marked phrases inside it
    ("said negotiators had "narrowed differences""); a verb that hands over to quotation marks, or that follows
    marks in its sentence (the attribution of a direct quote), reports nothing of its own.
    """
    text = art.text
    s_lo, s_hi, _ = art.sentence_at(verb_lo)
    s_lo, s_hi = max(s_lo, verb_lo - _SUBJECT_REACH), min(s_hi, verb_hi + _CLAUSE_REACH)
    marks = _unnamed_marks(text, list(_DOUBLE_MARK_RE.finditer(text, s_lo, verb_lo)))
    # ", adding that ...", "... and that ...": a statement of its own
    # (a participle with its particle too: ""...", calling on companies to invest"; not "referring to", the writer's
    # gloss on what the marked words meant)
    first = text[verb_lo:verb_hi].split()[0]
    participle = (first.endswith("ing") and first != "referring") or text[verb_lo:verb_hi] == "and"
    if (
        marks
        and not participle
        and not _NEW_CLAUSE_RE.search(text, marks[-1].end(), verb_lo)
        and not _scare_marks_only(text, marks)
    ):
        return None  # the attribution of the marked words before it
    verb = text[verb_lo:verb_hi]
    rest = text[verb_hi:s_hi]
    if compiled(r"\s+(?:goodbye|farewell|hello|grace|a prayer)\b").match(rest):
        return None  # "said goodbye to the guests": an act, not a statement
    if _SAID_LITTLE_RE.match(rest):
        return None  # "nodded but said little until ...": how much was said, not what
    if verb in _NOUN_SHAPED_VERBS and _COUNTED_BEFORE_RE.search(text, max(0, verb_lo - 24), verb_lo):
        return None  # "the governors of five states and 200 executives": a plural noun counted, not a verb of speech
    if _WORDS_DESCRIBED_RE.match(rest):
        return None  # "repeated a line that diplomats have used for months": the words described, not what was said
    act = _EVALUATIVE_RE.match(text, verb_lo)
    # "reiterated, in a joint statement issued after the talks, his country's support for ...": a circumstance set
    # off between the verb and its object is no part of what was said, and the object is what was stressed
    set_off = _SET_OFF_OBJECT_RE.match(rest)
    evaluative = bool(act and act.end() == verb_hi) or bool(set_off)
    if compiled(
        r"\b(?:short\s+of|refrain(?:ed|s|ing)?\s+from|declin(?:ed|es|ing)\s+to|refus(?:ed|es|ing)\s+to|avoid(?:ed|s|ing)?|"
        r"without|instead\s+of|rather\s+than|not|never|"
        # what others believe or expect was said: "is understood to have conveyed ..., sources said"
        r"(?:understood|believed|thought|said|reported|rumou?red|expected|due|likely|set)\s+to(?:\s+have)?)\s+$"
    ).search(text[max(0, verb_lo - 40) : verb_lo]):
        return None  # "stopped short of calling for ...", "did not praise ...": an act not done says nothing
    if set_off:
        start = verb_hi + set_off.end()
    elif evaluative:
        m = compiled(r"\s*(?:(?:him|her|his|their)\s+(?:counterpart|guest|host)\s+for\s+)?").match(rest)
        start = verb_hi + m.end()
        stance = _STANCE_NOUN_RE.match(text, verb_lo)
        if stance and stance.end() <= verb_hi:
            start = stance.end()  # "expressed support for the plan": the stance named is part of what was said
        if _COURTESY_RE.match(text, start) or _JOY_AT_VISIT_RE.match(text, start):
            return None  # thanks for the hospitality or the invitation: protocol, not a statement
        guest = _welcomed_guest(text, start) if verb.strip() == "welcomed" else None
        if guest:
            if _is_greeting(guest):
                return None  # a greeting, not a statement (what follows it is one)
            return start, guest.end("guest")  # the visit welcomed in words: the welcome ends with its object
    else:
        m = _THAT_RE.match(rest)
        # "said a deal that was signed today would help farmers": a "that" with no subject after it is the relative
        # pronoun of the words before it, which open the clause; the verb's own "that" has a subject
        relative = (
            m is not None
            and verb not in _OBJECT_FIRST
            and not _PP_START_RE.match(rest)
            and len(rest[: m.end()].split()) > 1
            and _SUBJECTLESS_RE.match(rest, m.end()) is not None
        )
        if m and (
            relative
            or compiled(r"\b(?:but|and|while)\b").search(rest[: m.end() - 5])
            or _VERB_RE.search(rest, 0, m.end() - 5)
            or _EVALUATIVE_RE.search(rest, 0, m.end() - 5)
            # "said he had heard that complaint", "said the sides shared the view that": the clause's own verb
            # comes first (not "said in a statement issued today that", whose words before "that" are adverbial)
            or not _PP_START_RE.match(rest)
            and any(not _people_of(f) for f in _FINITE_RE.finditer(rest, 0, m.end() - 5))
            # "noted the ties that bind the two peoples": a relative "that" after the object, which is what was noted
            or verb in _NOMINAL_OBJECT_VERBS
            and _OBJECT_BEFORE_THAT_RE.match(rest)
        ):
            m = None  # "said Indonesia welcomed the offer but stressed that ...": that "that" is the next verb's
        if not m and verb in _OBJECT_FIRST:
            # "told ministers, governors, diplomats and captains of industry at the State House that ...": a long
            # audience before "that"
            far = _FAR_THAT_RE.match(rest)
            if far and not _finite_before(rest, far.end() - 5) and not _VERB_RE.search(rest, 0, far.end() - 5):
                m = far
        if not m and _PP_START_RE.match(rest):
            # "said at a joint press conference after the talks at the palace that ...": a long adverbial first
            far = _FAR_THAT_RE.match(rest)
            if far and not _finite_before(rest, far.end() - 5) and not _VERB_RE.search(rest, 0, far.end() - 5):
                m = far
        audience = _AUDIENCE_RE.match(rest) if verb in ("told", "tells", "telling") else None
        if m:
            start = verb_hi + m.end()
        elif audience and _FINITE_RE.search(rest, audience.end()):  # "told reporters she was optimistic"
            start = verb_hi + audience.end()
        elif verb in _NOMINAL_OBJECT_VERBS and compiled(
            r"\s+(?:the|its|their|his|her|our|a|an|[A-Z][\w-]*['’]s)\s+(?!\w+\s+(?:delegation|guest|president|minister)\b)"
        ).match(rest):
            start = verb_hi + 1  # "noted the symbolic character of the visit": what was noted, as Russian "отметил"
        elif verb in _SINGLED_OUT_VERBS and _BARE_OBJECT_RE.match(rest):
            start = verb_hi + 1  # "highlighted cooperation in the energy sector": a topic singled out needs no article
        elif _headline_says(art, verb_lo, verb, rest):
            start = verb_hi + len(rest) - len(rest.lstrip())
        elif verb in _NEEDS_THAT and verb not in _OBJECT_FIRST and _ZERO_THAT_RE.match(rest):
            # "insisted (afterwards) he had raised the cases", without "that"
            start = verb_hi + _ZERO_THAT_RE.match(rest).start("s")
        elif (
            verb in _NEEDS_THAT
            or _PP_START_RE.match(rest)
            or not (compiled(r"\s+[\w(]").match(rest) or _MARKED_SUBJECT_RE.match(rest))
            or not (_FINITE_RE.search(rest) or _MARKED_VERB_RE.search(rest))  # "said in Tallinn": no statement
        ):
            return None
        else:
            start = verb_hi + len(rest) - len(rest.lstrip())
    # "reiterated his country's position that A": the position held is its clause, as after "said that"
    stance_clause = _STANCE_CLAUSE_RE.match(text, start)
    if stance_clause:
        start = stance_clause.end() + 1
    thanks = _THANKS_FOR_RE.match(text, start)
    if thanks and _COURTESY_RE.match(text, thanks.end()):
        return None  # "expressed his sincere thanks to his host for the warm welcome": protocol, not a statement
    if verb in _RECALL_VERBS and _PAST_ENCOUNTER_RE.match(text, start):
        return None  # "recalled his fruitful talks with X last spring": the writer's account of an earlier meeting
    end = s_hi
    past_verb = _PAST_SPEECH_VERB_RE.match(verb) is not None
    relayer = bool(_RELAYER_RE.search(text, s_lo, verb_lo)) and bool(_OWN_PAST_SUBJECT_RE.match(text, start))
    tail = _CLAUSE_TAIL_RE.search(text, start, s_hi)
    while (
        tail
        and (
            # "said the two sides discussed A, and agreed to B": the clause's own subject goes on, not the speaker
            (_COORDINATED_RE.match(text, tail.start()) and _OWN_PAST_SUBJECT_RE.match(text, start))
            or (_COORDINATED_STANCE_RE.match(text, tail.start()) and _own_past_stance(text, start))
            # "the spokesman said the President asked ..., and underlined ...": a relayer's account of the leader's
            # acts goes on with the leader's next act, all of it the relayer's words
            or (relayer and _RELAYED_NEXT_ACT_RE.match(text, tail.start()))
            # "said A and that B", "said A, and that B": the second "that" hangs on the same verb, one statement
            or _AND_THAT_RE.match(text, tail.start())
            # "said China welcomes Egypt and believes its entry will help": after a past speech verb, a verb in the
            # present tense is no next act of the speaker's but the clause's own subject going on
            or (past_verb and _AND_PRESENT_RE.match(text, tail.start()))
            # "said the railway, when finished, would ...": a set-off phrase inside the clause's subject
            or (len(text[start : tail.start()].split()) < 3 and _SET_OFF_SUBJECT_RE.match(text, tail.start()))
            or _WORDS_GO_ON_RE.match(text, tail.start())
            or _set_off_as(text, tail.start())
            or _BORNE_OUT_AS_RE.match(text, tail.start())
            # "said trade stood at 2 billion euros, a figure she described as modest": the speaker's own word on
            # the figure given goes on with it (not "..., a figure analysts consider modest")
            or _OWN_WORD_ON_IT_RE.match(text, tail.start())
            # "said the flow of tourists, which, according to him, reached a record, ...": the speaker named again
            # inside his own relative clause, not the source of the sentence (after an appraised thing, his marked
            # words on it are a partial quote of their own: "welcomed the flights, which, according to him, "would
            # ..."")
            or _own_according(text, tail.start(), evaluative)
            # "said they had spoken "frankly, as friends do"": the writer's tail cannot open inside the speaker's
            # own marked words
            or _inside_marks(text, start, tail.end())
            # "said the deal mattered, as it is expected to open markets": a reason with its own tensed verb goes on
            # with what was said; "..., as she met her counterpart", "..., as the talks were under way" are the scene
            or _REASON_AS_RE.match(text, tail.start())
            # "said the visit came at the right time, as the two countries prepare to ...": why the moment was right
            # is the speaker's own reason, whatever the tense of its verb
            or (_AS_RE.match(text, tail.start()) and _RIGHT_MOMENT_END_RE.search(text, start, tail.start()))
            # "pointed to the zone, developed with Japan's help, as a ready destination for investors": what the
            # thing was held up as, no verb of the writer's after it
            # ("..., as one of the most important countries in Latin America, noting that ...": up to the next act)
            or (
                compiled(r",\s+as\s+(?:a|an|one\s+of)\s").match(text, tail.start())
                and not _FINITE_RE.search(text, tail.end(), _next_tail_at(text, tail.end(), s_hi))
            )
            # "bonds which date back to the colonial era, when ...": a relative "when" after a time
            or (
                compiled(r",\s+when\b").match(text[tail.start() : tail.start() + 8])
                and compiled(_TIME_NOUN_END).search(text[max(start, tail.start() - 12) : tail.start()])
            )
        )
    ):
        tail = _CLAUSE_TAIL_RE.search(text, tail.end(), s_hi)
    if evaluative:  # "praising the dam, which he said would ...": the appraised thing ends where his word on it begins
        own_word = _OWN_WORD_RE.search(text, start, tail.start() if tail else s_hi)
        if own_word:
            tail = own_word
        # "welcomed the strength of economic ties: with 600 firms there, France is ...": the writer's facts after a
        # colon bear out what was appraised
        colon = compiled(r":\s+(?=[a-zA-Z])").search(text, start, tail.start() if tail else s_hi)
        if colon:
            tail = colon
    # "..., even as critics question why ...": the writer sets what was said against others' doubts; "... and called
    # on the leaders to ...": the speaker's next act, a directive of its own; "..., and the two Presidents agreed to
    # ...": both sides' act, however the writer capitalises their title; "said China was ready to buy more and
    # encouraged its firms to invest": a directive after a statement is the speaker's next act, unless the statement
    # was itself one ("urged parents to teach it and encouraged the young to learn it")
    contrast = compiled(
        r",?\s+even\s+as\s|,?\s+and\s+(?:also\s+)?call(?:ed|s)\s+on\s|"
        r",\s+and\s+the\s+(?:two|both)\s+[A-Z][a-z]+s\s+(?:also\s+)?(?:[a-z]+ed|held|met|took|made|gave|saw)\b"
    ).search(text, start, tail.start() if tail else s_hi)
    if contrast is None and not _DIRECTIVE_RE.fullmatch(verb):
        contrast = _NEXT_DIRECTIVE_RE.search(text, start, tail.start() if tail else s_hi)
    if contrast is None:  # "said the rules were fair but defended the fee": the speaker's own next act
        contrast = _BUT_NEXT_ACT_RE.search(text, start, tail.start() if tail else s_hi)
    if contrast is None:
        # "said he wanted the deal this year, but France remains opposed": a new subject in the writer's present is
        # the state of things now, not what was said
        contrast = _WRITERS_PRESENT_RE.search(text, start, tail.start() if tail else s_hi)
    if contrast is None:  # "said he would "look into it," but made no promise": the writer's words after the marks
        contrast = _AFTER_MARKED_ACT_RE.search(text, start, tail.start() if tail else s_hi)
    if contrast is None:  # "said the talks were useful, after which the two leaders held ...": the story moves on
        contrast = _STORY_MOVES_ON_RE.search(text, start, tail.start() if tail else s_hi)
        if contrast and _PAST_PERFECT_RE.search(text, start, contrast.start()):
            contrast = None  # "said the ministers had met and then signed ...": a sequence told by the speaker
    if contrast:
        tail = contrast
    if tail is None and _in_headline(art, start):
        # "... says trip 'no detour' as critics grumble": a headline sets the scene after a bare "as", no comma
        tail = _HEADLINE_SCENE_RE.search(text, start, s_hi)
    if tail:  # "..., as she met her counterpart in Tallinn": the circumstances, not what was said
        end = tail.start()
        if text[end : end + 2] in (',"', ",”", ",’", ",»"):  # the marked words close before the writer's gloss
            end += 2
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
        end -= 1
    outer = _OUTER_ATTRIBUTION_RE.search(text, start, end)
    if outer:  # "..., who welcomed the loan, the ministry said": the source of the whole sentence
        end = outer.start()
    # "expressed support for the agreement, which he described as "a strategic step"": marks in the speaker's own
    # gloss of the thing appraised belong to the statement
    gloss = _GLOSS_RE.search(text, start, end)
    if (
        evaluative
        and not verb.endswith("that")
        and not stance_clause  # "reiterating Egypt's position that water is "vital"": the clause holds the marks
        # ("offered to align it with the "Two Corridors, One Belt" plan": marks around a name are no one's words)
        and not _named_marks_only(text, start, gloss.start() if gloss else end)
        and (
            _DOUBLE_MARK_RE.search(text, start, gloss.start() if gloss else end)
            or compiled(r"(?<!\w)['‘][^'‘’]+['’](?!\w)").search(text[start:end])
        )
    ):
        return None  # praised the "frank and warm" talks: the marked phrase is a partial quote
    if (
        # "condemned the attacks", "promised technical help" are statements; "praised their results" is narrative
        len(text[start:end].split())
        < (
            2
            if evaluative
            and (
                compiled(r"condemn|denounc|promis|pledg|offer").match(verb)
                # "welcomed Canada's engagement": a possessive names whose act is appraised
                or compiled(r"[A-Z][\w-]*['’]s\s+\w+$").match(text[start:end])
                # "welcomed Korean money": a people's adjective names whose it is
                or verb.strip() == "welcomed"
                and compiled(r"[A-Z][\w-]*\s+\w+$").match(text[start:end])
            )
            else 3
        )
        or _opens_a_quote(text, start, end)
        or _PROVERB_START_RE.match(text, start)
    ):
        return None  # "recalled a proverb: ...": the proverb is not the speaker's statement
    if (
        _in_headline(art, verb_lo)
        and verb not in ("says", "said", "tells", "told")
        and not _FINITE_RE.search(text, start, end)
        and not _DOUBLE_MARK_RE.search(text, start, end)
    ):
        return None  # a headline's "PM pledges port loans", "announces partnership": the story's acts, in brief
    if text[end - 1] == ":" and text[end : s_hi + 1].strip() == "":
        listed = _listed_after(art, end) if verb in _SAYING and _FINITE_RE.search(text, start, end) else None
        if listed:
            # "said the two leaders agreed to: ¶ - A ¶ - B": a clause that sets out its list goes on through it
            return start, listed
        return None  # "announced a package of measures, including:": the object is the list set out after it
    convey = _CONVEY_GREETINGS_RE.match(text, start, end)
    if (
        convey
        and (not convey.group("back") or _GREETINGS_WORD_RE.search(text, max(0, start - 300), start))
        # "the spokesman said the President asked the minister to convey his greetings ..., and underlined Egypt's
        # interest in ...": a source's account that goes on to what was stressed is a statement as a whole
        and (_DIRECTIVE_RE.fullmatch(verb) or not _RELAYED_NEXT_ACT_RE.search(text, convey.end(), end))
    ):
        return None  # "asked the guest to convey his greetings to the President": a courtesy, not a statement
    return start, end


_SAYING = frozenset({"said", "says", "told", "tells"})
_LIST_ITEM_RE = re.compile(r"(?:[-*•·—–]|\d{1,2}[.)])\s")


def _listed_after(art: _Article, colon_end: int) -> int | None:
    """Where a list of two or more items under a clause's colon ends (its last item's stop left out), or None."""
    text = art.text
    p = art.sentence_at(colon_end - 1)[2]
    end = None
    count = 0
    for a, b in art.paras[p + 1 :]:
        if not _LIST_ITEM_RE.match(text, a):
            break
        end, count = b, count + 1
    if count < 2:
        return None
    return len(text[:end].rstrip(" ;.,"))


# Greetings to be passed on: "the guest to convey his warm greetings to ...", "him to convey to the Prime Minister
# his sincere greetings and wishes of success", "(asked) to convey to the President of X, His Excellency Y, the
# sincere greetings ..." (the addressee's titles set off by commas), "(asked the guest) to convey them to ..."
# (greetings named just before), "(asked) that the vice-president convey his greetings to ..." (the subjunctive)
_CONVEY_GREETINGS_RE = re.compile(
    r"(?:[\w'’.-]+\s+){0,8}?(?:to\s+)?(?:convey|pass\s+on|extend|transmit)\s+(?:to\s+[^.;:\"“”]{1,120}?\s+)?"
    r"(?:(?:(?:his|her|their|my|our|the)\s+)?(?:[a-z]+\s+){0,3}(?:greetings|regards|(?:best\s+)?wishes)|"
    r"(?P<back>them|these|the\s+same))\b"
)
_GREETINGS_WORD_RE = re.compile(r"\b(?:greetings|regards|wishes)\b")


def _in_headline(art: _Article, pos: int) -> bool:
    """Whether a position lies in a headline: a first paragraph with no sentence's closing stop, or the deck right
    under it, written so too ("Turkish president says road will 'change the map', Qatari premier joins signing")."""
    for lo, hi in art.paras[:2]:
        if compiled(r"[.!?]['\"”’]?\s*$").search(art.text, lo, hi):
            return False
        if lo <= pos < hi:
            return True
    return False


def _headline_says(art: _Article, verb_lo: int, verb: str, rest: str) -> bool:
    """A headline's "X says trip 'not a distraction'": headline style drops the verb of what was said, and the marked
    words are the speaker's."""
    return (
        verb in ("says", "said")
        and _in_headline(art, verb_lo)
        and bool(compiled(r"\s+[\w'‘\"“]").match(rest))
        and bool(compiled(r"[\"“][^\"“”]{3,}[\"”]|(?<!\w)['‘][^'‘’\"“”]{3,}['’](?!\w)").search(rest))
    )


_HEADLINE_SCENE_RE = re.compile(
    r"(?<=[\w\"”'’])\s+(?:as|amid|while)\s+(?=\w)|"
    # (or the next item of a headline, set off by a comma with its own subject and verb: "..., Qatari premier joins
    # signing")
    r",\s+(?=[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z]{2,}[^s\W]s\s+[a-z])"
)


# What follows a relative "that" standing for the subject: a verb with no subject before it ("a deal that was signed")
_SUBJECTLESS_RE = re.compile(
    r"(?:also\s+|already\s+|now\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\b"
)
# "said little", "said nothing about it": a measure of speech, unless it is a clause's subject ("said nothing had
# changed")
_CLAUSE_VERB = r"(?:had|has|have|was|is|were|are|would|will|could|can|should|must|remained|remains|changed|changes)\b"
# (or that something was said and not what: "stopping to say something to a young officer", "said a few words to
# his interpreter"; "said something had to change", "said a word of caution was needed" are clauses)
# The present tense of speech verbs that is also a plural noun, and what before it makes it the noun: a number, a
# determiner or a possessive ("five states", "the notes", "his promises", "member states")
_NOUN_SHAPED_VERBS = frozenset({"states", "notes", "promises", "pledges", "vows", "jokes", "reports", "comments"})
_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|the|these|those|its|their|his|"
    r"her|our|your|some|many|several|all|both|other|member|neighbouring|neighboring|[a-z]+['’]s)\s+$"
)
# Words named as words, then a relative clause on them ("repeating a phrase that has become a mantra", "used a line
# that his aides wrote"): nouns that never take a clause of content, so the "that" describes the words
_WORDS_DESCRIBED_RE = re.compile(
    r"\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:phrase|line|refrain|slogan|formula|formulation|mantra|motto|expression|"
    r"catchphrase|sentence|words|talking\s+points?|soundbite|quip|joke)\s+(?:that|which)\b"
)
_SAID_LITTLE_RE = re.compile(
    r"\s+(?:(?:very\s+|almost\s+|next\s+to\s+)?(?:little|nothing)\b(?!\s+" + _CLAUSE_VERB + r")|"
    r"(?:something|anything|a\s+(?:few\s+)?words?|some\s+words|a\s+joke)\b"
    r"(?![^,.;:]*?\s" + _CLAUSE_VERB + r")|"
    # "She said this when she called on ...", "he said so while talking to ...": words told before, and where
    r"(?:this|so)\s+(?:when|while|as|during|at|after|before|addressing|speaking|talking)\b)"
)
# A clause whose verb opens the speaker's marked words: "said the government "condemns in the strongest terms" any
# attack", "said the deal "changes everything" for the region" (the verb has its object inside the marks, so a
# plural noun in marks is no verb: "said the "old friends" in Tashkent").
_MARKED_VERB_RE = re.compile(
    r"\b[\w'’-]+\s+[\"“„«](?:[a-z]+ly\s+)?[a-z]{2,}[^\W_su]s\s+(?!of\b|and\b|in\s+[A-Z])[a-z]"
)
# (in the present of a live page or a headline too: "says Tashkent wants more trade and invites Korean firms to ...")
_DIRECTIVE = (
    r"encouraged|urged|invited|asked|appealed|requested|instructed|directed|"
    r"encourages|urges|invites|asks|requests|instructs|directs"
)
# whom a directive addresses, then what it asks of them: "the firms to ", "Portuguese companies not to "
_DIRECTIVE_RE = re.compile(r"(?:" + _DIRECTIVE + r"|called|calling)(?:\s+(?:on|for|upon))?")
_NEXT_DIRECTIVE_RE = re.compile(r"(?<=[\w\"”’»])\s+and\s+(?:also\s+)?(?:" + _DIRECTIVE + r")\s+(?!to\b)(?=\w)")
# ("..., though he acknowledged ...", "..., but she admitted ...": the speaker's next act ends the clause before it;
# a concession is also a statement of its own, while an answer or a refusal is not)
_CONCESSION_VERBS = r"acknowledged|admitted|conceded|warned|cautioned|noted|added|stressed|said|insisted"
_NEXT_ACT_VERBS = r"(?:defended|repeated|asked|rejected|dismissed|denied|" + _CONCESSION_VERBS + r")\b"
_PRONOUN_SUBJECT = r"(?:he|she|they)\s+(?:also\s+)?"
# (a refusal to say more is the speaker's act too, not what he said: "said the fleet would grow, but he would not
# give a number", "... and declined to say when"; "would not give up the claim" is a statement and stays)
_REFUSAL = (
    r"(?:would\s+not|declined\s+to|refused\s+to|did\s+not)\s+"
    r"(?:give(?!\s+(?:up|in|way)\b)|go\s+into|be\s+drawn|say|comment|respond|elaborate|specify|disclose|discuss|"
    # (or to bind himself: "..., but would not commit to supporting more terminals", "... but did not confirm it")
    r"commit|confirm|guarantee|predict|put\s+a\s+(?:date|timeline|timeframe|figure|number))\b"
)
_BUT_NEXT_ACT_RE = re.compile(
    r",?\s+but\s+(?:also\s+)?(?:" + _PRONOUN_SUBJECT + r")?" + _NEXT_ACT_VERBS + r"|"
    r",\s+(?:though|although)\s+" + _PRONOUN_SUBJECT + _NEXT_ACT_VERBS + r"|"
    r",?\s+(?:but|and)\s+(?:" + _PRONOUN_SUBJECT + r")?" + _REFUSAL + r"|"
    # "said the talks went well, but he gave no date", "..., but she would not promise more": the speaker's own next
    # act or reserve, in the writer's past; a tense of the statement's goes on with it ("..., but he is confident")
    r",\s+but\s+(?:he|she)\s+(?:also\s+)?(?:(?:would|could|did)\s+not\s|[a-z]{3,}ed\b|"
    r"(?:gave|made|took|kept|left|held|told|spoke|sought|stood|went|put|set)\b)"
)
# "..., but the operators have not committed to a date", "... but visas and whisky remain sticking points": a subject
# of its own (not a pronoun or "this", which take up what was said) with a verb in the present or present perfect
_WRITERS_PRESENT_RE = re.compile(
    r",?[\"”’»]?\s+but\s+(?!(?:it|this|that|these|those|there|they|he|she|we|I|its|his|her|our|their|also|not|still|"
    r"rather|as|in|for|by|to|with|at|on|from|only|even|now|so|then)\b)(?:[\w'’.-]+,?\s+){1,7}?(?:still\s+|now\s+)?"
    r"(?:remains|remain|continues|continue|(?:has|have)\s+(?:not\s+|yet\s+|already\s+|also\s+)?(?:[a-z]+ed|been))\b"
)
# Marked words that close on the comma of quoted speech and a bare verb after them: the speaker's next act, told in
# the writer's words ("said he would "look into it," but gave no date", "... "on track," and left for the airport")
# (after marks closing on no comma, only the acts that end one's turn: "... "talking to everybody" and moved on to
# the next question")
_AFTER_MARKED_ACT_RE = re.compile(
    r"(?<=,[\"”’])\s+(?:but|and|yet)\s+(?:also\s+|then\s+)?(?:did\s+not\s+|not\s+)?"
    r"(?:made|gave|took|left|kept|held|offered|declined|refused|stopped|avoided|[a-z]+ed)\b|"
    r"(?<=[\"”’])\s+(?:and|but)\s+(?:then\s+)?(?:moved\s+on|walked\s+(?:away|off|out)|left\s+the|"
    r"declined\s+to|refused\s+to|took\s+no\b|turned\s+to\s+the\s+next|"
    # (or an offer or a pledge of his own: '... "faster than anyone else" and offered to build the facilities')
    r"(?:offered|pledged|promised|proposed)\s+to\s)|"
    # (or a name given in marks of its own: "... "at its best in years" and called Hungary "a true friend"")
    r"(?<=[\"”’])\s+and\s+(?:also\s+)?(?:called|described|dubbed|termed|hailed)\s+[^.;\"“”]{1,60}?[\"“]"
)
# The writer's next step in time after a reported clause, told in the past of the story: "..., after which the two
# leaders attended a banquet", "..., and following the meeting the two presidents held a press conference", "...,
# then entered the palace". What the speaker said comes after in time in his own tenses ("..., after which its
# capacity will grow") and stays.
_STORY_ACTS = (
    r"(?:held|attended|visited|toured|met|signed|witnessed|inspected|laid|entered|left|went|moved|proceeded|"
    r"headed|departed|boarded|travell?ed|flew|arrived|returned|walked|joined|took\s+part|paid|hosted|watched|"
    r"opened|unveiled|planted|posed|exchanged)\b"
)
_STORY_SUBJECT = (
    r"(?:the\s+(?:two|both)\s+[a-z]+|both\s+(?:sides|leaders|delegations|presidents|ministers)|"
    r"the\s+(?:sides|leaders|delegations|presidents|ministers|guests?|hosts?)|he|she|they)\s+(?:then\s+|also\s+)?"
)
_STORY_MOVES_ON_RE = re.compile(
    r",\s+(?:after\s+which|following\s+which|whereupon)\s+" + _STORY_SUBJECT + _STORY_ACTS + r"|"
    r",?\s+and\s+(?:(?:shortly\s+|soon\s+|immediately\s+)?(?:after|following)\s+(?:the|this|that)\s+[a-z]+,?|"
    r"then|later|afterwards|subsequently)\s+" + _STORY_SUBJECT + _STORY_ACTS + r"|"
    r",?\s+(?:and\s+)?then\s+" + _STORY_ACTS
)
_PAST_PERFECT_RE = re.compile(
    r"\bhad\s+(?:already\s+|just\s+)?(?:been\s+)?(?:[a-z]+ed|met|held|made|done|sent|won|taken|given|spoken|written|seen|begun)\b"
)
_SET_OFF_OBJECT_RE = re.compile(
    r"(?:,\s+(?:in|at|during|after|following|before|on|upon|through|via)\s[^,.;:\"“”]{2,80}?,\s+|"
    # the same without commas when it is a feeling, a day or "in this regard": "noted with satisfaction the growth of
    # trade", "affirmed on Monday Egypt's keenness to ...", "affirmed in this regard the importance of ..."
    r"\s+(?:with\s+(?:(?:great|deep|particular|special)\s+)?(?:satisfaction|gratitude|appreciation|concern|pride|"
    r"regret)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+this\s+(?:regard|context))\s+)"
    r"(?=(?:the|a|an|his|her|their|its|our|[A-Z][\w-]*['’]s?)\s)"
)
_GLOSS_RE = re.compile(r",\s+which\s+(?:he|she|they)\s+(?:described|called|termed)\b")
# A noun phrase led by an article or a possessive, then "that": the object of a verb that takes one, with a relative or
# an appositive "that" of its own ("the ties that bind", "the country's position that ..."); not a time or an occasion
# ("the same day that", "the meeting that").
_OBJECT_BEFORE_THAT_RE = re.compile(
    r"\s+(?:the|its|their|his|her|our|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:on|at|in|during|after|before|with|to|for|by|from|day|week|month|year|time|occasion|meeting|talks|"
    r"conference|briefing|statement|interview|speech|remarks|session|visit)\b)[\w'’-]+\s+){0,5}?that\s"
)
_STANCE_CLAUSE_RE = re.compile(
    r"(?:(?:his|her|their|its|the)\s+)?(?:[A-Z][\w.-]*\s+){0,3}?(?:(?:[A-Z][\w.-]*|country|government)['’]s?\s+)?"
    r"(?:(?:consistent|principled|firm|long-standing|well-known)\s+)?"
    r"(?:position|view|belief|conviction|stance)\s+that\b"
)
_TIME_NOUN_END = (
    r"\b(?:era|period|time|times|years|days|decades?|century|age|moment|\d{4}s?|"
    r"struggle|war|revolution|independence|crisis|pandemic)$"
)
# A set-off phrase between a clause's subject and its verb: ", when finished, would ...", ", as planned, will ...",
# ", as an observer state, considers ..."
_SET_OFF_SUBJECT_RE = re.compile(
    r",[^,;.]{1,40},\s+(?:would|will|was|were|is|are|had|has|have|could|can|should|must|may|might|[a-z]{3,}ed|"
    r"(?!(?:this|his|its|thus|us|as|plus|perhaps)\b)[a-z]{2,}[^\W_su]s)\b"
)
# Inside a reported clause, the speaker's own words set off by commas: "..., as he said, never wavering ...",
# "..., a figure that, he affirmed, can be doubled", "Egypt, as one of the largest importers, is ...", "A and B, as
# the largest producers of the region, were ...".
_WORDS_GO_ON_RE = re.compile(
    r",\s+(?:as\s+(?:he|she|they)\s+(?:said|put\s+it|noted|stressed|added|recalled|explained),|"
    r"(?:a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:that|which),\s+(?:he|she|they)\s+[a-z]+ed,|"
    r"as\s+(?:one\s+of\s+|an?\s+|the\s+(?:[\w-]+\s+)?(?:[a-z]+est|only|first)\s)[^,.;\"“”]{1,60},)"
)
# What the clause's subject is set off as, its verb after it: "said China and Vietnam, as socialist countries led by
# communist parties, share ...", "said Egypt counts on Russia, as a permanent member of the Security Council, to
# help ..." (a phrase with a tensed verb of its own is the writer's scene: "..., as the talks ended, officials ...")
_SET_OFF_AS_RE = re.compile(
    r",\s+as\s+(?!(?:he|she|they|it|we|you|if|though|well|such|soon|long|far|much|part|usual|expected|planned|"
    r"agreed|noted|said|reported|of|for|to|in|at|on|from|with|early|late|recently)\b)"
    # (a short gloss in brackets or the speaker's own marked words may stand inside it: "as members of the Economic
    # Community of West African States (ECOWAS), had ...", "as a country that "respects the Charter", would ...")
    r"(?P<np>(?:[^,.;:\"“”()]|\([^()\n]{1,40}\)|[\"“][^\"“”\n]{1,80}[\"”]){3,120}),\s+"
    r"(?:(?:also|still|now|already|jointly|together)\s+)?"
    r"(?:would|will|was|were|is|are|had|has|have|could|can|should|must|may|might|to\s+[a-z]+|"
    r"share|bear|bore|play|face|enjoy|remain|need|want|hold|stand|[a-z]{3,}ed|"
    r"(?!(?:this|his|its|thus|us|as|plus|perhaps)\b)[a-z]{2,}[^\W_su]s)\b"
)
_OCCASION_AS_RE = re.compile(
    r",\s+as\s+(?:his|her|their)\s+(?:very\s+)?(?:first|second|third|last|latest|maiden)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:visit|trip|journey|tour|stop|destination|meeting|talks)\b"
)
_OWN_ACCORDING_RE = re.compile(
    # (so does a concession he makes himself: "trade had grown, though, according to him, it could do better")
    r"(?:(?<=\bwhich)|(?<=\bwho)|(?<=\bthat)|(?<=\bwhere)|(?<=\bthough)|(?<=\balthough)|(?<=\bbut)|(?<=\byet)),\s+"
    r"according\s+to\s+(?:him|her),\s"
)
_SET_OFF_TENSE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b|"
    # (a participle before its noun or its agent is no tense: "as landlocked nations", "as parties led by ...")
    r"\b[a-z]{2,}ed\b(?!\s+(?:by\b|[a-z]+s\b))"
)
_REASON_AS_RE = re.compile(
    r",[\"”’»]?\s+as\s+(?!(?:he|she|they|it\s+(?:was|is)\s+(?:said|reported|noted|announced|known))\b)"
    # (a name may stand inside a subject that opens in lower case: "as the Gulf state is preparing to host ...")
    r"(?=[a-z])(?:(?!(?i:leaders?|ministers?|presidents?|premiers?|delegations?|sides|talks|visit|meeting|guests?|"
    r"hosts?)\b)[A-Za-z][\w'’-]*\s+){1,7}?(?:is|are|was|were|has|have|had|would|will|could|can|may|might|must|should)\b"
)
_AS_RE = re.compile(r",[\"”’»]?\s+as\s")
# What bears out or governs the statement, in the speaker's own clause: "said the two nations were close friends, as
# shown by the new bridge", "said it would send engineers, as per the partner's needs" (not "as reported by ...",
# the source of the sentence)
_OWN_WORD_ON_IT_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:(?:that|which)\s+)?(?:he|she)\s+(?:said|described)\b"
)
_BORNE_OUT_AS_RE = re.compile(
    r",\s+as\s+(?:per\s|(?:symboli[sz]ed|evidenced|demonstrated|shown|reflected|illustrated|exemplified|embodied|"
    r"stipulated|provided\s+for|envisaged|enshrined|set\s+out|laid\s+down|agreed(?:\s+upon)?)\s+(?:by|in)\s)"
)
# A judgment of the moment that ends a clause: "comes at an important time", "came at "the right time"", "was timely".
_RIGHT_MOMENT_END_RE = re.compile(
    # (not "at the same time", which sets two things side by side)
    r"(?:\b(?:at|in)\s+[\"“]?(?:an?|the)\s+(?!same\b)(?:[a-z-]+\s+){0,2}(?:time|moment|juncture)|"
    r"\b(?:timely|opportune|well-timed))$"
)
_OWN_WORD_RE = re.compile(
    r",\s+(?:which|that)\s+(?:he|she|they)\s+(?:said|believed|hoped|expected)\s+"
    r"(?:would|will|could|can|was|is|were|are|had|has)\b"
)


def _own_past_stance(text: str, start: int) -> bool:
    """The reported clause opens with its own subject and a plain past verb, as a stance joined to it would be."""
    m = _OWN_PAST_SUBJECT_RE.match(text, start)
    return bool(m) and not _NOT_OWN_PAST_RE.search(m.group())


def _own_according(text: str, at: int, evaluative: bool) -> bool:
    """ "which, according to him, ..." inside a reported clause: the clause goes on."""
    m = _OWN_ACCORDING_RE.match(text, at)
    return bool(m) and not (evaluative and _DOUBLE_MARK_RE.match(text, m.end()))


def _set_off_as(text: str, at: int) -> bool:
    """An "as" phrase set off by commas inside a reported clause, the clause's verb after it, or one that ranks the
    occasion for the speaker ("was glad to visit Chile, as his first trip abroad this year"), his own words on it."""
    if _OCCASION_AS_RE.match(text, at):
        return True
    m = _SET_OFF_AS_RE.match(text, at)
    return bool(m) and not _SET_OFF_TENSE_RE.search(m.group("np"))


def _unnamed_marks(text: str, marks: list[re.Match]) -> list[re.Match]:
    """The marks of a sentence before its speech verb, less the pairs that give what someone or something is called
    ("Addressing his host as "my brother," the President said ...", "Calling the plan "a milestone," she said
    ..."): a form of address or an epithet, which the verb after it does not attribute."""
    kept: list[re.Match] = []
    k = 0
    while k < len(marks):
        if k + 1 < len(marks) and _AS_BEFORE_MARK_RE.search(text, max(0, marks[k].start() - 80), marks[k].start()):
            k += 2
            continue
        kept.append(marks[k])
        k += 1
    return kept


_AS_BEFORE_MARK_RE = re.compile(
    r"\b(?:[Aa]ddress(?:ing|ed)|[Cc]all(?:ing|ed)|[Hh]ail(?:ing|ed)|[Gg]reet(?:ing|ed)|[Dd]escrib(?:ing|ed)|"
    r"[Rr]eferr(?:ing|ed)\s+to|[Dd]ubb(?:ing|ed)|[Tt]erm(?:ing|ed))\b[^.,;:\"“”]{0,60}?(?:\s+as)?\s+$"
)


_MARKED_NAME_RE = re.compile(
    r"[\"“„«]\s*[A-Z0-9][\w'’.&-]*(?:,?\s+(?:[A-Z0-9][\w'’.&-]*|of|and|the|for|on|in|to|with))*\s*[\"”“»]"
)


def _named_marks_only(text: str, lo: int, hi: int) -> bool:
    """Whether every pair of marks between ``lo`` and ``hi`` holds a name in capitals ("the "Two Corridors, One Belt"
    framework"), and there is at least one: a title written so is nobody's words, however it is punctuated."""
    marks = _DOUBLE_MARK_RE.findall(text, lo, hi)
    if not marks or len(marks) % 2:
        return False
    names = _MARKED_NAME_RE.findall(text, lo, hi)
    return len(names) * 2 == len(marks)


def _scare_marks_only(text: str, marks: list[re.Match]) -> bool:
    """Whether the marked words before a verb are all short names or scare quotes inside narrative ("Asked about
    the so-called "casus belli" resolution, X said ..."), which the verb does not attribute: none of them closes
    on the punctuation of quoted speech."""
    if len(marks) % 2:
        return False
    for k in range(0, len(marks), 2):
        a, b = marks[k].end(), marks[k + 1].start()
        if len(text[a:b].split()) > 4 or text[b - 1 : b] in ",.!?…":
            return False
    return True


# ", and agreed": a second past-tense verb that is no speech verb ...
_COORDINATED_RE = re.compile(
    rf",\s+and\s+(?:also\s+)?(?!(?:{_SPEECH_VERBS}|expressed|thanked|praised|hailed|welcomed|invited|proposed|"
    r"called|voiced|wished|congratulated|instructed|"
    # (nor a request, an offer or an appraisal: "said Chile wanted buyers for its wine, and pressed his host to ...")
    r"pressed|appealed|asked|offered|appreciated|commended|lauded|applauded|pointed|named)\b)"
    r"[a-z]+ed\b"
)
# ... or, with no comma to set it apart, a stance in the same backshifted past as the clause's own first verb: "said
# Chile valued the ties and appreciated the help of the diaspora" is one statement of Chile's stances, not a second
# act of the speaker (not after "said Chile would grant what students sought" or "said Chile is a valued partner":
# no past of Chile's)
_COORDINATED_STANCE_RE = re.compile(r"(?<=[\w\"”’»])\s+and\s+(?:also\s+)?(?:appreciated|valued|welcomed)\b")
_NOT_OWN_PAST_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|would|will|could|can|should|must|may|might|what|which|who|that|to)\s"
)
# ... after a reported clause whose own subject (not the speaker's "he"/"she") did something in the past.
_OWN_PAST_SUBJECT_RE = re.compile(
    r"(?!(?:he|she|He|She)\b)(?:the\s+|both\s+|[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,5}?(?:also\s+)?"
    # (the past of an irregular verb too: "Bangladesh sought more market access ..., and requested ...")
    r"(?:[a-z]+ed|sought|held|met|took|made|gave|saw|won|began|set|kept|found|brought|built|sent|led|became)\b"
    r"(?!\s+by\b)"
)
# ", and underlined ...", ", and expressed ...": the next past act of the subject before it
_RELAYED_NEXT_ACT_RE = re.compile(r",\s+and\s+(?:also\s+)?[a-z]+ed\b")
# A sentence in which someone takes the floor: "He spoke to reporters", "She addressed the forum", "X said".
_SPOKE_RE = re.compile(
    rf"\b(?:spoke|speaks|talked|addressed|addresses|told|tells|said|says|added|adds|{_SPEECH_VERBS})\b"
)
# "at a lunch hosted by the chamber", "at a forum organised by the bank": a participle with its agent describes the
# setting; it is no verb of a clause of its own
_AGENT_PARTICIPLE_RE = re.compile(r"\s+by\b")


def _finite_before(rest: str, end: int) -> bool:
    return any(
        not (m.group(0).endswith("ed") and _AGENT_PARTICIPLE_RE.match(rest, m.end())) and not _people_of(m)
        for m in _FINITE_RE.finditer(rest, 0, end)
    )


def _people_of(finite: re.Match) -> bool:
    """Whether a verb found after a capitalised subject is a plural noun after a people's adjective: "told Polish
    lawmakers that ...", "told Kenyan journalists that ..." name an audience, no clause with its own verb."""
    words = finite.group(0).split()
    return len(words) == 2 and words[1].islower() and _is_demonym(words[0])


_FAR_THAT_RE = re.compile(
    rf"(?:,?\s+(?:{_DEMONSTRATIVE_THAT}|(?!that\b|{_DEMONSTRATIVE_THAT})[\w'’.-]+)){{1,24}}?,?\s+that,?\s+(?=\S)"
)
# ("..., the presidential press service reported": the source of the whole sentence)
# (not a passive or a modal's verb inside the clause: "the pact, which is under negotiation, should be concluded
# soon" is what was said)
_OUTER_ATTRIBUTION_RE = re.compile(
    r",\s+(?:(?!(?:be|been|being|should|would|will|must|can|could|may|might|shall)\s)[\w'’-]+\s+){1,6}?"
    rf"(?:{_SPEECH_VERBS}|reported|reports|announced|quoted)(?:\s+[\w'’-]+){{0,3}}$"
)
_AUDIENCE_RE = re.compile(
    r"\s+(?:reporters|journalists|the press|us|me|him|her|them|this agency|our correspondent|a news conference|"
    r"this (?:newspaper|paper|publication|website|site|outlet|reporter|correspondent|writer|magazine)|"
    r"a press conference|a briefing|lawmakers|parliament|"
    r"state media|state television|the (?:BBC|AP|AFP|Reuters)|"
    # an outlet or a person by name, or the other side: "told Xinhua", "told Tursunov", "told his counterpart"
    r"(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}|(?:his|her|their)\s+(?:\w+\s+)?(?:counterparts?|hosts?|"
    r"guests?|audience)|(?:a|the)\s+(?:\w+\s+)?(?:audience|forum|gathering|meeting|crowd|summit))"
    r"(?:\s+(?:on|in|at|after)\s+[\w\s]{1,30}?)?,?\s+"
    # (a clause may open with a negative or a pair: "told reporters no documents would be signed")
    r"(?=(?:he|she|it|they|the|his|her|their|[A-Z])\w*\s|(?:no|nothing|none|neither|both)\s)"
)
# Verbs whose first object is a person ("told reporters", "urged Abuja"): no clause without "that".
_OBJECT_FIRST = {"told", "tells", "telling", "assured", "asked", "urged", "replied", "answered", "informed", "informs",
                 "briefed", "briefs"}  # fmt: skip
# A clause without "that": a pronoun or a short definite subject and an auxiliary ("warned the plan would fail").
_ZERO_THAT_RE = re.compile(
    # (an adverb of time or manner may come first: "insisted afterwards she had been frank")
    r"(?:\s+(?:afterwards|afterward|later|again|repeatedly|privately|publicly|firmly|also))?"
    r"\s+(?P<s>he|she|they|it|we|there|(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|should|must|might|may|did|does|do|"
    # a present tense that only a clause's verb has: "made clear his country wants more from Canada"
    r"wants|needs|remains|seeks|plans|hopes|expects|intends|sees|supports|stands|regards|believes|intends|"
    r"wanted|needed|remained|sought|planned|hoped|expected|intended|saw|supported|stood|regarded|believed)\b"
)
_NOMINAL_OBJECT_VERBS = {
    "noted", "stressed", "emphasized", "emphasised", "underlined", "highlighted", "underscored", "reaffirmed",
    "reiterated", "affirmed", "acknowledged", "mentioned", "recalled",
    "notes", "stresses", "emphasizes", "emphasises", "underlines", "highlights", "underscores", "reaffirms",
    "reiterates", "affirms", "acknowledges", "mentions", "recalls",
    "stressing", "emphasizing", "emphasising", "underlining", "highlighting", "underscoring", "reaffirming",
    "reiterating", "affirming", "noting", "recalling", "acknowledging", "mentioning",
}  # fmt: skip
# A stance voiced with its noun: "expressed (his) support for", "voiced keen interest in"; the noun belongs to the
# words reported, as a feeling voiced does ("expressed pride in ...").
_RECALL_VERBS = {"recalled", "recalls", "recalling", "remembered", "remembers", "remembering"}
# An earlier meeting of the two named as what was recalled: "his productive meeting with X on the sidelines of ...",
# "their talks in Y last year", "his previous visit to Z"; what the meeting brought ("the agreements reached during
# his visit") or a clause ("that the two had met in ...") is the speaker's.
_PAST_ENCOUNTER_RE = re.compile(
    r"(?:his|her|their|our|the)\s+(?:(?:[a-z]+ful|productive|previous|last|earlier|first|recent|warm|cordial|"
    r"constructive|official|state|working|bilateral|telephone|phone|many|numerous|several|frequent)\s+){0,3}"
    r"(?:meetings?|talks|conversations?|visits?|encounters?|(?:phone\s+)?calls?|trips?|contacts)"
    r"(?=\s+(?:with|to|in|at|on|during|last|this|earlier|when|since|as)\b|[,.;]|$)"
)
_STANCE_NOUN_RE = re.compile(
    r"(?:expressed|expresses|voiced|voices)\s+"
    r"(?=(?:(?:his|her|their|its|full|strong|firm|keen|great|special|particular)\s+)*"
    r"(?:support|interest)\s+(?:for|to|in)\s)"
)
# Verbs that single a topic out, whose object may be a bare noun with its complement: "highlighted opportunities
# for investors", "stressed cooperation in science" (not "noted earlier in the day", an adverb).
_SINGLED_OUT_VERBS = {"highlighted", "stressed", "emphasized", "emphasised", "underlined", "underscored"}
_BARE_OBJECT_RE = re.compile(
    r"\s+(?!(?:that|on|in|at|during|after|before|with|to|for|by|also|again|earlier|later|once|twice|repeatedly)\b)"
    # (the noun may carry a modifier or two, a demonym among them: "highlighted Australian investment in ...",
    # "stressed closer energy cooperation with ...")
    r"(?:(?!(?:that|the|a|an|his|her|their|its|this|these|our|and|or|but)\b)[A-Za-z][\w-]*(?<!ly)\s+){0,2}"
    r"[a-z][a-z-]+(?<!ly)\s+(?:for|in|of|between|with)\s"
)
_GUEST_RE = re.compile(r"(?P<guest>" + _WELCOMED_GUEST_NP + r")" + _WELCOMED_GUEST[len(_WELCOMED_GUEST_NP) :])
_WELCOMED_OBJECT_RE = re.compile(_WELCOMED_OBJECT)
_COURTESY_RE = re.compile(
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:warm\s+|kind\s+|generous\s+|cordial\s+)?"
    r"(?:hospitality|welcome|reception|invitation)\b|"
    # thanks to a guest for coming are protocol as thanks for the invitation are: "for accepting the invitation",
    # "for having accepted our invitation", "for his acceptance of the invitation"
    r"(?:(?:having\s+)?accept(?:ing|ed)|(?:(?:the|his|her|their|its|[A-Z][\w-]*['’]s)\s+)?acceptance\s+of)\s+"
    r"(?:the|my|his|her|their|its|our)\s+(?:kind\s+)?invitation\b",
    re.I,
)
# A guest's joy at coming, a host's at receiving him: "expressed his pleasure at visiting the UAE", "her delight to
# welcome the President", "great pleasure at hosting X": protocol as thanks for a welcome are.
_JOY_AT_VISIT_RE = re.compile(
    r"(?:(?:his|her|their|its)\s+)?(?:(?:great|deep|sincere|profound|special|particular)\s+)?"
    r"(?:pleasure|happiness|delight|joy)\s+(?:at|to|in|over|with)\s+(?:(?:paying|making|being|be|visiting|visit|"
    r"welcoming|welcome|hosting|host|receiving|receive|meeting|meet)\b|the\s+visit\b)"
)

_THANKS_FOR_RE = re.compile(
    r"(?:(?:his|her|their|the)\s+)?(?:(?:sincere|deep|profound|warm|heartfelt|great)\s+)?"
    r"(?:thanks|appreciation|gratitude)(?:\s+and\s+(?:\w+\s+)?(?:thanks|appreciation|gratitude))?"
    # (and whose the thanks are, as a translation words it: "the gratitude of his government to ... for ...")
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    # (the thanked may carry an honorific's dots: "to H.E. President X, the Government and people of ...")
    r"\s+(?:to\s+(?:[^.;]|\.(?=\s?[A-Z])){1,200}?\s+)?for\s+"
)


_VISIT_WORD_RE = re.compile(r"\bvisit\b")


def _welcomed_guest(text: str, start: int) -> re.Match[str] | None:
    """The guest a "welcomed" names at ``start`` ("welcomed President X and his delegation, stressing ..."), or None
    when its object is a thing ("welcomed the agreement") or a ceremony's ("welcomed X with military honours")."""
    guest = _GUEST_RE.match(text, start)
    return guest if guest and not _WELCOMED_OBJECT_RE.match(text, start) else None


def _is_greeting(guest: re.Match[str]) -> bool:
    """Whether a welcomed guest is greeted ("welcomed the distinguished guest and his delegation"): protocol, not a
    statement; "welcomed the Tanzanian president's visit to Egypt" appraises the visit."""
    return not _VISIT_WORD_RE.search(guest.group("guest"))


def _greeted_guest(text: str, verb_lo: int, verb_hi: int) -> bool:
    """Whether a verb greets a guest in words ("welcomed President X and his delegation, stressing ...")."""
    if text[verb_lo:verb_hi].strip() != "welcomed":
        return False
    start = verb_hi + len(text[verb_hi : verb_hi + 3]) - len(text[verb_hi : verb_hi + 3].lstrip())
    guest = _welcomed_guest(text, start)
    return bool(guest) and _is_greeting(guest)


def _courtesy_object(text: str, at: int) -> bool:
    """Whether the object after a verb is thanks for a welcome or for hospitality."""
    m = _COUNTERPART_FOR_RE.match(text, at)
    thanks = _THANKS_FOR_RE.match(text, m.end())
    return bool(_COURTESY_RE.match(text, thanks.end() if thanks else m.end()))


_COUNTERPART_FOR_RE = re.compile(r"\s*(?:(?:him|her|his|their)\s+(?:counterpart|guest|host)\s+for\s+)?")
# A conjunction after marked words starts a statement of its own: "... “not allow it”, but repeated that ...".
_NEW_CLAUSE_RE = re.compile(r"[;]|\b(?:but|and|while|whereas|although|though|before|after|who)\b")


_MARKED_THAT_RE = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?that\s+[\"“]")
_AND_RE = re.compile(r",?\s+(and)\s+(?:also\s+)?that\s")


def _clause_after_marked(art: _Article, verb_hi: int) -> tuple[int, int] | None:
    """ "told reporters that "A" and that B": the marked words are a direct quote of their own, and the clause
    after "and that" is reported speech of the same speaker."""
    text = art.text
    m = _MARKED_THAT_RE.match(text, verb_hi)
    if m is None:
        return None
    close = min((i for i in (text.find('"', m.end()), text.find("”", m.end())) if i >= 0), default=-1)
    if close < 0 or "\n" in text[m.end() : close]:
        return None
    joined = _AND_RE.match(text, close + 1)
    return _reported_clause(art, *joined.span(1)) if joined else None


_CONCEDED_RE = re.compile(
    r",?\s+(?:but|though|although)\s+(?:also\s+)?" + _PRONOUN_SUBJECT + r"(?P<verb>" + _CONCESSION_VERBS + r")\b"
)
_FEELING_NEXT_RE = re.compile(r",?\s+(?:and\s+)?(?P<verb>expressing|voicing)\b")


def _added_clause(art: _Article, after: int) -> tuple[int, int] | None:
    """ "..., adding that CLAUSE" right after a reported clause: the same speaker's next statement."""
    m = _ADDING_RE.match(art.text, after)
    if not m:  # "..., expressing his country's aspiration to ...": a feeling voiced next, the speaker's too
        m = _FEELING_NEXT_RE.match(art.text, after)
        act = _EVALUATIVE_RE.match(art.text, m.start("verb")) if m else None
        m = m if act and act.end() == m.end("verb") else None
    if not m:  # "..., though he acknowledged that B": the speaker's concession after the statement
        m = _CONCEDED_RE.match(art.text, after)
    if not m:  # "..., but stopped short of X, saying ...": a participle later in the same sentence
        s_hi = art.sentence_at(after)[1]
        m = next((x for x in _ADDING_RE.finditer(art.text, after, s_hi) if art.text[x.start()] == ","), None)
        if m and (_VERB_RE.search(art.text, after, m.start()) or _EVALUATIVE_RE.search(art.text, after, m.start())):
            m = None  # "welcomed the visit and stated that A, and that B": the participle is the nearer verb's
    if not m:  # "He said that A. Also, that B.": a sentence with no verb of its own goes on with the statement
        s_hi = art.sentence_at(after)[1]
        if _SENTENCE_END_RE.fullmatch(art.text, after, s_hi):
            m = _GOES_ON_THAT_RE.match(art.text, s_hi)
    if not m:
        return None
    return _reported_clause(art, m.start("verb"), m.end("verb"))


# What may close a reported clause's sentence, and a next sentence that opens with a connective and "that" and no
# verb of its own ("Likewise, that ..."; not "Also, that would help", where "that" is the subject of its verb).
_SENTENCE_END_RE = re.compile(r"[\s.;!\"”’»]*")
_GOES_ON_THAT_RE = re.compile(
    r"\s*(?:Also|Likewise|Further|Furthermore|Moreover|In addition|Additionally|Similarly|Besides|Finally|Lastly|"
    r"In this regard|In this context|In this sense),?\s+(?P<verb>that)\s+"
    r"(?!(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|does|did|means|meant)\b)(?=\S)"
)


# Marked words right after the verb, then the clause's own tense, with at most a few words of its subject between:
# 'said "no new loan" had been signed', 'said "two or three" ministries would open offices'. The marks are (part of)
# the subject of the clause reported, not a direct quote; marked words closing on their own stop or comma are one.
_MARKED_SUBJECT_RE = re.compile(
    r"\s+[\"“][^\"“”\n]{0,79}[^\"“”\n,.!?;:][\"”]\s+"
    r"(?:(?!(?:and|but|or|nor|as|while|when|because|if|though|although|since|after|before|which|who|that|he|she|"
    r"it|they|we|I)\b)[a-z][\w'’-]*\s+){0,3}?(?:also\s+|still\s+)?"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|should|must|may|might|remained|remains|did|does)\b"
)
_CLOSE_FOR = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’"}
# The clause going on right after its marked opening words, no comma or conjunction between: ""three or four" firms
# had applied" (not ""the points are agreed", notably ...", ""we are ready" and that ...": a whole quote, then more)
_MARKED_SUBJECT_GOES_ON_RE = re.compile(r"\s+(?!(?:and|but|or|nor|while|whereas|as|notably|including)\b)[\w(]")


def _opens_a_quote(text: str, start: int, end: int) -> bool:
    """Whether a clause is in fact quoted words: it opens with a mark that closes at its end.

    ("said that "three or four" firms had applied": the marked words are the subject of a clause that goes on with
    the speaker's reported words, which keep them.)
    """
    opening = text[start:end][:1]
    if opening not in _CLOSE_FOR:
        return False
    close = text.find(_CLOSE_FOR[opening], start + 1, end)
    if opening == "‘" or close < 0:
        return True
    # (marked words with a tense of their own are a clause of their own: ""some points remain open" before he left")
    return _FINITE_RE.search(text, start + 1, close) is not None or not _MARKED_SUBJECT_GOES_ON_RE.match(
        text, close + 1, end
    )


def _according_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """``According to X, CLAUSE.`` and ``CLAUSE, according to X.``: reported speech of X."""
    text = art.text
    items = []
    taken = _Spans(masked)
    for s_start, s_end, p in art.sentences:
        stamp = _STAMP_RE.match(text, s_start, s_end)  # a live blog's "14:20 – "
        if stamp:
            s_start = stamp.end()
        m = _ACCORDING_HEAD_RE.match(text, s_start, s_end) or _ACCORDING_TAIL_RE.match(text, s_start, s_end)
        if not m:
            continue
        which = next(k for k in ("", "2", "3") if f"s{k}" in m.re.groupindex and m.group(f"s{k}"))
        lo, hi = m.span(f"c{which}")
        tail = _CLAUSE_TAIL_RE.search(text, lo, hi)
        if tail:  # "..., a sum he described as too low": the writer's words after the statement
            hi = tail.start()
        while hi > lo and text[hi - 1] in " .;,":
            hi -= 1
        if _opens_a_quote(text, lo, hi) or taken.holds(m.start()) or text[hi - 1 : hi] == ":":
            continue  # (a clause ending in a colon leads into a list: the statement is the list, beyond the sentence)
        if _DOCUMENT_SOURCE_RE.match(text, m.start(f"s{which}")):
            continue  # "According to a statement issued by spokesperson X, ...": the document's words, not X's
        items.append(
            _Item(at=m.start(f"s{which}"), kind="reported", phrase=m.span(f"s{which}"), span=(lo, hi), para=p)
        )
    return items


_DOCUMENT_SOURCE_RE = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+release|news\s+release|release|communiqu[eé]|readout|"
    r"read-out|transcript|bulletin|report|note|letter|post)\s+(?:[\w-]+\s+){0,4}?by\b"
)


_THIS_WAS_SAID_RE = re.compile(
    r"(?:(?:This|These|It|The (?:remarks?|statement|views|comments|assurance))\s+(?:was|were)\s+"
    r"(?:stated|said|expressed|"
    r"stressed|observed|conveyed|announced|noted|emphasi[sz]ed|underlined|highlighted|made)\s+by\s+"
    r"(?P<s>[^,.;]{2,100}?)|"
    # (an honorific's dot inside the name: "Foreign Minister Dr. X said this")
    r"(?P<s2>[^,.;]{2,80}?|[^,.;]{0,60}?\b(?:Dr|Mr|Ms|Mrs|Prof)\.[^,.;]{2,80}?)"
    r"\s+(?:expressed|stated|said|made|conveyed|shared|voiced)\s+"
    r"(?:these|this|the|such)(?:\s+(?:views?|remarks?|statements?|comments?|observations?))?)"
    r"(?=\s+(?:while|during|at|when|in|on|as|after|before)\b|\s*[,.]|\s*$)"
)


# "India has reaffirmed its support for X. Minister Y said this at ...": the state speaks through the person named
_STATE_AS_SUBJECT_RE = re.compile(r"(?:The\s+)?" + _COUNTRY_RE.pattern + r"\s+(?:has\s+|have\s+)?(?:also\s+)?")


def _summary_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """A statement followed by the agency formula that names its speaker: "Pakistan values its ties with
    Azerbaijan. This was stated by Prime Minister X while ..." or "... The minister expressed these views while
    ...": the sentence before is that person's."""
    text = art.text
    taken = _Spans(masked)
    items = []
    for i, (s_start, s_end, p) in enumerate(art.sentences):
        m = _THIS_WAS_SAID_RE.match(text, s_start, s_end)
        if not m or i == 0:
            continue
        prev_start, prev_end, prev_p = art.sentences[i - 1]
        if prev_p != p and not (s_start == art.paras[p][0] and prev_p == p - 1):
            continue
        if taken.holds(prev_start) or _DOUBLE_MARK_RE.search(text, prev_start, prev_end):
            continue
        verb = _VERB_RE.search(text, prev_start, prev_end) or _EVALUATIVE_RE.search(text, prev_start, prev_end)
        dateline = _DATELINE_PREFIX_RE.match(text, prev_start, prev_end)
        subject_at = dateline.end() if dateline else prev_start
        if verb and not _STATE_AS_SUBJECT_RE.fullmatch(text, subject_at, verb.start()):
            continue  # "He said A. X said this at ...": the sentence before has its own frame
        lo, hi = _content(text, subject_at, prev_end)
        while hi > lo and text[hi - 1] in ".!":
            hi -= 1
        phrase = m.span("s") if m.group("s") else m.span("s2")
        items.append(_Item(at=phrase[0], kind="reported", phrase=phrase, span=(lo, hi), para=prev_p))
    return items


def _quoted_object_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """ "The ministry quoted Tursunov as saying (that) CLAUSE": the person quoted says the clause."""
    text = art.text
    taken = _Spans(masked)
    items = []
    for m in _QUOTED_OBJECT_CLAUSE_RE.finditer(text, art.body_start):
        if taken.holds(m.start()) or _DOUBLE_MARK_RE.match(text, m.end()):
            continue
        s_hi = art.sentence_at(m.start())[1]
        lo, hi = m.end(), s_hi
        tail = _CLAUSE_TAIL_RE.search(text, lo, hi)
        hi = tail.start() if tail else hi
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ".;,"):
            hi -= 1
        if len(text[lo:hi].split()) >= 3:
            items.append(_Item(at=m.start("s"), kind="reported", phrase=m.span("s"), span=(lo, hi)))
    return items


_QUOTED_OBJECT_CLAUSE_RE = re.compile(
    r"\b(?:quoted|cited)\s+(?P<s>(?:[A-ZÀ-ÞĀ-ſ][\w'’.-]*\s+){1,4}|him\s+|her\s+)as\s+(?:saying|stating)\s+(?:that\s+)?"
)


def _fronted_items(art: _Article, masked: list[tuple[int, int]]) -> list[_Item]:
    """A statement fronted by its participle: "Noting that the two nations are old friends, Wang said ..." is
    the speaker's as much as the clause after the verb."""
    text = art.text
    taken = _Spans(masked)
    items = []
    for s_start, s_end, p in art.sentences:
        m = _FRONTED_RE.match(text, s_start, s_end)
        if not m or taken.holds(m.end()):
            continue
        verb = next(
            (v for v in _VERB_RE.finditer(text, m.end(), s_end) if text.rfind(",", m.end(), v.start()) > 0), None
        )
        if verb is None:
            continue
        comma = text.rfind(",", m.end(), verb.start())
        lo, hi = _subject(text, s_start, verb.start())
        if hi > lo > comma:
            items.append(_Item(at=lo, kind="reported", phrase=(lo, hi), span=(m.end(), comma), para=p))
    return items


_FRONTED_RE = re.compile(
    r"(?:Noting|Stressing|Saying|Recalling|Pointing out|Emphasi[sz]ing|Underlining|Underscoring|Acknowledging|"
    r"Reiterating|Arguing|Stating|Affirming|Reaffirming|Explaining|Highlighting|Asserting|Declaring|Indicating|"
    r"Observing|Insisting|Warning|Confirming|Mentioning|Remarking|Announcing|Adding|Recognizing|Recognising)"
    r"\s+that\s+|"
    # a feeling voiced first: "Expressing his delight at the progress of ties, the Prime Minister noted that ..."
    r"(?:Expressing|Voicing)\s+(?=(?:his|her|their)\s+(?:[a-z]+\s+)?(?:delight|satisfaction|pleasure|joy|pride|"
    r"gratitude|appreciation|hope|confidence|concern|support)\b)|"
    # a thing described first, unmarked, with what it was described as: "Describing energy as the main area of
    # cooperation, the President noted ..." (marked words are a partial quote of their own: "Calling X "a partner"")
    r"(?:Describing|Characteri[sz]ing)\s+(?=[^\"“”«»,.;]{1,120}?\s+as\s+[^\"“”«».;]{1,160}?,)"
)


# (not the initial of a transcript's name label: "A. Kettunen: Thank you.")
_ANSWER_RE = re.compile(r"A(?::|\.(?![ \t]+[A-ZÀ-ÞĀ-ſ][\w'’-]+(?:[ \t]+[A-ZÀ-ÞĀ-ſ][\w'’-]+)?[ \t]*:))\s+(?=\S)")
_INTERVIEW_RE = re.compile(
    # (not the noun of "held talks with X", a meeting)
    r"\b(?:spoke|speaks|talked|(?<!held )(?<!holds )(?<!hold )talks|sat down)\s+(?:exclusively\s+)?(?:to|with)\s+"
    r"(?:us|me|our\s+\w+|this\s+\w+|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\b"
)


def _interviewee(art: _Article) -> tuple[int, int] | None:
    """The speaker phrase of whoever an interview is with: the subject of "He spoke to us", else the first person
    the article names."""
    for m in _INTERVIEW_RE.finditer(art.text, art.body_start):
        s_lo = art.sentence_at(m.start())[0]
        lo, hi = _subject(art.text, s_lo, m.start())
        if hi > lo:
            return lo, hi
    return None


# The lead of an interview set out as plain questions and answers: who was asked ("Our correspondent spoke to the
# minister after the talks", "We asked Foreign Minister X about ...", "in an interview with X"), the asker being
# the outlet itself, or the one who "spoke to us".
_INTERVIEWED_RE = re.compile(
    r"\b(?:(?:spoke|talked|sat\s+down|met)\s+(?:exclusively\s+)?(?:to|with)|asked|interviewed|"
    r"(?:[Ii]n|[Dd]uring)\s+an?\s+(?:exclusive\s+|wide-ranging\s+|brief\s+)?interview\s+with)\s+"
)
_ASKER_RE = re.compile(
    r"\b(?:(?:[Oo]ur|[Tt]his|[Tt]he\s+newspaper['’]s|[Tt]he\s+agency['’]s)\s+(?:\w+\s+)?(?:correspondent|reporter|editor|"
    r"journalist|newspaper|agency|programme|program|outlet|website|magazine)s?|I|[Ww]e|us|me|"
    # another outlet's journalist, named after the outlet: "Radio Sever correspondent X Y, who travels with him,"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:correspondent|reporter|journalist|presenter|interviewer))\b"
)
# Where the one asked is named no further: "... spoke to the minister after the talks", "asked X about trade".
_OBJECT_END_RE = re.compile(
    r"\s+(?:after|at|in|on|during|about|before|ahead|following|when|while|shortly|for|as|and|who|last|this|yesterday|"
    r"today)\b|[,.;:!?(]"
)
# A paragraph that closes an interview rather than answering: "Interview by X.", "The interview has been edited."
_SIGN_OFF_RE = re.compile(
    r"\s*\(?(?:(?:Interview(?:ed)?|Translated|Edited|Questions?)\s+by\b|(?:The|This)\s+interview\s+(?:has|was|is)\b)"
)
_YOU_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")


def _interview_partner(art: _Article, lo: int, hi: int, asked_only: bool = False) -> tuple[int, int] | None:
    """The speaker phrase of whoever the lead text[lo:hi] says was interviewed: the one asked, when the asker is
    the outlet, else (unless ``asked_only``) the one who spoke to it ("In an interview with this newspaper, Minister
    X said ...")."""
    text = art.text
    for m in _INTERVIEWED_RE.finditer(text, lo, hi):
        s_lo, s_hi, _ = art.sentence_at(m.start())
        end = _OBJECT_END_RE.search(text, m.end(), min(hi, m.end() + 90))
        o_lo, o_hi = m.end(), end.start() if end else min(hi, m.end() + 90)
        if o_hi > o_lo and not _ASKER_RE.fullmatch(text, o_lo, o_hi):
            pronoun = _PRONOUN_RE.match(text[o_lo:o_hi])
            # "X's correspondent spoke to him": not the asker, whom the sentence names, but one named before it
            ent = art.resolve(o_lo, o_hi, s_lo if pronoun else o_lo, None)
            if ent is not None and not ent.outsider:
                asker = text[s_lo : m.start()].strip()
                if not asker or _ASKER_RE.search(asker) or not _takes_part(art, s_lo, m.start()):
                    if not pronoun:
                        return _first_holder(art, ent, o_lo, o_hi)
                    if ent.positions:  # the name, which the answers resolve to where the pronoun would not
                        pos = max((q for q in ent.positions if q < s_lo), default=ent.positions[0])
                        return pos, art.name_end(pos)
                continue  # "X met Y": two of the story's people, neither of them the outlet
            if pronoun:
                continue  # "him" or "her" is never the outlet
        if asked_only:
            continue
        # the one asked is the outlet ("us", "this newspaper", "The Daily Herald"): the interviewee is the subject
        if text[s_lo : m.start()].strip():
            v_lo, v_at = s_lo, m.start()  # "X spoke to us"
        else:  # "In an interview with this newspaper, X said ...": the subject of the clause after the phrase
            comma = text.find(",", o_hi, s_hi)
            verb = _SPOKE_RE.search(text, comma, s_hi) if comma >= 0 else None
            if verb is None:
                continue
            v_lo, v_at = comma + 1, verb.start()
        a, b = _subject(text, v_lo, v_at)
        ent = art.resolve(a, b, a, None) if b > a else None
        if ent is not None and not ent.outsider:
            return _first_holder(art, ent, a, b)
    return None


def _takes_part(art: _Article, lo: int, hi: int) -> bool:
    """Whether the subject before ``hi`` is one of the story's people: "The Gazette's Anna Ruiz sat down with the
    minister" names the paper's journalist, who asks, and not a second party to a meeting."""
    a, b = _subject(art.text, lo, hi)
    ent = art.resolve(a, b, a, None) if b > a else None
    return ent is not None and not ent.outsider and bool(ent.role)


def _first_holder(art: _Article, ent: _Entity, lo: int, hi: int) -> tuple[int, int]:
    """A bare title in an interview's lead ("spoke to the minister") is the one whose visit the lead told of, the
    first of its holders the story named, not the last."""
    if not compiled(r"the\s+[a-z][\w\s-]*").fullmatch(art.text[lo:hi].strip()) or not ent.role:
        return lo, hi
    holders = [e for e in art.unique() if e.role == ent.role and e.positions and not e.outsider]
    if not holders:
        return lo, hi
    pos = min(holders, key=lambda e: min(e.positions)).positions
    return min(pos), art.name_end(min(pos))


def _lead_partner(art: _Article, answer: int) -> tuple[int, int] | None:
    """The speaker phrase of whoever the lead, before the question an answer paragraph replies to, says was asked
    ("X's correspondent sat down with Ambassador Y"); a briefing's "A:" lines under a lead that only tells of the
    talks ("the President asked for ...") are the briefer's, found otherwise."""
    first = next((p for p in range(1, answer) if _QUESTION_LINE_RE.match(art.text, *art.paras[p])), answer)
    return _interview_partner(art, art.paras[0][0], art.paras[first][0], asked_only=True)


# An interview's headline names whom it is with after its quote, or before the topics: "'A new chapter': Envoy",
# "Vietnam's PM on trade, fish and students"
_HEADLINE_PARTNER_RE = re.compile(r"(?:.*:\s+)?(?P<who>[^:]{2,60}?)(?:\s+on\s+[^:]+)?\s*")


def _headline_partner(art: _Article, answer: int) -> tuple[int, int] | None:
    """The name of whoever an interview's headline says it is with, when that is one of the story's people that the
    text before the answer names (a headline's office or description names the holder the lead goes on to name)."""
    lo, hi = art.paras[0]
    m = _HEADLINE_PARTNER_RE.fullmatch(art.text, lo, hi)
    if m is None:
        return None
    ent = art.resolve(m.start("who"), m.end("who"), art.paras[answer][0], None)
    if ent is None or ent.outsider or not ent.role or not ent.positions:
        return None
    return ent.positions[0], art.name_end(ent.positions[0])


def _lead_interviewee(art: _Article) -> _Entity | None:
    """Whoever the lead, before the first plain question, says was interviewed."""
    first = next((p for p in range(1, len(art.paras)) if _asked(art, p)), None)
    phrase = _interview_partner(art, art.paras[0][0], art.paras[first][0]) if first is not None else None
    return art.resolve(phrase[0], phrase[1], phrase[0], None) if phrase else None


def _plain_interview_items(art: _Article) -> list[_Item]:
    """An interview set out as plain question paragraphs, each followed by unmarked answer paragraphs: the answers
    are the words of the one its lead says was interviewed. At least two questions make an interview, and its
    questions address someone or its answers speak in the first person (an explainer's "What was signed?" heads
    the writer's own account)."""
    text = art.text
    questions = [
        p
        for p, (a, b) in enumerate(art.paras)
        if p
        and text[a:b].rstrip().endswith("?")
        # (a question may cite a phrase: "What did you mean by "a new chapter"?")
        and _scare_marks_only(text, list(_DOUBLE_MARK_RE.finditer(text, a, b)))
        and len(text[a:b].split()) <= 60
        and not _LABEL_RE.match(text, a, b)
    ]
    if len(questions) < 2:
        return []
    phrase = _interview_partner(art, art.paras[0][0], art.paras[questions[0]][0])
    if phrase is None:
        return []
    ent = art.resolve(phrase[0], phrase[1], phrase[0], None)
    items: list[_Item] = []
    asked = set(questions)
    answering = False
    for p in range(questions[0], len(art.paras)):
        a, b = art.paras[p]
        body = text[a:b].rstrip()
        if p in asked or _QUESTION_LINE_RE.match(text, a, b):  # ("Q. What about X? Flights are dear." asks too)
            answering = True
            continue
        if not answering:
            continue
        if (
            _SIGN_OFF_RE.match(body)
            or _LABEL_RE.match(text, a, b)
            or body[-1:] not in ".!…)"
            or len(body.split()) < 2
            or any(a <= at < b for at in ent.positions)
        ):
            answering = False  # the writer's closing lines, or a heading: no answer until the next question
            continue
        marks = list(_DOUBLE_MARK_RE.finditer(text, a, b))
        if marks and not _scare_marks_only(text, marks):
            continue  # someone else's marked words inside an answer are read as marked words
        lo, hi = _content(text, a, b)
        items.append(_Item(at=a, kind="answer", phrase=phrase, span=(lo, hi), para=p))
    addressed = any(_YOU_RE.search(text, *art.paras[q]) for q in questions)
    if not addressed and not any(_FIRST_PERSON_RE.search(text, *it.span) for it in items):
        return []
    return items


def _line_items(art: _Article) -> list[_Item]:
    """Transcript lines under a speaker's label ("TOKAYEV: ...") and dash dialogue ("– We agreed, – said X.")."""
    text = art.text
    items: list[_Item] = []
    interviewee: tuple[int, int] | None = None
    lone = {p for p, (a, b) in enumerate(art.paras) if p and _lone_label(art, a, b)}
    labels = {p: _speaker_label(art, a, b) or _titled_label(art, a, b) for p, (a, b) in enumerate(art.paras)}
    labelled = [p for p in range(len(art.paras)) if p in lone or labels[p]]
    turn: _Item | None = None  # the transcript turn a paragraph without a label goes on with
    offices: dict[str, tuple[int, int]] = {}  # a label's office set off before the name, to the whole label
    narrated = False  # the turn is a statement attributed to its speaker, told in the writer's third person
    pending: list[int] = []  # the last turn's paragraphs without "I" or "we", kept while it may resume in person
    for p, (a, b) in enumerate(art.paras):
        if turn is not None and (_HEADING_LINE_RE.fullmatch(text, a, b) or _TIME_LINE_RE.fullmatch(text, a, b)):
            # "---", "READOUT", "JANUARY 5, 2026": a separator or a heading opens the next document, not the turn
            turn = None
        if turn is not None and _BULLET_RE.match(text, turn.at) and _BULLET_RE.match(text, a):
            # a live page's list of key events, "- X: 'Europe faces a long winter'" then "- Chancellor hosts ...":
            # the next item is the next headline, not the speaker's line
            turn = None
        if turn is not None and _SESSION_HEADING_RE.fullmatch(text, a, b):
            turn = None  # "Questions and answers": the next part of the event
            continue
        if turn is not None and (_STAGE_NOTE_RE.fullmatch(text, a, b) or _HOUSE_NOTE_RE.fullmatch(text, a, b)):
            continue  # "[Laughter]", "(inaudible)": the transcriber's note within a turn, nobody's words
        if turn is not None and p not in lone and _OTHER_LONE_LABEL_RE.fullmatch(text, a, b):
            # "Rachel Thornbury, BBC News:": a lone label of someone the story does not know, a journalist and her
            # outlet; the lines under it are hers, not the last speaker's
            turn, pending = None, []
            continue
        if (
            turn is not None
            and p not in labelled
            and labelled
            # the last speaker's turn runs to the end of a transcript of two or more turns while it speaks in the
            # first person; the writer's closing lines ("The President will travel on to X") are not the speaker's
            and (
                (labelled[-1] > p and not narrated)
                # (the paragraph right under a lone label of names and titles is its speaker's, whatever it says: "In
                # the name of God, the Most Gracious, the Most Merciful."; not under a sentence: "The below is
                # attributable to X:" leads the writer's account)
                or p == turn.para + 1
                and p - 1 in lone
                and not narrated
                and _NAMES_ONLY_RE.fullmatch(text, *turn.phrase) is not None
                or (
                    len(labelled) > 1
                    # (or addresses its audience in a line of its own, "Ladies and gentlemen,", before going on)
                    and (
                        _FIRST_PERSON_TAIL_RE.search(text, a, b)
                        or _VOCATIVE_LINE_RE.fullmatch(text, a, b)
                        # (or exclaimed, as translations set it: "Dear friends!")
                        or (_EXCLAIMED_ADDRESS_RE.fullmatch(text, a, b) and _ADDRESS_RE.search(text, a, b))
                    )
                    and not _narrated_tail(text, a, b)
                )
            )
        ):
            if (
                # a name or a short phrase in marks ("our initiative "Open Roads"") is no one else's speech
                (
                    not _DOUBLE_MARK_RE.search(text, a, b)
                    or _scare_marks_only(text, list(_DOUBLE_MARK_RE.finditer(text, a, b)))
                    or _relays_in_person(text, a, b)
                )
                and not _ANSWER_RE.match(text, a, b)
                and not compiled(r"[A-Z][A-Z .'’()-]{1,80}:\s").match(text[a:b])  # another (unknown) speaker's label
                and not _BRACKETED_LABEL_RE.match(text, a, b)  # "Ms X (Tampines):", "Dr Y (Brent) (Lab):"
                and not _NOTED_LABEL_RE.match(text, a, b)  # "[Master of ceremonies]: We will now take questions."
                and not _QUESTION_LINE_RE.match(text, a, b)  # a journalist's question ends the turn
            ):
                # "PRIME MINISTER HARRIS: Thank you. ¶ We agreed to ...": the speaker's turn runs to the next label
                for r in [*pending, p]:
                    lo, hi = _content(text, *art.paras[r])
                    items.append(_Item(at=art.paras[r][0], kind="label", phrase=turn.phrase, span=(lo, hi), para=r))
                pending = []
                continue
        if (
            turn is not None
            and len(labelled) > 1
            and labelled[-1] < p
            and not narrated
            and len(pending) < 2
            and _PROSE_PARA_RE.fullmatch(text, a, b)
            and not _DOUBLE_MARK_RE.search(text, a, b)
            and not _narrated_tail(text, a, b)
            and not _TITLED_LABEL_RE.match(text, a, b)
        ):
            # "Lithuania is a gateway to the Baltic for your soy." between lines in person: the last speaker's
            # speech goes on through a paragraph or two that say no "I" when it resumes in person after them
            pending.append(p)
            continue
        turn = None
        pending = []
        if p in lone:
            label = _lone_label(art, a, b)
            turn = _Item(at=a, kind="label", phrase=label.span("label"), span=(b, b), para=p)
            # a press officer's name over a readout ("Deputy Press Secretary X:") signs the writer's account of the
            # meeting as "The following is attributable to X:" does: he speaks only where he says "I" or "we"
            narrated = bool(_ATTRIBUTABLE_RE.match(text, a, b) or _RELAYER_RE.search(label.group("label")))
            continue
        answer = _ANSWER_RE.match(text, a, b)
        if answer:  # an interview's "A." lines are the words of the person who "spoke to us"
            # (whom the lead says was asked, before the first question, else whoever "spoke to us")
            interviewee = interviewee or _lead_partner(art, p) or _interviewee(art) or _headline_partner(art, p)
            if interviewee is not None:
                lo, hi = _content(text, answer.end(), b)
                items.append(_Item(at=a, kind="answer", phrase=interviewee, span=(lo, hi), para=p))
            continue
        label = labels[p]
        if label and p == 0:
            continue  # a headline's "Vucic: Egypt a proven friend" sums up in headline words, nobody's line
        if (
            label
            and _CROSSHEAD_LINE_RE.fullmatch(text, label.end(), b)
            and not _FINITE_RE.search(text, label.end(), b)
        ):
            continue  # a crosshead in the body, "Kertész: Hungary a reliable partner", with no stop and no verb
        if label and text[label.end()] not in '"“„«':  # a label before marks introduces a quote, not a line
            lo, hi = _content(text, label.end(), b)
            note = _LEAD_NOTE_RE.match(text, lo, hi)
            if note and note.end() < hi:
                # "X: [inaudible, microphone off] ... and Y.", "X: [Delivered in Swahili] Thank you.": the
                # transcriber's note before the words is nobody's speech
                lo = note.end()
            phrase = label.span("label")
            if _CHAIR_LABEL_RE.fullmatch(text, *phrase):
                turn = None  # "Mr Speaker: Order.": the chair of a parliament's sitting keeps order, no visit's words
                continue
            named = _BRACKETED_NAME_RE.match(text, phrase[1], label.end())
            if named and _names_a_person(art, text[named.start("name") : named.end("name")]):
                # "The Prime Minister (Mr Daniel Ashworth):": a parliament's record names the office, then its holder
                offices.setdefault(text[slice(*phrase)].strip().casefold(), named.span("name"))
                phrase = named.span("name")
            if art.journalist_label(text[slice(*phrase)]) and not art.asks(p):
                # a correspondent's report or a presenter's link: narrative, others' speech in it read as such
                continue
            who = art.resolve_label(text[slice(*phrase)])
            office, comma, _ = text[slice(*phrase)].partition(",")
            if who is not None and comma:
                offices.setdefault(office.strip().casefold(), phrase)
            elif who is None and text[slice(*phrase)].strip().casefold() in offices:
                # "Official Spokesperson:" after "Official Spokesperson, Shri X:": the office the transcript first
                # set before the speaker's name labels him on
                phrase = offices[text[slice(*phrase)].strip().casefold()]
                who = art.resolve_label(text[slice(*phrase)])
            items.append(_Item(at=a, kind="label", phrase=phrase, span=(lo, hi), para=p))
            # a correspondent's or presenter's turn goes on in narrative that may hold others' speech
            turn = items[-1] if who is not None else None
            narrated = False
            continue
        if text[a] not in "–—" and not text.startswith("- ", a):
            continue
        sep = _DASH_SEP_RE.search(text, a + 1, b)
        if not sep:
            continue
        first = _content(text, a + 1, sep.start())
        rest = _DASH_SEP_RE.search(text, sep.end(), b)
        attr_hi = rest.start() if rest else b
        attribution = _match_after(", " + text[sep.end() : attr_hi].rstrip(" ."), sep.end() - 2)
        if not attribution:
            continue
        segs = [_Seg(first[0], first[1], a, sep.start(), p)]
        if rest:
            lo, hi = _content(text, rest.end(), b)
            segs.append(_Seg(lo, hi, rest.start(), b, p))
        items.append(_Item(at=a, kind="dash", phrase=attribution[:2], segs=segs, para=p))
    return items


# The chair of a parliament's sitting, labelled by the office alone or with the holder after it: "Mr Speaker:",
# "Madam Deputy Speaker (Dame X):", "The SPEAKER:".
_CHAIR_LABEL_RE = re.compile(
    r"(?:The\s+)?(?:(?:Mr|Madam|Madame)\.?\s+)?(?:Deputy\s+|Acting\s+)?(?:Speaker|Chair(?:man|woman|person)?|"
    r"Presiding\s+Officer)",
    re.I,
)
# A time stamp standing as a paragraph, as a parliament's record sets it between speeches: "12.41 pm", "14:05".
# (a live page gives the time at home after it in brackets: "6.05pm (12.05pm)", "14:05 (09:05 GMT)", or its zone:
# "16:45 GMT", and its note of the last change: "Last updated 16:45 GMT", "Updated at 14.02 BST")
_TIME_LINE_RE = re.compile(
    r"\s*(?:(?:Last\s+)?[Uu]pdated?(?:\s+at)?:?\s+)?"
    r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\([^()\n]{0,12}?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?[^()\n]{0,12}\))?"
    r"(?:\s+[A-Z]{2,4}\b)?\s*"
)
# Another speaker's label whose name is followed by brackets (a seat, a party, a time) before the colon.
_BRACKETED_LABEL_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?(?:\s*\([^()\n]{1,60}\)){1,3}:\s")
# A speaker the transcriber names in square brackets, by role: "[Master of ceremonies]:", "[Interpreter]:".
_NOTED_LABEL_RE = re.compile(r"\[[^\[\]\n]{2,60}\]:\s")
# The holder's name in brackets after a label's office, before the colon: "The Prime Minister (Mr X Y):".
_BRACKETED_NAME_RE = re.compile(r"\s*\((?P<name>[A-Z][^()\n]{2,40})\)\s*(?:\([^()\n]{2,40}\)\s*)?:")


def _names_a_person(art: _Article, words: str) -> bool:
    """Whether bracketed words name one of the story's people, not a side or an outlet ("(Portugal)", "(TASS)")."""
    ent = art.resolve_label(words)
    return ent is not None and any(w in words.split() for w in ent.name.split())


# The heading of a part of a press event in a transcript: "Questions and answers", "[Opening Statement by President
# X]", "Q&A session".
_SESSION_HEADING_RE = re.compile(
    r"\s*[\[(]?\s*(?:(?:Opening|Closing|Press|Joint\s+press)\s+(?:statements?|remarks)(?:\s+(?:by|of)\b[^\[\]()\n]{1,60})?|"
    r"Questions?\s+(?:and|&)\s+answers?(?:\s+session)?|Q\s*&\s*A(?:\s+session)?)\s*[\])]?\s*",
    re.I,
)
# A lone label of a name and, after a comma, an outlet or an office, all in capitalised words.
_OTHER_LONE_LABEL_RE = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and)){0,5}:\s*"
)
# A transcriber's note in square brackets opening a speaker's line, before the words themselves.
_LEAD_NOTE_RE = re.compile(r"\[[^\[\]\n]{2,120}\]\s*")
# The transcriber's note of the room closing a speaker's line: "(laughter)", "[Applause]".
_TRAILING_STAGE_NOTE_RE = re.compile(r"\s*[(\[](?:laughter|laughs|applause|chuckles|crosstalk)[)\]]\s*$", re.I)
# A transcriber's note standing as a paragraph: "[Laughter]", "(Applause)", "[Speaks in Spanish]", or a whole act of
# the event between two speeches: "(The head of the company reports on the start of supplies.)" (not the speaker's own
# words given again: "(Interpretation: On energy, we discussed ...)")
_STAGE_NOTE_RE = re.compile(
    r"\s*(?:\[[^\[\]\n]{1,60}\]|\([^()\n]{1,60}\)|[(\[](?![^()\[\]\n:]{1,30}:)[^()\[\]\n]{61,400}[)\]])\s*"
)
# A parliament record's note of the members' noise within a speech, or their cry under a label of their benches:
# "Opposition members interjecting—", "Government members: Hear, hear!"; none of it the speaker's.
_HOUSE_NOTE_RE = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,2}members?(?:\s+interjecting\W*|:[^\n]*)\s*")
# A line with no lowercase letter (a separator, a heading in capitals, a date) that is no remark in brackets.
_HEADING_LINE_RE = re.compile(r"\s*(?![(\[])[^a-z\n]*[^a-z\s(\[][^a-z\n]*")
# A statement's lead ("The following is attributable to Spokesperson X:", "The following statement is attributed to
# ..."): what follows is the writer's account of a meeting unless it speaks in the first person.
_ATTRIBUTABLE_RE = re.compile(
    r"The following (?:\w+ )?(?:is|are|may be|can be) (?:attributable|attributed) to\b", re.I
)
# A label of capitalised words only (a name and its titles): "H.E. Mr. Ana Ruiz", "Prime Minister of Peru Ana Ruiz".
_NAMES_ONLY_RE = re.compile(r"(?:[A-Z][\w'’.-]*|of|the|and)(?:,?\s+(?:[A-Z][\w'’.-]*|of|the|and))*")
_FIRST_PERSON_TAIL_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b|^\s*Thank you\b", re.M)
# The writer telling of someone's words: "he said", "Ruiz told reporters", "said the minister"; not the speaker's own
# "Slovakia has always said that ..." nor "added value".
_NARRATED_TAIL_RE = re.compile(
    r"\b(?!(?:I|We)\b)(?:he|she|they|[A-Z][\w'’-]+)\s+(?:also\s+|later\s+)?"
    r"(?:said|says|told|added|stated|noted that)\b|"
    r"\b(?:said|says|added|stated)(?:,|\s+(?:the|[A-Z]\w))"
)
# The speaker's own aside on another's words, set off in his sentence: "But, as the President said, we want ...",
# "as my colleague has just noted,".
_AS_SAID_ASIDE_RE = re.compile(
    r"\b[Aa]s\s+(?:[\w'’.-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:just\s+|rightly\s+|already\s+)?"
    r"(?:said|says|noted|stressed|mentioned|put\s+it|pointed\s+out)\s*[,.;]"
)


def _relays_in_person(text: str, a: int, b: int) -> bool:
    """Whether a paragraph of a speaker's turn brings another's words in marks in the speaker's own voice: "I convey
    the words of X, who asked me to tell you, and I quote him, "..."" goes on with the turn, the marks inside it."""
    mark = _DOUBLE_MARK_RE.search(text, a, b)
    return bool(mark and _FIRST_PERSON_RE.search(text, a, mark.start()) and not _narrated_tail(text, a, mark.start()))


def _narrated_tail(text: str, a: int, b: int) -> bool:
    """Whether a paragraph tells of someone's words in the writer's voice, past the speaker's own asides on another's
    words ("as the President said,")."""
    asides = [x.span() for x in _AS_SAID_ASIDE_RE.finditer(text, a, b)]
    return any(
        not any(lo <= m.start() and m.end() <= hi for lo, hi in asides) for m in _NARRATED_TAIL_RE.finditer(text, a, b)
    )


# A speech's line of address, cut off by its comma: "Ladies and gentlemen,", "Dear friends,".
_VOCATIVE_LINE_RE = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,5},\s*")
_EXCLAIMED_ADDRESS_RE = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,5}!\s*")
_CROSSHEAD_LINE_RE = re.compile(r"\s*[A-Z][^.!?…:;\"“”«»()]{0,90}[^.!?…:;,\"“”«»()\s]\s*")
# A transcript label with the speaker's title: "Prime Minister Figueiredo Mota:", "Government spokesman X Y:",
# "Deputy Spokesperson, Ms Ana Ruiz:" (the office set off from the name by a comma).
# (a remark in brackets may stand before the colon: "President of Peru Ana Ruiz (retranslated):")
_LABEL = r"(?P<label>[A-Z][\w'’.-]*(?:,?\s+[\w'’.-]+){1,9}?)(?:\s*\([^()\n]{2,40}\))?:"
_TITLED_LABEL_RE = re.compile(_LABEL + r"\s+(?=\S)")
# The same label standing as a paragraph of its own, the speech in the paragraphs after it; a transcriber's note may
# follow its colon, nobody's words: "Prime Minister Ana Ruiz: (Translated from Spanish)", "RUIZ: [Delivered in Spanish;
# English interpretation follows]".
_LONE_LABEL_RE = re.compile(_LABEL + r"\s*(?:(?:\([^()\n]{2,40}\)|\[[^\[\]\n]{2,80}\])\s*)?")


def _speaker_label(art: _Article, a: int, b: int) -> re.Match | None:
    """A transcript label opening a paragraph; not a dateline ("ISLAMABAD: ...", "KUWAIT CITY, Nov 19:")."""
    # "• Kertész: Hungary will open a trade house", "SOT: Kertész: ...": a bullet or a script's cue first
    bullet = compiled(r"[•·▪*–—-]\s+|\(?(?:SOUNDBITE|SOT|SYNC|ACTUALITY|CLIP|INSERT)\)?:?\s+").match(art.text[a:b])
    m = _LABEL_RE.match(art.text, a + (bullet.end() if bullet else 0), b)
    if m is None:
        return None
    place = " ".join(w.capitalize() for w in m.group("label").split())
    if place in _CITY_BY_NAME or m.group("label").strip() in _COUNTRY_BY_FORM or place in _COUNTRY_BY_FORM:
        return None
    return m


def _titled_label(art: _Article, a: int, b: int) -> re.Match | None:
    """A longer label, taken only when it ends with the name of a person of the article, or is an office in capitals
    that has one holder among them ("THE PRESIDENT OF THE REPUBLIC:")."""
    m = _TITLED_LABEL_RE.match(art.text, a, b)
    if not m:
        # a long office set off before the name: "Minister of Foreign Affairs and Regional Integration of Peru, Hon.
        # Dr. Ana Ruiz:" (the office's words would run past any label's count)
        m = _OFFICE_FIRST_LABEL_RE.match(art.text, a, b)
        return (m and _of_a_person(art, m)) or _name_first_label(art, a, b)
    if m.group("label").isupper() and art.resolve_label(m.group("label")) is not None:
        return m
    return _of_a_person(art, m) or _name_first_label(art, a, b)


def _name_first_label(art: _Article, a: int, b: int) -> re.Match | None:
    """A label that names its speaker before the office, the words after its colon on the same line: "Ana Ruiz,
    Minister of Foreign Affairs of Peru: Thank you." (the office, in capitalised words, may run long)."""
    m = _NAME_FIRST_INLINE_LABEL_RE.match(art.text, a, b)
    return m and _of_a_person(art, m)


def _lone_label(art: _Article, a: int, b: int) -> re.Match | None:
    """A titled label that fills its paragraph ("Prime Minister Ana Ruiz:"), the turn in the paragraphs after."""
    text, end = art.text, b
    while end > a and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] not in (":", ")", "]"):  # (most paragraphs: the pattern is not tried)
        return None
    m = _LONE_LABEL_RE.fullmatch(text, a, b)
    m = m and _of_a_person(art, m)
    if m is None:
        # the name first and the office set off after it, however long: "H.E. Mr. Ana Ruiz, President of the
        # Republic of Peru:"
        m = _NAME_FIRST_LABEL_RE.fullmatch(text, a, b)
        m = m and _of_a_person(art, m)
    return m


# A label whose office comes first, set off from the name by a comma, however many words it runs to.
_OFFICE_FIRST_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][^:,.;\n\"“”]{2,120},\s+(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]+)(?:\s*\([^()\n]{2,40}\))?:\s+(?=\S)"
)
# A lone label that names its speaker before the office: "Dr. Ana Ruiz, Minister of Foreign Affairs of Peru:".
_NAME_FIRST_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){1,5}),\s+[A-Z][^:\n]{2,90}:\s*(?:\([^()\n]{2,40}\)\s*)?"
)
_NAME_FIRST_INLINE_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),\s+"
    r"[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.&-]*|of|the|and|for|on|in))*(?:\s*\([^()\n]{2,40}\))?:\s+(?=\S)"
)


def _of_a_person(art: _Article, m: re.Match) -> re.Match | None:
    last = m.group("label").split()[-1]
    ent = art.entities.get(_key(last))
    return m if ent is not None and ent.positions and not ent.outsider else None


_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[–—-]\s*", re.I)
_PROVERB_RE = re.compile(
    # (not the participle: "..., saying, "...", "was quoted as saying, "...")
    r"\b(?:proverb|(?<!,\s)(?<!\bas\s)saying|poem|song|motto|slogan|verse|lines? from)\b[^.!?\"“”]{0,30}:?\s*$",
    re.I,
)


_PROVERB_START_RE = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:proverb|saying|poem|song|motto|slogan)\b", re.I
)


# An entry's lead of an office and the circumstance of the words, up to the colon before them.
_OFFICE_LEAD_RE = re.compile(
    r"(?P<o>The\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:,?\s+(?:at|in|on|to|after|during|before|from|asked|speaking|addressing)\b[^:\"“”]{0,60})?:\s*$"
)


def _colon_subject(art: _Article, open_at: int, lo: int) -> tuple[int, int] | None:
    """Marks after a colon with no speech verb are the words of the one person the sentence names ("X apologised to
    his guest: "..."") or, after a bare heading ("His main message: "...""), of the one the sentence before names."""
    s_lo = max(art.sentence_at(open_at)[0], lo)
    if not art.text[s_lo:open_at].rstrip().endswith(":"):
        return None
    named = [(a, b, e) for a, b, e in art.mentions if s_lo <= a < open_at and not e.outsider]
    if not named:
        # "The chancellor at the press point: "..."", "The Chilean president: "..."": a live blog's entry led by the
        # office of one person of the story
        office = _OFFICE_LEAD_RE.match(art.text, s_lo, open_at)
        ent = art.resolve(*office.span("o"), s_lo, None) if office else None
        if ent is not None and ent.name and not ent.outsider:
            return office.span("o")
    # ("X has finished his address. The line that drew the longest ovation: "..."": a lead that names the words
    # singled out of a speech the sentence before tells of)
    singled = not named and _SINGLED_LINE_RE.match(art.text, s_lo, open_at)
    if not named and (len(art.text[s_lo:open_at].split()) <= 5 or singled) and s_lo > art.body_start:
        p_lo, _, para = art.sentence_at(s_lo - 1)
        if para == art.sentence_at(s_lo)[2] and (not singled or _UTTERANCE_RE.search(art.text, p_lo, s_lo)):
            named = [(a, b, e) for a, b, e in art.mentions if p_lo <= a < s_lo and not e.outsider]
    if not named:
        # "On the EU agreement, he drew the loudest applause of the afternoon: "..."": the pronoun the sentence opens
        # with, past a phrase set off before it, is its subject's, whose words the colon gives
        pronoun = _PRONOUN_LEAD_RE.match(art.text, s_lo, open_at)
        return pronoun.span("p") if pronoun else None
    if len({id(e) for _, _, e in named}) > 1:
        return None
    main = _MAIN_VERB_RE.search(art.text, s_lo, named[0][0])
    if main and not _DOUBLE_MARK_RE.search(art.text, s_lo, main.start()):
        # "In a second post, the minister shared a photo with President Y, writing: "..."": one named after the main
        # verb is its object; the subject before it, an office or a description, speaks
        a, b = _subject(art.text, s_lo, main.start() + 1)
        ent = art.resolve(a, b, a, None) if b > a else None
        if ent is not None and ent is not named[0][2] and not ent.outsider:
            return a, b
    if compiled(
        r",\s+(?:an?|one|another)\s+(?!(?:day|week|month|year|few|while|moment|time|hour)\b)[a-z][^,;:\"“”]*:\s*$"
    ).search(art.text, named[-1][1], open_at):
        return None  # "As X passed, a soldier in the front row whispered: "..."": the bystander's, its subject
    return named[0][0], named[0][1]


_PRONOUN_LEAD_RE = re.compile(
    r"(?:[A-Z][^,:;\"“”]{2,60},\s+)?(?P<p>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)?\b[^:;\"“”]{0,100}:\s*$"
)
_SINGLED_LINE_RE = re.compile(
    r"(?:the|his|her|one|a)\s+(?:[\w-]+\s+){0,2}?(?:line|lines|words|remark|passage|sentence|phrase)\s+"
    r"(?:that|which)\s+[^:\"“”]{3,80}:\s*$",
    re.I,
)


_SOUNDBITE_RE = re.compile(
    r"\(?(?:SOUNDBITE|SOT|SYNC|ACTUALITY|CLIP|INSERT|UPSOUND)\)?\s*(?:\([^()]{1,30}\)\s*)*"
    r"(?P<s>[^:()]{3,120}?)(?:,?\s+(?:SAYING|SAYS|ADDING|ON CAMERA))?\s*:",
    re.I,
)


_CUE_LINE_RE = re.compile(r"\[[^\[\]\n]{2,80}\]")
# A cue of a recording with the speaker's name after a dash, colon or comma: "[CLIP — PRESIDENT X]", "(SOUNDBITE OF
# ARCHIVED RECORDING, X)", "[AUDIO: X, Prime Minister]".
_CLIP_CUE_RE = re.compile(
    r"[\[(]\s*(?:CLIP|SOUNDBITE|SOUND\s+BITE|SOT|AUDIO|VIDEO|RECORDING|ARCHIVAL\s+(?:CLIP|AUDIO|RECORDING))"
    r"(?:\s+OF\s+[A-Z ]{2,40})?\s*[—–:,-]+\s*(?P<s>[^\[\]()\n:]{3,80}?)\s*[\])]",
    re.I,
)
_LEAD_DASH_RE = re.compile(r"\s+[–—-]+$")


def _intro_paragraph(art: _Article, para: int) -> tuple[int, int] | None:
    """The speaker of a quote that fills its paragraph, from a paragraph before it that ends by introducing it
    with a speech verb and a colon ("He told reporters:", "The minister said on Tuesday:")."""
    if para == 0:
        return None
    a, b = art.paras[para - 1]
    prev = art.text[a:b].rstrip()
    clip = _CLIP_CUE_RE.fullmatch(prev)
    if clip:  # a podcast's or a bulletin's cue that names whose recording plays: "[CLIP — PRESIDENT JOSEPH NJOROGE]"
        return a + clip.start("s"), a + clip.end("s")
    if para > 1 and _CUE_LINE_RE.fullmatch(prev):
        a, b = art.paras[para - 2]  # a broadcast script's cue between the lead-in and the clip
        prev = art.text[a:b].rstrip()
        dash = _LEAD_DASH_RE.search(prev)
        if dash:  # "In his remarks, the minister said —": the script's dash does what a colon does
            prev = prev[: dash.start()] + ":"
    if len(prev) <= 160 and prev[-1:] not in ":.!?" and not _DOUBLE_MARK_RE.search(prev):
        heading = _STATEMENT_HEADING_RE.fullmatch(prev)
        if heading:  # "Statement by President X" over his statement in marks, as the colon's lead-in does
            who = "s" if heading.group("s") else "s2"
            span = a + heading.start(who), a + heading.end(who)
            return None if _is_joint(art, *span) else span
    if not prev.endswith(":"):
        return None
    if _DOUBLE_MARK_RE.search(prev):
        # ("X, switching briefly into Mongolian to say "Bayarlalaa" (thank you):": marks inside the phrase set off
        # after the name of a lead-in that names only its speaker)
        named = _NAMED_LEAD_RE.fullmatch(prev)
        if named and "," in prev[: named.end("s") + 1] and not _DOUBLE_MARK_RE.search(prev, 0, named.end("s")):
            ent = art.resolve(a + named.start("s"), a + named.end("s"), a + named.start("s"), None)
            if ent is not None and not ent.outsider:
                return a + named.start("s"), a + named.end("s")
        return None
    bite = _SOUNDBITE_RE.fullmatch(prev)
    if bite:  # a video script's "SOUNDBITE (English) HUNGARIAN PRESIDENT, GABOR KERTESZ, SAYING:"
        return a + bite.start("s"), a + bite.end("s")
    s_lo = art.sentence_at(a + len(prev) - 1)[0]
    by = _STATEMENT_BY_RE.fullmatch(art.text, s_lo, a + len(prev))
    if by:  # "From Prime Minister X's statement after the talks:", "The minister's statement reads in part:"
        return by.span("s") if by.group("s") else by.span("s2")
    issued = _ISSUED_STATEMENT_RE.search(art.text, s_lo, a + len(prev))
    if issued:  # "Before leaving, the Prime Minister issued the following statement:" names him as "said" would
        lo, hi = _subject(art.text, s_lo, issued.start() + 1)
        return (lo, hi) if hi > lo else None
    i = bisect.bisect_left(art.mention_starts, s_lo)
    if i < len(art.mentions) and art.mentions[i][0] < a + len(prev):
        pos, end, ent = art.mentions[i]
        if not ent.outsider and _AUTHORED_BY_RE.fullmatch(art.text, s_lo, pos):
            return pos, end  # "Here is the statement posted by X a few minutes ago:": its author speaks
    m = _ATTR_BEFORE_RE.search(art.text, s_lo, a + len(prev) - 1)
    if not m:
        # a live blog's lead-in that names the speaker with no verb: "Ruiz:", "Ruiz, speaking through an
        # interpreter:", "Ruiz, in remarks carried on state television:"
        named = _NAMED_LEAD_RE.fullmatch(art.text, s_lo, a + len(prev))
        if named and art.resolve(*named.span("s"), named.start("s"), None) is not None:
            return named.span("s")
        # "Ruiz, speaking through an interpreter, recalled the conference of 1955:" and a paragraph all in marks:
        # a lead-in whose subject is a person of the story hands him the words its colon opens, whatever its verb
        i = bisect.bisect_left(art.mention_starts, s_lo)
        if i < len(art.mentions) and art.mentions[i][0] < a + len(prev):
            pos, end, ent = art.mentions[i]
            if (
                not ent.outsider
                and _SUBJECT_HEAD_RE.fullmatch(art.text, s_lo, pos)
                and _FINITE_AFTER_RE.match(
                    _PARENTHETICAL_RE.sub(lambda x: " " * len(x.group(0)), art.text[end : a + len(prev)])
                )
            ):
                return s_lo, end
        return _source_lead(art, para, s_lo, a + len(prev))
    if not m.group("obj").strip(" :") and art.text[m.end("verb") : a + len(prev) - 1].strip():
        return None
    lo, hi = _subject(art.text, s_lo, m.start("verb"))
    return (lo, hi) if hi > lo else None


def _source_lead(art: _Article, para: int, s_lo: int, colon_end: int) -> tuple[int, int] | None:
    """The speaker of a paragraph in marks after a live page's lead-in that gives only where the words come from
    ("From the official interpretation:", "Our translation:"): the one its sentence before ("X spoke in Japanese.")
    or the entry's heading ("20:22 — X's toast") names. A wire's item in marks is no one's words: it narrates a
    report."""
    text = art.text
    if _NARRATED_REPORT_RE.search(text, *art.paras[para]):
        return None  # "From the agency: "The President said on Tuesday that ..."": the wire's account
    i, j = bisect.bisect_left(art.mention_starts, s_lo), bisect.bisect_left(art.mention_starts, colon_end)
    if i < j:
        return None
    if len(text[s_lo:colon_end].split()) > 8:
        return None  # a sentence of the story that ends on a colon, not a lead-in naming a source
    if s_lo > art.paras[para - 1][0]:
        before = art.sentence_at(s_lo - 1)[0]  # "X spoke in Japanese. From the official interpretation:"
        heads = [(pos, end, ent) for pos, end, ent in art.mentions[bisect.bisect_left(art.mention_starts, before) : i]]
        if heads and _STAMP_HEAD_RE.fullmatch(text, before, heads[0][0]) and _UTTERANCE_RE.search(text, before, s_lo):
            return _only_person(heads)
        return None  # "X hosted a lunch. From the menu card:": nothing said
    if para < 2:
        return None
    h_lo, h_hi = art.paras[para - 2]  # "20:22 — X's toast", the heading of the entry
    if h_hi - h_lo > 80 or text[h_hi - 1] in '.!?:"”' or not _UTTERANCE_RE.search(text, h_lo, h_hi):
        return None
    return _only_person(art.mentions[bisect.bisect_left(art.mention_starts, h_lo) : i])


def _only_person(named: list[tuple[int, int, _Entity]]) -> tuple[int, int] | None:
    if not named or len({id(e) for _, _, e in named}) > 1 or named[0][2].outsider:
        return None
    return named[0][0], named[0][1]


# What tells of someone's words, before a lead-in that names only their source: "X spoke in Japanese.", "X has posted
# on Instagram.", "20:22 — X's toast".
_UTTERANCE_RE = re.compile(
    r"\b(?:sp[eo]ak(?:s|ing)?|spoke|posts?|posted|wr[oi]te|writes|tweet(?:s|ed)?|toast(?:s|ed)?|address(?:es|ed)?|"
    r"speech|remarks|statement|message|words|repl(?:y|ied)|answer(?:s|ed)?|said|says|told|tells|read\s+out|"
    r"took\s+the\s+floor|interpret(?:er|ation))\b"
)

# A lead-in that names the author of the text it gives, its verb a participle after the text's noun: "Here is the
# statement posted by", "The message sent by", "Below are the remarks delivered by".
_AUTHORED_BY_RE = re.compile(
    r"(?:(?:Here|Below)\s+(?:is|are)\s+)?(?:the|a|an|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|message|post|posts|note|letter|tweet|text|toast|remarks|words)\s+(?:(?:was|were|has\s+been)\s+)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?:posted|issued|released|published|put\s+out|shared|sent|written|delivered|read\s+out|tweeted)\s+by\s+",
    re.I,
)


# The verb right after a subject, past any set-off phrase blanked out: "    invoked the conference:".
_FINITE_AFTER_RE = re.compile(r"\s*(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b")
# A statement given out in full after the colon: "issued the following statement:", "released this message:".
_ISSUED_STATEMENT_RE = re.compile(
    r"\s(?:issued|released|delivered|gave|made|published|posted)\s+(?:the\s+following|this|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|message|remarks|address)(?:\s+[^:;\"“”]{1,80})?:"
)
# A lead-in of a name alone, or a name and a phrase set off by a comma: "Ruiz, speaking briefly to reporters:".
_NAMED_LEAD_RE = re.compile(r"(?P<s>[A-ZÀ-ÞĀ-ſ][\w'’.-]*(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’.-]*){0,3})(?:,\s+[^,:;]{3,100})?:")


_STATEMENT_BY_RE = re.compile(
    # ("From Prime Minister X's statement after the talks:", "The minister's statement reads in part:": a heading
    # that takes its words from a statement, or says how the statement reads)
    r"(?:(?:From|Excerpts?\s+from|Extracts?\s+from)\s+(?:the\s+)?)?"
    r"(?:(?:Full\s+)?(?:text\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Opening|Closing|Concluding|Introductory|Welcoming|Keynote|Press|Joint\s+press)\s+)?"
    r"(?:Statement|Remarks|Address|Speech|Message)\s+(?:by|of)\s+(?P<s>[^:]{2,80}?)(?:\s+(?:to|at|before|on|after|following|during)\s+[^:]{2,90})?|(?P<s2>[^:]{2,60}?)['’]s\s+"
    r"(?:statement|remarks|address|speech|message)(?:\s+(?:to|at|before|on|after|following|during)\s+[^:]{2,90}?)?"
    r"(?:\s+(?:reads|read|said|says)(?:\s+in\s+part|\s+as\s+follows)?)?)\s*:$",
    re.I,
)
# The same heading standing as a paragraph of its own, with no colon, in a transcript's brackets too: "Statement by
# President Kertész", "[Opening Remarks by Prime Minister Ruiz]".
_STATEMENT_HEADING_RE = re.compile(
    r"(?:\[\s*(?=[^\[\]]*\]\s*$))?" + _STATEMENT_BY_RE.pattern[: -len(r"\s*:$")] + r"\s*\]?\s*$", re.I
)
# A sentence standing as a paragraph that announces the speech after it: "President Kertész made the press statement.",
# "Then President Kertész took the floor.", "President Kertész addressed the participants of the forum." (an audience,
# not a subject: "addressed the issue of visas" announces nothing)
_MADE_STATEMENT_RE = re.compile(
    r"(?P<s>[A-Z][^.:;,\"“”]{2,80}?)\s+(?:then\s+|next\s+)?(?:(?:made|delivered|gave)\s+(?:a|the|his|her)\s+"
    r"(?:press\s+|opening\s+|closing\s+)?(?:statement|speech|address|remarks)|took\s+the\s+floor|"
    r"addressed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:press|media|journalists|reporters|audience|participants|gathering|"
    r"guests|forum|ceremony|meeting|conference|session|event)(?:\s+(?:at|in|of|on|after|during)\s+[^.:;,\"“”]{2,60})?)"
    r"(?:\s+(?:first|next|then|after\s+(?:him|her)))?\.?\s*"
)
# A sentence standing as a paragraph in which the publisher presents the speech after it ("The agency presents the
# statement of President Kertész.", "Below is the full text of the minister's address:"): its speaker as a heading
# names him.
_PRESENTED_STATEMENT_RE = re.compile(
    r"(?:(?:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}|We)\s+(?:presents?|publish(?:es)?|offers?|brings?|provides?)"
    r"(?:\s+(?:to\s+)?(?:you|(?:its|our)\s+readers))?(?:\s+(?:below|here))?|(?:Below|Here)\s+(?:is|are))\s+"
    r"(?:the\s+)?(?:full\s+)?(?:text\s+of\s+(?:the\s+)?)?"
    r"(?:(?:press\s+|opening\s+|closing\s+)?(?:statement|speech|address|remarks|message)\s+(?:of|by)\s+"
    r"(?P<s>[^.:;,\"“”]{2,80}?)|(?P<s2>[^.:;,\"“”]{2,60}?)['’]s\s+(?:press\s+|opening\s+|closing\s+)?"
    r"(?:statement|speech|address|remarks|message))(?:\s+(?:in\s+full|below|as\s+follows))?\s*[.:]\s*"
)
# A speech's words to its audience, which need not say "I" or "we": "Mr President, welcome to Budapest. Thank you."
_ADDRESS_RE = re.compile(
    r"\b(?:[Yy]ou|[Yy]our|Mr\.? President|Madam President|Excellenc\w*|[Ll]adies and gentlemen|[Dd]ear|"
    r"[Gg]ood\s+(?:morning|afternoon|evening)|"
    # (the closing thanks, in the guest's language too: "Muchas gracias.")
    r"[Tt]hanks|[Gg]racias|[Mm]erci|[Gg]razie|[Dd]anke|[Oo]brigad[oa])\b"
)
# The lines of a release between its heading and the speech: "Press release", "27 February 2023", "13:45".
_RELEASE_LINE_RE = re.compile(
    r"\s*(?:(?:Press|News|Media)\s+(?:release|statement|note)|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"|(?:Please\s+)?[Cc]heck\s+against\s+delivery|\(?[Aa]s\s+delivered\)?|[Ee]mbargoed[^\n]{0,60}"
    r"|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4})\s*"
)
# The greeting lines that open a speech ("Dear guests,", "– Thank you, Mr President.").
_GREETING_RE = re.compile(r"[–—-]?\s*(?:\S+\s+){0,4}\S+[,.!]?\s*$")
_LEAD_DASH_LINE_RE = re.compile(r"[–—-]?\s*")
# A transcriber's note in brackets standing as a line of a speech, however long: "[Note: The statement was delivered in
# Hindi. This is an approximate translation.]", "(Applause)".
_NOTE_LINE_RE = re.compile(r"\s*(?:\[[^\[\]\n]{2,400}\]|\((?!\w+\))[^()\n]{2,400}\))\s*")


def _block_items(art: _Article) -> list[_Item]:
    """A statement set out in unmarked paragraphs after a lead-in that ends with a colon ("Tursunov said:",
    "Statement by President Kertész to the press:"): each first-person paragraph is the speaker's words."""
    text = art.text
    items: list[_Item] = []
    for p, (a, b) in enumerate(art.paras[:-1]):
        lead = text[a:b].rstrip()
        heading = None
        if len(lead) <= 160 and lead[-1:] not in ":.!?" and not _DOUBLE_MARK_RE.search(lead):
            heading = _STATEMENT_HEADING_RE.fullmatch(text, a, a + len(lead))
        elif len(lead) <= 160 and lead.endswith(".") and not _DOUBLE_MARK_RE.search(lead):
            heading = _MADE_STATEMENT_RE.fullmatch(text, a, a + len(lead)) or _PRESENTED_STATEMENT_RE.fullmatch(
                text, a, a + len(lead)
            )
        if heading is None and (not lead.endswith(":") or _DOUBLE_MARK_RE.search(lead)):
            continue
        s_lo = art.sentence_at(a + len(lead) - 1)[0]
        phrase = None
        by = (
            heading
            or _STATEMENT_BY_RE.fullmatch(text, s_lo, a + len(lead))
            or _PRESENTED_STATEMENT_RE.fullmatch(text, a, a + len(lead))
        )
        if by:
            phrase = by.span("s") if by.group("s") else by.span("s2")
        else:
            m = _ATTR_BEFORE_RE.search(text, s_lo, a + len(lead))
            if m and not m.group("obj").strip(" :") or (m and _AUDIENCE_RE.match(m.group("obj") + " X ")):
                lo, hi = _subject(text, s_lo, m.start("verb"))
                phrase = (lo, hi) if hi > lo else None
            named = None if m else _NAMED_LEAD_RE.fullmatch(text, s_lo, a + len(lead))
            if named:
                # "Ruiz, at the lectern afterwards:" names its speaker with no verb, for unmarked words as for marked
                ent = art.resolve(*named.span("s"), named.start("s"), None)
                phrase = named.span("s") if ent is not None and not ent.outsider else None
        if phrase is None or by and _is_joint(art, *phrase):
            continue  # ("Remarks by President X and Prime Minister Y": the heading of both their turns)
        # "Statement by President X:" heads a speech as a heading does: its words to the audience ("Thank you.",
        # "your country") are the speaker's though they say no "I"
        headed = by is not None
        skipped = 0
        # A speech under its heading goes on through a paragraph or two that neither says "I" nor addresses
        # anyone ("But today is about the future."): they are its words when the speech resumes after them.
        pending: list[int] = []
        address: list[int] = []  # lines of address ("Friends,") kept while the speech may go on after them
        opening = True  # no paragraph of the speech taken yet
        for q in range(p + 1, len(art.paras)):
            qa, qb = art.paras[q]
            body = text[qa:qb]
            short = _GREETING_RE.fullmatch(body) or _VOCATIVE_LINE_RE.fullmatch(body)
            greeting = short and body.rstrip()[-1:] in ",.!"
            if opening and greeting and _ADDRESS_RE.search(body):
                # "X said: ¶ - Dear Mr President, ¶ Dear guests, ¶ ...", "Statement by X ¶ Good afternoon.": the
                # speaker's own opening words, said as he took the floor, under a heading too
                lo, hi = _content(text, qa, qb)
                lo = _LEAD_DASH_LINE_RE.match(text, lo, hi).end()
                items.append(_Item(at=qa, kind="unmarked", phrase=phrase, span=(lo, hi), para=q, whole_line=True))
                continue
            if headed and _NOTE_LINE_RE.fullmatch(body) and not _STATEMENT_HEADING_RE.fullmatch(body.rstrip()):
                continue  # "[Note: The statement was delivered in Hindi.]", "[Applause]": the transcriber's, nobody's
            if headed and greeting and body.rstrip().endswith(","):
                # "Delegates of both countries,", "Friends,": the speaker's address, his words when his speech goes on
                address.append(q)
                continue
            opening = False
            if heading is not None and q == p + 1 + skipped and _RELEASE_LINE_RE.fullmatch(body):
                skipped += 1
                continue
            marks = list(_DOUBLE_MARK_RE.finditer(text, qa, qb))
            if (
                marks
                and not _scare_marks_only(text, marks)
                or _LABEL_RE.match(text, qa, qb)
                or body.rstrip().endswith(":")
            ):
                break
            if heading is not None and (
                _MADE_STATEMENT_RE.fullmatch(body.rstrip()) or _PRESENTED_STATEMENT_RE.fullmatch(body.rstrip())
            ):
                break  # the next speaker's turn
            if not (_FIRST_PERSON_RE.search(body) or headed and _ADDRESS_RE.search(body)):
                if not headed or len(pending) >= 2 or body.rstrip()[-1:] not in ".!?":
                    break
                pending.append(q)
                continue
            for r in sorted([*address, *pending, q]):
                lo, hi = _content(text, *art.paras[r])
                items.append(
                    _Item(
                        at=art.paras[r][0],
                        kind="unmarked",
                        phrase=phrase,
                        span=(lo, hi),
                        para=r,
                        whole_line=True,
                    )
                )
            pending = []
            address = []
    return items


# The byline under a social-media post a live page embeds: "— Jane Roe (@JaneRoeMP) May 20, 2026".
_EMBED_BYLINE_RE = re.compile(r"\s*[—–-]+\s*(?P<s>[^()\n@]{2,80}?)\s*\(@\w{1,30}\)(?:\s*[^\n]{0,40}?\d{4})?\s*")
# The same post given on one line after its author and handle: "Jane Roe (@JaneRoeMP): Delighted to welcome ...".
_EMBED_HEAD_RE = re.compile(r"\s*(?P<s>[^()\n@:]{2,80}?)\s*\(@\w{1,30}\)\s*:\s*(?=\S)")
# What closes a post without being said: hashtags, handles, emoji and flags.
_POST_TAIL_RE = re.compile(r"(?:\s*(?:[#@]\w+|[^\w\s.,;:!?'’\"”)…–-]+))+\s*$")


def _post_items(art: _Article) -> list[_Item]:
    """A post a live page embeds, its author given by name and handle in its byline or its head: the author's own
    words when the story follows them, like a line of theirs under their label; an office's account speaks for no
    one."""
    text = art.text
    items: list[_Item] = []
    for p, (a, b) in enumerate(art.paras):
        byline = _EMBED_BYLINE_RE.fullmatch(text, a, b)
        head = None if byline else _EMBED_HEAD_RE.match(text, a, b)
        if byline and p and not _EMBED_BYLINE_RE.fullmatch(text, *art.paras[p - 1]):
            name, para = byline.span("s"), p - 1
            lo, hi = _content(text, *art.paras[para])
        elif head:
            name, para = head.span("s"), p
            lo, hi = _content(text, head.end(), b)
        else:
            continue
        ent = art.resolve(*name, name[0], None)
        if ent is None or ent.outsider:
            continue
        tail = _POST_TAIL_RE.search(text, lo, hi)
        hi = tail.start() if tail else hi
        if hi - lo < 2:
            continue
        if text[lo] in '"“„«' and text[hi - 1] in '"”»' and not _DOUBLE_MARK_RE.search(text, lo + 1, hi - 1):
            lo, hi = lo + 1, hi - 1  # a post set in marks: its words inside them
        items.append(_Item(at=lo, kind="unmarked", phrase=name, span=(lo, hi), para=para, whole_line=True))
    return items


def _release_items(art: _Article) -> list[_Item]:
    """A release its author writes in the first person under the letterhead that names them ("Today I met my
    counterpart ..."): each paragraph of its prose is the author's own words, up to the first paragraph that is no
    sentence (a list's lead, the press contacts, a transcript's heading) or that quotes someone."""
    if art.author is None:
        return []
    text = art.text
    first = next(
        (p for p, (a, b) in enumerate(art.paras[:_RELEASE_HEAD_PARAS]) if _PROSE_PARA_RE.fullmatch(text, a, b)), None
    )
    if first is None or not _RELEASE_OPENING_RE.search(text, *art.paras[first]):
        return []
    items: list[_Item] = []
    for p in range(first, len(art.paras)):
        a, b = art.paras[p]
        if not _PROSE_PARA_RE.fullmatch(text, a, b) or _DOUBLE_MARK_RE.search(text, a, b):
            break
        lo, hi = _content(text, a, b)
        items.append(_Item(at=a, kind="release", phrase=None, span=(lo, hi), para=p))
    return items


_RELEASE_HEAD_PARAS = 8
# A paragraph of prose: opens with a capital, holds at least one sentence and ends on a sentence's stop.
_PROSE_PARA_RE = re.compile(r"\s*[A-Z][^\n]{20,}[.!?]\s*")
# The author's voice in a release's first paragraph: "Today I concluded my first visit ...".
_RELEASE_OPENING_RE = re.compile(r"\bI\b(?!\.)")


# A broadcast script prints a correspondent's voice piece inside quotation marks: its reports ("Dr. Mwale said
# the talks went well. He said ...") are narration, and the speech inside is read as if unmarked.
_NARRATED_REPORT_RE = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he|\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:Minister|President|Secretary)|[A-Z][\w'’-]{2,})\s+"
    r"(?:also\s+)?(?:said|noted|stressed|added|underlined|emphasi[sz]ed|told)\b"
)


def _voiced_narration(text: str, group: list[_Seg]) -> bool:
    lo, hi = group[0].start, group[-1].end
    if hi - lo < 200 or _FIRST_PERSON_RE.search(text, lo, hi):
        return False
    return len(_NARRATED_REPORT_RE.findall(text, lo, hi)) >= 2


_NAME_RUN_RE = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÞĀ-ſ][\w'’-]+\.?(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’-]+)+")


def _untracked_name(art: _Article, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], the subject of a speech act that named nobody of the story, holds a person's full name
    all the same ("Jane Roe, Chief Executive of the board, said"): someone the story quotes but does not follow."""
    for m in _NAME_RUN_RE.finditer(art.text, lo, hi):
        words = [_bare(w) for w in m.group(0).split()]
        styled = False
        while words and words[0] in _HONORIFICS:
            words.pop(0)
            styled = True
        # ("Mr Lim": a style before one word names a person too)
        if not (1 if styled else 2) <= len(words) <= 4 or any(w in _STOP_CAPS or w in _PORTFOLIO_WORDS for w in words):
            continue
        i = bisect.bisect_left(art.mention_starts, m.end())
        if not any(m.start() < b for _, b, _ in art.mentions[max(0, i - 3) : i]):
            return True
    return False


def _stranger_introduced(art: _Article, at: int, quoted: _Spans | None = None) -> bool:
    """Whether the last person named before a pronoun's attribution, in its paragraph or the one before, is someone
    the story does not follow ("Among the crowd was Ana Ruiz, 38, a baker. ¶ "...," she said."): they speak.

    Someone named inside words already given to a speaker is what the speaker spoke of, not a new voice ("X said he
    had raised the case of Dr Ana Ruiz, who ... ¶ He also told Y that ..." goes on with X)."""
    para = art.sentence_at(at)[2]
    lo = art.paras[max(0, para - 1)][0]
    i = bisect.bisect_left(art.mention_starts, at)
    if i and art.mentions[i - 1][1] > lo:
        lo = art.mentions[i - 1][1]
    for m in _STRANGER_RE.finditer(art.text, lo, at):
        words = (m.group("name") or m.group("name2")).split()
        if quoted is not None and quoted.holds(m.start()):
            continue
        if words[0] in _TITLE_WORDS or art.entities.get(_key(words[-1])) is not None:
            continue  # "Madam President", or someone the story follows
        if _TITLED_BEFORE_RE.search(art.text, max(lo, m.start() - 40), m.start()):
            continue  # "Minister ... the Honourable Dr Ana Ruiz": an office holder, whom a title introduces
        j = bisect.bisect_left(art.mention_starts, m.end())
        if not any(m.start() < b for _, b, _ in art.mentions[max(0, j - 3) : j]):
            return True
    return False


_TITLED_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# A person introduced with a style or an age, as a story brings in someone from the street: "Mrs Ana Ruiz",
# "Ana Ruiz, 38,".
_STRANGER_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Madam)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})|"
    r"\b(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+\d{1,3},"
)


def _stranger_speaks(art: _Article, stranger_at: int, at: int) -> bool:
    """Whether a pronoun attribution at ``at`` still speaks for the untracked person named at ``stranger_at``: it
    is in that paragraph or the next, and nobody of the story is named after that person's sentence."""
    s_hi, para = art.sentence_at(stranger_at)[1:]
    if art.sentence_at(at)[2] - para > 1:
        return False
    i = bisect.bisect_left(art.mention_starts, s_hi)
    return i >= len(art.mentions) or art.mentions[i][0] >= at


def _own_reporter(art: _Article, name: str) -> bool:
    """Whether the story introduces a name as the outlet's own reporter ("Our reporter Ana Lima is travelling
    with ...", "Ana Lima, our correspondent in Hanoi")."""
    word = re.escape(name.split()[0])
    return bool(
        compiled(
            rf"\b(?:[Oo]ur|[Tt]his\s+\w+['’]s)\s+(?:own\s+)?(?:\w+\s+)?(?:correspondent|reporter|journalist)\s+{word}\b|"
            rf"\b{word}(?:\s+[A-Z][\w'’-]+)*,\s+(?:[Oo]ur|[Tt]his\s+\w+['’]s)\s+(?:\w+\s+)?(?:correspondent|reporter)\b"
        ).search(art.text, art.body_start)
    )


def _relayed_answers(art: _Article) -> set[int]:
    """The marked answers a broadcast's own correspondent gives to the presenter's plain questions ("Ana, what did
    the minister say?" ¶ "He told his host that ..."): the correspondent tells what others said, so the paragraph
    is narrative holding their speech, not the correspondent's quote. The correspondent answers from the question
    that names them up to one that names someone else."""
    text = art.text
    out: set[int] = set()
    relay = False
    for p in range(1, len(art.paras)):
        a, b = art.paras[p]
        if _asked(art, p):
            m = _VOCATIVE_RE.match(text, a)
            if m:
                relay = _own_reporter(art, m.group("name"))
                ent = art.resolve(m.start("name"), m.end("name"), m.start(), None) if relay else None
                if ent is not None:
                    ent.outsider = True  # the outlet's own reporter takes no part in the visit
            continue
        if relay and text[a] in "\"“‘'" and (_asked(art, p - 1) or p - 1 in out):
            out.add(p)
    return out


def _join_paragraph_lines(art: _Article, lines: list[_Item]) -> list[_Item]:
    """In an article whose paragraphs are set apart by blank lines, the lines of a speech with no blank line between
    them are one paragraph and one quote ("Your Excellency President X,\nDistinguished delegates,\nFriends,")."""
    text, paras = art.text, art.paras
    gaps = [text.count("\n", paras[p][1], paras[p + 1][0]) for p in range(len(paras) - 1)]
    if sum(g > 1 for g in gaps) * 2 <= len(gaps):
        return lines  # a line a paragraph: each line stands alone
    lines = sorted(lines, key=lambda it: it.at)
    out: list[_Item] = []
    end = -1  # the paragraph of the last line joined to out[-1]
    for it in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and it.kind == last.kind
            and it.phrase == last.phrase
            and not it.segs
            and not last.segs
            and it.para == end + 1
            and gaps[end] == 1
            and last.span[1] <= it.span[0]
        ):
            out[-1] = replace(last, span=(last.span[0], it.span[1]))
        else:
            out.append(it)
        end = it.para
    return out


def _extract_quotes(art: _Article) -> list[QuoteSuggestion]:
    text = art.text
    # (a post's head names its author as a transcript's label does; its hashtags and emoji are no one's words)
    lines = _post_items(art)
    line_paras = {it.para for it in lines}
    lines += [it for it in _line_items(art) if it.para not in line_paras]
    line_paras = {it.para for it in lines}
    lines += [it for it in _block_items(art) if it.para not in line_paras]
    line_paras = {it.para for it in lines}
    lines += [it for it in _release_items(art) if it.para not in line_paras]
    line_paras = {it.para for it in lines}
    lines += [it for it in _plain_interview_items(art) if it.para not in line_paras]
    line_paras = {it.para for it in lines}
    lines = _join_paragraph_lines(art, lines)
    groups = [g for g in _collect_segments(art) if g[0].para not in line_paras and not _voiced_narration(text, g)]
    relayed = _relayed_answers(art)
    closing: set[int] = set()
    if relayed:
        # the words the correspondent's answer marks are the speech it tells of, read as in any narrative
        inner = [
            [_Seg(*_content(text, o + 1, c), o, c, g[0].para)]
            for g in groups
            if g[0].para in relayed
            for s in g
            for o, c in _scan_marks(text, s.start, s.end)[0]
        ]
        closing = {s.close_at for g in groups if g[0].para in relayed for s in g if s.close_at is not None}
        groups = [g for g in groups if g[0].para not in relayed] + inner
        groups.sort(key=lambda g: g[0].open_at)
    masked = [
        (s.open_at, (s.close_at if s.close_at is not None else art.paras[s.para][1]) + 1) for g in groups for s in g
    ] + [art.paras[p] for p in line_paras]
    art.marked_spans = masked
    items: list[_Item] = list(lines)
    para_segs: dict[int, list[_Seg]] = {}
    for g in groups:
        for s in g:
            para_segs.setdefault(s.para, []).append(s)
    for segs in para_segs.values():
        segs.sort(key=lambda x: x.open_at)
    position = {id(s): i for segs in para_segs.values() for i, s in enumerate(segs)}
    for g in groups:
        phrase, at, embedded = None, g[0].open_at, False
        for s in g:
            siblings = para_segs[s.para]
            idx = position[id(s)]
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
                elif nxt_open == p_hi and s.para + 1 < len(art.paras) and not art.text[s.close_at + 1 : p_hi].strip():
                    signed = _LINE_SIGNATURE_RE.fullmatch(art.text, *art.paras[s.para + 1])
                    if signed:
                        phrase, at = signed.span("s"), signed.start("s")
            if phrase is None and not s.continues and s is g[0] and s.open_at == p_lo:
                phrase = _intro_paragraph(art, s.para)
                if phrase is not None:
                    at = phrase[0]
            if phrase is None and not s.continues and s is g[0]:
                phrase = _colon_subject(art, s.open_at, prev_close)
                if phrase is None and idx and not text[prev_close : s.open_at].strip(" .,"):
                    before = siblings[idx - 1]  # "...proverb: "A." "B.": B goes on in the voice the colon gave
                    phrase = _colon_subject(art, before.open_at, p_lo)
        proverb = _PROVERB_RE.search(text, max(prev_close, g[0].open_at - 60), g[0].open_at)
        if proverb and not (
            # ("Opening lines from Mr X: "..."": the lines of one of the story's speakers are his own words)
            phrase is not None and proverb.group(0).lower().startswith("line") and proverb.start() < phrase[0]
        ):
            continue  # a proverb, a song, a motto: not the speaker's own words
        if _crosshead(art, g):
            continue  # a crosshead between quotation marks titles the words the body gives
        if (
            embedded
            and g[0].para == 0
            and not compiled(r"[.!?]$").search(text[slice(*art.paras[0])].rstrip(' "”’'))
            and _said_again(art, g)
        ):
            continue  # a headline's marked phrase repeats the body's words, where the speaker is named
        if embedded:
            partial = _partial_speaker(art, g)
            if partial:  # praised the "frank and warm" talks; else scare quotes or names of works
                items.append(
                    _Item(at=g[0].open_at, kind="marked", phrase=partial, segs=g, para=g[0].para, quote_kind=PARTIAL)
                )
            continue
        items.append(_Item(at=at, kind="marked", phrase=phrase, segs=g, inherit=phrase is None, para=g[0].para))
    unmarked = _unmarked_items(art, masked)
    unmarked += _interrupted_items(art, masked + [it.span for it in unmarked])
    inside = _Spans(it.span for it in unmarked)
    # "He described the format as "a natural step" for ..., the readout said": a document's or an office's
    # attribution after the clause is the source, and the marked phrase stays the partial quote of the one whose
    # verb hands it over
    named = _Spans(it.span for it in unmarked if not _UNNAMED_RE.search(text, *it.phrase))
    items = [
        it
        for it in items
        if it.kind != "marked" or not (named if it.quote_kind == PARTIAL else inside).holds(it.segs[0].open_at)
    ]
    items.extend(unmarked)
    # "..., who welcomed Japan's loan, the ministry said": an institution's attribution leaves the
    # participant's own speech act inside it to be read
    taken = masked + [it.span for it in unmarked if not _UNNAMED_RE.search(text, *it.phrase)]
    reported = (
        _according_items(art, taken)
        + _fronted_items(art, taken)
        + _summary_items(art, taken)
        + _quoted_object_items(art, taken)
    )
    items.extend(reported)
    # "According to a Chinese readout, Mr Zhao told him that ...": a document's attribution leaves the speech inside,
    # as a source that names nobody of the story does ("..., X said the trade had stalled, according to figures
    # from the statistics office")
    sourced = [
        it.span
        for it in reported
        if not _UNNAMED_RE.search(text, *it.phrase)
        and not _INDEFINITE_RE.match(text[it.phrase[0] : it.phrase[1]].strip())
        and art.resolve(it.phrase[0], it.phrase[1], it.at, None) is not None
    ]
    items.extend(_event_items(art, taken + sourced))
    items.extend(_described_as_items(art, taken))
    items.sort(key=lambda it: (it.at, 0 if it.kind != "event" else 1))

    quotes: list[QuoteSuggestion] = []
    quoted = _Spans()
    last: _Entity | None = None
    last_quote_by_para: dict[int, _Entity] = {}
    speaker_of: dict[int, _Entity] = {}
    quoted_events: set[int] = set()
    answerer: _Entity | None = None  # who answered the last of an interview's plain questions
    group_no = 0
    # "Jane Roe, head of the board, said ... "...," she said": the name of someone the story does not follow, and
    # the pronouns after it are hers, not the last participant's who spoke
    stranger_at = spoke_at = -1

    def speaker(lo: int, hi: int, at: int, region: int) -> _Entity | None:
        nonlocal stranger_at, spoke_at
        pronoun = _PRONOUN_RE.match(text[lo:hi].strip(' ,"”’'))
        if pronoun and stranger_at > spoke_at and _stranger_speaks(art, stranger_at, at):
            return None
        if pronoun and _stranger_introduced(art, at, quoted):
            return None
        ent = art.resolve(lo, hi, at, last)
        if (
            ent is not None
            and last is not None
            and ent is not last
            and (last.role == ent.role or _holds_bare_office(art, last, text[lo:hi], at))
        ):
            # "Ruiz said ... "...," the Head of State said": an office both sides' people hold, named bare right
            # after one of them spoke, is that one's (in the sentence of his speech it is the other: "X welcomed
            # him, and the Prime Minister praised ...")
            words = text[lo:hi].split()
            # (opening a sentence, not an office named by its fields, which tell its holder: "The Minister of
            # Commerce and Industry said")
            bare = (
                words[:1] == ["the"] or words[:1] == ["The"] and not _portfolio(_CORE_RE.sub(" ", " ".join(words[1:])))
            ) and all(w.capitalize() in _TITLE_WORDS or w in ("of", "and") for w in words[1:])
            # (an office the one who spoke does not hold is no such office: "the Chancellor", "the Prime Minister"
            # after a prime minister, a chancellor spoke; "the head of state" is any president's, "the Prime
            # Minister" the one titled "PM")
            office = _parse_title(" ".join(words[1:]))
            held = f"{last.title} {_written_title(art, last, at)}".lower()
            bare = bare and not (
                office
                and held
                and any(w not in _OFFICE_OF_ANY and w not in held for w in office.core.split())
                and "".join(w[0] for w in office.core.split()) not in held.split()
            )
            said = max((p for p, e in art.refs if e is last), default=-1)
            now, then = art.sentence_at(at), art.sentence_at(said)
            # (not the one who welcomes: "Welcoming the guest, the head of state noted ..." is the host)
            welcoming = _WELCOMING_HEAD_RE.fullmatch(text, now[0], lo)
            # ("The Prime Minister noted ..." opening a sentence is the same, unless the story calls the other so
            # already ("The Prime Minister noted ..." for the host of a release), or the paragraph has just named the
            # other: "A reporter asked Mr. X .... The president said")
            capital = words[:1] == ["The"]
            phrase = " ".join(words).lower()
            named_so = capital and any(
                q.speaker.name == ent.name and q.attribution.lower().startswith(phrase) for q in quotes
            )
            p_lo = art.paras[now[2]][0]
            just_named = capital and any(p_lo <= pos < lo and e is ent for pos, _, e in art.mentions)
            # ("The President of Latvia thanked .... The President stressed ...": the bare office after one the story
            # gave its country is the other's, as a release titles its own leader bare)
            named_as = _TITLE_SUBJECT_RE.match(text, then[0]) if capital and said >= 0 else None
            told = _parse_title(named_as.group(0)) if named_as else None
            just_named = just_named or bool(told and told.country)
            # (and only after words of his: "X thanked President Y .... The President added" is Y's)
            just_named = just_named or capital and not (quotes and quotes[-1].speaker.name == last.name)
            # (the one the paragraph has just named wins over the story's habit: "President X expressed .... The head
            # of state noted ...")
            named_so = named_so and not any(p_lo <= pos < lo and e is last for pos, _, e in art.mentions)
            # (a national agency's "the Head of State", capitalised as its style, is its own country's, whoever spoke
            # last; a lower-case "the head of state" is the bare office above)
            named_so = named_so or bool(
                art.agency_country and words[1:3] == ["Head", "of"] and ent.country == art.agency_country
            )
            if (
                bare
                and len(words) > 1
                and said >= 0
                and now[0] != then[0]
                and now[2] - then[2] <= 1
                and not welcoming
                and not named_so
                and not just_named
            ):
                ent = last
        if ent is not None:
            spoke_at = max(spoke_at, at)
        elif not pronoun and _untracked_name(art, region, hi):
            stranger_at = max(stranger_at, at)
        return ent

    for it in items:
        if it.kind == "event":
            if quoted.holds(it.at) or it.at in quoted_events:
                continue
            ent = speaker(it.phrase[0], it.phrase[1], it.at, min(it.phrase[0], art.sentence_at(it.at)[0]))
            if ent is None:
                continue
            last = ent
            art.refs.append((it.at, ent))
            # "thanked Liberia for its support for ...": what one is thanked for is the thanker's courtesy, not a
            # statement; what the thanker goes on to say ("..., noting that ...") is one
            thanks = text.startswith("thank", it.span[0])
            clause = None if thanks or _is_joint(art, *it.phrase) else _reported_clause(art, *it.span)
            if clause is None and not thanks and not _is_joint(art, *it.phrase):
                clause = _clause_after_marked(art, it.span[1])
            if (
                clause is None
                and (thanks or _courtesy_object(text, it.span[1]) or _greeted_guest(text, *it.span))
                and not _is_joint(art, *it.phrase)
            ):
                # "expressed his thanks for the warm welcome, affirming that ...": the protocol is left out, what
                # he goes on to say is his
                group_no = _add_more(art, it.span[1], ent, quotes, quoted, group_no + 1)
            if clause and not quoted.overlaps(*clause):
                clause = (clause[0], _readout_run(art, *clause, len(text)))
                quotes.append(_quote(text, clause, ent, text[it.phrase[0] : it.span[1]], group_no, REPORTED))
                speaker_of[clause[0]] = ent
                own = compiled(r"(he|she|his|her)\b").match(text[clause[0] : clause[1]])
                if own:  # "the minister said she welcomed it": the speaker is a woman
                    art.note_gender(ent, "m" if own.group(1) in ("he", "his") else "f")
                quoted.add(*clause)
                # "The spokesperson said the Prime Minister expressed ..., noting that ...": the leader goes on
                more_by = _relayed_speaker(art, quotes[-1]) or ent
                group_no = _add_more(art, clause[1], more_by, quotes, quoted, group_no + 1)
                _closes_paragraph(
                    art, quotes[-1], more_by if quotes[-1].start >= clause[1] else ent, last_quote_by_para
                )
            continue
        if it.kind == "reported":
            ent = None if _is_joint(art, *it.phrase) else speaker(it.phrase[0], it.phrase[1], it.at, it.phrase[0])
            if ent is None or quoted.overlaps(*it.span):
                continue
            last = ent
            art.refs.append((it.at, ent))
            quotes.append(_quote(text, it.span, ent, text[it.phrase[0] : it.phrase[1]], group_no, REPORTED))
            speaker_of[it.span[0]] = ent
            quoted.add(*it.span)
            group_no += 1
            _closes_paragraph(art, quotes[-1], ent, last_quote_by_para)
            continue
        if it.kind == "marked" and all(quoted.holds(s.start) and quoted.holds(s.end - 1) for s in it.segs):
            continue  # a marked phrase inside reported speech stays part of it
        ent = None
        if it.kind == "label":
            ent = art.resolve_label(text[it.phrase[0] : it.phrase[1]])
        elif it.kind == "answer":
            ent = art.resolve(it.phrase[0], it.phrase[1], it.phrase[0], None)
        elif it.kind == "release":
            ent = art.author
        elif it.phrase is not None:
            # a pronoun after the quote looks for its antecedent before the quote began
            at = min(it.at, it.segs[0].open_at) if it.segs else it.at
            if art.sentence_at(it.phrase[0])[2] < art.sentence_at(at)[2]:
                # ("X, an opposition MP, was on the radio. Asked about it, he said: ¶ ...": a lead-in's pronoun looks
                # back from where it stands, not from the paragraph it hands over)
                at = it.phrase[0]
            ent = speaker(it.phrase[0], it.phrase[1], at, it.phrase[0])
            if ent is None:
                if it.kind == "marked" and _UNNAMED_RE.search(text, *it.phrase):
                    group_no = _reports_inside(art, it.segs, quotes, quoted, speaker_of, group_no)
                continue
            quoted_events.add(it.at)
            s_lo, s_hi, _ = art.sentence_at(it.phrase[0])
            pronoun = _PRONOUN_RE.match(text[it.phrase[0] : it.phrase[1]].strip(' ,"”’'))
            if pronoun and it.segs and not text[art.sentence_at(it.segs[0].open_at)[0] : it.segs[0].open_at].strip():
                # ""We are ready," he says.": whole sentences of one's own voice given to "he" tell that the one
                # named is a man, so a later "she says" is not his (words relayed mid-sentence are not his own:
                # "X asked for help "within this term", she added")
                art.note_gender(ent, "f" if pronoun.group(0).split()[0].lower() in ("she", "her") else "m")
            # ("Calling X "a partner", the minister said A": the main clause's verb reports A besides)
            fronted = it.quote_kind == PARTIAL and it.segs and it.phrase[0] > it.segs[-1].end
            for m in _VERB_RE.finditer(text, max(s_lo, it.phrase[0] - 20), min(it.phrase[1] + 20, s_hi)):
                if not fronted:
                    quoted_events.add(m.start())  # the attribution's own verb is not a second speech event
        elif it.inherit:
            first = it.segs[0]
            p_lo = art.paras[first.para][0]
            # (a clause chained onto a report, "..., adding that B", is the voice of the report it goes on)
            earlier = [q for q in quotes if p_lo <= q.start < first.open_at and q.start in speaker_of]
            if earlier:  # "A," X said. "B." -- B goes on in X's voice
                ent = speaker_of[earlier[-1].start]
            elif first.open_at == p_lo and first.para - 1 in last_quote_by_para:
                prev_para = text[art.paras[first.para - 1][0] : art.paras[first.para - 1][1]]
                if prev_para.rstrip()[-1:] in '"”»“’.':  # a whole quoted paragraph right after a quote
                    ent = last_quote_by_para[first.para - 1]
            elif first.open_at == p_lo and first.para > 0 and (first.close_at or 0) >= art.paras[first.para][1] - 2:
                if _asked(art, first.para - 1):
                    # an interview set out as plain questions and marked answers: the answer is the one's whom the
                    # question addresses by name ("Mr. Ruiz, what ...?"), else the one's who answered before, else
                    # the one's whom the lead says was interviewed
                    ent = answerer = _addressee(art, first.para - 1, last) or answerer or _lead_interviewee(art)
                # "He spoke to reporters after the talks. ¶ “We are ready ...”": a paragraph that is all quote
                # after one whose last sentence has someone speak
                pa, pb = art.paras[first.para - 1]
                s_lo = art.sentence_at(pb - 1)[0]
                act = _SPOKE_RE.search(text, s_lo, pb)
                if ent is None and act and not _DOUBLE_MARK_RE.search(text, s_lo, pb):
                    lo, hi = _subject(text, s_lo, act.start())
                    if hi > lo and not _is_joint(art, lo, hi):
                        ent = art.resolve(lo, hi, act.start(), last)
        if ent is None:
            if it.kind == "marked" and it.phrase is None and it.segs:
                s_lo = art.sentence_at(it.segs[0].open_at)[0]
                if _DOCUMENT_READS_RE.fullmatch(text, s_lo, it.segs[0].open_at) or _document_heading(art, it.segs[0]):
                    group_no = _reports_inside(art, it.segs, quotes, quoted, speaker_of, group_no)
            continue
        last = ent
        art.refs.append((it.at, ent))
        attribution = text[it.phrase[0] : it.phrase[1]] if it.phrase else ""
        spans = [(s.start, s.end) for s in it.segs] if it.segs else [it.span]
        if it.kind == "unmarked" and it.span[1] <= it.at + 1 and it.span[0] < it.at:
            spans = [_extend_back(art, it.span, ent, it.para, it.quote_kind != REPORTED)]
        for lo, hi in spans:
            # a piece of speech its attribution interrupts is a piece however short ("Hungary, he said, has ...")
            if hi - lo < 2 or (
                it.kind == "unmarked" and not it.segs and not it.whole_line and len(text[lo:hi].split()) < 3
            ):
                continue
            quotes.append(_quote(text, (lo, hi), ent, attribution, group_no, it.quote_kind, it.kind == "marked"))
            speaker_of[lo] = ent
            quoted.add(lo, hi)
            last_quote_by_para[art.sentence_at(lo)[2]] = ent
            for s in it.segs:
                last_quote_by_para[s.para] = ent
        group_no += 1
        if it.kind == "unmarked":  # "CLAUSE, Zhou said, noting that CLAUSE2"
            group_no = _add_more(art, it.phrase[1], ent, quotes, quoted, group_no)
    for q in list(quotes):
        if q.kind == PARTIAL:
            continue
        for lo, hi, ent in _nested_reports(art, q.start, q.end, not q.marked):
            # (what that speaker is quoted with already holds it: "expressed support for X" is the quote, not X too)
            if ent.name != q.speaker.name and not any(
                o.speaker.name == ent.name and o.start <= lo and hi <= o.end for o in quotes
            ):
                quotes.append(_quote(text, (lo, hi), ent, q.text[: lo - q.start], group_no, REPORTED))
                group_no += 1
        for lo, hi, ent in _relayed_words(art, q):
            quotes.append(_quote(text, (lo, hi), ent, "", group_no, DIRECT, True))
            group_no += 1
        if q.kind == REPORTED and _relays_another(art, q):
            quotes.remove(q)  # "the spokesman said that President X stressed ...": the words are X's, not his
    for q in quotes:
        if (
            _earlier_briefing(art, q)
            or _partisan(q.attribution)
            or _CIVIL_SPOKESPERSON_RE.search(q.speaker.title)
            or _introduced_as_partisan(art, q.speaker.name)
        ):
            for ent in art.unique():
                ent.outsider = ent.outsider or ent.name == q.speaker.name
    outsiders = {e.name for e in art.unique() if e.outsider}
    quotes = [
        q
        for q in quotes
        if q.speaker.name not in outsiders and not _headline_echo(art, q, quotes) and not _heading_echo(art, q, quotes)
    ]
    quotes = [q for q in quotes if not _said_before(q, quotes)]  # (a heading's echo of the body is gone by now)
    for i, q in enumerate(quotes):
        if q.end - 1 in closing:  # a relayed answer's closing mark is none of the speech it told of
            end = q.end - 1
            while end > q.start and text[end - 1] in ".,;":
                end -= 1
            quotes[i] = replace(q, text=text[q.start : end], end=end)
            q = quotes[i]
        note = _TRAILING_STAGE_NOTE_RE.search(text, q.start, q.end)
        if note and note.start() > q.start:
            # "... he did not refuse. (Laughter)": the room's noise the transcriber noted, none of the words
            quotes[i] = replace(q, text=text[q.start : note.start()], end=note.start())
    quotes = [piece for q in quotes for piece in _split_at_notes(text, q)]
    quotes.sort(key=lambda q: q.start)
    for i in range(1, len(quotes)):  # a sentence split by its attribution: "We agreed," X said, "to ..."
        prev, cur = quotes[i - 1], quotes[i]
        between = text[prev.end : cur.start]
        if prev.marked and cur.marked and prev.speaker == cur.speaker and not compiled(r"[.!?\n]").search(between):
            quotes[i] = replace(cur, group=prev.group)
    return quotes


# The transcriber's note between two sentences of a speaker's line: "(Laughter.)", "[Interpreter: the rest was
# inaudible.]", "[Interruption.]"; the words on each side are the speaker's, the note is not.
_MID_STAGE_NOTE_RE = re.compile(
    r"(?<=[.!?…])\s+[\[(](?:(?:Interpreter|Translator|Transcriber|Editor)(?:['’]s)?"
    r"(?:\s+note)?\b[^\[\]()\n]{0,150}|(?:[Ll]aughter|[Ll]aughs|[Aa]pplause|[Cc]huckles|[Cc]rosstalk|"
    r"[Ii]nterruption|[Ii]naudible)\b[^\[\]()\n]{0,30})[\])]\s+(?=\S)"
)


def _split_at_notes(text: str, q: QuoteSuggestion) -> list[QuoteSuggestion]:
    """A direct quote cut into its pieces at each transcriber's note between its sentences, the pieces one group."""
    if q.kind == REPORTED:
        return [q]
    pieces, lo = [], q.start
    for note in _MID_STAGE_NOTE_RE.finditer(text, q.start, q.end):
        pieces.append((lo, note.start()))
        lo = note.end()
    if not pieces:
        return [q]
    pieces.append((lo, q.end))
    return [replace(q, text=text[a:b], start=a, end=b) for a, b in pieces if b > a]


# The words of an office any head or leader holds, whatever his own title: "the head of state"
_OFFICE_OF_ANY = {"head", "of", "state", "government", "leader", "the", "our", "their"}
# The subject of a sentence when it is a capitalised title: "The President of Latvia thanked ..."
_TITLE_SUBJECT_RE = re.compile(r"\s*[Tt]he\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))*")
_PARA_END_RE = re.compile(r"[\s.,;:!?\"“”’»]*")


# The capitalised words written right before a name: "Prime Minister " of "Prime Minister Marc Roe underlined"
_WRITTEN_TITLE_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?)+$")
# Where one person's offices part: "Deputy Prime Minister - Minister of Foreign Affairs", "PM and Finance Minister"
_OFFICES_SPLIT_RE = re.compile(r"\s+(?:[-–—/]|and)\s+|,\s*|\n")


def _written_title(art: _Article, ent: _Entity, at: int) -> str:
    """The office the story wrote before the person's last name before ``at``, whatever the records title him."""
    pos = max((p for p in ent.positions if p < at), default=-1)
    if pos < 0:
        return ""
    m = _WRITTEN_TITLE_RE.search(art.text, max(0, pos - 60), pos)
    return m.group(0) if m else ""


def _holds_bare_office(art: _Article, ent: _Entity, phrase: str, at: int) -> bool:
    """Whether a bare office ("the Minister", "the Prime Minister") is one the person holds as the story writes him,
    though the records give him another role: "Prime Minister X underlined ... "...," the Prime Minister stated" of a
    premier titled "Minister of State" as well, "the Minister" after a deputy premier who is foreign minister too.
    The office must be one of his as a whole: "the Minister" is no prime minister's, "the Prime Minister" no
    deputy's."""
    words = phrase.split()
    if len(words) < 2 or words[0] not in ("the", "The"):
        return False
    office = _parse_title(" ".join(words[1:]))
    if office is None or office.country:
        return False
    core = [w for w in office.core.split() if w not in _OFFICE_OF_ANY]
    if not core:
        return False
    for part in _OFFICES_SPLIT_RE.split(f"{ent.title}\n{_written_title(art, ent, at)}"):
        own = _parse_title(part.strip()) if part.strip() else None
        if own is not None and own.role == office.role and all(w in part.lower().split() for w in core):
            return True
    return False


def _closes_paragraph(art: _Article, q: QuoteSuggestion, ent: _Entity, last_quote_by_para: dict[int, _Entity]) -> None:
    """Reported speech that ends its paragraph leaves the floor with its speaker: a paragraph of marked words
    with no attribution of its own right after it goes on in that voice ("X said the deal was "practical".
    ¶ "We have worked together for years.")."""
    para = art.sentence_at(q.start)[2]
    if _PARA_END_RE.fullmatch(art.text, q.end, art.paras[para][1]):
        last_quote_by_para[para] = ent


def _asked(art: _Article, para: int) -> bool:
    """Whether a paragraph is an interviewer's question set out plainly: no marks, and it ends asking."""
    a, b = art.paras[para]
    return art.text[a:b].rstrip().endswith("?") and not _DOUBLE_MARK_RE.search(art.text, a, b)


_VOCATIVE_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Madame)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s"
)


def _addressee(art: _Article, para: int, last: _Entity | None) -> _Entity | None:
    """The person a question names as it opens: "Mr. Ruiz, what did the visit bring?"."""
    m = _VOCATIVE_RE.match(art.text, art.paras[para][0])
    if m is None:
        return None
    return art.resolve(m.start("name"), m.end("name"), m.start(), last)


def _crosshead(art: _Article, group: list[_Seg]) -> bool:
    """Whether marked words make up a whole paragraph of their own as a headline or crosshead does: in capitals,
    or a few words without a sentence's closing stop ("'Not a holiday'")."""
    words = " ".join(art.text[s.start : s.end] for s in group)
    if group[-1].para != group[0].para:
        return False
    p_lo, p_hi = art.paras[group[0].para]
    close = group[-1].close_at if group[-1].close_at is not None else p_hi
    if art.text[p_lo : group[0].open_at].strip() or art.text[close + 1 : p_hi].strip(" ."):
        return False
    if len(words.split()) >= 3 and words == words.upper():
        return True
    return len(words.split()) <= 6 and not compiled(r"[.!?…,;:]\s*$").search(words)


def _said_again(art: _Article, group: list[_Seg]) -> bool:
    """Whether the body repeats a headline's marked words: then its quote is the body's, and a headline phrase the
    body never repeats ("X hails 'new chapter'") is the only place the speaker says it."""
    words = fold(" ".join(art.text[s.start : s.end] for s in group)).lower().strip(" .,")
    return len(art.paras) < 2 or words in fold(art.text[art.paras[1][0] :]).lower()


def _headline_echo(art: _Article, q: QuoteSuggestion, quotes: list[QuoteSuggestion]) -> bool:
    """A headline's report whose marked words the same speaker says in the body: the body's quote is the one."""
    if not art.paras or q.kind != REPORTED:
        return False
    # (the deck under a headline, "X says Y 'as soon as possible'", echoes the body as the headline does: every line
    # from the top down to the quote's is a heading)
    k = next((i for i, (lo, hi) in enumerate(art.paras[:4]) if lo <= q.start < hi), None)
    if k is None:
        return False
    if any(compiled(r"[.!?]['\"”’]?\s*$").search(art.text[slice(*art.paras[i])]) for i in range(k + 1)):
        return False  # a paragraph that is a sentence is the lead, not a headline
    # (a headline's single marks too: "pledges brigade will be 'fully ready' next year")
    marked = [
        m.group(1) or m.group(2)
        for m in compiled(r"[\"“«]([^\"“”«»]{3,})[\"”»]|(?<!\w)['‘]([^'‘’\"“”«»]{3,})['’](?!\w)").finditer(q.text)
    ]
    body = [fold(o.text).lower() for o in quotes if o.start >= art.paras[k][1] and o.speaker == q.speaker]
    return any(fold(m).lower().strip(" .,") in b for m in marked for b in body)


def _heading_echo(art: _Article, q: QuoteSuggestion, quotes: list[QuoteSuggestion]) -> bool:
    """A quote in a heading (a line that ends on no sentence's stop: a headline, a deck, a subhead) whose words the
    same speaker says again further down: "'Azerbaijan's security is our security,' President X says" above the
    body's full quote is one quote, the body's."""
    p_lo = art.text.rfind("\n", 0, q.start) + 1
    p_hi = art.text.find("\n", q.end)
    p_hi = len(art.text) if p_hi < 0 else p_hi
    if compiled(r"[.!?,]['\"”’]?\s*$").search(art.text, p_lo, p_hi):
        return False  # (a line cut off by its comma is a speech's address, no heading: "Dear Mr President,")
    words = " ".join(compiled(r"\w+").findall(fold(q.text).lower()))
    if not words:
        return False
    return any(
        f" {words} " in " {} ".format(" ".join(compiled(r"\w+").findall(fold(o.text).lower())))
        for o in quotes
        if o.start >= p_hi and o.speaker.name == q.speaker.name
    )


_REPEAT_WORDS = 6  # fewer words come back as courtesies ("Thank you very much"), each said anew


def _said_before(q: QuoteSuggestion, quotes: list[QuoteSuggestion]) -> bool:
    """The same words of the same speaker given again further down, as a write-through repeats its first take's
    quote under a fuller story: one quote, the first."""
    words = compiled(r"\w+").findall(fold(q.text).lower())
    return len(words) >= _REPEAT_WORDS and any(
        o.start < q.start
        and o.speaker.name == q.speaker.name
        and compiled(r"\w+").findall(fold(o.text).lower()) == words
        for o in quotes
    )


_RELAYER_RE = re.compile(
    r"spokes|press secretary|press officer|press attach|aide|advis[eo]r|communications director|chief of staff", re.I
)


# The spokesperson of a party, a movement or the police, or one for a portfolio as opposition parties name theirs
# ("the party's housing spokesperson X", "Greens trade spokeswoman X"): someone who takes no part in the visit. A
# government's, a presidency's or a ministry's spokesperson speaks for a side.
_PARTISAN_RE = re.compile(
    r"\b(?:[Oo]pposition|[Pp]arty|Movement|[Pp]olice)\b[^,.;:\"“”]{0,40}?\sspokes(?:person|man|woman)\b|"
    r"[\w'’)]\s+(?P<w>(?:[a-z]+\s+){1,3})spokes(?:person|man|woman)\b"
)
_CIVIL_SPOKESPERSON_RE = re.compile(
    # "spokesperson on trade": a portfolio as opposition parties name theirs (the government's speak "for" it)
    r"\b[Ss]pokes(?:person|man|woman)\s+on\s+(?!behalf\b)[a-z]|"
    # "a spokeswoman for the coalition", "spokesman for the campaign group": civil society, not a side of the visit
    r"\b[Ss]pokes(?:person|man|woman)\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:coalition|group|campaign|"
    r"alliance|network|movement|association|federation|union|NGO|charity|protesters|organi[sz]ers|families)\b"
)
_OFFICIAL_WORDS = frozenset(
    "government presidential presidency president's official ministry ministerial chief deputy senior military army "
    "navy palace embassy press office cabinet state defence defense interior".split()
)


def _partisan(attribution: str) -> bool:
    """Whether a quote's attribution names its speaker the spokesperson of a party, a movement or the police, or of
    a portfolio as opposition parties name theirs ("the party's housing spokesperson X")."""
    # (not one's own spokesman: "X, in a statement by his spokesman, Y, said" is X speaking)
    return bool(_CIVIL_SPOKESPERSON_RE.search(attribution)) or any(
        not m.group("w") or not _OFFICIAL_WORDS.union(_OWN_WORDS).intersection(m.group("w").split())
        for m in _PARTISAN_RE.finditer(attribution)
    )


_OWN_WORDS = frozenset(("his", "her", "their"))


_IN_CHAMBER_RE = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[Pp]arliament|Assembly|Senate|House(?:\s+of\s+[A-Z]\w+)?|Congress|"
    r"Bundestag|Duma|Sejm|Knesset|Diet|Majlis|Chamber(?:\s+of\s+Deputies)?|Lok\s+Sabha|Rajya\s+Sabha|Cortes)$"
)


def _introduced_as_partisan(art: _Article, name: str) -> bool:
    """Whether the article first names a speaker right after a party's or a group's spokesperson title set off by a
    comma ("Sinn Féin's enterprise spokeswoman, X, said", "A spokeswoman for the group, X, said")."""
    ent = next((e for e in art.unique() if e.name == name), None)
    if ent is None or not ent.positions:
        return False
    pos = ent.positions[0]
    head = art.text[max(art.sentence_at(pos)[0], pos - 80) : pos]
    # (an honorific may stand between the comma and the name: "the opposition's spokesperson, Ms. X Y, says")
    head = compiled(r"(?<=, )(?:Mr|Ms|Mrs|Dr)\.?\s+$").sub("", head)
    if not head.endswith(", "):
        return False
    # (the chamber the spokesperson sits in does not change whose spokesperson they are: "the party's foreign policy
    # spokesman in the Bundestag, X")
    head = _IN_CHAMBER_RE.sub("", head[:-2])
    if any(m.end() == len(head) for m in _CIVIL_SPOKESPERSON_RE.finditer(head)):
        return True
    # ("Echeverry did not comment, and his spokesman, X, said": a person's own spokesman speaks for that person,
    # who may be the leader himself)
    return any(
        m.end() == len(head)
        and (not m.group("w") or not _OFFICIAL_WORDS.intersection(m.group("w").split()))
        and not (m.group("w") and m.group("w").split()[-1] in ("his", "her"))
        for m in _PARTISAN_RE.finditer(head)
    )


# What a spokesman said before the visit: at the routine briefing, or in the pluperfect of the writer looking back.
_EARLIER_BRIEFING_RE = re.compile(
    r"\b(?:weekly|regular|routine|daily)\s+(?:press\s+|news\s+|media\s+)?briefing\b|"
    r"\bhad\s+(?:also\s+)?(?:described|said|stated|told|called|noted|stressed|welcomed|announced)\b"
)


# A heading, not a sentence: "Government press conference of 4 March", "Transcript of the Press Briefing by the
# Spokesperson" (a joint press conference is the leaders' own)
_BRIEFING_HEADING_RE = re.compile(
    r"(?!.*\bjoint\b)[^.!?\n]{0,120}\b(?:press|media|news)\s+(?:conference|briefing)\b[^.!?\n]{0,80}\s*", re.I
)
_VISIT_AHEAD_RE = re.compile(r"\bwill\s+(?:pay|make|undertake)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}visit\b")


def _earlier_briefing(art: _Article, q: QuoteSuggestion) -> bool:
    """Whether a spokesman's words were given before the visit, at a briefing on it: "At her weekly briefing last
    week, the spokesperson had described the visit as ...". They speak to the press, not in the visit."""
    s_lo, s_hi, _ = art.sentence_at(q.start)
    if not compiled(r"spokes|press secretary", re.I).search(q.speaker.title):
        # "Chief Cabinet Secretary X said at a regular news conference": whoever answers the press at its routine
        # briefing speaks for the government from home, not in the visit (a leader holds no such briefing); a
        # minister whose words the briefer relays ("At a regular briefing, spokeswoman Y said X had told his guest
        # that ...") spoke them in the talks
        return (
            q.speaker.role not in _LEADER_ROLES
            and bool(_ROUTINE_BRIEFING_RE.search(art.text, s_lo, s_hi))
            and not _relayed_at_briefing(art.text, s_lo, q)
        )
    if _EARLIER_BRIEFING_RE.search(art.text, s_lo, s_hi):
        return True
    # "At a regular briefing in Beijing, spokeswoman X said Y had told Z that ... ¶ Asked about ..., X said ...": the
    # briefer the story brings in at a routine briefing answers there all along, whatever she relays first
    i_lo, i_hi, _ = art.sentence_at(q.speaker.first_offset)
    if (i_lo, i_hi) != (s_lo, s_hi) and _ROUTINE_BRIEFING_RE.search(art.text, i_lo, i_hi):
        return True
    # "Earlier on Tuesday, Kremlin spokesman X told reporters that ...", "X said earlier this week that ...": a comment
    # given ahead of the talks the story reports, from home (in a story of the talks still ahead, as everything is)
    if any(
        _SAID_EARLIER_RE.search(art.text, lo, hi) for lo, hi in ((s_lo, q.start), (q.end, s_hi))
    ) and not _ahead_in_lead(art):
        return True
    # "Government press conference of 4 March ... DEPUTY SPOKESPERSON X: ... will pay a state visit": the transcript
    # of a briefing that announces the visit ahead
    return bool(
        art.paras
        and _BRIEFING_HEADING_RE.fullmatch(art.text, *art.paras[0])
        and _VISIT_AHEAD_RE.search(art.text, art.body_start)
    )


_SAID_EARLIER_RE = re.compile(
    r"\b[Ee]arlier(?=\s*,|\s+(?:on\s+[A-Z]\w+day|in\s+the\s+(?:day|week)|this\s+(?:week|month)|today)\b|\s+that\b)|"
    r"\b(?:said|told\s+\w+|noted|stated)\s+earlier\b|\bon\s+the\s+eve\s+of\s+the\s+(?:talks|visit|meeting|summit)\b"
)
# A lead that tells the visit ahead, its first verb in the future: "X and Y will hold talks in the Kremlin on June 11"
# (not "signed a plan that will ...", nor "... have initialled an agreement that is expected to be signed").
_LEAD_AHEAD_RE = re.compile(r"\s(?:will|are\s+to|is\s+to)\s+(?:\w+ly\s+)?[a-z]+\b")


def _ahead_in_lead(art: _Article) -> bool:
    """Whether the story's lead sentence tells its visit in the future: a preview, all of it told before the talks."""
    for a, b in art.paras[:3]:
        if art.text[b - 1 : b] not in '.!?"”':
            continue  # the headline
        dateline = _DATELINE_PREFIX_RE.match(art.text, a, b)
        lo = dateline.end() if dateline else a
        hi = art.sentence_at(lo)[1]
        ahead = _LEAD_AHEAD_RE.search(art.text, lo, hi)
        main = _MAIN_VERB_RE.search(art.text, lo, hi)
        return bool(ahead and (main is None or ahead.start() < main.start()))
    return False


_ROUTINE_BRIEFING_RE = re.compile(
    r"\b(?:weekly|regular|routine|daily)\s+(?:(?:morning|afternoon|evening)\s+)?(?:press\s+|news\s+|media\s+)?"
    r"(?:briefing|conference)\b",
    re.I,
)
_BRIEFER_SPEAKS_RE = compiled(rf"\b(?:{_SPEECH_VERBS})\b")


def _relayed_at_briefing(text: str, s_lo: int, q: QuoteSuggestion) -> bool:
    """Whether the quote's own attribution stands inside another's speech: "Y said X had told Z that ..."."""
    head = q.start - len(q.attribution)
    return (
        bool(q.attribution)
        and text.startswith(q.attribution, head)
        and bool(_BRIEFER_SPEAKS_RE.search(text, s_lo, head))
    )


_LEADER_ROLES = frozenset({HEAD_OF_STATE, HEAD_OF_GOVERNMENT})


_LEADING_CIRCUMSTANCE_RE = re.compile(r"(?:at|after|during|following|before|on|in)\s[^,.;\"“”]{2,60},\s+(?=[A-Z])")


def _relays_another(art: _Article, q: QuoteSuggestion) -> bool:
    """A spokesman's reported clause that is itself a leader's report: "(said that) President X stressed that ...".

    A minister who tells what his counterpart said keeps his words; a spokesman or aide only relays them."""
    return _relayed_speaker(art, q) is not None


_WELCOME_ACT_RE = re.compile(r"\b(?:welcomed|received|greeted)\b")


def _relayed_speaker(art: _Article, q: QuoteSuggestion) -> _Entity | None:
    """The participant whose report a spokesman's reported clause relays, if it is one."""
    text = art.text
    if not _RELAYER_RE.search(f"{q.speaker.title} {q.attribution}"):
        return None
    # (a verb's lookahead may reach past the clause: "welcomed the guest, stressing ..." ends the clause at the
    # participle; "said President X welcomed the guest's visit, asserting ...": the leader's act, relayed)
    reach, s_hi = min(q.end, q.start + 120), art.sentence_at(q.start)[1]
    verbs = [
        m
        for rx in (_VERB_RE, _EVALUATIVE_RE, _WELCOME_ACT_RE)
        for m in rx.finditer(text, q.start, max(s_hi, reach))
        if m.start() < reach
    ]
    if not verbs:
        return None
    verb = min(verbs, key=lambda m: m.start())
    if _CONVEY_GREETINGS_RE.match(text, verb.end() + 1, q.end):
        # "the spokesman said the President asked the minister to convey his greetings ..., and underlined ...": the
        # leader's courtesy is no statement of his, and the account the spokesman goes on with is the spokesman's
        return None
    # "(added that) at the end of the meeting, Prime Minister X expressed ...": a circumstance before the leader
    lead = _LEADING_CIRCUMSTANCE_RE.match(text, q.start, verb.start())
    first = lead.end() if lead else q.start
    lo, hi = _plain_subject(text, first, verb.start())
    if lo != first or hi <= lo or len(text[lo:hi].split()) > 8 or _is_joint(art, lo, hi):
        return None
    ent = art.resolve(lo, hi, verb.start(), None)
    return ent if ent is not None and not ent.outsider and ent.name != q.speaker.name else None


def _quote(
    text: str, span: tuple[int, int], ent: _Entity, attribution: str, group: int, kind: str, marked: bool = False
) -> QuoteSuggestion:
    lo, hi = span
    return QuoteSuggestion(
        text=text[lo:hi],
        start=lo,
        end=hi,
        speaker=ent.suggestion(),
        marked=marked,
        attribution=attribution,
        group=group,
        kind=kind,
    )


def _reports_inside(
    art: _Article,
    segs: list[_Seg],
    quotes: list[QuoteSuggestion],
    quoted: _Spans,
    speaker_of: dict[int, _Entity],
    group_no: int,
) -> int:
    """ ""Minister Han noted that A and expressed hope that B," the ministry said", "A statement reads in part:
    "President X affirmed that A."": an institution's words are nobody's quote, but the "that" clauses they report
    of a named participant are his (what it says a leader appraised, "renewed Iraq's position calling for ...", is
    its own paraphrase); returns the next group number."""
    text = art.text
    for seg in segs:
        for lo, hi, inner in _nested_reports(art, seg.start, seg.end):
            if not quoted.overlaps(lo, hi) and compiled(r"\bthat,?\s*$").search(text, seg.start, lo):
                quotes.append(_quote(text, (lo, hi), inner, "", group_no, REPORTED))
                speaker_of[lo] = inner
                quoted.add(lo, hi)
                group_no += 1
    return group_no


# A document's words set out after a colon: "A statement from the presidential office reads in part:"
_DOCUMENT_READS_RE = re.compile(
    r"[^.:;\"“”]*\b(?:statement|release|readout|read-out|communiqu[eé]|transcript)\b[^.:;\"“”]*?\s+"
    r"(?:reads|read|said|says|stated|states|noted|notes)(?:\s+in\s+part|\s+as\s+follows)?\s*:\s*[\"“]?",
    re.I,
)


# A heading that sets a document's words out in the next paragraph: "From the ministry's press release, issued in
# Seoul:", "A statement from the presidential office was handed out. It reads in part:"
_DOCUMENT_WORD = r"\b(?:statement|release|readout|read-out|communiqu[eé]|transcript)\b"
_DOCUMENT_FROM_RE = re.compile(r"(?:From|In)\s+[^.:;\"“”]*" + _DOCUMENT_WORD + r"[^.:;\"“”]*:\s*", re.I)
_IT_READS_RE = re.compile(
    r"(?:It|This)\s+(?:reads|read|says|said|states|stated)(?:\s+in\s+part|\s+as\s+follows)?\s*:\s*"
)
_DOCUMENT_WORD_RE = re.compile(_DOCUMENT_WORD, re.I)


def _document_heading(art: _Article, seg: _Seg) -> bool:
    """Whether marks opening a paragraph set out the words of a document the paragraph before announces with a
    colon ("From X's statement:", "... a statement .... It reads in part:")."""
    p_lo = art.paras[seg.para][0]
    if seg.open_at != p_lo or seg.para == 0:
        return False
    h_lo, h_hi = art.paras[seg.para - 1]
    while h_hi > h_lo and art.text[h_hi - 1].isspace():
        h_hi -= 1
    if h_hi <= h_lo or art.text[h_hi - 1] != ":":
        return False
    s_lo = max(h_lo, art.sentence_at(h_hi - 1)[0])
    return bool(
        _DOCUMENT_READS_RE.fullmatch(art.text, s_lo, h_hi)
        or _DOCUMENT_FROM_RE.fullmatch(art.text, s_lo, h_hi)
        or (_IT_READS_RE.fullmatch(art.text, s_lo, h_hi) and _DOCUMENT_WORD_RE.search(art.text, h_lo, s_lo))
    )


def _add_more(
    art: _Article, after: int, ent: _Entity, quotes: list[QuoteSuggestion], quoted: _Spans, group_no: int
) -> int:
    """The same speaker's statements chained after a reported clause ("..., adding that B, and that C"): each a
    quote of its own; returns the next group number."""
    for _ in range(4):
        more = _added_clause(art, after)
        if not more or quoted.overlaps(*more):
            break
        quotes.append(_quote(art.text, more, ent, art.text[after : more[0]], group_no, REPORTED))
        quoted.add(*more)
        group_no += 1
        after = more[1]
    return group_no


# A side's own stance, as a readout sets out what its leader said sentence after sentence without a speech verb
# ("China is ready to work with Kenya ...", "The two sides should ...", "Uruguay values ..."): the writer's own
# sentences give facts ("Kenya is a member of ...") or acts in the past ("The two sides signed ..."), not readiness,
# wishes, support or what ought to be done
_SIDE_SUBJECT = (
    r"(?:(?:the|both|two)\s+){0,2}(?:sides|countries|nations|parties|peoples)|"
    r"(?:the\s+)?" + _COUNTRY_RE.pattern + r"(?:\s+side)?(?:\s+and\s+" + _COUNTRY_RE.pattern + r")?"
)
_SIDE_STANCE_RE = re.compile(
    r"(?:[^,.;:\"“”]{1,80},\s+)?(?:" + _SIDE_SUBJECT + r")\s+(?:(?:firmly|highly|always|also|fully|strongly|"
    r"sincerely|warmly|further|still|greatly)\s+){0,2}(?:(?:is|are|remains?|stands?)\s+(?:(?:always|also|fully|"
    r"firmly|still)\s+)?(?:ready|willing|prepared|committed|open)\b|stands?\s+ready\b|should\b|hopes?\b|supports?\b|"
    r"welcomes?\b|appreciates?\b|values?\b|cherish(?:es)?\b|attach(?:es)?\b|abides?\b|adheres?\b|opposes?\b|"
    r"looks?\s+forward\b)"
)
# The relations judged over time, as the speaker sums them up: "the two countries have always understood each other",
# "bilateral relations have maintained a sound momentum"
_TIES_JUDGED_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:two|both)\s+(?:sides|countries|nations|peoples)\s+have\s+"
    r"(?:always|long|consistently|since|all\s+along)\b|(?:the\s+)?(?:bilateral|[A-Z][\w-]+-[A-Z][\w-]+)\s+"
    r"(?:relations|ties|relationship|cooperation)\s+(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b)"
)
_PRONOUN_SPEAKS_RE = re.compile(
    r"\b(?:he|she|they)\s+(?:also\s+|further\s+)?(?:[a-z]+ly\s+)?(?:" + _SPEECH_VERBS + r")\b"
)
# A person in the sentence ("According to him, ...", "She hopes ..."): a report of its own, or the writer's account
_PERSON_WORD_RE = re.compile(r"\b(?:he|she|him|her|his|they|them)\b", re.I)


def _readout_run(art: _Article, start: int, end: int, limit: int) -> int:
    """Where a reported statement ends once it runs over the next sentences of its paragraph, as a readout sets a
    leader's words out: "X said that A. B. C." with B and C in the speaker's tense, his side's stance, no speech verb
    and no one else named. The run ends with the last sentence that states a side's stance or sums up the ties; one
    that speaks, names someone or quotes ends it."""
    text = art.text
    s_lo, s_hi, para = art.sentence_at(start)
    if (
        text[end:s_hi].strip(' .;!?"”’»')
        # "noted the interest of ...": a thing appraised, no statement
        or not (_FINITE_RE.search(text, start, end) or _PRESENT_IN_CLAUSE_RE.search(text, start, end))
        or _PROPOSED_BEFORE_RE.search(text, max(0, start - 30), start)
        or _PAST_IN_CLAUSE_RE.search(text, start, end)
        and not _PRESENT_IN_CLAUSE_RE.search(text, start, end)
    ):
        return end
    run = end
    i = bisect.bisect_right(art.sentence_starts, start)
    while i < len(art.sentences):
        lo, hi, p = art.sentences[i]
        if p != para or lo >= limit:
            break
        hi = min(hi, limit)
        stance = _SIDE_STANCE_RE.match(text, lo) or _TIES_JUDGED_RE.search(text, lo, hi)
        if (
            # (a marked phrase inside a side's stance is the speaker's own term: "through the "green lane"")
            not stance
            and _DOUBLE_MARK_RE.search(text, lo, hi)
            or _PERSON_WORD_RE.search(text, lo, hi)
            or any(lo <= m_lo < hi for m_lo, _, _ in art.mentions)
            # (a side that "supports" or "welcomes" is its stance; a speech verb of anyone else's is a new report)
            or not stance
            and (_VERB_RE.search(text, lo, hi) or _EVALUATIVE_RE.search(text, lo, hi))
            # ("China is ready to ..., he said": a sentence with its own attribution is a report of its own)
            or _PRONOUN_SPEAKS_RE.search(text, lo, hi)
        ):
            break
        if stance:
            run = hi
        i += 1
    while run > end and (text[run - 1].isspace() or text[run - 1] in ".;,"):
        run -= 1
    return run


# A proposal ("suggested that Finland share ..."): what one side asks of the other, after which its own stance is
# the writer's or the briefer's
_PROPOSED_BEFORE_RE = re.compile(r"\b(?:suggest|propos|urg|recommend|ask|request|call)\w*(?:\s+that)?\s*$")
# The speaker's own tense kept in the clause ("said China stands ready ..."), the readout's way: a clause put into
# the past by the writer ("said the figure was modest") is the writer's rendering, and what follows it his own
_PAST_IN_CLAUSE_RE = re.compile(r"\b(?:was|were|had|would|could|did)\b")
_PRESENT_IN_CLAUSE_RE = re.compile(
    r"\b(?:is|are|has|have|will|should|can|must|does|do|remains?|stands?|hopes?|supports?|welcomes?|values?|"
    r"appreciates?|enjoys?|attach(?:es)?|abides?|adheres?|cherish(?:es)?|believes?)\b"
)


_FOR_SAYING_RE = re.compile(
    r"\b(?:to|thanked|thanks|praised|commended)\s+(?P<s>(?:[\w'’.-]+\s+){0,5}?[A-ZÀ-ÞĀ-ſ][\w'’.-]+)\s+for\s+"
    r"(?:announcing|saying|stating|confirming|pledging|promising|declaring|assuring)\s+(?:\w+\s+)?that\s+"
)


# A speaker's cue that the words in marks after it are another's, verbatim: "and I quote him,", "to quote her:".
_QUOTE_CUE_RE = re.compile(r"\b(?:I\s+quote|to\s+quote)(?:\s+(?:him|her))?\s*[,:]?\s*[\"“]")


def _relayed_words(art: _Article, q: QuoteSuggestion) -> list[tuple[int, int, _Entity]]:
    """Words in marks that a speaker passes on verbatim from another participant named before them in the sentence
    ("the President, who asked me to tell you, and I quote him, "..."): the other's own quote, inside this one."""
    text = art.text
    out = []
    for m in _QUOTE_CUE_RE.finditer(text, q.start, q.end):
        close = compiled(r"[\"”]").search(text, m.end(), q.end)
        if close is None:
            continue
        s_lo = art.sentence_at(m.start())[0]
        relayed = None
        i = bisect.bisect_left(art.mention_starts, s_lo)
        while i < len(art.mentions) and art.mentions[i][0] < m.start():
            ent = art.mentions[i][2]
            if not ent.outsider and ent.name != q.speaker.name:
                relayed = ent
            i += 1
        if relayed is not None:
            out.append((*_content(text, m.end(), close.start()), relayed))
    return out


def _nested_reports(art: _Article, lo: int, hi: int, account: bool = False) -> list[tuple[int, int, _Entity]]:
    """Reported speech of a named participant inside someone else's quote ("She said Han also expressed hope
    that ...", "“President Wieczorek stressed that ...,” Choi said"), or credited to them ("grateful to President
    Aliyarov for announcing that ..."): the inner speaker's own statement. In an ``account`` (a briefer's unmarked
    line telling what the leaders said) a report also goes without "that" and "He said" goes on with the one told
    of last; words in marks are the speaker's own, where only "that" sets another's statement off."""
    text = art.text
    out = []
    for m in _FOR_SAYING_RE.finditer(text, lo, hi):
        ent = art.resolve(m.start("s"), m.end("s"), m.start(), None)
        if ent is None or ent.outsider:
            continue
        end = min(hi, art.sentence_at(m.end())[1])
        while end > m.end() and (text[end - 1].isspace() or text[end - 1] in ".;,"):
            end -= 1
        if len(text[m.end() : end].split()) >= 3:
            out.append((m.end(), end, ent))
    subject_of: dict[int, _Entity] = {}  # the named subject of each speech verb's sentence, for one conjoined

    def rx_acts(a: int, b: int) -> list[int]:
        """Where a conjoined speech act of the same subject ("and expressed hope that") begins between a and b."""
        found = []
        for act_rx in (_VERB_RE, _EVALUATIVE_RE):
            for act in act_rx.finditer(text, a, b):
                joined = _CONJOINED_ACT_RE.search(text, a, act.start())
                if joined and _THAT_RE.match(text, act.end(), b) or joined and act.group(0).endswith("that"):
                    found.append(joined.start())
        return sorted(found)

    for rx in (_VERB_RE, _EVALUATIVE_RE):
        told: tuple[int, _Entity] | None = None  # the paragraph and the speaker of the last report found
        for m in rx.finditer(text, lo, hi):
            appraised = False
            if _UNREAL_RE.search(text, max(lo, m.start() - 30), m.start()):
                continue  # "The President should have told his visitor that ...": words nobody said
            if _PASSED_ON_RE.match(text, m.end()):
                continue  # "the President, who asked me to tell you that ...": the speaker's message, carried
            if m.group(0).endswith("that"):  # "expressed hope that"
                start = m.end()
            else:
                that = _THAT_RE.match(text, m.end(), hi)
                if that and not compiled(r"\b(?:and|but|while)\b").search(text[m.end() : that.end() - 5]):
                    start = that.end()
                elif (
                    account
                    and m.group(0) in ("said", "says", "added")
                    and (_ZERO_THAT_RE.match(text, m.end(), hi) or _SIDE_STANCE_RE.match(text, m.end() + 1, hi))
                ):
                    start = m.end()  # "Premier Lu said China is ready to ...", without "that"
                elif rx is _EVALUATIVE_RE and not m.group(0).endswith("ing"):
                    # "President X, for his part, expressed appreciation for the support": what was appraised
                    start, appraised = m.end(), True
                else:
                    continue
            # (the subject is in the verb's own sentence, not one earlier in the quote)
            sent_lo = max(lo, art.sentence_at(m.start())[0])
            conjoined = _CONJOINED_ACT_RE.search(text, sent_lo, m.start())
            if conjoined and sent_lo in subject_of:
                # "Minister Han noted that A and expressed hope that B": the second act is the same subject's
                ent = subject_of[sent_lo]
            else:
                s_lo, s_hi = _subject(text, sent_lo, m.start())
                # (a titled subject counts too: "said the Prime Minister expressed his pleasure at ...")
                named = compiled(r"^the\s+(?=[A-Z])").sub("", text[s_lo:s_hi])
                if s_hi <= s_lo or _is_joint(art, s_lo, s_hi) or not named[:1].isupper():
                    continue
                pronoun = _PRONOUN_RE.match(text[s_lo:s_hi].strip())
                # (in an account of what several people said, "He said ..." goes on with the one it reported last in
                # the paragraph)
                last = told[1] if account and pronoun and told and told[0] == art.sentence_at(m.start())[2] else None
                ent = art.resolve(s_lo, s_hi, m.start(), last) if last or not pronoun else None
                if ent is None or ent.outsider or (pronoun and ent is not last):
                    continue
                subject_of.setdefault(sent_lo, ent)
            while start < hi and text[start].isspace():
                start += 1
            end = min(hi, art.sentence_at(start)[1])  # the inner statement ends with its sentence
            tail = compiled(r",\s+while\b|;").search(text[start:end])
            if tail:
                end = start + tail.start()
            for act in rx_acts(start, end):  # (or where the subject's next speech act begins: "... and expressed")
                end = act
                break
            gloss = _CLAUSE_TAIL_RE.search(text, start, end) if appraised else None
            if gloss:
                end = gloss.start()
            # "has told me that A, and that B": the second "that" hangs on the same verb, one statement, as it is in
            # narrative
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,"):
                end -= 1
            if not appraised:
                end = _readout_run(art, start, end, hi)
            # (the speech verb and the appraisal may both find one statement: "reiterated the position that")
            if _CONVEY_GREETINGS_RE.match(text, start, end):
                continue  # "(said the President) asked the minister to convey his greetings": a courtesy
            if len(text[start:end].split()) >= 3 and all((start, end) != (x, y) for x, y, _ in out):
                out.append((start, end, ent))
                told = (art.sentence_at(start)[2], ent)
    return out


# "... and expressed hope that", "..., and also noted that": a second act of the subject before the verb
_CONJOINED_ACT_RE = re.compile(r",?\s+and\s+(?:also\s+)?(?:[a-z]+ly\s+)?$")
# A request made of the speaker, who carries it out in his own words: "asked me to tell you that".
_PASSED_ON_RE = re.compile(r"\s+(?:me|us)\s+to\s")
_UNREAL_RE = re.compile(
    r"\b(?:should|would|could|must|might|may|will|shall|to|not|never|n't)\s+(?:have\s+)?(?:also\s+)?$", re.I
)
# A coordinated verb in the present tense, third person: "and believes", "and also hopes" (not "is", "was", "has").
_AND_PRESENT_RE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|this|its|his|as|us|thus|always|perhaps)\b)"
    r"[a-z]+[^s\W]s\b"
)
_PAST_SPEECH_VERB_RE = re.compile(r"[a-z]+ed\b|said\b|told\b|spoke\b|wrote\b")
_AND_THAT_RE = re.compile(r",?\s+and\s+(?:also\s+)?that\s+(?!of\b|is\b|was\b|which\b)")


def _extend_back(art: _Article, span: tuple[int, int], ent: _Entity, p: int, verbatim: bool) -> tuple[int, int]:
    """Grow an unmarked quote over earlier sentences of its paragraph that read as the same speaker's words.

    Before reported words ("The dates will be agreed later, the spokesman said"), only a sentence in the first person
    is the speaker's (verbatim words whose last sentence speaks of others); a sentence in the third person is the
    writer's account ("The guest accepted an invitation to visit.")."""
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
        if _VERB_RE.search(chunk) or compiled(r"\s*(?:He|She|They)\b").match(chunk):
            break
        if not verbatim and not _FIRST_PERSON_RE.search(chunk):
            break
        verbatim = True
        if _DATELINE_PREFIX_RE.match(text, s_start) or compiled(r"\s*[A-Z][A-Z .'’-]{2,30},[^.]{2,30}\.\s*$").match(
            chunk
        ):
            break  # the dateline ("MOSCOW, September 18. /TASS/.") is nobody's words
        lo = s_start
    return lo, hi
