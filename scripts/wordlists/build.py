#!/usr/bin/env python3
"""Builds the word lists in this folder from the hand-written parts in src/.
Kept for the record of how the files were made; validate.py checks the output."""
import re, sys, os, pickle, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src'))
from wnset import inwn
from wordfreq import zipf_frequency as z, iter_wordlist
import wordfreq
HERE = os.path.dirname(os.path.abspath(__file__)) + '/'
P = HERE + 'src/'; OUT = HERE
RES = os.path.join(HERE, '../../Sources/MessageCheck/Resources/')
def norm(s): return re.sub(r'\s+', ' ', s.lower().replace('-', ' ').strip())
def load(f):
    out = []
    for l in open(f):
        l = l.rstrip('\n')
        if not l.strip() or l.startswith('#'): continue
        ph, rep = [x.strip() for x in l.split('|', 1)]
        out.append((ph, rep))
    return out

# ---------- idioms ----------
excl = set()
for f in [RES + 'jargon.txt', RES + 'regional.txt', P + 'jargon_more.txt', P + 'regional.txt']:
    try: excl |= {norm(p) for p, _ in load(f)}
    except FileNotFoundError: pass
DROP = {norm(l) for l in open(P + 'drop_final.txt') if l.strip()}
WNTYPO = {'carry the can', 'give up the ghost', 'go off half cocked', 'go off at half cock', "up to one's neck"}
order = ['wn_verb.txt', 'wn_adv.txt', 'wn_adj.txt', 'ours_carry.txt', 'ours1.txt', 'ours2.txt', 'ours3.txt', 'ours4.txt']
seen = set(); wn = []; ours = []
for f in order:
    for ph, rep in load(P + f):
        n = norm(ph)
        if n in excl or n in seen or n in DROP or len(n.split()) < 2: continue
        seen.add(n)
        (wn if (inwn(ph) or n in WNTYPO) else ours).append((ph, rep))
wn.sort(key=lambda e: norm(e[0])); ours.sort(key=lambda e: norm(e[0]))
with open(OUT + 'idioms.txt', 'w') as o:
    o.write("""# Idioms a reader in a second language may take literally, with plain wording.
# Format: phrase | plain replacement; another   (same as jargon.txt; matching ignores case and
# treats a hyphen like a space). Verbs are in their base form; "one's" marks a possessive slot
# and "someone" an object slot, for the checker to expand. Replacements are written by us.
# Left out: phrases whose literal reading is common in office or support text, plain phrasal
# verbs, one-word entries, and buzzwords (those are in jargon-more.txt).
# Provenance is marked by a comment before each block: in the "wordnet" block the phrase is a
# lemma of Princeton WordNet 3.0; in the "ours" block it is from everyday British, American and
# Australian office English, added by us (with the reviewed entries of the earlier idioms.txt).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. The WordNet licence,
# with its disclaimer, is in LICENSE-WordNet.txt and must ship with this file.
""")
    o.write(f"\n# source: wordnet ({len(wn)} entries; phrase from WordNet 3.0, replacement by us)\n")
    for ph, rep in wn: o.write(f"{ph} | {rep}\n")
    o.write(f"\n# source: ours ({len(ours)} entries)\n")
    for ph, rep in ours: o.write(f"{ph} | {rep}\n")
print('idioms', len(wn), len(ours), len(wn) + len(ours))

# ---------- regional, jargon-more ----------
open(OUT + 'regional.txt', 'w').write(open(P + 'regional.txt').read())
open(OUT + 'jargon-more.txt', 'w').write(open(P + 'jargon_more.txt').read())

# ---------- jargon-remove ----------
cur = {'jargon.txt': {norm(p) for p, _ in load(RES + 'jargon.txt')},
       'idioms.txt': {norm(p) for p, _ in load(RES + 'idioms.txt')}}
groups = collections.OrderedDict([('jargon.txt', []), ('idioms.txt', [])])
gone = []
for l in open(P + 'jargon_remove_src.txt'):
    if '|' not in l: continue
    f, ph, why = [x.strip() for x in l.split('|', 2)]
    (groups[f] if norm(ph) in cur[f] else gone).append((f, ph, why))
with open(OUT + 'jargon-remove.txt', 'w') as o:
    o.write("# Entries of the current jargon.txt and idioms.txt that should go, each with a one-line reason.\n"
            "# Format: phrase | reason. Checked against the files as they were when this list was made.\n")
    for f, L in groups.items():
        o.write(f"\n# from {f}\n")
        for _, ph, why in L: o.write(f"{ph} | {why}\n")
    if gone:
        o.write("\n# already gone from the current files (listed for the record)\n")
        for f, ph, why in gone: o.write(f"# {f}: {ph} | {why}\n")
