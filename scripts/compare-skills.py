#!/usr/bin/env python3
"""The same framework files the Skills benchmarks import, read by Python's json and csv modules
(both in C). Python only parses; Crosswise parses, builds the framework and validates it, so the
comparison flatters Python. Run by scripts/run-benchmarks.sh after the Swift suites."""
import csv, io, json, statistics, subprocess, sys, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/crosswise"
case = subprocess.run([binary, "framework", "export", "--case"], capture_output=True, check=True).stdout
moodle = subprocess.run([binary, "framework", "export", "--moodle"], capture_output=True, check=True).stdout.decode()


def median_ms(body, runs=50):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


print(f"CASE package {len(case):,} bytes: Python json.loads median {median_ms(lambda: json.loads(case)):.3f} ms of 50")
print(f"Moodle CSV {len(moodle):,} bytes: Python csv.reader median {median_ms(lambda: list(csv.reader(io.StringIO(moodle)))):.3f} ms of 50")
