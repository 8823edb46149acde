"""`crosswise check` as a user runs it: findings in text, JSON and SARIF, the exit status for
--fail-on, standard input, unreadable files refused with status 2, and a large file checked in
flat memory with findings at the right line."""
import json
import re
import time
import subprocess
import sys

from conftest import BINARY

MESSAGE = "Hi Dana,\nplease charge card 4111 1111 1111 1111 and reply to bea.santos@example.com.\n"


def run(*args, stdin=None):
    return subprocess.run([BINARY, "check", *args], input=stdin, capture_output=True)


def test_text_report_and_exit_status(tmp_path):
    path = tmp_path / "reply.txt"
    path.write_text(MESSAGE)
    result = run(str(path))
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith(f"{path}:2:20: error privacy.card:")
    assert lines[1].startswith(f"{path}:2:53: warning privacy.email:")
    assert b"4111 1111 1111 1111" not in result.stdout and b"bea.santos" not in result.stdout
    # Only the e-mail remains when the card check is off: a warning, below the default fail level.
    assert run(str(path), "--disable", "privacy.card").returncode == 0
    assert run(str(path), "--disable", "privacy.card", "--fail-on", "warning").returncode == 1


def test_json_and_sarif_from_standard_input():
    findings = json.loads(run("--format", "json", stdin=MESSAGE.encode()).stdout)
    assert [f["check"] for f in findings] == ["privacy.card", "privacy.email"]
    assert findings[0]["line"] == 2 and findings[0]["file"] == "<stdin>"
    assert MESSAGE.encode()[findings[0]["start"]:findings[0]["end"]] == b"4111 1111 1111 1111"
    sarif = json.loads(run("--format", "sarif", stdin=MESSAGE.encode()).stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "warning"]
    assert {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]} == {"privacy.card", "privacy.email"}
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert json.loads(run("--format", "json", stdin=b"All good, see you at the handover.").stdout) == []


def test_times_are_converted_for_the_reader():
    result = run("--format", "json", "--from", "Asia/Manila", "--to", "America/New_York",
                 stdin=b"Can we meet at 3pm? I need the report by EOD.")
    findings = json.loads(result.stdout)
    assert [f["check"] for f in findings] == ["time.no-zone", "time.relative-deadline"]
    assert findings[0]["replacements"][0].startswith("3pm Manila time (")
    assert result.returncode == 0  # warnings only, below the default fail level
    assert run("--from", "Mars/Olympus", stdin=b"hi").returncode == 2


def test_bad_input_and_usage_exit_with_2(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café".encode("latin-1"))
    for args, message in [([str(binary)], "binary file"), ([str(latin1)], "not UTF-8"),
                          ([str(tmp_path / "missing.txt")], "cannot open"),
                          (["--format", "xml"], "--format must be text, json or sarif"),
                          (["--disable", "privacy.nope"], "unknown check")]:
        result = run(*args, stdin=b"")
        assert result.returncode == 2, args
        assert message in result.stderr.decode(), (args, result.stderr)


def test_large_file_in_flat_memory(tmp_path):
    path = tmp_path / "big.txt"
    line = b"the client asked for a refund on the order, please call back tomorrow and thank the team\n"
    with open(path, "wb") as f:
        for i in range(300_000):  # about 27 MB
            f.write(line)
            if i == 250_000:
                f.write(b"secret card 5500 0000 0000 0004 here\n")
    # A fresh Python process whose only child is crosswise, so the peak is crosswise's own
    # (this process's children include the test servers).
    probe = ("import resource, subprocess, sys; "
             "r = subprocess.run(sys.argv[1:], capture_output=True); sys.stdout.buffer.write(r.stdout); "
             "sys.stderr.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))")
    result = subprocess.run([sys.executable, "-c", probe, BINARY, "check", str(path), "--format", "json"], capture_output=True)
    peak_kb = int(result.stderr)
    findings = json.loads(result.stdout)
    assert [(f["check"], f["line"]) for f in findings if f["category"] == "privacy"] == [("privacy.card", 250_002)]
    # Read in 1 MiB pieces: the process stays far below the file's 27 MB.
    assert peak_kb < 60_000, peak_kb


def test_profiles_and_an_organization_config(tmp_path):
    text = b"Going forward, send me the AHT numbers. We guarantee crosswise works.\n"
    email = run("--format", "json", stdin=text)
    checks = [f["check"] for f in json.loads(email.stdout)]
    assert {"clarity.jargon", "tone.demand", "clarity.acronym"} <= set(checks)
    chat = [f["check"] for f in json.loads(run("--format", "json", "--profile", "internal-chat", stdin=text).stdout)]
    assert "tone.demand" not in chat and "clarity.acronym" not in chat
    assert run("--profile", "poster", stdin=text).returncode == 2

    config = tmp_path / "org.yaml"
    config.write_text(
        "checks:\n  clarity: off\nrules:\n  NoPromises:\n    extends: existence\n    message: \"Avoid '%s'.\"\n"
        "    level: error\n    tokens: [guarantee]\n")
    result = run("--config", str(config), "--format", "json", stdin=text)
    findings = json.loads(result.stdout)
    assert [f["check"] for f in findings if f["category"] == "clarity"] == ["org.NoPromises"]
    assert result.returncode == 1  # an error-level rule reached --fail-on error

    config.write_text("rules:\n  Bad:\n    extends: occurrence\n")
    broken = run("--config", str(config), stdin=text)
    assert broken.returncode == 2 and "org.yaml:3" in broken.stderr.decode() and "not supported" in broken.stderr.decode()


def test_long_file_lists_are_read_in_linear_time(tmp_path):
    # ArgumentParser reads positional arguments in quadratic time (8,000 files took 2 s); the
    # command splits its own file list first.
    files = []
    for i in range(8000):
        path = tmp_path / f"note{i}.txt"
        path.write_text("Thanks, the report is attached.\n")
        files.append(str(path))
    start = time.monotonic()
    result = run("--format", "json", *files)
    elapsed = time.monotonic() - start
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert elapsed < 1.5, f"8,000 files took {elapsed:.2f} s"


def test_options_may_come_between_and_after_files(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Let's touch base tomorrow.\n")
    second.write_text("Call 0917 123 4567 now.\n")
    result = run(str(first), "--format", "json", str(second), "--profile", "internal-chat", "--", "-")
    # "-" after "--" is a file name like any other: here one that does not exist.
    assert result.returncode == 2 and b"-: cannot open the file" in result.stderr
    result = run(str(first), "--format", "json", str(second), "--profile", "internal-chat")
    found = json.loads(result.stdout)
    assert {f["file"] for f in found} == {str(second)}  # jargon is off in internal chat
    assert any(f["check"] == "privacy.phone" for f in found)


def test_every_option_with_a_value_is_paired_with_it(tmp_path):
    # Each option that --help shows with a <value> must take the next argument as its value,
    # or the value would be read as a file name (and fail with status 2).
    config = tmp_path / "org.yaml"
    config.write_text("profile: client-email\n")
    examples = {"--format": "json", "--fail-on": "error", "--disable": "clarity.jargon", "--from": "Asia/Manila",
                "--to": "Europe/London", "--profile": "internal-chat", "--config": str(config)}
    help_text = run("--help").stdout.decode()
    options = set(re.findall(r"(--[a-z-]+) <", help_text))
    assert options, help_text
    note = tmp_path / "note.txt"
    note.write_text("Thanks, the report is attached.\n")
    for option in sorted(options):
        assert option in examples, f"{option} is new: add it to CheckCommand.valueOptions and to this test"
        result = run(option, examples[option], str(note))
        assert result.returncode == 0, (option, result.stderr)
