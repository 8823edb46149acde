#!/usr/bin/env python3
"""Rebuild Sources/Worldtime/Resources/regions.tsv from Debian's iso-codes package.

One line per ISO 3166-1 country ("IN<TAB>India") and per ISO 3166-2 subdivision
("IN-KA<TAB>Karnataka"). Crosswise bundles the result so that validating a person's country
and subdivision needs no system package at run time.

    apt-get install iso-codes && python3 scripts/refresh-regions.py
"""
import json
import pathlib

SOURCE = pathlib.Path("/usr/share/iso-codes/json")
TARGET = pathlib.Path(__file__).resolve().parent.parent / "Sources/Worldtime/Resources/regions.tsv"

countries = json.loads((SOURCE / "iso_3166-1.json").read_text())["3166-1"]
subdivisions = json.loads((SOURCE / "iso_3166-2.json").read_text())["3166-2"]

# ISO 3166-2 changes newer than Debian's iso-codes (newsletter 2023-11: India's new state codes).
# Crosswise still accepts the old codes (Regions.renamed).
RENAMED = {"IN-CT": "IN-CG", "IN-OR": "IN-OD", "IN-TG": "IN-TS", "IN-UT": "IN-UK"}

lines = [f"{c['alpha_2']}\t{c.get('common_name', c['name'])}" for c in countries]
lines += [f"{RENAMED.get(s['code'], s['code'])}\t{s['name']}" for s in subdivisions]
TARGET.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
print(f"{len(countries)} countries, {len(subdivisions)} subdivisions -> {TARGET}")
