"""Plain text from article HTML and back: the one definition of the text that quote offsets count in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from djangocms_text.fields import HTMLFormField
from djangocms_text.html import clean_html

BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "tr", "section"}
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _close_block(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._close_block()
        elif tag == "br":
            self.current.append(" ")

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._close_block()

    def handle_data(self, data):
        self.current.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """Paragraphs of the HTML, whitespace folded, joined by a blank line."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    parser._close_block()
    return "\n\n".join(parser.blocks)


def normalise_text(text: str) -> str:
    """Pasted wire copy in the same canonical form ``html_to_text`` gives, so offsets agree with the stored body."""
    # Wire copy puts one paragraph per line, with or without blank lines between them.
    paragraphs = (_SPACES.sub(" ", block).strip() for block in _LINE_BREAKS.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def text_to_html(text: str) -> str:
    """Plain text as paragraphs of escaped HTML; ``html_to_text(text_to_html(t)) == normalise_text(t)``."""
    paragraphs = normalise_text(text).split("\n\n")
    return "".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in paragraphs if paragraph)


# The HTML parser reads these elements' content as raw text up to their end tag: left unclosed, one swallows the
# rest of the body, and the sanitiser would delete the editor's text with it.
_CODE_ELEMENTS = ("script", "style")
_RAW_TEXT_ELEMENTS = ("iframe", "noembed", "noframes", "noscript", "plaintext", "template", "textarea", "title", "xmp")
_ATTRIBUTES = r"""(?:\s+(?:[^>"']|"[^"]*"|'[^']*')*)?\s*/?"""


def _tag(names, *, end: bool = False) -> re.Pattern:
    return re.compile(rf"<{'/' if end else ''}\s*(?:{'|'.join(names)})\b{_ATTRIBUTES}>", re.IGNORECASE)


_CODE_BLOCK = re.compile(rf"<\s*({'|'.join(_CODE_ELEMENTS)})\b{_ATTRIBUTES}>.*?</\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_RAW_TEXT_TAGS = (
    _tag(_CODE_ELEMENTS),
    _tag(_CODE_ELEMENTS, end=True),
    _tag(_RAW_TEXT_ELEMENTS),
    _tag(_RAW_TEXT_ELEMENTS, end=True),
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARKED_SECTION = re.compile(r"<!\[CDATA\[|\]\]>", re.IGNORECASE)


def defuse_raw_text(html: str) -> str:
    """Markup that would make the parser swallow text, taken out before sanitising; the words around it stay.

    Closed ``script`` and ``style`` blocks go whole (code, not text); any other raw-text element and any unclosed
    one loses its tags only, so its content is parsed as ordinary markup and sanitised like the rest. Comments go.
    """
    html = _CODE_BLOCK.sub(_removed, html)
    html = _COMMENT.sub(_removed, html)
    html = html.replace("<!--", "")
    html = _MARKED_SECTION.sub("", html)
    for pattern in _RAW_TEXT_TAGS:
        html = pattern.sub(_removed, html)
    return html


def _removed(match: re.Match) -> str:
    """What replaces removed markup: nothing, or ``>`` when it sat inside an unfinished tag (``<p <script>``),
    so that tag still ends where the browser would have ended it instead of eating the words after it."""
    before = match.string[: match.start()]
    return ">" if before.rfind("<") > before.rfind(">") else ""


def sanitise_html(html: str) -> str:
    """An editor's HTML made safe (djangocms-text's nh3 rules), keeping every word around what is removed."""
    return clean_html(defuse_raw_text(html or ""))


class SanitisedHTMLFormField(HTMLFormField):
    """The rich-text form field, with raw-text markup defused before djangocms-text's sanitiser sees it."""

    def clean(self, value):
        return super().clean(defuse_raw_text(value or ""))


@dataclass(frozen=True)
class Run:
    """A stretch of a paragraph's text; ``mark`` for the quoted words, ``id`` on the first marked run (its anchor)."""

    text: str
    mark: bool = False
    id: str = ""


def highlighted_paragraphs(text: str, start: int | None, end: int | None, mark_id: str) -> list[list[Run]]:
    """The paragraphs of ``text`` as runs, the ``[start, end)`` characters marked (a quote read in its context).

    Offsets count characters in ``ArticleContent.body_text`` (``html_to_text``), whose paragraphs are joined by
    a blank line.
    """
    paragraphs, position, first_mark = [], 0, True
    for paragraph in text.split("\n\n"):
        p_start, p_end = position, position + len(paragraph)
        position = p_end + 2
        if start is None or end <= p_start or start >= p_end:
            paragraphs.append([Run(paragraph)])
            continue
        a, b = max(start, p_start) - p_start, min(end, p_end) - p_start
        runs = [Run(paragraph[:a])] if a else []
        runs.append(Run(paragraph[a:b], mark=True, id=mark_id if first_mark else ""))
        first_mark = False
        if b < len(paragraph):
            runs.append(Run(paragraph[b:]))
        paragraphs.append(runs)
    return paragraphs


# How a quote's words are compared with its article's text (the package form's offset check, the pre-publish check).
_TYPOGRAPHIC_MARKS = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‹": "'", "›": "'"}
    | {"–": "-", "—": "-", "\u00a0": " "}
)
EDGE_PUNCTUATION = " \"'.,;:!?…-"


def comparable_words(text: str) -> str:
    """Words as a quote is compared with its article: plain marks, case folded, single spaces, no edge punctuation."""
    folded = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC_MARKS).casefold()
    return " ".join(folded.split()).strip(EDGE_PUNCTUATION)


def quote_in_text(quote: str, text: str) -> bool:
    """Whether a quote's words occur in a text, as ``comparable_words`` compares them."""
    words = comparable_words(quote)
    return bool(words) and words in comparable_words(text)
