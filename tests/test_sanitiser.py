"""The article body sanitiser removes what could run and keeps every word of the editor's text around it."""

from __future__ import annotations

import re

from django.contrib import admin
from django.test import RequestFactory, TestCase

from relations_plugin.html import html_to_text, sanitise_html
from relations_plugin.models import ArticleContent

from .factories import UserFactory

PAYLOADS = [
    "<script>alert(1)</script>",
    "<script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<script title=">">alert(1)</script>',
    "<style>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<textarea>",
    "<textarea><img src=x onerror=alert(1)></textarea>",
    "<title>",
    "<noscript>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<xmp>",
    "<iframe>",
    '<iframe srcdoc="<script>alert(1)</script>">',
    "<noembed>",
    "<noframes>",
    "<plaintext>",
    "<template>",
    "<!--",
    "<!-- hidden --><script>alert(1)</script>",
    "<![CDATA[",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    '<a href="javascript:alert(1)">link</a>',
    '<a href="JaVaScRiPt:alert(1)">link</a>',
    "<p <script>",
    "<scr<script>ipt>alert(1)</script>",
    '"><script>alert(1)</script>',
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<embed src=javascript:alert(1)>",
    '<object data="javascript:alert(1)">',
    "<base href=//evil.example/>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
]
EXECUTABLE = re.compile(r"<\s*(script|iframe|object|embed|base|meta|svg|math)\b|\son\w+\s*=|javascript:", re.I)


def body(payload: str) -> str:
    return f"<p>The presidents met in Belgrade {payload} and signed agreements.</p><p>Flights start in spring.</p>"


class SanitiserTests(TestCase):
    def assertSafeAndWhole(self, clean: str):
        self.assertIsNone(EXECUTABLE.search(clean), clean)
        text = html_to_text(clean)
        self.assertIn("The presidents met in Belgrade", text)
        self.assertIn("and signed agreements.", text)
        self.assertIn("Flights start in spring.", text)
        self.assertNotIn("<p>", text)  # the next paragraph is markup, not escaped text

    def test_payloads_mid_paragraph_keep_the_text_around_them(self):
        for payload in PAYLOADS:
            with self.subTest(payload=payload):
                self.assertSafeAndWhole(sanitise_html(body(payload)))

    def test_the_article_admin_form_sanitises_the_same_way(self):
        request = RequestFactory().get("/")
        request.user = UserFactory()
        form_class = admin.site._registry[ArticleContent].get_form(request)
        field = form_class.base_fields["body"]
        for payload in PAYLOADS:
            with self.subTest(payload=payload):
                self.assertSafeAndWhole(str(field.clean(body(payload))))

    def test_ordinary_markup_is_kept(self):
        html = '<p>A <strong>bold</strong> and <a href="https://example.org/">linked</a> word.</p><ul><li>1</li></ul>'
        self.assertEqual(sanitise_html(html), html)
