#!/usr/bin/env python3
"""Times Python's zoneinfo on the same 100,000 (zone, instant) pairs as the WorldtimeBenchmarks
suite's "UTC offset of 100,000 instants", for docs/PERFORMANCE.md. Median of 10 runs."""
import datetime as dt, statistics, time, zoneinfo

zones = [zoneinfo.ZoneInfo(z) for z in ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Vancouver", "Europe/Dublin"]]
instants = [946_684_800 + i * 12_622 for i in range(100_000)]
runs = []
for _ in range(10):
    start = time.perf_counter()
    total = 0
    for i, t in enumerate(instants):
        total += int(dt.datetime.fromtimestamp(t, zones[i % 6]).utcoffset().total_seconds())
    runs.append((time.perf_counter() - start) * 1000)
print(f"python zoneinfo, 100,000 offsets: median {statistics.median(runs):.1f} ms")
