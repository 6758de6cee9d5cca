#!/usr/bin/env bash
# The README test command: installs what is missing (Debian 12, as root), starts throwaway
# PostgreSQL 15 and RabbitMQ servers, builds the solution in Release, runs every test project
# against those servers, collects artifacts into ./artifacts/ and stops the servers whatever
# happens. Its last line is "Tests: N passed, N failed, N skipped"; it exits non-zero when the
# build or any test failed, when no test ran, or when it was interrupted.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=scripts/lib/test-servers.sh
source "$REPO_ROOT/scripts/lib/test-servers.sh"

SOLUTION=PerfWorkflow.sln
ARTIFACTS="$REPO_ROOT/artifacts"
RESULTS_DIR="$ARTIFACTS/test-results"
BUILD_TIMEOUT=900
TEST_TIMEOUT=1500

export MASSTRANSIT_USAGE_TELEMETRY=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false
export TERM="${TERM:-dumb}"
# Where tests put screenshots, reports and other evidence (kept in ./artifacts/tests).
export PERFWF_TEST_ARTIFACTS="$ARTIFACTS/tests"
export PERFWF_TEST_CHROMIUM=/usr/bin/chromium
# stop_test_servers copies the server logs here before it deletes the temp dir.
TS_LOG_DEST="$ARTIFACTS/server-logs"

STEP_PID=""
SUMMARY_PRINTED=false
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0

say() { printf '\n==> %s\n' "$*"; }

# Runs a step in the background and waits for it: `wait` returns as soon as a trapped signal
# arrives (a foreground child would delay the trap until it finished), so Ctrl-C and SIGTERM
# stop the run at once and on_exit can end the step's process group.
run_step() {
  local rc=0
  "$@" &
  STEP_PID=$!
  wait "$STEP_PID" || rc=$?
  STEP_PID=""
  return "$rc"
}

