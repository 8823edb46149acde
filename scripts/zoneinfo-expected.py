#!/usr/bin/env python3
"""Expected UTC offsets from Python's zoneinfo with the PyPI tzdata package, for the Worldtime
tests (Tests/WorldtimeTests/Fixtures/zoneinfo-transitions.txt).

Run with the system zoneinfo switched off so that only the pinned tzdata package is used:
    pip install tzdata==2026.6
    PYTHONTZPATH= python3 scripts/zoneinfo-expected.py > Tests/WorldtimeTests/Fixtures/zoneinfo-transitions.txt

For every zone it finds each change of UTC offset between 1970 and 2040 on its own (a daily scan,
then a binary search to the second), independent of how Crosswise reads the files, and writes
one line per change: zone, the first second of the new offset, offset before, offset after.
"""
import datetime as dt
import importlib.resources
import os
import sys
import zoneinfo

import tzdata

assert os.environ.get("PYTHONTZPATH", None) == "", "run with PYTHONTZPATH= so only the tzdata package is used"
START = int(dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc).timestamp())
END = int(dt.datetime(2040, 1, 1, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400


def offset(zone, t):
    return int(dt.datetime.fromtimestamp(t, zone).utcoffset().total_seconds())


names = sorted(zoneinfo.available_timezones())
print(f"# tzdata {tzdata.IANA_VERSION}, Python {sys.version.split()[0]}, {len(names)} zones, 1970-2040")
for name in names:
    zone = zoneinfo.ZoneInfo(name)
    t = START
    previous = offset(zone, t)
    print(f"{name} {START} {previous} {previous}")
    while t < END:
        nxt = min(t + DAY, END)
        current = offset(zone, nxt)
        if current != previous:
            low, high = t, nxt  # offset(low) == previous, offset(high) == current
            while high - low > 1:
                mid = (low + high) // 2
                if offset(zone, mid) == previous:
                    low = mid
                else:
                    high = mid
            print(f"{name} {high} {previous} {current}")
            previous = current
        t = nxt
