# shellcheck shell=bash
# RabbitMQ part of test-servers.sh (sourced by it; uses its helpers and state).

# ---------------------------------------------------------------------------------------------
# RabbitMQ
# ---------------------------------------------------------------------------------------------

# Environment of the broker and of rabbitmqctl: same HOME (so the same Erlang cookie) and the
# same private epmd port.
ts_rmq_env() {
  TS_RMQ_ENV=(
    HOME="$RMQ_DIR/home"
    ERL_EPMD_PORT="$RMQ_EPMD_PORT"
    RABBITMQ_NODENAME="$RMQ_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$RMQ_PORT"
    RABBITMQ_DIST_PORT="$RMQ_DIST_PORT"
    RABBITMQ_CTL_DIST_PORT_MIN="$RMQ_CLI_PORT"
    RABBITMQ_CTL_DIST_PORT_MAX="$((RMQ_CLI_PORT + 10))"
    RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
    RABBITMQ_LOG_BASE="$RMQ_DIR/log"
    RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
    RABBITMQ_CONF_ENV_FILE=/dev/null
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  )
}

ts_rabbitmqctl() {
  ts_rmq_env
  ts_as_user "$RMQ_USER" "${TS_RMQ_ENV[@]}" -- "$TS_RABBITMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" "$@"
}

# True when the port speaks AMQP 0-9-1: the broker answers our protocol header with a method
# frame (type 1, Connection.Start).
ts_amqp_ready() {
  # shellcheck disable=SC2016 # the probe script is expanded by the inner bash
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "AMQP\x00\x00\x09\x01" >&3
    IFS= read -r -d "" -n 1 frame_type <&3 || exit 1
    [[ $frame_type == $'"'"'\x01'"'"' ]]' amqp-probe "$1" 2>/dev/null
}

ts_epmd_launch() {
  if ts_pid_alive "${RMQ_EPMD_PID:-}"; then return 0; fi
  ts_spawn_session "$RMQ_DIR/log/epmd.log" "$RMQ_USER" HOME="$RMQ_DIR/home" -- \
    epmd -port "$RMQ_EPMD_PORT" -address 127.0.0.1 || return 1
  RMQ_EPMD_PID=$TS_SID
  ts_state_save
  local deadline=$((SECONDS + 10))
  until (exec 3<>"/dev/tcp/127.0.0.1/$RMQ_EPMD_PORT") 2>/dev/null; do
    if ! ts_pid_alive "$RMQ_EPMD_PID" || ((SECONDS >= deadline)); then
      cat "$RMQ_DIR/log/epmd.log" >&2 || true
      ts_err "epmd did not start on port $RMQ_EPMD_PORT"
      return 1
    fi
    sleep 0.1
  done
}

# Starts the broker in the background as the leader of its own session: its wrapper shell turns
# SIGTERM into a graceful stop, and the session id finds every process of the node later.
ts_rmq_launch() {
  if ts_pid_alive "${RMQ_PID:-}"; then ts_log "RabbitMQ already running (pid $RMQ_PID)"; return 0; fi
  ts_epmd_launch || return 1
  ts_rmq_env
  ts_spawn_session "$RMQ_DIR/log/console.log" "$RMQ_USER" "${TS_RMQ_ENV[@]}" -- \
    "$TS_RABBITMQ_BIN/rabbitmq-server" || return 1
  RMQ_PID=$TS_SID
  ts_state_save
}

ts_rmq_log_tail() {
  local f
  for f in "$RMQ_DIR/log/console.log" "$RMQ_DIR/log/$RMQ_NODE.log"; do
    [[ -f $f ]] || continue
    printf -- '--- %s (tail) ---\n' "$f" >&2
    tail -n 25 "$f" >&2 || true
  done
}

ts_rmq_wait_ready() {
  local deadline=$((SECONDS + TS_RABBITMQ_START_TIMEOUT))
  until ts_amqp_ready "$RMQ_PORT"; do
    if ! ts_pid_alive "$RMQ_PID"; then
      ts_err "RabbitMQ node $RMQ_NODE exited during boot"
      ts_rmq_log_tail
      return 1
    fi
    if ((SECONDS >= deadline)); then
      ts_err "RabbitMQ did not accept AMQP on 127.0.0.1:$RMQ_PORT within ${TS_RABBITMQ_START_TIMEOUT}s"
      ts_rmq_log_tail
      return 1
    fi
    sleep 0.3
  done
  # AMQP answers once the listener is up; await_startup also confirms the boot finished
  # (and that the CLI, with the same cookie and epmd, can reach the node).
  ts_rmq_env
  if ! ts_as_user_logged "$RMQ_DIR/log/rabbitmqctl.log" "$RMQ_USER" "${TS_RMQ_ENV[@]}" -- \
      "$TS_RABBITMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" -q await_startup --timeout "$TS_RABBITMQ_START_TIMEOUT"; then
    tail -n 20 "$RMQ_DIR/log/rabbitmqctl.log" >&2 || true
    ts_err "rabbitmqctl await_startup failed for $RMQ_NODE"
    return 1
  fi
}

