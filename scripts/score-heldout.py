#!/usr/bin/env python3
"""Scores a crosswise binary on a held-out corpus the way OutsiderCorpusTests does: per
category, a finding counts when a label of the same category covers an overlapping stretch of
the message; sentence length, paragraph length and reading grade are left out (the reviewers
were asked not to label them). Prints the table only, never the misses: a held-out set whose
misses are read becomes a tuning set.

Usage: scripts/score-heldout.py path/to/crosswise Tests/MessageCheckTests/Corpus/holdout-2.txt
       scripts/score-heldout.py --misses path/to/crosswise Tests/MessageCheckTests/Corpus/dev-1.txt
(--misses lists each miss and false alarm: for tuning sets only, never a held-out one.)
Used to measure the checker before a change from a binary built before it (docs/ACCURACY.md).
"""
import json
import pathlib
import subprocess
import sys
import tempfile

MEASURED = {"clarity.long-sentence", "clarity.wall-of-text", "clarity.readability"}


def load(path):
    messages = []
    for block in pathlib.Path(path).read_text().split("\n=== ")[1:]:
        head, _, rest = block.partition("\n")
        body, _, expect = rest.partition("\n--- expect")
        fields = [f.strip() for f in head.split("|")]
        data = body.encode()
        labels = []
        for line in expect.splitlines():
            if '"' not in line or line.startswith("#"):
                continue
            check, quoted = line.split('"', 1)
            check, covers = check.strip(), quoted[:-1]
            covers = covers[:-3] if covers.endswith("...") else covers
            if check in MEASURED:
                continue
            start = data.find(covers.encode())
            labels.append((check.split(".")[0], start, start + len(covers.encode())))
        messages.append((fields[0], fields[1] if len(fields) > 1 else "client-email", body, labels))
    return messages


def found(binary, messages):
    per_message = [[] for _ in messages]
    with tempfile.TemporaryDirectory() as tmp:
        for profile in sorted({m[1] for m in messages}):
            files = {}
            for i, (_, channel, body, _) in enumerate(messages):
                if channel == profile:
                    path = pathlib.Path(tmp) / f"{i:04d}.txt"
                    path.write_text(body)
                    files[str(path)] = i
            out = subprocess.run([binary, "check", "--profile", profile, "--format", "json", *files],
                                 capture_output=True, text=True).stdout
            for f in json.loads(out):
                if f["check"] not in MEASURED:
                    per_message[files[f["file"]]].append((f["check"].split(".")[0], f["start"], f["end"]))
    return per_message


def main():
    args = sys.argv[1:]
    show = args[0] == "--misses"
    if show:
        args = args[1:]
        if "holdout" in pathlib.Path(args[1]).name:
            sys.exit("--misses is for tuning sets: reading a held-out set's misses spends it")
    binary, corpus = args[0], args[1]
    messages = load(corpus)
    scores = {}
    for (mid, channel, body, labels), hits in zip(messages, found(binary, messages)):
        hits = list(hits)
        data = body.encode()
        for category, start, end in labels:
            s = scores.setdefault(category, [0, 0, 0])
            match = next((h for h in hits if h[0] == category and h[1] < end and start < h[2]), None)
            if match:
                hits.remove(match)
                s[0] += 1
            else:
                s[2] += 1
                if show:
                    print(f"{mid} {channel} missed {category}: {data[max(0, start):end].decode(errors='replace')!r}")
        for category, start, end in hits:
            scores.setdefault(category, [0, 0, 0])[1] += 1
            if show:
                print(f"{mid} {channel} extra {category}: {data[start:end].decode(errors='replace')[:70]!r}")
    print(f"{corpus}: {len(messages)} messages")
    print("category   labelled  found right  false alarms  missed  precision  recall")
    for category, (tp, fp, fn) in sorted(scores.items()):
        print(f"{category:<10} {tp + fn:8d} {tp:12d} {fp:13d} {fn:7d} {tp / max(1, tp + fp):10.2f} {tp / max(1, tp + fn):7.2f}")


main()
