import sys
WN='/usr/share/wordnet/'
S=set()
for p in 'noun verb adj adv'.split():
    for line in open(WN+'index.'+p,encoding='latin-1'):
        if line.startswith(' '):continue
        S.add(line.split()[0].replace('_',' ').lower())
def norm(s):
    return s.lower().replace('colours','colors').replace('favour','favor').replace('-',' ')
def inwn(ph):
    p=norm(ph)
    cands={p, p.replace("one's","someone's"), p.replace("one's ",""), p.replace('someone','somebody')}
    # drop trailing preposition
    w=p.split()
    if len(w)>2 and w[-1] in ('of','with','on','over','to','for','in'): cands.add(' '.join(w[:-1]))
    for c in cands:
        if c in S or c.replace(' ','-') in S: return c
    return None
