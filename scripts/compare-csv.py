#!/usr/bin/env python3
"""Times Python's csv module on the same 10,000-row people file the ImportBenchmarks suite reads,
for docs/PERFORMANCE.md. Prints the median of 20 runs in milliseconds."""
import csv, io, statistics, time

lines = ["name,email,role,site,teams,time_zone,country,subdivision,working_hours,weekend,languages"]
for i in range(10_000):
    lines.append(f'"Reyes, Maria {i}",maria.{i}@example.com,member,Manila – Ortigas,Night Desk;Claims,Asia/Manila,PH,PH-00,"Mon-Thu 21:00-01:00,02:00-06:00; Fri 21:00-06:00",Sat;Sun,en;fil')
text = "\n".join(lines) + "\n"
runs = []
for _ in range(20):
    start = time.perf_counter()
    rows = list(csv.reader(io.StringIO(text)))
    runs.append((time.perf_counter() - start) * 1000)
assert len(rows) == 10_001
print(f"python csv.reader, 10,000 rows: median {statistics.median(runs):.2f} ms")
