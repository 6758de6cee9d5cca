#!/usr/bin/env bash
# End-to-end benchmark: drives filings through the approval chain over HTTP and prints a Markdown section.
#   benchmarks/run-e2e.sh distributed [FILINGS] [USERS] [--prefill N]   Filing, Workflow, Notification as processes on PostgreSQL + RabbitMQ
#   benchmarks/run-e2e.sh embedded    [FILINGS] [USERS]                the all-in-one Host on SQLite and the in-memory bus
# Starts and stops what it needs (throwaway PostgreSQL/RabbitMQ as in scripts/test.sh). Not part of the test run.
# The distributed run states its own verdict: the raw single-INSERT commit rate of the same PostgreSQL with the same
# number of clients, measured in the same run, and our rate as a share of it; and per-stage times of the events.
# --prefill N first opens N filings of earlier years through the API (e.g. 100000), to show cost does not grow with data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
prefill=0
positional=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --prefill) prefill=$2; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
mode=${positional[0]:-distributed}
filings=${positional[1]:-2000}
users=${positional[2]:-16}
if [[ $prefill != 0 && $mode != distributed ]]; then
  echo "--prefill needs the distributed mode (it waits on PostgreSQL until every service has taken the history in)" >&2
  exit 2
fi
export MASSTRANSIT_USAGE_TELEMETRY=false DOTNET_CLI_TELEMETRY_OPTOUT=1

timeout -k 5 900 dotnet build PerfWorkflow.sln -c Release -nologo -v q >/dev/null
bin() { echo "services/$1/bin/Release/net10.0/PerfWorkflow.$1.dll"; }
free_port() { local p; for p in $(shuf -i 20000-31999 -n 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }

pids=()
work=$(mktemp -d)
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ $mode == distributed ]] && stop_test_servers
  rm -rf "$work"
}
trap cleanup EXIT

start() { # name dll port [env...]
  local name=$1 dll=$2 port=$3; shift 3
  # Filing hosts an Orleans silo: ports of its own, so a benchmark never collides with a Host running beside it.
  env "$@" Urls="http://127.0.0.1:$port" Orleans__SiloPort="$(free_port)" Orleans__GatewayPort="$(free_port)" \
    Logging__LogLevel__Default=Warning dotnet "$dll" >"$work/$name.log" 2>&1 &
  pids+=("$!"); eval "pid_$name=$!"
  local i; for i in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.5; done
  echo "$name did not start" >&2; tail -n 30 "$work/$name.log" >&2; exit 1
}

driver=(dotnet benchmarks/EndToEnd/bin/Release/net10.0/PerfWorkflow.EndToEnd.Benchmarks.dll --filings "$filings" --users "$users" --prefill "$prefill")
if [[ $mode == distributed ]]; then
  # shellcheck source=scripts/lib/test-servers.sh
  source scripts/lib/test-servers.sh
  ensure_prerequisites
  # The driver reads which statements PostgreSQL spent the closed loop on (StatementTimes).
  export PERFWF_PG_EXTRA_CONF="shared_preload_libraries = 'pg_stat_statements'"
  start_test_servers
  key="benchmark-signing-key-$(date +%s%N)"
  common=(Persistence__Provider=PostgreSql "ConnectionStrings__Default=$PERFWF_TEST_POSTGRES" Bus__Transport=RabbitMq "Bus__RabbitMq__Uri=$PERFWF_TEST_RABBITMQ" "Auth__SigningKey=$key")
  pn=$(free_port); pw=$(free_port); pf=$(free_port)
  start notification "$(bin Notification)" "$pn" "${common[@]}"
  start workflow "$(bin Workflow)" "$pw" "${common[@]}"
  start filing "$(bin Filing)" "$pf" "${common[@]}" "Demo__SeedDirectory=$PWD/services/Host/DemoData"
  "${driver[@]}" --label "PostgreSQL + RabbitMQ, three service processes" --filing "http://127.0.0.1:$pf/" --notification "http://127.0.0.1:$pn/" \
    --postgres "$PERFWF_TEST_POSTGRES" --pids "filing=$pid_filing,workflow=$pid_workflow,notification=$pid_notification"
else
  ph=$(free_port)
  start host "$(bin Host)" "$ph" "Persistence__DataDirectory=$work/data" "Portal__ApiBaseUrl=http://127.0.0.1:$ph/"
  "${driver[@]}" --label "embedded default (one process, SQLite, in-memory bus)" --filing "http://127.0.0.1:$ph/" --sqlite "$work/data/filing.db" --pids "host=$pid_host"
fi
