#!/usr/bin/env bash
# Workflow timer sweep benchmark against a throwaway PostgreSQL 15: 10,000 vs 1,000,000 pending timers, 1,000 due.
# Usage: benchmarks/run-timers.sh [repetitions] [all|sweep|ladder]   (default 7, all). Prints a Markdown section (figures + EXPLAIN output).
# "ladder" compares storing a stage's whole reminder ladder with lazy planning (issue 12): CPU time and allocations.
# Takes about 2-4 minutes on 2 cores (most of it loading a million rows).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# shellcheck source=scripts/lib/test-servers.sh
source "$root/scripts/lib/test-servers.sh"

timeout -k 5 600 dotnet build benchmarks/Timers.Benchmarks -c Release -v q --nologo
ensure_prerequisites
start_test_servers
trap stop_test_servers EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(/usr/lib/postgresql/15/bin/postgres --version)"
timeout -k 5 1200 dotnet benchmarks/Timers.Benchmarks/bin/Release/net10.0/PerfWorkflow.Timers.Benchmarks.dll "$PERFWF_TEST_POSTGRES" "${1:-7}" "${2:-all}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
