"""`crosswise framework` as a user runs it: the built-in framework exported as CASE 1.1 JSON and
as YAML, both read back by `validate`; an edited copy with mistakes refused with every problem
listed and status 1; an unreadable file refused with status 2."""
import json
import subprocess

from conftest import BINARY


def run(*args):
    return subprocess.run([BINARY, "framework", *args], capture_output=True, text=True)


def test_export_case_and_validate_it(tmp_path):
    path = tmp_path / "framework.json"
    result = run("export", "--case", "--output", str(path))
    assert result.returncode == 0, result.stderr
    package = json.loads(path.read_text())
    assert set(package) == {"CFDocument", "CFItems", "CFAssociations"}
    competencies = [i for i in package["CFItems"] if i["CFItemType"] == "Competency"]
    assert len(competencies) >= 15
    assert {a["associationType"] for a in package["CFAssociations"]} >= {"isChildOf", "hasSkillLevel"}
    checked = run("validate", str(path))
    assert checked.returncode == 0 and "valid" in checked.stdout


def test_an_edited_yaml_copy_is_checked_and_its_problems_listed(tmp_path):
    exported = run("export", "--yaml")
    assert exported.returncode == 0
    good = tmp_path / "ours.yaml"
    good.write_text(exported.stdout)
    assert run("validate", str(good)).returncode == 0
    # Drop one behaviour statement of the first competency and point a mistake at nothing.
    text = exported.stdout
    first_statement = text.index("  statements:\n") + len("  statements:\n")
    end_of_line = text.index("\n", text.index("\n", first_statement) + 1)
    broken = text[:first_statement] + text[end_of_line + 1:]
    mistake = broken.index("- id: ignoring-culture")
    broken = broken[:mistake] + broken[mistake:].replace("  - cultural-awareness", "  - no-such-skill", 1)
    bad = tmp_path / "broken.yaml"
    bad.write_text(broken)
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "needs at least four behaviour statements, has 3" in result.stderr
    assert "unknown competency “no-such-skill”" in result.stderr


def test_unreadable_files_are_usage_errors(tmp_path):
    assert run("validate", str(tmp_path / "missing.yaml")).returncode == 2
    assert run("export", "--case", "--yaml").returncode == 2


def test_moodle_csv_round_trip_and_a_bad_row(tmp_path):
    path = tmp_path / "framework.csv"
    assert run("export", "--moodle", "--output", str(path)).returncode == 0
    text = path.read_text()
    assert text.startswith("Parent ID number,ID number,Short name,")
    assert run("validate", str(path)).returncode == 0
    # A competency with only two level rows under it is refused, naming the line.
    bad = tmp_path / "bad.csv"
    bad.write_text(text + "area-growth,mentoring,Mentoring,Guiding others,2,,,,,,,,,\r\n"
                   + "mentoring,mentoring.1,1,x,2,,,,,,,,,\r\nmentoring,mentoring.2,2,y,2,,,,,,,,,\r\n")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "competency “mentoring” has 2 level rows under it" in result.stderr
