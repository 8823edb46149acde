#!/usr/bin/env python3
"""The comparison for CultureBenchmarks: PyYAML (C loader when present) reading the same 27
brief files and the source list, parse only (no validation), median of 30 runs."""
import pathlib
import statistics
import time

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent / "Sources/Culture/Resources"
texts = [(ROOT / "sources.yaml").read_text()] + [p.read_text() for p in sorted((ROOT / "briefs").glob("*.yaml"))]
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
runs = []
for _ in range(30):
    start = time.perf_counter()
    for text in texts:
        yaml.load(text, Loader=loader)
    runs.append((time.perf_counter() - start) * 1000)
print(f"PyYAML {yaml.__version__} ({loader.__name__}), {len(texts)} files: median {statistics.median(runs):.1f} ms, best {min(runs):.1f} ms")
