#!/usr/bin/env python3
"""Writes Tests/MessageCheckTests/Fixtures/checksum-cases.txt: 10,000 numbers per check-digit
scheme (Luhn, IBAN, Verhoeff, US SSN), about half valid and half near misses, each with the
verdict of python-stdnum. ChecksumTests runs Crosswise's implementation on every line.

    python3 -m venv /tmp/sv && /tmp/sv/bin/pip install python-stdnum==2.2
    /tmp/sv/bin/python scripts/checksum-cases.py

IBAN cases keep each country's BBAN layout (python-stdnum checks it; Crosswise checks the
length and mod 97 only), so the two can be compared on the checksum itself.
"""
import pathlib
import random
import re

import stdnum
from stdnum import iban, luhn, verhoeff
from stdnum.iban import _ibandb
from stdnum.us import ssn

PER_SCHEME = 10_000
rng = random.Random(20261123)
out = pathlib.Path(__file__).resolve().parent.parent / "Tests/MessageCheckTests/Fixtures/checksum-cases.txt"


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def near_miss(number, alphabet="0123456789"):
    """One substitution, one adjacent transposition of like characters, or a changed length."""
    chars = list(number)
    kind = rng.randrange(3)
    if kind == 0:
        i = rng.randrange(len(chars))
        pool = alphabet if chars[i] in alphabet else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        chars[i] = rng.choice([c for c in pool if c != chars[i]])
    elif kind == 1 and len(chars) > 2:
        i = rng.randrange(len(chars) - 1)
        if chars[i].isdigit() == chars[i + 1].isdigit():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        return number[:-1] if rng.random() < 0.5 else number + rng.choice(alphabet)
    return "".join(chars)


def luhn_cases():
    for _ in range(PER_SCHEME):
        base = digits(rng.randint(12, 18))
        number = base + luhn.calc_check_digit(base)
        yield number if rng.random() < 0.5 else near_miss(number)


def verhoeff_cases():
    for _ in range(PER_SCHEME):
        base = digits(rng.randint(5, 15))
        number = base + verhoeff.calc_check_digit(base)
        yield number if rng.random() < 0.5 else near_miss(number)


def bban(structure):
    """Random BBAN following a registry structure such as '4!n4!n12!c'."""
    parts = []
    for count, kind in re.findall(r"(\d+)!?([nac])", structure):
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
        parts.append("".join(rng.choice(pool) for _ in range(int(count))))
    return "".join(parts)


def iban_cases():
    countries = []
    registry = pathlib.Path(iban.__file__).with_name("iban.dat").read_text()
    for cc in sorted({line[:2] for line in registry.splitlines() if re.match(r"^[A-Z]{2} ", line)}):
        info = _ibandb.info(cc + "00")
        structure = info[0][1].get("bban") if info and info[0][1] else None
        if structure:
            countries.append((cc, structure))
    for _ in range(PER_SCHEME):
        cc, structure = rng.choice(countries)
        body = bban(structure)
        number = cc + iban.calc_check_digits(cc + "00" + body) + body
        if rng.random() < 0.5:
            yield number
        elif rng.random() < 0.1:
            yield rng.choice(["QQ", "XX", "ZZ"]) + number[2:]
        else:
            yield near_miss(number)


def ssn_cases():
    special = ["078051120", "219099999", "457555462", "000123456", "666123456", "900123456", "123004567", "123450000"]
    for i in range(PER_SCHEME):
        if i < len(special):
            yield special[i]
        else:
            # Half drawn from the issued ranges, half with one part at a value never issued.
            area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
            if rng.random() < 0.5:
                part = rng.randrange(3)
                if part == 0:
                    area = rng.choice([0, 666, rng.randint(900, 999)])
                elif part == 1:
                    group = 0
                else:
                    serial = 0
            yield f"{area:03d}{group:02d}{serial:04d}"


lines = [f"# python-stdnum {stdnum.__version__}: scheme, number, 1 if valid else 0"]
for scheme, cases, valid in [("luhn", luhn_cases(), luhn.is_valid), ("verhoeff", verhoeff_cases(), verhoeff.is_valid),
                             ("iban", iban_cases(), lambda n: iban.is_valid(n, check_country=False)),
                             ("ssn", ssn_cases(), ssn.is_valid)]:
    for number in cases:
        lines.append(f"{scheme} {number} {int(bool(valid(number)))}")
out.write_text("\n".join(lines) + "\n")
counts = {}
for line in lines[1:]:
    scheme, _, ok = line.split()
    counts.setdefault(scheme, [0, 0])[int(ok)] += 1
print(f"wrote {len(lines) - 1} cases to {out}: " + ", ".join(f"{k} {v[1]} valid / {v[0]} invalid" for k, v in counts.items()))