on_exit() {
  local rc=$?
  trap '' INT TERM HUP
  if [[ -n $STEP_PID ]] && kill -0 "$STEP_PID" 2>/dev/null; then
    echo "[test.sh] interrupted: stopping $STEP_PID" >&2
    # STEP_PID is `timeout`, which passes the signal on to the dotnet process group and
    # escalates to SIGKILL after its -k grace period.
    kill -TERM "$STEP_PID" 2>/dev/null || true
    wait "$STEP_PID" 2>/dev/null || true
  fi
  stop_test_servers
  if [[ $SUMMARY_PRINTED == false ]]; then
    echo "[test.sh] the run did not complete (exit code $rc); counting the results that exist" >&2
    summarize_results
    print_summary_line
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Value of attribute NAME in a trx <Counters .../> element (0 when absent).
trx_counter() {
  local counters=$1 name=$2
  if [[ $counters =~ [[:space:]]$name=\"([0-9]+)\" ]]; then
    printf '%s\n' "${BASH_REMATCH[1]}"
  else
    printf '0\n'
  fi
}

# Sums the trx files of all test assemblies into TOTAL_PASSED/FAILED/SKIPPED.
summarize_results() {
  local trx counters passed failed skipped assembly
  TOTAL_PASSED=0; TOTAL_FAILED=0; TOTAL_SKIPPED=0
  [[ -d $RESULTS_DIR ]] || return 0
  shopt -s nullglob
  for trx in "$RESULTS_DIR"/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    if [[ -z $counters ]]; then
      echo "[test.sh] $trx has no <Counters>: the run of that assembly was cut short" >&2
      TOTAL_FAILED=$((TOTAL_FAILED + 1))
      continue
    fi
    passed=$(($(trx_counter "$counters" passed) + $(trx_counter "$counters" passedButRunAborted)))
    failed=$(($(trx_counter "$counters" failed) + $(trx_counter "$counters" error) \
      + $(trx_counter "$counters" timeout) + $(trx_counter "$counters" aborted)))
    skipped=$(trx_counter "$counters" notExecuted)
    assembly=$(grep -o -m 1 'storage="[^"]*"' "$trx" | head -n 1 || true)
    assembly=${assembly#storage=\"}; assembly=${assembly%\"}; assembly=${assembly##*/}
    printf '  %-45s passed %4d  failed %4d  skipped %4d  (%s)\n' \
      "${assembly:-?}" "$passed" "$failed" "$skipped" "${trx##*/}"
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  done
  shopt -u nullglob
}

# Names every failed test with the first line of its message, just above the closing line: CI keeps only the tail
# of the output, and a failure should be readable there without the trx files.
list_failed_tests() {
  local trx
  ((TOTAL_FAILED > 0)) || return 0
  echo "failed tests:"
  shopt -s nullglob
  for trx in "$RESULTS_DIR"/*.trx; do
    awk '
      /<UnitTestResult / && /outcome="Failed"/ {
        match($0, /testName="[^"]*"/); name = substr($0, RSTART + 10, RLENGTH - 11); failed = 1; next
      }
      failed && /<Message>/ {
        line = $0; sub(/.*<Message>/, "", line)
        if (line ~ /^[[:space:]]*$/ && (getline next_line) > 0) line = next_line
        sub(/<\/Message>.*/, "", line); sub(/^[[:space:]]+/, "", line)
        printf "  - %s\n      %s\n", name, substr(line, 1, 300); failed = 0
      }
    ' "$trx"
  done
  shopt -u nullglob
}

# The closing line, read by CI: "Tests: N passed, N failed[, N skipped]".
print_summary_line() {
  if ((TOTAL_SKIPPED > 0)); then
    echo "Tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
  else
    echo "Tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
  fi
  SUMMARY_PRINTED=true
}

main() {
  local started=$SECONDS build_rc=0 test_rc=0 t0

  say "prerequisites"
  ensure_prerequisites
  command -v dotnet >/dev/null || { echo "[test.sh] dotnet (the .NET 10 SDK) is not on PATH" >&2; return 1; }

  rm -rf "$RESULTS_DIR" "$PERFWF_TEST_ARTIFACTS" "$TS_LOG_DEST"
  mkdir -p "$RESULTS_DIR" "$PERFWF_TEST_ARTIFACTS"

  say "test servers"
  t0=$SECONDS
  start_test_servers
  echo "servers started in $((SECONDS - t0))s"

  say "dotnet build $SOLUTION -c Release"
  run_step timeout -k 5 "$BUILD_TIMEOUT" dotnet build "$SOLUTION" -c Release -nologo -nodeReuse:false || build_rc=$?
  if ((build_rc != 0)); then
    echo "[test.sh] build failed (exit code $build_rc)" >&2
    return "$build_rc"
  fi

  say "dotnet test $SOLUTION -c Release --no-build"
  # -m:1 runs the test projects one after another: they share one PostgreSQL and one RabbitMQ,
  # and a test that restarts a server must not pull it from under another assembly's tests.
  # The trx logger's default file names never overwrite each other; the summary reads them.
  run_step timeout -k 10 "$TEST_TIMEOUT" dotnet test "$SOLUTION" -c Release --no-build -nologo -m:1 \
    --logger "console;verbosity=normal" \
    --logger trx \
    --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    || test_rc=$?

  say "stopping test servers"
  stop_test_servers

  say "summary"
  summarize_results
  echo "test results: $RESULTS_DIR; artifacts: $PERFWF_TEST_ARTIFACTS; server logs: $TS_LOG_DEST"
  echo "total time $((SECONDS - started))s; dotnet test exit code $test_rc"
  local rc=0
  if ((test_rc != 0)); then
    ((test_rc == 124 || test_rc == 137)) && echo "[test.sh] dotnet test timed out after ${TEST_TIMEOUT}s" >&2
    rc=1
  fi
  if ((TOTAL_FAILED > 0)); then rc=1; fi
  list_failed_tests
  if ((TOTAL_PASSED + TOTAL_FAILED == 0)); then
    echo "[test.sh] no test ran" >&2
    rc=1
  fi
  print_summary_line
  return "$rc"
}

main "$@"
