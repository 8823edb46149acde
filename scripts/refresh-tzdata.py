#!/usr/bin/env python3
"""Rebuild Sources/Worldtime/Resources/tzdata.bin from the PyPI `tzdata` package.

The PyPI package carries the compiled IANA zone files (TZif) of one tzdata release. Crosswise
packs them into one file so the Worldtime engine can ship a current copy and use it whenever the
machine's own /usr/share/zoneinfo is older or missing.

Format: b"CWTZ1\\n", the release ("2026f") and b"\\n", a big-endian u32 count, then per zone a u16
name length, the name, a u32 data length and the TZif bytes.

    pip install tzdata==2026.6 && python3 scripts/refresh-tzdata.py
"""
import importlib.resources
import pathlib
import struct

import tzdata

root = importlib.resources.files("tzdata") / "zoneinfo"
version = (root / "tzdata.zi").read_text().splitlines()[0].split()[-1]
zones = []
for path in sorted(pathlib.Path(str(root)).rglob("*")):
    if not path.is_file() or path.suffix in {".py", ".tab", ".zi", ".pyc"} or path.name in {"leapseconds", "__init__.py"}:
        continue
    data = path.read_bytes()
    if data[:4] != b"TZif":
        continue
    zones.append((str(path.relative_to(root)), data))

out = bytearray(b"CWTZ1\n" + version.encode() + b"\n" + struct.pack(">I", len(zones)))
for name, data in zones:
    encoded = name.encode()
    out += struct.pack(">H", len(encoded)) + encoded + struct.pack(">I", len(data)) + data
target = pathlib.Path(__file__).resolve().parent.parent / "Sources/Worldtime/Resources/tzdata.bin"
target.write_bytes(bytes(out))
print(f"tzdata {version} ({tzdata.IANA_VERSION}): {len(zones)} zones, {len(out)} bytes -> {target}")
