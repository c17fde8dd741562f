"""Time zones: the zone a package's programme happens in, the zone an editor works in, and how a zone is named.

A programme event is entered and shown in the zone of the visit's city (``VisitContent.time_zone``); every other
time in the admin is shown in the editor's own zone (``EditorProfile.time_zone``), activated for admin requests.
The country-to-zone table is the IANA ``zone.tab`` of the pinned ``tzdata`` package (the table behind
``pytz.country_timezones``), so the zones a country offers do not depend on the server's operating system.
"""

from __future__ import annotations

import datetime
import functools
import zoneinfo
from dataclasses import dataclass
from importlib import resources

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .conf import get_setting

# One format for programme times in every language: "18 November, 18:00", "18 ноября, 18:00" (E: the month as it
# follows a day number, genitive in Russian).
EVENT_TIME_FORMAT = "j E, H:i"


@dataclass(frozen=True)
class CountryZone:
    """One zone of a country, with the IANA table's note on where it applies ("most of Kazakhstan")."""

    name: str
    comment: str


@dataclass(frozen=True)
class LocalTime:
    """An instant as the people at a place read it: the aware time in the zone, the zone, and its label."""

    at: datetime.datetime
    zone: str
    label: str

    @property
    def text(self) -> str:
        return formats.date_format(self.at.replace(tzinfo=None), EVENT_TIME_FORMAT)

    @property
    def iso(self) -> str:
        return self.at.isoformat()


@functools.cache
def _zone_table() -> dict[str, tuple[CountryZone, ...]]:
    text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    table: dict[str, list[CountryZone]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _coordinates, name, *comment = line.split("\t")
        table.setdefault(code, []).append(CountryZone(name=name, comment=comment[0] if comment else ""))
    return {code: tuple(zones) for code, zones in table.items()}


def country_zones(code: str) -> tuple[CountryZone, ...]:
    """The zones of a country (ISO 3166 code), in the IANA table's order; empty for a code it does not list."""
    return _zone_table().get(str(code or "").upper(), ())


def country_default_zone(code: str) -> str:
    """The zone of a country that has exactly one; "" when it has several (the editor chooses) or none."""
    zones = country_zones(code)
    return zones[0].name if len(zones) == 1 else ""


@functools.cache
def known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in known_zones():
        raise ValidationError(
            _("“%(value)s” is not a time zone this site knows: choose one from the list."),
            code="unknown_time_zone",
            params={"value": value},
        )


def default_time_zone() -> str:
    """``RELATIONS_PLUGIN_DEFAULT_TIME_ZONE``, else the site's ``TIME_ZONE``: an editor's zone until they set one."""
    return get_setting("DEFAULT_TIME_ZONE") or settings.TIME_ZONE


def utc_offset(at: datetime.datetime) -> str:
    """The offset of an aware time as readers and editors read it: "UTC+5", "UTC+5:30", "UTC-3", "UTC"."""
    minutes = int(at.utcoffset().total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    hours, minutes = divmod(minutes, 60)
    return f"UTC{sign}{hours}:{minutes:02d}" if minutes else f"UTC{sign}{hours}"


def zone_label(zone: str, at: datetime.datetime | None = None, *, city: str = "") -> str:
    """A zone named for people: "Astana time, UTC+5" for a city's zone, else "Europe/Moscow, UTC+3" (offset at
    ``at``, now by default)."""
    offset = utc_offset((at or timezone.now()).astimezone(zoneinfo.ZoneInfo(zone)))
    if city:
        return gettext("%(city)s time, %(offset)s") % {"city": city, "offset": offset}
    return f"{zone}, {offset}"


def package_zone(content) -> tuple[str, bool]:
    """The zone of a package's programme, and whether it is the zone of the visit's city.

    The package's own zone, else the host country's only zone; a package of a host with several zones and none
    chosen yet (saved before packages had a zone) keeps the server's ``TIME_ZONE``, in which its times were typed.
    """
    if content.time_zone:
        return content.time_zone, True
    host_zone = country_default_zone(content.visit.host_country) if content.visit_id else ""
    return (host_zone, True) if host_zone else (settings.TIME_ZONE, False)


def package_local_time(content, at: datetime.datetime) -> LocalTime:
    """A time of a package's programme in the zone of the visit, labelled with the package's city when it is its."""
    zone, is_city_zone = package_zone(content)
    local = at.astimezone(zoneinfo.ZoneInfo(zone))
    return LocalTime(at=local, zone=zone, label=zone_label(zone, local, city=content.city if is_city_zone else ""))


def package_make_aware(content, value: datetime.datetime) -> datetime.datetime:
    """A wall-clock time typed for a package's programme, as the instant it is in the zone of the visit."""
    return make_aware_in(value, package_zone(content)[0])


def make_aware_in(value: datetime.datetime, zone: str) -> datetime.datetime:
    """A wall-clock time in a zone; a time the clocks skip or repeat there is refused, as Django's forms do."""
    tz = zoneinfo.ZoneInfo(zone)
    aware = value.replace(tzinfo=tz)
    if aware.replace(fold=not aware.fold).utcoffset() != aware.utcoffset():
        raise ValidationError(
            _("%(time)s does not exist or is ambiguous in the time zone %(zone)s."),
            code="ambiguous_timezone",
            params={"time": value.strftime("%Y-%m-%d %H:%M"), "zone": zone},
        )
    return aware


def editor_zone(user) -> str:
    """The zone an editor reads and types admin times in: their profile's, else the default."""
    from .models import EditorProfile

    if user is None or not user.is_authenticated:
        return default_time_zone()
    zone = EditorProfile.objects.filter(user=user).values_list("time_zone", flat=True).first()
    return zone if zone in known_zones() else default_time_zone()


def editor_profile(user):
    """The editor's preferences, made with the default zone the first time they open them."""
    from .models import EditorProfile

    return EditorProfile.objects.get_or_create(user=user)[0]


def zone_choices(country: str = "") -> list:
    """Choices of a zone field: the country's zones first (with where they apply), then every zone the site knows."""
    every = [(name, name) for name in sorted(known_zones())]
    own = [(z.name, f"{z.name} – {z.comment}" if z.comment else z.name) for z in country_zones(country)]
    if not own:
        return every
    return [(_("Zones of the host country"), own), (_("All zones"), every)]
