#!/usr/bin/env bash
# A local three-broker Apache Kafka cluster (KRaft, every node broker and
# controller) on 127.0.0.1, for trying the ledger on replicated topics and for
# the failure tests. Each node is one kafka.sh broker with its own run dir and
# ports; internal topics have three replicas and need two in sync.
#
#   cluster.sh start          start the three nodes (they wait for each other's quorum)
#   cluster.sh stop           graceful stop of every node
#   cluster.sh reset          stop and wipe every node's data
#   cluster.sh status         exit 0 if every node serves
#   cluster.sh brokers        print the KAFKA_BROKERS value for this cluster
#   cluster.sh start-node N   start node N (1-3) again, e.g. after kill-node
#   cluster.sh stop-node N    graceful stop of node N
#   cluster.sh kill-node N    kill -9 node N
#
# Settings (environment): KAFKA_CLUSTER_RUN_DIR (infra/kafka/.run-cluster),
# KAFKA_CLUSTER_PORTS (29092,29192,29292), KAFKA_CLUSTER_CONTROLLER_PORTS
# (29093,29193,29293), KAFKA_CLUSTER_HEAP_OPTS (-Xms384m -Xmx384m -Xmn192m:
# three JVMs on one machine), and kafka.sh's KAFKA_START_TIMEOUT and
# KAFKA_STOP_TIMEOUT.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="${KAFKA_CLUSTER_RUN_DIR:-$HERE/.run-cluster}"
HOST="127.0.0.1"
IFS=, read -r -a PORTS <<<"${KAFKA_CLUSTER_PORTS:-29092,29192,29292}"
IFS=, read -r -a CONTROLLER_PORTS <<<"${KAFKA_CLUSTER_CONTROLLER_PORTS:-29093,29193,29293}"
HEAP_OPTS="${KAFKA_CLUSTER_HEAP_OPTS:--Xms384m -Xmx384m -Xmn192m}"
NODES=(1 2 3)

fail() {
  printf 'kafka cluster: %s\n' "$*" >&2
  exit 1
}

[[ ${#PORTS[@]} -eq 3 && ${#CONTROLLER_PORTS[@]} -eq 3 ]] ||
  fail "KAFKA_CLUSTER_PORTS and KAFKA_CLUSTER_CONTROLLER_PORTS need three ports each, comma-separated."

voters() {
  local n list=()
  for n in "${NODES[@]}"; do list+=("$n@$HOST:${CONTROLLER_PORTS[n - 1]}"); done
  (IFS=,; echo "${list[*]}")
}

# Every node must be formatted with the same cluster id: one, made once.
cluster_id() {
  mkdir -p "$RUN_DIR"
  if [[ ! -s "$RUN_DIR/cluster-id" ]]; then
    # A Kafka Uuid: 16 random bytes in base64url, not starting with '-'.
    node -e "const {randomBytes}=require('node:crypto');let id;do id=randomBytes(16).toString('base64url');while(id.startsWith('-'));console.log(id)" \
      >"$RUN_DIR/cluster-id.tmp"
    mv "$RUN_DIR/cluster-id.tmp" "$RUN_DIR/cluster-id"
  fi
  cat "$RUN_DIR/cluster-id"
}

# Runs a kafka.sh command as node $1.
on_node() {
  local n="$1"
  shift
  [[ "$n" =~ ^[123]$ ]] || fail "no node '$n': the nodes are 1, 2 and 3."
  KAFKA_NODE_ID="$n" \
    KAFKA_PORT="${PORTS[n - 1]}" \
    KAFKA_CONTROLLER_PORT="${CONTROLLER_PORTS[n - 1]}" \
    KAFKA_RUN_DIR="$RUN_DIR/node-$n" \
    KAFKA_CLUSTER_ID="$(cluster_id)" \
    KAFKA_CONTROLLER_QUORUM_VOTERS="$(voters)" \
    KAFKA_INTERNAL_REPLICATION=3 \
    KAFKA_MIN_INSYNC_REPLICAS=2 \
    KAFKA_HEAP_OPTS="$HEAP_OPTS" \
    bash "$HERE/kafka.sh" "$@" | sed -u "s/^kafka: /kafka node $n: /"
  return "${PIPESTATUS[0]}"
}

# Nodes start together: none serves until a majority of controllers is up.
on_all_nodes() {
  local n pids=() failed=0
  bash "$HERE/kafka.sh" fetch
  cluster_id >/dev/null # before the nodes run in parallel, so they all read the same one
  for n in "${NODES[@]}"; do
    on_node "$n" "$@" &
    pids+=($!)
  done
  for n in "${!pids[@]}"; do wait "${pids[n]}" || failed=1; done
  return "$failed"
}

brokers() {
  local n list=()
  for n in "${NODES[@]}"; do list+=("$HOST:${PORTS[n - 1]}"); done
  (IFS=,; echo "${list[*]}")
}

case "${1:-}" in
  start | stop | status)
    on_all_nodes "$1"
    [[ "$1" != start ]] || echo "kafka cluster: KAFKA_BROKERS=$(brokers)"
    ;;
  reset)
    on_all_nodes reset
    rm -f "$RUN_DIR/cluster-id"
    ;;
  brokers) brokers ;;
  start-node) on_node "${2:-}" start ;;
  stop-node) on_node "${2:-}" stop ;;
  kill-node) on_node "${2:-}" kill ;;
  *)
    echo "usage: $(basename "$0") start|stop|reset|status|brokers|start-node N|stop-node N|kill-node N" >&2
    exit 2
    ;;
esac
