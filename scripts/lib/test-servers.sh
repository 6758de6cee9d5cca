# shellcheck shell=bash
# Throwaway PostgreSQL 15 and RabbitMQ nodes for the test suite, without Docker.
#
# Source this file, then:
#   ensure_prerequisites            install missing Debian packages (root) or fail naming them
#   start_test_servers              start_postgres + start_rabbitmq
#   stop_test_servers               stop both, kill what we started, remove the temp dirs (idempotent)
#
# Every server runs on a free loopback port, from a private temp dir, as the service user
# (postgres / rabbitmq) when we are root and as ourselves otherwise. RabbitMQ gets its own
# epmd on its own port, so it never touches an epmd (or a node) that someone else runs.
#
# All state lives in "$TS_ROOT/state.env", so that the generated control scripts
# ($PERFWF_TEST_POSTGRES_CTL / $PERFWF_TEST_RABBITMQ_CTL, called by tests to restart a server
# mid-test) and the final stop_test_servers agree on PIDs even after restarts.
# The server-specific parts live in test-servers-postgres.sh and test-servers-rabbitmq.sh.
# PERFWF_PG_EXTRA_CONF, when set, is appended to postgresql.conf (the benchmark loads pg_stat_statements with it).

TS_LIB_FILE="$(readlink -f "${BASH_SOURCE[0]}")"
TS_PG_BIN="${TS_PG_BIN:-/usr/lib/postgresql/15/bin}"
TS_RABBITMQ_BIN="${TS_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}"
TS_PG_START_TIMEOUT="${PERFWF_TEST_PG_START_TIMEOUT:-30}"
TS_RABBITMQ_START_TIMEOUT="${PERFWF_TEST_RABBITMQ_START_TIMEOUT:-90}"
TS_STOP_TIMEOUT=30
TS_SAFE_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# Variables persisted in the state file.
TS_STATE_VARS=(TS_ROOT PG_USER PG_DATA PG_LOG PG_PORT PG_PID
  RMQ_USER RMQ_DIR RMQ_NODE RMQ_PORT RMQ_DIST_PORT RMQ_EPMD_PORT RMQ_CLI_PORT RMQ_PID RMQ_EPMD_PID)

ts_log() { printf '[test-servers] %s\n' "$*" >&2; }
# Prints an error; the caller returns non-zero itself (so that it can print more first).
ts_err() { printf '[test-servers] ERROR: %s\n' "$*" >&2; }