print('remove', sum(len(v) for v in groups.values()), 'already gone', len(gone))

# ---------- acronyms ----------
trade = []
for l in open(P + 'trade.txt'):
    l = l.rstrip('\n')
    if l.startswith('#') or not l.strip(): trade.append(('#', l)); continue
    a, e = [x.strip() for x in l.split('|', 1)]; trade.append((a, e))
tradeset = {a for a, _ in trade if a != '#'}
MOVED = {'KPI', 'KB', 'TB', 'KM', 'SAR', 'M&A', 'AR/VR', 'ESG', 'MMS', '2FA', 'SMTP', 'VGA', 'CMYK', 'DPI', 'SDK', 'CLI', 'CPO'}
TITLES = {'office': 'Office and general', 'computing': 'Computing', 'fileformats': 'File formats',
          'units': 'Units', 'jobtitles': 'Job titles', 'countries': 'Countries and international bodies',
          'currencies': 'Currencies (ISO 4217 codes)', 'time': 'Time and calendar',
          'companies': 'Big companies people write in capitals'}
known = collections.OrderedDict(); grp = None; kseen = set(); tested = {}
for l in open(P + 'known_src.txt'):
    l = l.strip()
    if not l: continue
    if l.startswith('@'): grp = l[1:]; known[grp] = []; continue
    a, k = l.split()
    if grp == 'jobtitles' and a == 'PM': continue
    if a in MOVED or a in kseen: continue
    kseen.add(a); known[grp].append(a)
    if k == 'test': tested[a] = z(a.lower(), 'en')
# a few more well-known ones used in office text
assert not (kseen & tradeset), kseen & tradeset
with open(OUT + 'known-acronyms.txt', 'w') as o:
    o.write(f"""# Acronyms and abbreviations any office reader knows; they need no spelling out and are never
# flagged. One a line, in their usual capitals, grouped by kind.
# Rule for borderline entries (marked below with their frequency): keep an acronym here when the
# zipf frequency of its lower-case form in wordfreq {wordfreq.__version__ if hasattr(wordfreq,'__version__') else '3.1.1'} (English) is at least 3.0 AND
# that lower-case form is not mainly an ordinary word or a name (so "cob", "ooo", "emi", "tia",
# "pan" and "sox" are no evidence). Failing that, it goes to trade-acronyms.txt with its
# expansion. Letters with several common office meanings (POC, MD, GM, KB, TB, KM) also go there,
# since the reader cannot tell which is meant. Core groups (file formats, units, currency codes,
# countries and bodies, months, days, time zones, top job titles, company names) are kept
# without the test: they are names, and spelling them out would not help.
# The brief's own examples (FYI, ASAP, ETA, PDF, VPN, API, URL, USB, SSO, MFA, OTP, HR, IT, CEO,
# CFO, FAQ) are kept whatever their frequency (OTP 2.63, SSO 2.44).
# Decided borderline cases: KPI (2.09), SLA (2.83), TBD (2.77), EOD (2.51), WFH (1.72),
# OOO, COB, SaaS (2.98), B2C (2.45), SSL (2.93), KYC (2.29), NOC, GDPR (2.53) -> trade list.
# ROI (3.39), NDA (3.00), CRM (3.05), ERP (3.02), B2B (3.21), CPI (3.28), IPO (3.37) -> kept here.
# UPI (3.00) and GST (3.38) pass on frequency, but UPI is India-only, so it is in the trade list;
# GST is used in India, Australia, Canada, New Zealand and Singapore and is kept.
# SQL (3.38) is in the trade list: in sales work it means "sales qualified lead".
""")
    for g, L in known.items():
        o.write(f"\n# {TITLES[g]}\n")
        t = [f"{a} {tested[a]:.2f}" for a in L if a in tested]
        if t: o.write("# borderline, kept (zipf of lower-case form): " + ', '.join(t) + "\n")
        for a in L: o.write(a + "\n")
nk = sum(len(v) for v in known.values()); print('known', nk)
with open(OUT + 'trade-acronyms.txt', 'w') as o:
    o.write("""# Acronyms a client or colleague outside the trade may not know, with their expansions
# (several, separated by ';', when the letters mean different things in different trades).
# Format: ACRONYM | expansion; another. Matched with their exact capitals.
# Expansions are the standard ones of each trade (BPO/KPO, contact centre, finance back office,
# analytics, IT service, HR, healthcare back office, compliance, sales and marketing).
""")
    for a, e in trade:
        if a == '#': o.write(e + "\n")
        else: o.write(f"{a} | {e}\n")
