"""Bad numbers and dates on the command line (`meet`, `holidays`, `clock`) are a usage error
(exit 2) or a clear failure (exit 1) with a message on stderr, never a crash by signal."""
import subprocess

import pytest

from conftest import BINARY

WITH = ["--with", "Asia/Manila 09:00-17:00"]
START = "--from=2026-11-01T02:30"

MEET = [
    [START, "--days=0"],
    [START, "--days=-1"],
    ["--days=0"],
    ["--days=1000000"],
    [START, "--days=9223372036854775807"],
    ["--limit=0"],
    ["--limit=-5"],
    ["--limit=100000"],
    ["--step=0"],
    ["--step=7"],
    ["--duration=0"],
    ["--duration=-30"],
    ["--duration=99999999999999999h"],
    ["--duration=1000000m"],
    ["--duration=13h"],
    ["--from=2026-13-01"],
    ["--from=2026-11-01T25:00"],
    [START, "--to=2026-10-01"],
    [START, "--to=2026-11-01T02:00"],
    ["--from=2026-11-01", "--to=2099-01-01"],
    ["--from=2026-11-01T24:00", "--days=1"],
    ["--series=weekly", "--count=0"],
    ["--series=weekly", "--count=-3"],
    ["--series=weekly", "--count=100000"],
    ["--count=3"],
    ["--series=weekly", START, "--until=2026-01-01"],
    ["--series=weekly", "--from=2026-11-02", "--until=2040-01-01"],
    ["--series=daily", "--count=3"],
    ["--series=weekly", START, "--days=0", "--count=2"],
]


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, timeout=120)


def assert_refused(result, args):
    # A negative code is a signal as Python reports it; 128+ is a signal through a shell.
    assert result.returncode in (1, 2), f"{args}: exit {result.returncode}\n{result.stderr.decode()}"
    assert result.stderr.strip(), f"{args}: nothing said on stderr"


@pytest.mark.parametrize("args", MEET, ids=" ".join)
def test_meet_refuses_bad_numbers_without_crashing(args):
    assert_refused(run("meet", *WITH, *args), args)


def test_meet_usage_errors_exit_2_and_name_the_option():
    result = run("meet", *WITH, START, "--days=0")
    assert result.returncode == 2
    assert b"--days must be between 1 and 366" in result.stderr
    result = run("meet", *WITH, "--series=weekly", "--count=100000")
    assert result.returncode == 2 and b"--count must be between 1 and 520" in result.stderr
    result = run("meet", *WITH, "--limit=100000")
    assert result.returncode == 2 and b"--limit must be between 1 and 100" in result.stderr


def test_meet_still_plans_with_good_numbers():
    result = run("meet", *WITH, START, "--days=2", "--limit=3")
    assert result.returncode == 0, result.stderr.decode()
    result = run("meet", "--with", "Asia/Manila Mon-Fri 00:00-24:00", "--from=2026-11-02", "--days=1")
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.parametrize("year", ["0", "-1", "1899", "2201", "99999", "999999999999999999999"])
def test_holidays_refuse_years_out_of_range(year):
    result = run("holidays", "PH", year)
    assert_refused(result, year)
    assert result.returncode == 2


@pytest.mark.parametrize("days", ["-1", "100000"])
def test_clock_refuses_bad_holiday_days(days):
    result = run("clock", *WITH, f"--holiday-days={days}")
    assert_refused(result, days)
    assert result.returncode == 2
