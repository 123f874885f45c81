"""Learner-local time: days, midnights and zones, with a safe fallback for bad zone names."""

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.utils import timezone


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


# Files in the zone database that are not zones a person lives in.
_NOT_ZONES = {"localtime", "posixrules", "Factory"}


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA time zone name a learner may choose, sorted."""
    return tuple(sorted(available_timezones() - _NOT_ZONES))


def is_valid_zone(name: str) -> bool:
    return name in zone_names()


def local_today(zone_name: str, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(zone(zone_name)).date()


def local_midnight(zone_name: str, day: date) -> datetime:
    """The aware instant a local day starts (DST-safe: built in the zone, not by adding hours)."""
    return datetime.combine(day, time.min, tzinfo=zone(zone_name))


def start_of_local_day(zone_name: str, now: datetime | None = None) -> datetime:
    return local_midnight(zone_name, local_today(zone_name, now))


def days_ago(zone_name: str, days: int, now: datetime | None = None) -> datetime:
    return local_midnight(zone_name, local_today(zone_name, now) - timedelta(days=days))


def reminder_instant(zone_name: str, day: date, at: time) -> datetime:
    """When a daily reminder at local wall-clock `at` falls on `day`, as an aware instant.

    Built in the zone, so DST is right: 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC
    in summer. A time skipped by a spring-forward gap resolves to just after the gap.
    """
    return datetime.combine(day, at, tzinfo=zone(zone_name)).astimezone(UTC)
