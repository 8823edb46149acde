"""Driver for scripts/compare-anchors: see that script. Reads the labelled corpus, runs each
tool on every message, and prints latency (median and p95 per message) and agreement: for
personal data, Crosswise's and Presidio's precision and recall against the labels; for
readability, whether textstat's grade and Crosswise's readability finding call the same
messages hard to read; for style, which messages proselint and Crosswise's clarity and tone
checks flag, and how many of the labelled problems each one catches."""
import json
import logging
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = sys.argv[1]

# Presidio entity types in Crosswise's check ids (dates are left out: Presidio marks every date,
# Crosswise only dates of birth).
PRESIDIO_TO_CHECK = {
    "CREDIT_CARD": "privacy.card", "EMAIL_ADDRESS": "privacy.email", "PHONE_NUMBER": "privacy.phone",
    "IBAN_CODE": "privacy.iban", "US_SSN": "privacy.us-ssn", "IN_AADHAAR": "privacy.in-aadhaar",
    "IN_PAN": "privacy.in-pan", "UK_NINO": "privacy.uk-nino", "IP_ADDRESS": "privacy.ip-address",
    "US_PASSPORT": "privacy.passport", "IN_PASSPORT": "privacy.passport", "UK_PASSPORT": "privacy.passport",
    "PH_PASSPORT": "privacy.passport", "PH_SSS": "privacy.ph-sss", "PH_TIN": "privacy.ph-tin",
    "PH_UMID": "privacy.ph-umid", "PH_PHILHEALTH": "privacy.ph-philhealth",
}


def load_corpus():
    messages = []
    # ANCHOR_CORPORA=privacy,writing,holdout limits the run to those files (the 340 messages of
    # the 2026-11-23 figures), for a like-for-like comparison with earlier runs.
    only = {name.strip() + ".txt" for name in os.environ.get("ANCHOR_CORPORA", "").split(",") if name.strip()}
    for path in sorted((ROOT / "Tests/MessageCheckTests/Corpus").glob("*.txt")):
        if only and path.name not in only:
            continue
        # A sealed held-out set waits for the next round of work; reading it now would spend it.
        if path.read_text().startswith("# SEALED"):
            continue
        for block in path.read_text().split("\n=== ")[1:]:
            head, _, rest = block.partition("\n")
            body, _, expect = rest.partition("\n--- expect")
            labels = []
            for line in expect.splitlines():
                if '"' in line and not line.startswith("#"):
                    check, quoted = line.split('"', 1)
                    covers = quoted[:-1]
                    open_end = covers.endswith("...")
                    covers = covers[:-3] if open_end else covers
                    start = body.encode().find(covers.encode())
                    labels.append((check.strip(), start))
            fields = [f.strip() for f in head.split("|")]
            channel = fields[1] if len(fields) > 1 else "client-email"
            # privacy.txt labels personal data only; writing and holdout label the rest too.
            labelled_all = path.name != "privacy.txt"
            messages.append((fields[0], body, labels, channel, labelled_all))
    return messages


def presidio_engine():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer import predefined_recognizers as pr
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    # The country recognizers are added by class name. "Ph" also matches PhoneRecognizer, which
    # the predefined set already holds: registering it twice ran every phone pattern twice and
    # made Presidio look 40% slower than it is, so anything already registered is skipped.
    registered = {type(r).__name__ for r in registry.recognizers}
    for name in dir(pr):
        if name.startswith(("In", "Uk", "Ph")) and name.endswith("Recognizer") and name not in registered:
            try:
                registry.add_recognizer(getattr(pr, name)())
            except Exception as error:  # a recognizer that needs a model or other setup
                print(f"(skipped {name}: {error})", file=sys.stderr)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def crosswise(messages):
    """Each message under its channel's profile (one run per profile), as the corpus test does."""
    per_message = [[] for _ in messages]
    latencies = [0.0] * len(messages)
    with tempfile.TemporaryDirectory() as tmp:
        for profile in sorted({m[3] for m in messages}):
            files = {}
            for i, (_, body, _, channel, _) in enumerate(messages):
                if channel == profile:
                    path = pathlib.Path(tmp) / f"{i:04d}.txt"
                    path.write_text(body)
                    files[str(path)] = i
            result = subprocess.run([BIN, "check", "--profile", profile, "--format", "json", "--timings", *files],
                                    capture_output=True, text=True)
            for f in json.loads(result.stdout):
                per_message[files[f["file"]]].append((f["check"], f["start"]))
            for line in result.stderr.splitlines():
                if line.startswith("timing "):
                    _, name, ns = line.split()
                    latencies[files[name]] = int(ns) / 1000
    return per_message, latencies


def only(prefix, found):
    return [[hit for hit in hits if hit[0].startswith(prefix)] for hits in found]


def score(name, found, messages, prefix, detail=True):
    tp = fp = fn = 0
    per_check = {}
    for (_, _, labels, _, _), hits in zip(messages, found):
        expected = {label for label in labels if label[0].startswith(prefix)}
        got = {hit for hit in hits if hit[0].startswith(prefix)}
        tp += len(expected & got)
        fp += len(got - expected)
        fn += len(expected - got)
        for kind, items in (("tp", expected & got), ("fp", got - expected), ("fn", expected - got)):
            for check, _ in items:
                per_check.setdefault(check, {"tp": 0, "fp": 0, "fn": 0})[kind] += 1
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print(f"  {name:<26} TP {tp:4d}  FP {fp:4d}  FN {fn:4d}  precision {precision:.2f}  recall {recall:.2f}")
    if detail:
        for check, c in sorted(per_check.items()):
            print(f"      {check:<24} TP {c['tp']:3d}  FP {c['fp']:3d}  FN {c['fn']:3d}")


