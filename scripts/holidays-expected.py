#!/usr/bin/env python3
"""Writes the holiday dates the python `holidays` package gives for every built-in country and
each of its subdivisions, 2024-2035, public category, one line per region and year:

    US-CA 2026 0101 0119 ...

Tests/WorldtimeTests/HolidayTests compares Crosswise with this file and with the reasons in
holiday-differences.txt.

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays==0.109
    /tmp/hv/bin/python scripts/holidays-expected.py
"""
import pathlib
import holidays

COUNTRIES = "AE AU CA CO EG GB IE IN MX MY PH PL US VN ZA".split()
YEARS = range(2024, 2036)
root = pathlib.Path(__file__).resolve().parent.parent
iso = {line.split("\t")[0] for line in (root / "Sources/Worldtime/Resources/regions.tsv").read_text().splitlines()}
out = root / "Tests/WorldtimeTests/Fixtures/holidays-expected.txt"

lines = [f"# python holidays {holidays.__version__}, public category, {YEARS.start}-{YEARS.stop - 1}"]
for country in COUNTRIES:
    cls = holidays.country_holidays(country).__class__
    regions = [(country, None)] + [(f"{country}-{s}", s) for s in cls.subdivisions]
    for code, subdiv in regions:
        if code not in iso:
            print(f"skipped {code}: not an ISO 3166-2 code")
            continue
        for year in YEARS:
            days = holidays.country_holidays(country, subdiv=subdiv, years=year)
            lines.append(" ".join([code, str(year)] + sorted(d.strftime("%m%d") for d in days if d.year == year)))
out.write_text("\n".join(lines) + "\n")
print(f"wrote {len(lines) - 1} region-years to {out}")
