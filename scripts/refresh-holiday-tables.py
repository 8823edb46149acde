#!/usr/bin/env python3
"""Writes Sources/Worldtime/Resources/hindu-festivals.tsv: the dates of Hindu lunisolar
festivals, which no calendar library on our side computes. Source: the MIT-licensed python
`holidays` package (its _HinduLunisolar tables follow India's published holiday lists).

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays==0.109
    /tmp/hv/bin/python scripts/refresh-holiday-tables.py
"""
import pathlib
import holidays
from holidays.calendars.hindu import _HinduLunisolar

out = pathlib.Path(__file__).resolve().parent.parent / "Sources/Worldtime/Resources/hindu-festivals.tsv"
calendar = _HinduLunisolar()
lines = [f"# Hindu festival dates from python holidays {holidays.__version__} (MIT). scripts/refresh-holiday-tables.py"]
for attr in sorted(a for a in dir(_HinduLunisolar) if a.endswith("_DATES")):
    table = getattr(_HinduLunisolar, attr)
    name = attr[: -len("_DATES")].lower().replace("_", "-")
    dates = []
    for year in sorted(table):
        value = table[year]
        # A year maps to (month, day) or, rarely, to several such pairs.
        pairs = value if isinstance(value[0], tuple) else (value,)
        for month, day in pairs:
            dates.append(f"{year:04d}-{month:02d}-{day:02d}")
    lines.append("\t".join([name] + dates))
out.write_text("\n".join(lines) + "\n")
print(f"wrote {len(lines) - 1} festivals to {out}")
