"""Print the package suggestions for an article's plain text (English or Russian): countries, participants, quotes
with their kind, agreements, dates and places; ``--json`` prints exactly the assistant's JSON."""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from relations_plugin import selectors
from relations_plugin.conf import get_setting
from relations_plugin.extraction import suggest_package


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--date must be YYYY-MM-DD, not {value!r}") from error


class Command(BaseCommand):
    help = "Suggest a visit package (quotes with speakers, participants, agreements, dates, places) for FILE."

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 plain text of the article; offsets count characters in it.")
        parser.add_argument("--date", help="Dateline YYYY-MM-DD, to resolve “on Tuesday” and the like.")
        parser.add_argument("--json", action="store_true", help="Print JSON (the default is a readable summary).")

    def handle(self, *args, file, date=None, **options):
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        limit = get_setting("MAX_IMPORT_CHARS")
        if len(text) > limit:
            raise CommandError(f"{file} has {len(text)} characters; the assistant reads at most {limit}.")
        try:
            people = selectors.person_list_known()
        except DatabaseError:
            # No database yet (or no tables): the extractor finds people in the text itself.
            people = []
        suggestions = suggest_package(text, dateline=_date(date) if date else None, people=people).to_dict()
        if options["json"]:
            self.stdout.write(json.dumps(suggestions, ensure_ascii=False, indent=2))
            return
        for quote in suggestions["quotes"]:
            self.stdout.write(
                f"QUOTE  {quote['speaker']} ({quote['kind']}): “{quote['text']}” [{quote['start']}:{quote['end']}]"
            )
        for person in suggestions["participants"]:
            self.stdout.write(f"PERSON {person['name']} ({person['country']}, {person['role']}, {person['title']})")
        for agreement in suggestions["agreements"]:
            details = ", ".join(agreement[key] for key in ("kind", "sphere", "status"))
            self.stdout.write(f"AGREEMENT {agreement['title']} ({details})")
        for dated in suggestions["dates"]:
            self.stdout.write(f"DATE   {dated['date']}: {dated['what']}")
        for place in suggestions["places"]:
            self.stdout.write(f"PLACE  {place['name']}: {place['what']}")
        self.stdout.write(f"COUNTRIES {', '.join(suggestions['countries'])}")
