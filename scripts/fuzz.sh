#!/usr/bin/env bash
# Builds the libFuzzer targets under Fuzz/ once (release, -sanitize=fuzzer,address) and runs each
# for N seconds on a working corpus seeded from Fuzz/<Target>/corpus. See docs/FUZZING.md.
#
#   scripts/fuzz.sh [--seconds N] [--debug] [TARGET...]    all targets, 600 s each, by default
#
# --debug builds -Onone instead of release: about a quarter of the build time and a third of the
# executions per second (docs/FUZZING.md), for short smoke runs.
#
# Working corpora and crash files live in .build-fuzz/corpus/<Target> and
# .build-fuzz/artifacts/<Target> (outside git). Prints, per target: seconds run, executions and
# exec/s (libFuzzer's -print_final_stats), corpus size, coverage (cov/ft) and crashes; exits 1
# when any target crashed, timed out or ran out of memory, 2 on bad usage or a failed build.
set -uo pipefail
cd "$(dirname "$0")/.."

all=(FuzzHolidayCalendar FuzzWorkingHours FuzzCSV FuzzFrameworkYAML FuzzFrameworkCASE FuzzFrameworkMoodle FuzzMessageCheck FuzzCheckConfig FuzzFormBody)
# Largest input per target: a parser's realistic file, small enough to keep executions fast.
declare -A max_len=(
  [FuzzHolidayCalendar]=16384 [FuzzWorkingHours]=256 [FuzzCSV]=4096 [FuzzFrameworkYAML]=8192
  [FuzzFrameworkCASE]=16384 [FuzzFrameworkMoodle]=8192 [FuzzMessageCheck]=4096 [FuzzCheckConfig]=2048 [FuzzFormBody]=8192
)

seconds=600
configuration=release
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --seconds=*) seconds=${1#--seconds=}; shift ;;
    --debug) configuration=debug; shift ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    Fuzz*) [ -n "${max_len[$1]:-}" ] || { echo "unknown target $1; targets: ${all[*]}" >&2; exit 2; }; targets+=("$1"); shift ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [--debug] [TARGET...]" >&2; exit 2 ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "--seconds takes whole seconds" >&2; exit 2; }
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

scratch=.build-fuzz
build_start=$(date +%s)
mkdir -p "$scratch"
# With CROSSWISE_FUZZ=1 the package is only the engines and the fuzz targets (Package.swift), so
# one build makes every target and the web app is never built.
if ! CROSSWISE_FUZZ=1 swift build -c "$configuration" --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$scratch/build.log" 2>&1; then
  grep -E "error" "$scratch/build.log" | head -n 30 >&2
  echo "fuzz.sh: the fuzz build failed (log: $scratch/build.log)" >&2
  exit 2
fi
echo "fuzz.sh: built the fuzz targets ($configuration) in $(( $(date +%s) - build_start ))s"

# Swift's own crash backtracer reads memory ASan has poisoned and hides libFuzzer's report.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

failed=()
printf '%-22s %7s %12s %9s %7s %7s %7s %s\n' target seconds execs exec/s corpus cov ft crashes
for target in "${targets[@]}"; do
  corpus=$scratch/corpus/$target artifacts=$scratch/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  cp -n Fuzz/"$target"/corpus/* "$corpus"/ 2>/dev/null || true
  log=$scratch/artifacts/$target.log
  dict=() && [ -f Fuzz/"$target/$target".dict ] && dict=(-dict=Fuzz/"$target/$target".dict)
  started=$(date +%s)
  "$scratch/$configuration/$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" </dev/null >"$log" 2>&1
  status=$?
  ran=$(( $(date +%s) - started ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: [0-9]+' | tail -n 1)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  files=$(find "$corpus" -type f | wc -l)
  # libFuzzer stops at the first crash, hang (-timeout) or memory blowup (-rss_limit_mb).
  found=$(grep -c 'Test unit written' "$log")
  if [ $status -ne 0 ]; then
    failed+=("$target")
    found=$(( found > 0 ? found : 1 ))
  fi
  printf '%-22s %7s %12s %9s %7s %7s %7s %s\n' "$target" "$ran" "${execs:-?}" "${rate:-?}" "$files" "${cov:-?}" "${ft:-?}" "$found"
  if [ $status -ne 0 ]; then
    grep -E 'Fatal error|ERROR: (libFuzzer|AddressSanitizer)|SUMMARY|Test unit written' "$log" | head -n 6 | sed 's/^/    /'
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: ${#failed[@]} target(s) failed: ${failed[*]} (inputs and logs in $scratch/artifacts/)"
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} target(s), no crash, hang or memory blowup"
