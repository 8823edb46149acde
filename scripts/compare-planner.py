#!/usr/bin/env python3
"""A straightforward Python meeting planner on the benchmark input
(Benchmarks/inputs/planner-50.json), for the figure beside Crosswise's in PERFORMANCE.md.

For every 15-minute slot of the window and every participant it converts the slot's blocks to
local time with zoneinfo, classifies them with the same rules as Crosswise (shift, shoulder,
sleep, weekend, holiday from the `holidays` package) and ranks by the worst then the total.

    PYTHONTZPATH= .venv-bench/bin/python scripts/compare-planner.py
"""
import datetime as dt
import json
import pathlib
import time
from zoneinfo import ZoneInfo

import holidays

ROOT = pathlib.Path(__file__).resolve().parent.parent
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def parse_days(text):
    result = set()
    for part in text.replace(",", " ").split():
        a, _, b = part.partition("-")
        i = DAYS.index(a[:3].lower())
        j = DAYS.index(b[:3].lower()) if b else i
        while True:
            result.add(i)
            if i == j:
                break
            i = (i + 1) % 7
    return result


def parse_hours(text):
    """'Mon-Fri 21:00-06:00' -> {weekday: [(start_min, length_min)]}"""
    ranges = {}
    for group in text.split(";"):
        days, _, spans = group.strip().partition(" ")
        for span in spans.split(","):
            a, b = span.split("-")
            s = int(a[:2]) * 60 + int(a[3:])
            e = int(b[:2]) * 60 + int(b[3:])
            length = e - s if e > s else 1440 - s + e
            for d in parse_days(days):
                ranges.setdefault(d, []).append((s, length))
    return ranges


class Person:
    def __init__(self, p, years):
        self.zone = ZoneInfo(p["zone"])
        self.hours = parse_hours(p["hours"])
        self.weekend = parse_days(p["weekend"]) if p.get("weekend") else {5, 6}
        country, _, sub = p["region"].partition("-")
        self.holidays = holidays.country_holidays(country, subdiv=sub or None, years=years)
        starts = [r[0][0] for r in self.hours.values()]
        self.usual = max(set(starts), key=starts.count)

    def cost(self, local):
        day = local.date()
        minute = local.hour * 60 + local.minute
        # A shift belongs to the day it starts.
        for offset in (0, -1):
            d = day + dt.timedelta(days=offset)
            if d in self.holidays:
                continue
            for start, length in self.hours.get(d.weekday(), []):
                m = minute - offset * 1440
                if start <= m and m + 15 <= start + length:
                    return 0
        if day in self.holidays:
            return 1000
        weekend = day.weekday() in self.weekend
        start_today = self.hours.get(day.weekday(), [(self.usual, 0)])[0][0]
        for d, s in ((0, start_today), (1, self.hours.get((day.weekday() + 1) % 7, [(self.usual, 0)])[0][0])):
            wake = d * 1440 + s - 120
            mid = minute + 7.5
            if wake - 480 <= mid < wake:
                closeness = 1 - abs(mid - (wake - 240)) / 240
                return int(60 + 40 * max(0, min(1, closeness))) + (10 if weekend else 0)
        if weekend:
            return 50
        mid = minute + 7.5
        for start, length in self.hours.get(day.weekday(), []) + [(s - 1440, l) for s, l in self.hours.get((day.weekday() - 1) % 7, [])]:
            if start - 120 <= mid < start:
                return 10 + int(20 * (start - mid) / 120)
            if start + length <= mid < start + length + 120:
                return 10 + int(20 * (mid - start - length) / 120)
        return 40


def plan(data):
    first = dt.date.fromisoformat(data["from"])
    organizer = ZoneInfo(data["participants"][0]["zone"])
    people = [Person(p, [first.year, first.year + 1]) for p in data["participants"]]
    start = dt.datetime.combine(first, dt.time(), organizer).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(first + dt.timedelta(days=data["days"]), dt.time(), organizer).astimezone(dt.timezone.utc)
    blocks = data["durationMinutes"] // 15
    slots = []
    t = start
    while t + dt.timedelta(minutes=data["durationMinutes"]) <= end:
        costs = [max(p.cost((t + dt.timedelta(minutes=15 * b)).astimezone(p.zone)) for b in range(blocks)) for p in people]
        slots.append((max(costs), sum(costs), t))
        t += dt.timedelta(minutes=data["stepMinutes"])
    slots.sort(key=lambda s: (s[0], s[1], s[2]))
    return [s for s in slots if s[0] < 1000][:10]


data = json.loads((ROOT / "Benchmarks/inputs/planner-50.json").read_text())
plan(data)  # warm the holiday tables
runs = []
for _ in range(5):
    t0 = time.perf_counter()
    best = plan(data)
    runs.append((time.perf_counter() - t0) * 1000)
runs.sort()
print(f"Python zoneinfo planner, 50 people, 4 weeks, 15-min steps: median {runs[2]:.1f} ms (min {runs[0]:.1f}); best slot {best[0][2]:%Y-%m-%d %H:%M} UTC worst {best[0][0]}")