def main():
    # tldextract (used by Presidio) tries to download the public suffix list and falls back to
    # its bundled copy; the failed download is not worth a traceback.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    messages = load_corpus()
    print(f"corpus: {len(messages)} messages; crosswise binary: {BIN}")
    ours, our_latency = crosswise(messages)

    engine = presidio_engine()
    engine.analyze(text="warm up 4111 1111 1111 1111", language="en")
    theirs, presidio_latency = [], []
    for _, body, _, _, _ in messages:
        start = time.perf_counter()
        results = engine.analyze(text=body, language="en", score_threshold=0.3)
        presidio_latency.append((time.perf_counter() - start) * 1e6)
        theirs.append([(PRESIDIO_TO_CHECK[r.entity_type], len(body[:r.start].encode())) for r in results if r.entity_type in PRESIDIO_TO_CHECK])

    import proselint.tools
    import textstat
    from textstat import textstat as textstat_state
    # textstat keeps an lru_cache per method and loads its hyphenation dictionary on first use:
    # one warm-up call, then the cache is cleared before each message (outside the timing), so
    # every figure is a real computation and none is a first-call load.
    textstat.flesch_kincaid_grade("Warm up the hyphenation dictionary before timing anything.")
    # proselint's lint() re-imports its checks and caches results on disk for every call; the
    # checks are loaded once here and called without the disk cache, which is the fair figure.
    checks = [getattr(c, "__wrapped__", c) for c in proselint.tools.get_checks(proselint.tools.config.default)]
    # Each tool gets a loop of its own: interleaved with proselint (whose hundreds of regular
    # expressions most likely push textstat's out of Python's `re` cache), textstat took 272 µs
    # a message instead of 20 µs.
    proselint_latency, textstat_latency, proselint_flags, grades = [], [], [], []
    for _, body, _, _, _ in messages:
        start = time.perf_counter()
        flagged = []
        for check in checks:
            flagged += check(body) or []
        proselint_latency.append((time.perf_counter() - start) * 1e6)
        proselint_flags.append(len(flagged))
    for _, body, _, _, _ in messages:
        textstat_state._cache_clear()
        start = time.perf_counter()
        textstat.flesch_reading_ease(body)
        grades.append(textstat.flesch_kincaid_grade(body))
        textstat_latency.append((time.perf_counter() - start) * 1e6)

    def row(name, values, note):
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        print(f"  {name:<26} median {statistics.median(values):9.1f} µs   p95 {p95:9.1f} µs   {note}")

    print("\nlatency per message")
    row("crosswise check", our_latency, "all checks: clarity, tone, privacy, time")
    row("presidio (no_op)", presidio_latency, "pattern recognizers incl. IN, UK, PH")
    row("proselint", proselint_latency, "its style checks, called directly")
    row("textstat", textstat_latency, "reading ease and grade only")

    print("\npersonal data against the corpus labels (a finding counts when its check and start match)")
    score("crosswise", ours, messages, "privacy.")
    score("presidio", theirs, messages, "privacy.")
    same = sum(1 for a, b in zip(only("privacy.", ours), theirs) if set(a) == set(b))
    print(f"  messages where both report the same personal data: {same} of {len(messages)}")

    # The rest is judged on the writing and held-out corpora, whose labels cover every category.
    pairs = [(m, o, g, f) for m, o, g, f in zip(messages, ours, grades, proselint_flags) if m[4]]
    messages, ours, grades, proselint_flags = ([p[k] for p in pairs] for k in range(4))
    print(f"\nclarity, tone and time against the labels of the writing and held-out corpora ({len(messages)} messages;"
          " Crosswise only: no other tool has these labels)")
    for category in ("clarity.", "tone.", "time."):
        score(f"crosswise {category[:-1]}", ours, messages, category, detail=False)

    # Readability: Crosswise reports clarity.readability when the Flesch-Kincaid grade is above
    # 10 on a message of 30 words or more (internal chat does not ask for it).
    both = agree = textstat_only = crosswise_only = 0
    for (_, body, _, channel, _), hits, grade in zip(messages, ours, grades):
        if channel == "internal-chat" or len(body.split()) < 30:
            continue
        both += 1
        hard_t = grade > 10
        hard_c = any(check == "clarity.readability" for check, _ in hits)
        agree += hard_t == hard_c
        textstat_only += hard_t and not hard_c
        crosswise_only += hard_c and not hard_t
    print(f"\nreadability: {both} messages of 30 words or more; textstat grade > 10 and Crosswise's "
          f"readability finding agree on {agree} (textstat only {textstat_only}, Crosswise only {crosswise_only})")

    # Style: which messages each flags, and how many messages with labelled clarity or tone
    # problems each one catches at all (proselint's checks are not the same list as ours).
    labelled = [any(c.startswith(("clarity.", "tone.")) for c, _ in labels) for _, _, labels, _, _ in messages]
    ours_flag = [any(c.startswith(("clarity.", "tone.")) for c, _ in hits) for hits in ours]
    theirs_flag = [n > 0 for n in proselint_flags]
    print(f"\nstyle: {sum(labelled)} messages have labelled clarity or tone problems; "
          f"proselint flags {sum(t and l for t, l in zip(theirs_flag, labelled))} of them, "
          f"Crosswise {sum(o and l for o, l in zip(ours_flag, labelled))}")
    clean = len(messages) - sum(labelled)
    print(f"  and of the {clean} messages without such labels, proselint flags "
          f"{sum(t and not l for t, l in zip(theirs_flag, labelled))}, Crosswise "
          f"{sum(o and not l for o, l in zip(ours_flag, labelled))}")


main()
