#!/usr/bin/env bash
# A real, single-node Apache Kafka broker for development and tests, without
# Docker: the broker jars come from Maven Central (pom.xml beside this file) and
# run as one JVM in KRaft combined broker+controller mode on 127.0.0.1.
#
#   kafka.sh fetch    download the broker jars into .cache/libs (once per pom.xml)
#   kafka.sh start    fetch if needed, format storage once, start, wait until it serves
#   kafka.sh stop     graceful stop (SIGTERM, then SIGKILL after a grace period)
#   kafka.sh kill     kill -9, no shutdown at all (for failure tests)
#   kafka.sh reset    stop and wipe all data (a new cluster id on the next start)
#   kafka.sh status   exit 0 if running and serving, 3 if not running, 1 if not serving
#   kafka.sh properties   print the server.properties a start would write
#
# Settings (environment): KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_RUN_DIR (infra/kafka/.run), KAFKA_START_TIMEOUT seconds (90),
# KAFKA_STOP_TIMEOUT seconds (30), KAFKA_HEAP_OPTS (-Xms768m -Xmx768m -Xmn384m),
# KAFKA_GC_OPTS (-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+AlwaysPreTouch),
# KAFKA_EXTRA_PROPERTIES (lines appended to server.properties, for experiments),
# JAVA_HOME.
# One node of a cluster or a secured broker (cluster.sh and sasl-broker.sh set
# these): KAFKA_NODE_ID (1), KAFKA_CONTROLLER_QUORUM_VOTERS (this node alone),
# KAFKA_CLUSTER_ID (a new one on first start), KAFKA_INTERNAL_REPLICATION (1:
# replicas of internal topics, and the default for new ones),
# KAFKA_MIN_INSYNC_REPLICAS (1 for one replica, else 2), KAFKA_EXTRA_LISTENER
# (NAME://host:port served beside PLAINTEXT, its protocol NAME),
# KAFKA_FORMAT_ARGS (extra arguments for the first storage format, e.g. --add-scram).
# Every command is idempotent and safe to run concurrently (flock).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="$HERE/.cache"
LIBS_DIR="$CACHE_DIR/libs"
LIBS_STAMP="$CACHE_DIR/libs.stamp"
RUN_DIR="${KAFKA_RUN_DIR:-$HERE/.run}"
DATA_DIR="$RUN_DIR/data"
PROPERTIES="$RUN_DIR/server.properties"
CLUSTER_ID_FILE="$RUN_DIR/cluster-id"
PID_FILE="$RUN_DIR/broker.pid"
LOG_FILE="$RUN_DIR/broker.log"
# 127.0.0.1, never localhost: Node may resolve localhost to ::1, where nothing listens.
HOST="127.0.0.1"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
# A fixed heap with a large young generation: G1 left to size it on this small
# machine keeps it at 10-30 MB to meet its pause goal and then pauses 10-30 ms
# every 1-3 s under load, inside the ledger's appends (docs/kafka.md).
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms768m -Xmx768m -Xmn384m}"
GC_OPTS="${KAFKA_GC_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+AlwaysPreTouch}"
NODE_ID="${KAFKA_NODE_ID:-1}"
QUORUM_VOTERS="${KAFKA_CONTROLLER_QUORUM_VOTERS:-$NODE_ID@$HOST:$CONTROLLER_PORT}"
INTERNAL_REPLICATION="${KAFKA_INTERNAL_REPLICATION:-1}"
if [[ "$INTERNAL_REPLICATION" -gt 1 ]]; then MIN_ISR_DEFAULT=2; else MIN_ISR_DEFAULT=1; fi
MIN_INSYNC_REPLICAS="${KAFKA_MIN_INSYNC_REPLICAS:-$MIN_ISR_DEFAULT}"
EXTRA_LISTENER="${KAFKA_EXTRA_LISTENER:-}"

say() { printf 'kafka: %s\n' "$*"; }
fail() {
  printf 'kafka: %s\n' "$*" >&2
  exit 1
}

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    fail "Java (a JDK 17 or newer) is needed to run the local broker: install one (for example 'apt-get install openjdk-17-jdk-headless'), or set KAFKA_BROKERS to use an existing cluster."
  fi
}

require_java() {
  local java version major
  java="$(java_bin)"
  version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  if [[ ! "$major" =~ ^[0-9]+$ || "$major" -lt 11 ]]; then
    fail "Java 11 or newer (17 recommended) is needed to run the local broker; found '${version:-unknown}' at $java."
  fi
}

