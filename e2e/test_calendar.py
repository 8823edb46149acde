"""The .ics files `crosswise meet` writes parse with the Python icalendar package, and
recurring_ical_events expands them to exactly the instants the planner chose (rotated
occurrences as RECURRENCE-ID overrides, holiday-blocked ones as EXDATE)."""
import datetime
import json
import subprocess

import icalendar
import recurring_ical_events

from conftest import BINARY

TEAM = ["--with", "Asia/Kolkata 09:30-18:30 @IN-KA",
        "--with", "America/New_York 09:00-17:00 @US",
        "--with", "Australia/Sydney 09:00-17:00 @AU-NSW"]


def plan(tmp_path, *args):
    ics = tmp_path / "meeting.ics"
    out = subprocess.run([BINARY, "meet", *TEAM, *args, "--ics", str(ics), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout), ics.read_bytes()


def instants(ics):
    calendar = icalendar.Calendar.from_ical(ics)
    events = recurring_ical_events.of(calendar).between(datetime.datetime(2020, 1, 1), datetime.datetime(2030, 1, 1))
    return sorted(e["DTSTART"].dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for e in events)


def test_series_expands_to_the_planned_instants(tmp_path):
    data, ics = plan(tmp_path, "--from", "2027-01-05", "--series", "weekly", "--count", "26")
    assert b"\r\n" in ics and all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert any(data["moved"]), "rotation should move some occurrences"
    assert [s["date"] for s in data["skipped"]] == ["2027-01-26"]  # Republic Day and Australia Day
    assert instants(ics) == sorted(o["start"] for o in data["occurrences"])
    assert len(data["occurrences"]) == 25


def test_biweekly_series_across_daylight_saving(tmp_path):
    data, ics = plan(tmp_path, "--from", "2027-02-02", "--series", "biweekly", "--count", "12", "--no-rotate")
    assert instants(ics) == sorted(o["start"] for o in data["occurrences"])


def test_single_meeting(tmp_path):
    data, ics = plan(tmp_path, "--from", "2026-12-01", "--days", "5")
    calendar = icalendar.Calendar.from_ical(ics)
    [event] = [c for c in calendar.walk("VEVENT")]
    start = event["DTSTART"].dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert start == data["slots"][0]["start"]
    assert calendar["METHOD"] == "REQUEST"
    assert [c["TZID"] for c in calendar.walk("VTIMEZONE")] == ["Asia/Kolkata"]


def test_bad_input_is_one_clear_message(tmp_path):
    for args, message in [
        (["--with", "Mars/Olympus 09:00-17:00"], "is not an IANA time zone"),
        (["--with", "Asia/Manila 25:00-06:00"], "Asia/Manila 25:00-06:00"),
        (["--with", "Asia/Manila 09:00-17:00 @XX"], "is not a country"),
        (["--with", "Asia/Manila 09:00-17:00", "--days", "0"], "--days must be between 1 and 366, not 0"),
        (["--with", "Asia/Manila 09:00-17:00", "--duration", "2h", "--from", "2026-12-01T09:00", "--to", "2026-12-01T10:00"],
         "the window (1 h) is shorter than the meeting (2 h)"),
        (["--with", "Asia/Manila 09:00-17:00", "--duration", "soon"], "is not a length"),
        (["--with", "Asia/Manila 09:00-17:00", "--series", "weekly", "--count", "0"], "--count must be between 1 and 520, not 0"),
    ]:
        out = subprocess.run([BINARY, "meet", *args], capture_output=True, text=True)
        assert out.returncode in (1, 2), out
        assert message in out.stderr, out.stderr
        assert "Fatal error" not in out.stderr
