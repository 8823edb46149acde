#!/usr/bin/env python3
"""Checks the format, counts, duplicates and overlaps of the lists in this folder.
Run: python3 validate.py [path-to-current-Resources]   Exit status 1 on any error."""
import re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
RES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../Sources/MessageCheck/Resources')
errors = []; warnings = []
def err(m): errors.append(m)
def warn(m): warnings.append(m)
def norm(s): return re.sub(r'\s+', ' ', s.lower().replace('-', ' ').strip())

def phrase_file(name, minimum=0, min_words=1):
    path = os.path.join(HERE, name); out = []
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.count('|') != 1: err(f'{name}:{i}: need exactly one "|": {line!r}'); continue
        ph, rep = [x.strip() for x in line.split('|')]
        if not ph: err(f'{name}:{i}: empty phrase')
        if not rep: err(f'{name}:{i}: empty replacement')
        if line != f'{ph} | {rep}': err(f'{name}:{i}: spacing should be "phrase | replacement"')
        if len([r for r in rep.split(';') if r.strip()]) > 3: warn(f'{name}:{i}: more than 3 alternatives')
        if len(ph.split()) < min_words and len(norm(ph).split()) < min_words: err(f'{name}:{i}: one-word phrase {ph!r}')
        if re.search(r"[^a-zA-Z0-9' .,?\-]", ph): warn(f'{name}:{i}: unusual character in {ph!r}')
        out.append((i, ph, rep))
    c = collections.Counter(norm(p) for _, p, _ in out)
    for k, v in c.items():
        if v > 1: err(f'{name}: duplicate {k!r} x{v}')
    if len(out) < minimum: err(f'{name}: {len(out)} entries, need at least {minimum}')
    return out

idioms = phrase_file('idioms.txt', 1200, 2)
regional = phrase_file('regional.txt', 40)
jmore = phrase_file('jargon-more.txt', 150)
remove = phrase_file('jargon-remove.txt')

# idioms: provenance blocks and base forms
src = None; seen_src = set()
for i, line in enumerate(open(os.path.join(HERE, 'idioms.txt'), encoding='utf-8'), 1):
    m = re.match(r'# source: (\w+)', line)
    if m: src = m.group(1); seen_src.add(src); continue
    if '|' in line and not line.startswith('#') and src not in ('wordnet', 'ours'):
        err(f'idioms.txt:{i}: entry outside a "# source:" block')
if seen_src != {'wordnet', 'ours'}: err(f'idioms.txt: source blocks found: {seen_src}')
for i, ph, _ in idioms:
    w = ph.split()[0].lower()
    if re.fullmatch(r'\w+(ed|ing)', w) and w not in {'cutting', 'sitting', 'waiting', 'firing', 'walking', 'dyed', 'caught', 'red', 'bated', 'sticking', 'fishing', 'pecking', 'talking', 'saving', 'rising', 'dressed', 'highly', 'laid', 'bucked', 'browned', 'cheesed', 'clapped', 'carved', 'pumped', 'tried'}:
        warn(f'idioms.txt:{i}: first word may be inflected: {ph!r}')
    if re.search(r"\b(my|your|his|her|our|their)\b", ph) and ph.lower() not in ('off the top of my head',):
        warn(f"idioms.txt:{i}: possessive could be the one's slot: {ph!r}")

# overlaps between the phrase files and the current jargon.txt / idioms.txt
def res_phrases(name):
    p = os.path.join(RES, name)
    if not os.path.exists(p): return set()
    return {norm(l.split('|')[0]) for l in open(p, encoding='utf-8') if '|' in l and not l.startswith('#')}
cur_jargon = res_phrases('jargon.txt'); cur_regional = res_phrases('regional.txt')
removed = {norm(p) for _, p, _ in remove}
sets = {'idioms.txt': {norm(p) for _, p, _ in idioms}, 'regional.txt': {norm(p) for _, p, _ in regional},
        'jargon-more.txt': {norm(p) for _, p, _ in jmore}}
for a in sets:
    for b in sets:
        if a < b:
            for x in sets[a] & sets[b]: err(f'{x!r} is in both {a} and {b}')
for x in sets['jargon-more.txt'] & cur_jargon: err(f'jargon-more.txt: {x!r} is already in jargon.txt')
for x in sets['idioms.txt'] & (cur_jargon - removed): err(f'idioms.txt: {x!r} is also in the current jargon.txt')
# phrases containing another entry (reported, not an error: the longer may need its own wording)
allp = [(n, f) for f, s in sets.items() for n in s]
contain = [(a, fa, b, fb) for a, fa in allp for b, fb in allp if a != b and f' {a} ' in f' {b} ']

# acronyms
def acr_lines(name):
    out = []
    for i, line in enumerate(open(os.path.join(HERE, name), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if line.startswith('#') or not line.strip(): continue
        out.append((i, line))
    return out
known = []
for i, line in acr_lines('known-acronyms.txt'):
    if not re.fullmatch(r"[A-Za-z0-9&/\-]+", line): err(f'known-acronyms.txt:{i}: one acronym a line: {line!r}')
    if not re.search('[A-Z]', line): err(f'known-acronyms.txt:{i}: no capital: {line!r}')
    known.append(line)
trade = []
for i, line in acr_lines('trade-acronyms.txt'):
    m = re.fullmatch(r"([A-Za-z0-9&/;\- ]+?) \| (.+)", line)
    if not m: err(f'trade-acronyms.txt:{i}: want "ACR | expansion": {line!r}'); continue
    trade.append(m.group(1))
for name, L, minimum in (('known-acronyms.txt', known, 250), ('trade-acronyms.txt', trade, 150)):
    for k, v in collections.Counter(L).items():
        if v > 1: err(f'{name}: duplicate {k}')
    if len(set(L)) < minimum: err(f'{name}: {len(set(L))} entries, need at least {minimum}')
for x in set(known) & set(trade): err(f'{x} is in both known-acronyms.txt and trade-acronyms.txt')

# common words
words = []
for i, line in enumerate(open(os.path.join(HERE, 'common-words.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if line.startswith('#'): continue
    if not re.fullmatch(r'[a-z]{2,6}', line): err(f'common-words.txt:{i}: {line!r}')
    words.append(line)
if words != sorted(set(words)): err('common-words.txt: not sorted or has duplicates')
head = open(os.path.join(HERE, 'common-words.txt'), encoding='utf-8').read(2000)
if 'wordfreq' not in head or 'CC BY-SA' not in head: err('common-words.txt: header must name wordfreq and its licence')
upper_trade = {t.upper() for t in trade}
for w in words:
    if w.upper() in upper_trade and w not in {'it', 'us', 'who', 'am', 'try', 'ok', 'led', 'sun', 'sat', 'wed', 'mad', 'pen', 'cop', 'rub', 'mar'}:
        err(f'common-words.txt: {w} is mainly the trade acronym {w.upper()}')

print(f'idioms {len(idioms)}  regional {len(regional)}  jargon-more {len(jmore)}  jargon-remove {len(remove)}')
print(f'known-acronyms {len(set(known))}  trade-acronyms {len(set(trade))}  common-words {len(words)}')
print(f'{len(contain)} phrases contain another entry (kept on purpose; see SOURCES.md)')
if '-v' in sys.argv:
    for a, fa, b, fb in contain: print(f'  {a} [{fa}] < {b} [{fb}]')
for w in warnings: print('warning:', w)
for e in errors: print('ERROR:', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