require_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js is needed to check that the broker serves requests: install Node.js 20.19 or newer."
}

pom_hash() { sha256sum "$HERE/pom.xml" | cut -d' ' -f1; }

libs_are_current() {
  [[ -d "$LIBS_DIR" && -f "$LIBS_STAMP" && "$(cat "$LIBS_STAMP")" == "$(pom_hash)" ]]
}

# Downloads the jars only when pom.xml changed since the last fetch, into a
# temporary folder that replaces the old one whole, so an interrupted fetch
# never leaves a half-filled classpath behind.
fetch() {
  libs_are_current && return 0
  mkdir -p "$CACHE_DIR"
  exec 8>"$CACHE_DIR/.fetch.lock"
  flock 8
  if libs_are_current; then
    exec 8>&-
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || fail "Maven is needed once to download the Kafka broker jars: install it (for example 'apt-get install maven'), or set KAFKA_BROKERS to use an existing cluster."
  require_java
  say "fetching the Apache Kafka broker jars with Maven (once)..."
  local staging="$CACHE_DIR/libs.partial" mvn_log="$CACHE_DIR/fetch.log"
  rm -rf "$staging"
  if ! (cd "$HERE" && mvn -B -ntp -f pom.xml package "-Dkafka.libs.dir=$staging") >"$mvn_log" 2>&1; then
    tail -n 30 "$mvn_log" >&2
    fail "Maven could not fetch the broker jars (full output in $mvn_log)."
  fi
  rm -rf "$LIBS_DIR"
  mv "$staging" "$LIBS_DIR"
  pom_hash >"$LIBS_STAMP"
  say "broker jars ready in $LIBS_DIR ($(find "$LIBS_DIR" -name '*.jar' | wc -l) jars)"
  exec 8>&-
}

lock_run_dir() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/.lock"
  flock 9
}

broker_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # The pid must still be our broker, not a process that reused the number.
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

serves_requests() { node "$HERE/probe.mjs" "$HOST" "$PORT" 2000; }

port_taken() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

server_properties() {
  local extra_name="${EXTRA_LISTENER%%://*}"
  cat <<EOF
# Written by infra/kafka/kafka.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$QUORUM_VOTERS
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT${EXTRA_LISTENER:+,$EXTRA_LISTENER}
advertised.listeners=PLAINTEXT://$HOST:$PORT${EXTRA_LISTENER:+,$EXTRA_LISTENER}
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT${EXTRA_LISTENER:+,$extra_name:$extra_name}
log.dirs=$DATA_DIR

# Internal topics have KAFKA_INTERNAL_REPLICATION replicas (one on one node).
default.replication.factor=$INTERNAL_REPLICATION
min.insync.replicas=$MIN_INSYNC_REPLICAS
offsets.topic.replication.factor=$INTERNAL_REPLICATION
transaction.state.log.replication.factor=$INTERNAL_REPLICATION
transaction.state.log.min.isr=$MIN_INSYNC_REPLICAS
# One partition for internal topics: created in milliseconds instead of seconds.
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
num.partitions=1
# Consumers join a group at once instead of waiting 3 s for more members.
group.initial.rebalance.delay.ms=0
# Topics are created deliberately, with their retention, never by a typo.
auto.create.topics.enable=false
delete.topic.enable=true

# A small machine shared with builds and tests.
num.network.threads=2
num.io.threads=4
background.threads=4
num.recovery.threads.per.data.dir=1
EOF
  if [[ -n "${KAFKA_EXTRA_PROPERTIES:-}" ]]; then
    printf '\n# From KAFKA_EXTRA_PROPERTIES.\n%s\n' "$KAFKA_EXTRA_PROPERTIES"
  fi
}