print('trade', len(tradeset))

# ---------- common words ----------
WN = '/usr/share/wordnet/'
# "English word" = WordNet 3.0 has it written in lower case in data.* (which keeps case), so
# proper names, symbols and abbreviations that WordNet writes only as "FBI", "Ag", "Mr" are not
# counted; plus the inflections in WordNet's exception lists and the regular ones below.
S = set()
for p in 'noun verb adj adv'.split():
    for line in open(WN + 'data.' + p, encoding='latin-1'):
        if line.startswith('  '): continue
        f = line.split(); n = int(f[3], 16)
        for i in range(n):
            wd = re.sub(r'\(.*\)$', '', f[4 + 2 * i])
            if wd == wd.lower(): S.add(wd)
for p in 'noun verb adj adv'.split():
    for line in open(WN + p + '.exc', encoding='latin-1'):
        x = line.split()
        if len(x) > 1 and x[1] in S: S.add(x[0])
def ordinary(w):
    if w in S: return True
    for suf, rep in [('s', ''), ('es', ''), ('ies', 'y'), ('ed', ''), ('ed', 'e'), ('ing', ''), ('ing', 'e'), ('er', ''), ('est', ''), ('ly', '')]:
        if not w.endswith(suf): continue
        base = w[:-len(suf)] + rep
        if len(base) >= 3 and base in S: return True
    return False
F = set(open(P + 'func.txt').read().split()) | {'ok'}
acr_up = {a.upper() for a in kseen | tradeset}
KEEPWORD = {'it', 'us', 'who', 'am', 'try', 'ok', 'led', 'sun', 'sat', 'wed', 'mad', 'pen', 'cop', 'rub', 'mar'}
words = []; dropped = []
for w in iter_wordlist('en', 'large'):
    f = z(w, 'en')
    if f < 3.0: break
    if not re.fullmatch(r'[a-z]{2,6}', w): continue
    if not (ordinary(w) or w in F): continue
    if not re.search('[aeiouy]', w) or re.fullmatch(r'[ivxl]+', w) and w not in ('ill', 'vi'): continue
    if w.upper() in acr_up and w not in KEEPWORD: dropped.append(w); continue
    words.append(w)
words.sort()
with open(OUT + 'common-words.txt', 'w') as o:
    o.write(f"""# Lower-case English words of 2 to 6 letters with wordfreq zipf frequency >= 3.0, so the
# checker can tell a word written in capitals ("NOT", "DONE") from an acronym. One a line.
# This list is derived from wordfreq 3.1.1 by Robyn Speer (https://github.com/rspeer/wordfreq;
# Speer, R. (2022), rspeer/wordfreq: v3.0, Zenodo, https://doi.org/10.5281/zenodo.7199437),
# English 'large' list, licensed CC BY-SA 4.0, and is shared under the same licence. wordfreq
# includes data from Google Books Ngrams (http://books.google.com/ngrams), the Leeds Internet
# Corpus, Wikipedia, ParaCrawl, OpenSubtitles 2018 (http://www.opensubtitles.org/) and the
# SUBTLEX word lists, which are freely available data created by Marc Brysbaert et al.
# (http://crr.ugent.be/programs-data/subtitle-frequencies).
# "English word": a Princeton WordNet 3.0 lemma or inflection of one, or a closed-class word
# (pronoun, determiner, preposition, conjunction, auxiliary). Names, symbols, slang spellings
# and foreign tokens in wordfreq's list are left out, as are words without a vowel ("cm",
# "hrs"), Roman numerals and plurals formed on two-letter abbreviations ("cds", "tvs").
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence and
# disclaimer in LICENSE-WordNet.txt).
# Removed: words whose capitalized form is in known-acronyms.txt or trade-acronyms.txt and is
# mainly that acronym when written in capitals ({len(dropped)} words, e.g. {', '.join(sorted(dropped)[:12])} ...).
# Kept although they are also acronyms, because in capitals they are usually the word (or the
# acronym is harmless either way): {', '.join(sorted(KEEPWORD))}.
""")
    for w in words: o.write(w + "\n")
open(P + 'common-dropped.txt', 'w').write('\n'.join(sorted(dropped)) + '\n')
print('common', len(words), 'dropped', len(dropped))