ts_rmq_stop() {
  local pid=${RMQ_PID:-}
  if ts_pid_alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    if ! ts_wait_session_gone "$pid" "$RMQ_USER" "$TS_STOP_TIMEOUT"; then
      ts_log "RabbitMQ did not stop within ${TS_STOP_TIMEOUT}s; killing it"
    fi
  fi
  if [[ -n $pid ]]; then
    ts_kill_session "$pid" "$RMQ_USER"
    ts_wait_session_gone "$pid" "$RMQ_USER" 10 || ts_log "processes of node $RMQ_NODE still alive"
  fi
  ts_wait_port_closed "$RMQ_PORT" 10 || { ts_err "port $RMQ_PORT still open after stopping RabbitMQ"; return 1; }
  RMQ_PID=""
  ts_state_save
}

# Crashes the broker: SIGKILL to every process of the node's session, no graceful shutdown and
# nothing flushed, as an OOM kill or a power cut would (start brings it back on the same data).
ts_rmq_kill() {
  local sid=${RMQ_PID:-} uid pid
  if [[ -n $sid ]]; then
    uid=$(id -u "$RMQ_USER")
    for pid in $(ts_session_pids "$sid" "$uid"); do
      kill -KILL "$pid" 2>/dev/null || true
    done
    ts_wait_session_gone "$sid" "$RMQ_USER" 10 || { ts_err "processes of node $RMQ_NODE survived SIGKILL"; return 1; }
  fi
  ts_wait_port_closed "$RMQ_PORT" 10 || { ts_err "port $RMQ_PORT still open after killing RabbitMQ"; return 1; }
  RMQ_PID=""
  ts_state_save
}

ts_epmd_stop() {
  local pid=${RMQ_EPMD_PID:-}
  if ts_pid_alive "$pid" && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == epmd ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    ts_wait_session_gone "$pid" "$RMQ_USER" 5 || ts_kill_session "$pid" "$RMQ_USER"
  fi
  RMQ_EPMD_PID=""
  ts_state_save
}

start_rabbitmq() {
  ts_ensure_root
  local started=$SECONDS attempt suffix
  RMQ_DIR="$TS_ROOT/rabbitmq"
  mkdir -p "$RMQ_DIR/home" "$RMQ_DIR/mnesia" "$RMQ_DIR/log"
  suffix=$(od -An -N4 -tx4 /dev/urandom | tr -d ' \n')
  RMQ_NODE="perfwf-$suffix@localhost"
  printf '[].\n' >"$RMQ_DIR/enabled_plugins"
  # guest/guest is accepted from loopback only, which is all we listen on.
  printf 'log.file.level = info\nlog.console = false\n' >"$RMQ_DIR/rabbitmq.conf"
  # A private cookie: only our CLI calls (same HOME) can talk to this node.
  LC_ALL=C tr -dc '[:upper:]' </dev/urandom | head -c 32 >"$RMQ_DIR/home/.erlang.cookie" || true
  chmod 0400 "$RMQ_DIR/home/.erlang.cookie"
  chown -R "$RMQ_USER:" "$RMQ_DIR"
  ts_free_port RMQ_EPMD_PORT || return 1
  ts_free_port RMQ_CLI_PORT || return 1
  for attempt in 1 2 3; do
    ts_free_port RMQ_PORT || return 1
    ts_free_port RMQ_DIST_PORT || return 1
    ts_state_save
    ts_rmq_launch || return 1
    if ts_rmq_wait_ready; then break; fi
    if ((attempt < 3)) && grep -qi 'eaddrinuse\|already in use' "$RMQ_DIR/log/console.log" "$RMQ_DIR/log/"*.log 2>/dev/null; then
      ts_log "a port was taken meanwhile; retrying on other ports"
      ts_rmq_stop || true
      continue
    fi
    return 1
  done
  PERFWF_TEST_RABBITMQ_CTL=$(ts_write_ctl_script rabbitmq)
  export PERFWF_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$RMQ_PORT/"
  export PERFWF_TEST_RABBITMQ_CTL
  ts_log "RabbitMQ node $RMQ_NODE ready on 127.0.0.1:$RMQ_PORT (epmd $RMQ_EPMD_PORT, dist $RMQ_DIST_PORT) in $((SECONDS - started))s"
}
