#!/usr/bin/env bash
# Domain throughput benchmark: parse + validate + score in indicators per second (BenchmarkDotNet, short job of 3 warm-ups + 10 iterations, in process).
# Usage: benchmarks/run-domain.sh [BenchmarkDotNet arguments]   (default: --filter '*')
# Takes about 2-4 minutes on 2 cores. Results: BenchmarkDotNet.Artifacts/results/ under the repository root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

timeout -k 5 300 dotnet build benchmarks/Domain.Benchmarks -c Release -v q --nologo
if [[ $# -eq 0 ]]; then
  set -- --filter '*'
fi
exec timeout -k 5 900 dotnet benchmarks/Domain.Benchmarks/bin/Release/net10.0/PerfWorkflow.Domain.Benchmarks.dll "$@"
