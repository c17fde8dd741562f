"""Plain text from article HTML and back: the one definition of the text that quote offsets count in."""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

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
