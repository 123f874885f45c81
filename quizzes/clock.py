"""Learner-local time: days, midnights and zones, with a safe fallback for bad zone names."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.utils import timezone


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def is_valid_zone(name: str) -> bool:
    return name in available_timezones()


def local_today(zone_name: str, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(zone(zone_name)).date()


def local_midnight(zone_name: str, day: date) -> datetime:
    """The aware instant a local day starts (DST-safe: built in the zone, not by adding hours)."""
    return datetime.combine(day, time.min, tzinfo=zone(zone_name))


def start_of_local_day(zone_name: str, now: datetime | None = None) -> datetime:
    return local_midnight(zone_name, local_today(zone_name, now))


def days_ago(zone_name: str, days: int, now: datetime | None = None) -> datetime:
    return local_midnight(zone_name, local_today(zone_name, now) - timedelta(days=days))