format_storage_once() {
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    if [[ -n "${KAFKA_CLUSTER_ID:-}" ]]; then
      echo "$KAFKA_CLUSTER_ID" >"$CLUSTER_ID_FILE.tmp"
    else
      "$(java_bin)" -cp "$LIBS_DIR/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 >"$CLUSTER_ID_FILE.tmp"
    fi
    mv "$CLUSTER_ID_FILE.tmp" "$CLUSTER_ID_FILE"
  fi
  [[ -f "$DATA_DIR/meta.properties" ]] && return 0
  local output
  # shellcheck disable=SC2086 # KAFKA_FORMAT_ARGS holds several arguments on purpose.
  if ! output="$("$(java_bin)" -cp "$LIBS_DIR/*" "-Dlog4j.configuration=file:$HERE/log4j.properties" \
    kafka.tools.StorageTool format -t "$(cat "$CLUSTER_ID_FILE")" -c "$PROPERTIES" -g ${KAFKA_FORMAT_ARGS:-} 2>&1)"; then
    printf '%s\n' "$output" >&2
    fail "formatting the broker storage in $DATA_DIR failed."
  fi
}

start() {
  require_java
  require_node
  fetch
  lock_run_dir
  local pid
  if pid="$(broker_pid)"; then
    if serves_requests; then
      say "already running on $HOST:$PORT (pid $pid)"
      return 0
    fi
    say "pid $pid is running but not serving yet; waiting for it"
  else
    if port_taken "$PORT" || port_taken "$CONTROLLER_PORT"; then
      fail "port $PORT or $CONTROLLER_PORT on $HOST is taken by a process this script did not start; stop it, or choose other ports with KAFKA_PORT and KAFKA_CONTROLLER_PORT."
    fi
    mkdir -p "$DATA_DIR"
    server_properties >"$PROPERTIES"
    format_storage_once
    : >"$LOG_FILE"
    # setsid detaches the broker from the caller's process group (npm, a test
    # runner) so it outlives them; 9>&- keeps it from inheriting the lock.
    # shellcheck disable=SC2086 # HEAP_OPTS and GC_OPTS hold several JVM flags on purpose.
    setsid "$(java_bin)" $HEAP_OPTS $GC_OPTS \
      -Djava.awt.headless=true "-Dlog4j.configuration=file:$HERE/log4j.properties" \
      -cp "$LIBS_DIR/*" kafka.Kafka "$PROPERTIES" \
      </dev/null >>"$LOG_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    say "starting Apache Kafka on $HOST:$PORT (pid $pid, log $LOG_FILE)"
  fi
  wait_until_serving "$pid"
}

wait_until_serving() {
  local pid="$1" started=$SECONDS
  while ((SECONDS - started < START_TIMEOUT)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n 40 "$LOG_FILE" >&2
      fail "the broker exited during start-up (last lines of $LOG_FILE above)."
    fi
    if serves_requests; then
      say "ready on $HOST:$PORT in $((SECONDS - started)) s (cluster id $(cat "$CLUSTER_ID_FILE"))"
      return 0
    fi
    sleep 0.5
  done
  tail -n 40 "$LOG_FILE" >&2
  fail "the broker did not serve requests within $START_TIMEOUT s (last lines of $LOG_FILE above; still running as pid $pid, 'npm run kafka:stop' stops it)."
}

stop_locked() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local started=$SECONDS
  while kill -0 "$pid" 2>/dev/null && ((SECONDS - started < STOP_TIMEOUT)); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "no clean shutdown within $STOP_TIMEOUT s; killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  say "stopped"
}

stop() {
  lock_run_dir
  stop_locked
}

# kill -9: the broker gets no chance to flush or hand over leadership.
kill_now() {
  lock_run_dir
  local pid
  if ! pid="$(broker_pid)"; then
    say "not running"
    return 0
  fi
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$PID_FILE"
  say "killed pid $pid"
}

reset() {
  lock_run_dir
  stop_locked
  # Only what this script creates: KAFKA_RUN_DIR may point at a folder that holds more.
  rm -rf "$DATA_DIR" "$CLUSTER_ID_FILE" "$PROPERTIES" "$LOG_FILE"
  say "data wiped from $RUN_DIR"
}

status() {
  local pid
  if ! pid="$(broker_pid)"; then
    say "not running"
    exit 3
  fi
  if command -v node >/dev/null 2>&1 && serves_requests; then
    say "running on $HOST:$PORT (pid $pid, cluster id $(cat "$CLUSTER_ID_FILE" 2>/dev/null || echo unknown))"
    return 0
  fi
  say "pid $pid is running but $HOST:$PORT does not serve Kafka requests (yet)"
  exit 1
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  kill) kill_now ;;
  reset) reset ;;
  status) status ;;
  properties) server_properties ;;
  *)
    echo "usage: $(basename "$0") fetch|start|stop|kill|reset|status|properties" >&2
    exit 2
    ;;
esac
