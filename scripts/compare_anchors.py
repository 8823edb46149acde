"""Driver for scripts/compare-anchors: see that script. Reads the labelled corpus, runs each
tool on every message, and prints latency (median and p95 per message) and, for personal data,
each tool's precision and recall against the labels plus how often Presidio and Crosswise agree."""
import json
import logging
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
    for path in sorted((ROOT / "Tests/MessageCheckTests/Corpus").glob("*.txt")):
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
            messages.append((head.split()[0], body, labels))
    return messages


def presidio_engine():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer import predefined_recognizers as pr
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    for name in dir(pr):
        if name.startswith(("In", "Uk", "Ph")) and name.endswith("Recognizer"):
            try:
                registry.add_recognizer(getattr(pr, name)())
            except Exception as error:  # a recognizer that needs a model or other setup
                print(f"(skipped {name}: {error})", file=sys.stderr)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def crosswise(messages):
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, (_, body, _) in enumerate(messages):
            path = pathlib.Path(tmp) / f"{i:04d}.txt"
            path.write_text(body)
            files.append(str(path))
        result = subprocess.run([BIN, "check", "--format", "json", "--timings", *files], capture_output=True, text=True)
        findings = json.loads(result.stdout)
        timings = {line.split()[1]: int(line.split()[2]) for line in result.stderr.splitlines() if line.startswith("timing ")}
    per_message = [[] for _ in messages]
    for f in findings:
        per_message[int(pathlib.Path(f["file"]).stem)].append((f["check"], f["start"]))
    latencies = [timings[file] / 1000 for file in files]
    return per_message, latencies


def score(name, found, messages):
    tp = fp = fn = 0
    per_check = {}
    for (_, _, labels), hits in zip(messages, found):
        expected = set(labels)
        got = set(hits)
        tp += len(expected & got)
        fp += len(got - expected)
        fn += len(expected - got)
        for kind, items in (("tp", expected & got), ("fp", got - expected), ("fn", expected - got)):
            for check, _ in items:
                per_check.setdefault(check, {"tp": 0, "fp": 0, "fn": 0})[kind] += 1
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    print(f"  {name:<26} TP {tp:4d}  FP {fp:4d}  FN {fn:4d}  precision {precision:.2f}  recall {recall:.2f}")
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
    for _, body, _ in messages:
        start = time.perf_counter()
        results = engine.analyze(text=body, language="en", score_threshold=0.3)
        presidio_latency.append((time.perf_counter() - start) * 1e6)
        theirs.append([(PRESIDIO_TO_CHECK[r.entity_type], len(body[:r.start].encode())) for r in results if r.entity_type in PRESIDIO_TO_CHECK])

    import proselint.tools
    import textstat
    # proselint's lint() re-imports its checks and caches results on disk for every call; the
    # checks are loaded once here and called without the disk cache, which is the fair figure.
    checks = [getattr(c, "__wrapped__", c) for c in proselint.tools.get_checks(proselint.tools.config.default)]
    proselint_latency, textstat_latency = [], []
    for _, body, _ in messages:
        start = time.perf_counter()
        for check in checks:
            check(body)
        proselint_latency.append((time.perf_counter() - start) * 1e6)
        start = time.perf_counter()
        textstat.flesch_reading_ease(body)
        textstat.flesch_kincaid_grade(body)
        textstat_latency.append((time.perf_counter() - start) * 1e6)

    def row(name, values, note):
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        print(f"  {name:<26} median {statistics.median(values):9.1f} µs   p95 {p95:9.1f} µs   {note}")

    print("\nlatency per message")
    row("crosswise check", our_latency, "all checks built so far (privacy)")
    row("presidio (no_op)", presidio_latency, "pattern recognizers incl. IN, UK, PH")
    row("proselint", proselint_latency, "style checks (Crosswise's clarity and tone checks come later)")
    row("textstat", textstat_latency, "readability scores only")

    print("\npersonal data against the corpus labels (a finding counts when its check and start match)")
    score("crosswise", ours, messages)
    score("presidio", theirs, messages)
    same = sum(1 for a, b in zip(ours, theirs) if set(a) == set(b))
    print(f"  messages where both report the same findings: {same} of {len(messages)}")


main()