ts_is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Sets array TS_CMD to a command line that runs CMD as USER (when we are root; otherwise as
# ourselves) with a clean environment plus the NAME=VALUE pairs given before "--".
ts_user_cmd() {
  local user=$1; shift
  local -a envs=()
  while [[ $# -gt 0 && $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  TS_CMD=(env -i PATH="$TS_SAFE_PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 "${envs[@]}" "$@")
  if ts_is_root; then
    TS_CMD=(setpriv --reuid="$user" --regid="$user" --init-groups -- "${TS_CMD[@]}")
  fi
}

ts_as_user() {
  ts_user_cmd "$@"
  "${TS_CMD[@]}"
}

# ts_as_user with output appended to LOG (args: LOG USER ...). The redirection sits on the simple
# command, so it applies in the child only: a trap that fires meanwhile (Ctrl-C) still writes
# to our own stdout. Fd 9 (the control lock) is closed so no server can inherit it.
ts_as_user_logged() {
  local log=$1; shift
  ts_user_cmd "$@"
  "${TS_CMD[@]}" >>"$log" 2>&1 9>&-
}

# Starts CMD as USER (see ts_user_cmd; args: LOG USER [NAME=VALUE...] -- CMD...) as the leader
# of a new session, in the background, with stdin from /dev/null and output appended to LOG (so
# it holds none of the caller's pipes nor its lock fd 9). Sets TS_SID to the session id: every
# process of the server, and only those, can be found by it later.
ts_spawn_session() {
  local log=$1 launcher pid deadline=$((SECONDS + 5))
  shift
  local user=$1; shift
  local -a envs=()
  while [[ $# -gt 0 && $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  # setsid -w: should setsid have to fork (the caller being a process group leader), its parent
  # stays alive until the server exits, and we find the session leader among its children.
  ts_user_cmd "$user" "${envs[@]}" -- setsid -w "$@"
  (exec "${TS_CMD[@]}" </dev/null >>"$log" 2>&1 9>&-) &
  launcher=$!
  # Not a job of ours: no "Killed" notices when stop_test_servers ends it.
  disown "$launcher" 2>/dev/null || true
  TS_SID=""
  local -a candidates
  until [[ -n $TS_SID ]]; do
    candidates=("$launcher")
    # Only when setsid had to fork is the leader a child; scanning /proc costs, so look late.
    ((SECONDS >= deadline - 4)) && mapfile -t -O 1 candidates < <(ts_children "$launcher")
    for pid in "${candidates[@]}"; do
      if [[ "$(ts_proc_field "$pid" 3)" == "$pid" ]]; then TS_SID=$pid; break; fi
    done
    [[ -n $TS_SID ]] && break
    if ((SECONDS >= deadline)) || ! ts_pid_alive "$launcher"; then
      ts_err "could not start $* (see $log)"
      return 1
    fi
    sleep 0.05
  done
}

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------

ts_pkg_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

ensure_prerequisites() {
  local -a missing=()
  [[ -x "$TS_PG_BIN/postgres" && -x "$TS_PG_BIN/pg_isready" ]] || missing+=(postgresql-15)
  [[ -x "$TS_RABBITMQ_BIN/rabbitmq-server" ]] || missing+=(rabbitmq-server)
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  ts_pkg_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
  # The deployment tests validate docker-compose.yml offline with Debian's docker-compose (v1).
  command -v docker-compose >/dev/null || missing+=(docker-compose)

  if [[ ${#missing[@]} -gt 0 ]]; then
    if ! ts_is_root; then
      ts_err "missing packages: ${missing[*]}. Install them as root: apt-get install -y --no-install-recommends ${missing[*]}"
      return 1
    fi
    command -v apt-get >/dev/null || { ts_err "missing packages ${missing[*]} and no apt-get (Debian 12 expected)"; return 1; }
    ts_log "installing missing packages: ${missing[*]}"
    timeout -k 10 900 apt-get update -q >&2 || { ts_err "apt-get update failed"; return 1; }
    # Services apt might start would listen on the default ports (5432, 5672, 4369) only; we pick
    # free ports and run our own epmd, so such services cannot get in the way.
    DEBIAN_FRONTEND=noninteractive timeout -k 10 1800 \
      apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
      || { ts_err "apt-get install ${missing[*]} failed"; return 1; }
    ts_log "installed: ${missing[*]}"
  fi

  local tool
  for tool in setpriv flock timeout mktemp; do
    command -v "$tool" >/dev/null || { ts_err "required tool '$tool' not found (util-linux / coreutils)"; return 1; }
  done
  if ts_is_root; then
    id -u postgres >/dev/null 2>&1 || { ts_err "user 'postgres' does not exist (reinstall postgresql-15)"; return 1; }
    id -u rabbitmq >/dev/null 2>&1 || { ts_err "user 'rabbitmq' does not exist (reinstall rabbitmq-server)"; return 1; }
  fi
}

# ---------------------------------------------------------------------------------------------
# Ports and processes
# ---------------------------------------------------------------------------------------------

# True when something holds the TCP port (listening, or any socket state if `ss` is available).
ts_port_busy() {
  local port=$1
  if command -v ss >/dev/null 2>&1 && [[ -n "$(ss -Htan "sport = :$port" 2>/dev/null)" ]]; then
    return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

TS_TAKEN_PORTS=" "
# Sets variable VAR to a free port in 20000-31999 (below Linux's ephemeral range, so outgoing
# connections do not grab it between our check and the server's bind).
ts_free_port() {
  local var=$1 port i
  for ((i = 0; i < 500; i++)); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
    [[ $TS_TAKEN_PORTS == *" $port "* ]] && continue
    ts_port_busy "$port" && continue
    TS_TAKEN_PORTS+="$port "
    printf -v "$var" '%s' "$port"
    return 0
  done
  ts_err "no free TCP port found in 20000-31999"
  return 1
}

ts_wait_port_closed() {
  local port=$1 deadline=$((SECONDS + $2))
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# Field N of /proc/PID/stat counted after "(comm) ": 0 state, 1 ppid, 2 pgrp, 3 session.
ts_proc_field() {
  local line
  local -a fields
  IFS= read -r line 2>/dev/null <"/proc/$1/stat" || return 0
  read -r -a fields <<<"${line##*) }"
  printf '%s\n' "${fields[$2]:-}"
}

# Alive and not a zombie (PID 1 here may not reap orphans promptly).
ts_pid_alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null || return 1
  local state
  state=$(ts_proc_field "$1" 0)
  [[ -n $state && $state != Z && $state != X ]]
}

ts_children() {
  local stat_file line
  local -a fields
  for stat_file in /proc/[0-9]*/stat; do
    IFS= read -r line 2>/dev/null <"$stat_file" || continue
    read -r -a fields <<<"${line##*) }"
    [[ ${fields[1]:-} == "$1" ]] && { line=${stat_file#/proc/}; printf '%s\n' "${line%/stat}"; }
  done
  return 0
}

# PIDs of live processes in session SID owned by UID (pure bash: /proc, no procps needed).
ts_session_pids() {
  local sid=$1 uid=$2 stat_file line pid owner
  local -a fields
  for stat_file in /proc/[0-9]*/stat; do
    IFS= read -r line 2>/dev/null <"$stat_file" || continue
    # Fields after "(comm) ": state ppid pgrp session ...; zombies are already dead.
    read -r -a fields <<<"${line##*) }"
    [[ ${fields[3]:-} == "$sid" && ${fields[0]} != Z && ${fields[0]} != X ]] || continue
    pid=${stat_file#/proc/}; pid=${pid%/stat}
    owner=$(stat -c %u "/proc/$pid" 2>/dev/null) || continue
    [[ $owner == "$uid" ]] && printf '%s\n' "$pid"
  done
  return 0
}

# SIGKILLs every process of session SID that belongs to USER: only sessions we created
# (setsid / pg_ctl) are passed here, so nothing foreign is touched.
ts_kill_session() {
  local sid=$1 user=$2 uid pid
  [[ -n $sid ]] || return 0
  uid=$(id -u "$user")
  for pid in $(ts_session_pids "$sid" "$uid"); do
    ts_log "killing leftover process $pid ($(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-80))"
    kill -KILL "$pid" 2>/dev/null || true
  done
}

# Waits until no process of session SID (owned by USER) is left.
ts_wait_session_gone() {
  local sid=$1 user=$2 deadline=$((SECONDS + $3)) uid
  uid=$(id -u "$user")
  while [[ -n "$(ts_session_pids "$sid" "$uid")" ]]; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# ---------------------------------------------------------------------------------------------
# State shared with the control scripts
# ---------------------------------------------------------------------------------------------

ts_state_save() {
  local var tmp="$TS_ROOT/state.env.tmp"
  : >"$tmp"
  for var in "${TS_STATE_VARS[@]}"; do
    printf '%s=%q\n' "$var" "${!var-}" >>"$tmp"
  done
  mv -f "$tmp" "$TS_ROOT/state.env"
}

ts_state_load() {
  local file=$1
  [[ -f $file ]] || { ts_err "state file $file not found (servers already stopped?)"; return 1; }
  # shellcheck source=/dev/null
  source "$file"
}

# Creates the private temp root once; the service users must be able to traverse its parents.
ts_ensure_root() {
  [[ -n ${TS_ROOT:-} && -d ${TS_ROOT:-} ]] && return 0
  local base=${TMPDIR:-/tmp}
  TS_ROOT=$(mktemp -d "$base/perfwf-test-servers.XXXXXX")
  chmod 0755 "$TS_ROOT"
  if ts_is_root && ! setpriv --reuid=postgres --regid=postgres --init-groups -- test -x "$TS_ROOT"; then
    ts_log "$base is not reachable by the service users; using /tmp instead"
    rmdir "$TS_ROOT"
    TS_ROOT=$(mktemp -d /tmp/perfwf-test-servers.XXXXXX)
    chmod 0755 "$TS_ROOT"
  fi
  PG_USER=$(id -un); RMQ_USER=$(id -un)
  if ts_is_root; then PG_USER=postgres; RMQ_USER=rabbitmq; fi
  ts_state_save
  ts_log "temp dir: $TS_ROOT"
}

ts_write_ctl_script() {
  local service=$1 path="$TS_ROOT/$1-ctl"
  cat >"$path" <<EOF
#!/usr/bin/env bash
# Generated by $TS_LIB_FILE: stop | start | restart | status the test $service server
# (RabbitMQ also: kill, a SIGKILL crash; add-vhost NAME | delete-vhost NAME, so each test gets a broker of its own).
set -euo pipefail
# shellcheck source=/dev/null
source $(printf '%q' "$TS_LIB_FILE")
ts_ctl_main $(printf '%q' "$TS_ROOT/state.env") $service "\$@"
EOF
  chmod 0755 "$path"
  printf '%s\n' "$path"
}

# Entry point of the generated control scripts. Serialised with flock so that parallel tests
# cannot interleave a stop and a start.
ts_ctl_main() {
  local state_file=$1 service=$2 action=${3:-} name=${4:-}
  exec 9>>"${state_file%/*}/ctl.lock"
  flock -w 120 9 || { ts_err "could not lock ${state_file%/*}/ctl.lock"; return 1; }
  ts_state_load "$state_file"
  case "$service:$action" in
    postgres:stop) ts_pg_stop ;;
    postgres:start) ts_pg_launch && ts_pg_wait_ready ;;
    postgres:restart) ts_pg_stop && ts_pg_launch && ts_pg_wait_ready ;;
    postgres:status) ts_pg_isready ;;
    rabbitmq:stop) ts_rmq_stop ;;
    rabbitmq:start) ts_rmq_launch && ts_rmq_wait_ready ;;
    rabbitmq:restart) ts_rmq_stop && ts_rmq_launch && ts_rmq_wait_ready ;;
    rabbitmq:kill) ts_rmq_kill ;;
    rabbitmq:status) ts_amqp_ready "$RMQ_PORT" ;;
    rabbitmq:add-vhost)
      [[ $name =~ ^[A-Za-z0-9_.-]+$ ]] || { ts_err "add-vhost needs a plain name"; return 2; }
      ts_rabbitmqctl -q add_vhost "$name" && ts_rabbitmqctl -q set_permissions -p "$name" guest '.*' '.*' '.*' ;;
    rabbitmq:delete-vhost)
      [[ $name =~ ^[A-Za-z0-9_.-]+$ ]] || { ts_err "delete-vhost needs a plain name"; return 2; }
      ts_rabbitmqctl -q delete_vhost "$name" ;;
    *) ts_err "usage: $service-ctl stop|start|restart|status (rabbitmq: kill|add-vhost|delete-vhost NAME)"; return 2 ;;
  esac
}

# shellcheck source=scripts/lib/test-servers-postgres.sh
source "${TS_LIB_FILE%/*}/test-servers-postgres.sh"
# shellcheck source=scripts/lib/test-servers-rabbitmq.sh
source "${TS_LIB_FILE%/*}/test-servers-rabbitmq.sh"

start_test_servers() {
  start_postgres && start_rabbitmq
}

# Stops everything we started and removes the temp dir. Safe to call more than once, and after
# a partial start. With TS_LOG_DEST set, server logs are copied there first.
stop_test_servers() {
  [[ -n ${TS_ROOT:-} && -d ${TS_ROOT:-} ]] || return 0
  local root=$TS_ROOT
  (
    set +e
    exec 9>>"$root/ctl.lock"
    flock -w 60 9 || ts_log "could not lock $root/ctl.lock; stopping anyway"
    [[ -f $root/state.env ]] && ts_state_load "$root/state.env"
    [[ -n ${RMQ_DIR:-} && -n ${RMQ_PORT:-} ]] && ts_rmq_stop
    [[ -n ${RMQ_DIR:-} ]] && ts_epmd_stop
    [[ -n ${PG_DATA:-} && -n ${PG_PORT:-} ]] && ts_pg_stop
    if [[ -n ${TS_LOG_DEST:-} ]]; then
      mkdir -p "$TS_LOG_DEST"
      [[ -n ${PG_LOG:-} && -f $PG_LOG ]] && cp -f "$PG_LOG" "$TS_LOG_DEST/" 2>/dev/null
      [[ -n ${RMQ_DIR:-} && -d $RMQ_DIR/log ]] && cp -rf "$RMQ_DIR/log" "$TS_LOG_DEST/rabbitmq" 2>/dev/null
    fi
    exit 0
  ) || true
  rm -rf "$root"
  [[ -d $root ]] && ts_log "could not remove $root"
  TS_ROOT=""
  ts_log "test servers stopped"
  return 0
}
