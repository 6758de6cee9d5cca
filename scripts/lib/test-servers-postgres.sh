# shellcheck shell=bash
# PostgreSQL part of test-servers.sh (sourced by it; uses its helpers and state).

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------

ts_pg_isready() {
  "$TS_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -t 2
}

ts_pg_ctl() {
  ts_as_user_logged "$TS_ROOT/postgres/pg_ctl.log" "$PG_USER" -- "$TS_PG_BIN/pg_ctl" -D "$PG_DATA" "$@"
}

# Starts the postmaster in the background (pg_ctl makes it a session leader; its log goes to
# PG_LOG and its stdin is /dev/null, so it holds none of the caller's pipes).
ts_pg_launch() {
  if ts_pg_isready; then ts_log "PostgreSQL already running on port $PG_PORT"; return 0; fi
  local stale
  stale=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
  # A killed postmaster can linger as a zombie (PID 1 here may reap late); postgres would take it
  # for a live one and refuse to start.
  if [[ -n $stale ]] && ! ts_pid_alive "$stale"; then
    rm -f "$PG_DATA/postmaster.pid" "$PG_DATA/.s.PGSQL.$PG_PORT" "$PG_DATA/.s.PGSQL.$PG_PORT.lock"
  fi
  ts_pg_ctl -l "$PG_LOG" -W start
}

ts_pg_wait_ready() {
  local deadline=$((SECONDS + TS_PG_START_TIMEOUT))
  until ts_pg_isready; do
    if ((SECONDS >= deadline)); then
      ts_err "PostgreSQL did not become ready on 127.0.0.1:$PG_PORT within ${TS_PG_START_TIMEOUT}s; log tail:"
      tail -n 30 "$PG_LOG" >&2 || true
      return 1
    fi
    sleep 0.2
  done
  PG_PID=$(head -n 1 "$PG_DATA/postmaster.pid")
  ts_state_save
}

ts_pg_stop() {
  local pid kid uid
  local -a kids=()
  pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
  pid=${pid:-${PG_PID:-}}
  if ts_pid_alive "$pid"; then
    # Backends call setsid themselves, so they are found as the postmaster's children.
    mapfile -t kids < <(ts_children "$pid")
    if ! ts_pg_ctl -m fast -w -t "$TS_STOP_TIMEOUT" stop; then
      ts_log "pg_ctl stop failed; killing postmaster $pid and its children"
      uid=$(id -u "$PG_USER")
      for kid in "$pid" "${kids[@]}"; do
        [[ "$(stat -c %u "/proc/$kid" 2>/dev/null)" == "$uid" ]] && kill -KILL "$kid" 2>/dev/null
      done
    fi
    local deadline=$((SECONDS + 10))
    while ts_pid_alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
  fi
  ts_wait_port_closed "$PG_PORT" 10 || { ts_err "port $PG_PORT still open after stopping PostgreSQL"; return 1; }
  PG_PID=""
  ts_state_save
}

start_postgres() {
  ts_ensure_root
  local started=$SECONDS attempt
  mkdir -p "$TS_ROOT/postgres"
  chown "$PG_USER:" "$TS_ROOT/postgres"
  PG_DATA="$TS_ROOT/postgres/data"
  PG_LOG="$TS_ROOT/postgres/postgres.log"
  # UTF8 explicitly: with a POSIX default locale initdb would pick SQL_ASCII, which mangles 中文.
  if ! ts_as_user_logged "$TS_ROOT/postgres/initdb.log" "$PG_USER" -- \
      "$TS_PG_BIN/initdb" -D "$PG_DATA" --auth=trust -U postgres \
      --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions; then
    cat "$TS_ROOT/postgres/initdb.log" >&2
    ts_err "initdb failed"
    return 1
  fi
  # fsync stays on (default): benchmarks measure honest commit latency.
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- perfwf test server ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DATA'
max_connections = 300
${PERFWF_PG_EXTRA_CONF:-}
EOF
  for attempt in 1 2 3; do
    ts_free_port PG_PORT || return 1
    printf 'port = %s\n' "$PG_PORT" >>"$PG_DATA/postgresql.conf"
    ts_state_save
    ts_pg_launch
    if ts_pg_wait_ready; then break; fi
    if ((attempt < 3)) && grep -q 'already in use' "$PG_LOG" 2>/dev/null; then
      ts_log "port $PG_PORT was taken meanwhile; retrying on another port"
      ts_pg_stop || true
      continue
    fi
    return 1
  done
  PERFWF_TEST_POSTGRES_CTL=$(ts_write_ctl_script postgres)
  export PERFWF_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
  export PERFWF_TEST_POSTGRES_CTL
  ts_log "PostgreSQL ready on 127.0.0.1:$PG_PORT (pid $PG_PID) in $((SECONDS - started))s"
}
