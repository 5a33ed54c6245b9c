#!/usr/bin/env bash
# A local Apache Kafka broker with a SASL_SSL listener, for trying the ledger
# the way a managed cluster is reached: TLS with a private CA and SCRAM (or
# PLAIN) passwords. One kafka.sh broker; on its first start this script makes
# a CA and the broker's certificate with keytool (JDK) and creates the SCRAM
# credentials when it formats the storage.
#
#   sasl-broker.sh start   make the certificates and password once, start, wait until it serves
#   sasl-broker.sh stop | kill | reset | status    as kafka.sh
#   sasl-broker.sh env     print the client settings (KAFKA_BROKERS, KAFKA_SSL_CA_FILE, KAFKA_SASL_*)
#
# `set -a; . <(bash infra/kafka/sasl-broker.sh env); set +a` then `npm start`
# runs the ledger on it. The password is random, kept in the run dir.
#
# Settings (environment): KAFKA_SASL_RUN_DIR (infra/kafka/.run-sasl),
# KAFKA_SASL_PORT (29094: the SASL_SSL listener clients use),
# KAFKA_SASL_INTERNAL_PORT (29095: a PLAINTEXT listener on 127.0.0.1 for the
# broker itself and the readiness probe), KAFKA_SASL_CONTROLLER_PORT (29096),
# KAFKA_SASL_USER (ledger), and kafka.sh's other settings.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="${KAFKA_SASL_RUN_DIR:-$HERE/.run-sasl}"
TLS_DIR="$RUN_DIR/tls"
HOST="127.0.0.1"
SASL_PORT="${KAFKA_SASL_PORT:-29094}"
INTERNAL_PORT="${KAFKA_SASL_INTERNAL_PORT:-29095}"
CONTROLLER_PORT="${KAFKA_SASL_CONTROLLER_PORT:-29096}"
USER_NAME="${KAFKA_SASL_USER:-ledger}"

fail() {
  printf 'kafka sasl: %s\n' "$*" >&2
  exit 1
}

random_secret() { od -An -N18 -tx1 /dev/urandom | tr -d ' \n'; }

# A secret made once per run dir: the storage is formatted with it once.
secret() {
  local file="$RUN_DIR/$1"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$RUN_DIR"
    (umask 077 && random_secret >"$file.tmp")
    mv "$file.tmp" "$file"
  fi
  cat "$file"
}

# A private CA and the broker's certificate for 127.0.0.1, signed by it.
make_certificates() {
  [[ -s "$TLS_DIR/broker.p12" && -s "$TLS_DIR/ca.pem" ]] && return 0
  command -v keytool >/dev/null 2>&1 || fail "keytool (from a JDK) is needed to make the broker's certificate."
  local pass
  pass="$(secret keystore-password)"
  rm -rf "$TLS_DIR.partial"
  mkdir -p "$TLS_DIR.partial"
  (
    cd "$TLS_DIR.partial"
    keytool -genkeypair -alias ca -dname "CN=Clean Network Ledger local CA" -keyalg RSA -keysize 2048 \
      -validity 3650 -ext bc:c -keystore ca.p12 -storetype PKCS12 -storepass "$pass"
    keytool -exportcert -rfc -alias ca -keystore ca.p12 -storepass "$pass" -file ca.pem
    keytool -genkeypair -alias broker -dname "CN=$HOST" -keyalg RSA -keysize 2048 -validity 3650 \
      -keystore broker.p12 -storetype PKCS12 -storepass "$pass"
    keytool -certreq -alias broker -keystore broker.p12 -storepass "$pass" -file broker.csr
    keytool -gencert -alias ca -keystore ca.p12 -storepass "$pass" -infile broker.csr -outfile broker.pem \
      -rfc -validity 3650 -ext "SAN=IP:$HOST,DNS:localhost"
    keytool -importcert -noprompt -alias ca -file ca.pem -keystore broker.p12 -storepass "$pass"
    keytool -importcert -alias broker -file broker.pem -keystore broker.p12 -storepass "$pass"
  ) >"$RUN_DIR/keytool.log" 2>&1 || fail "keytool failed (see $RUN_DIR/keytool.log)."
  rm -rf "$TLS_DIR"
  mv "$TLS_DIR.partial" "$TLS_DIR"
}

broker_properties() {
  local password="$1" keystore_password="$2"
  cat <<EOF
ssl.keystore.type=PKCS12
ssl.keystore.location=$TLS_DIR/broker.p12
ssl.keystore.password=$keystore_password
ssl.key.password=$keystore_password
sasl.enabled.mechanisms=SCRAM-SHA-512,SCRAM-SHA-256,PLAIN
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$USER_NAME="$password";
EOF
}

kafka() {
  local password keystore_password
  password="$(secret sasl-password)"
  keystore_password="$(secret keystore-password)"
  KAFKA_RUN_DIR="$RUN_DIR" \
    KAFKA_PORT="$INTERNAL_PORT" \
    KAFKA_CONTROLLER_PORT="$CONTROLLER_PORT" \
    KAFKA_EXTRA_LISTENER="SASL_SSL://$HOST:$SASL_PORT" \
    KAFKA_FORMAT_ARGS="--add-scram SCRAM-SHA-256=[name=$USER_NAME,password=$password] --add-scram SCRAM-SHA-512=[name=$USER_NAME,password=$password]" \
    KAFKA_EXTRA_PROPERTIES="$(broker_properties "$password" "$keystore_password")" \
    bash "$HERE/kafka.sh" "$@" | sed -u 's/^kafka: /kafka sasl: /'
  return "${PIPESTATUS[0]}"
}

client_env() {
  cat <<EOF
KAFKA_BROKERS=$HOST:$SASL_PORT
KAFKA_SSL=true
KAFKA_SSL_CA_FILE=$TLS_DIR/ca.pem
KAFKA_SASL_MECHANISM=scram-sha-512
KAFKA_SASL_USERNAME=$USER_NAME
KAFKA_SASL_PASSWORD=$(secret sasl-password)
EOF
}

case "${1:-}" in
  start)
    make_certificates
    kafka start
    echo "kafka sasl: SASL_SSL on $HOST:$SASL_PORT (user $USER_NAME; 'sasl-broker.sh env' prints the client settings)"
    ;;
  stop | kill | status) kafka "$1" ;;
  reset)
    kafka reset
    rm -rf "$TLS_DIR" "$RUN_DIR/sasl-password" "$RUN_DIR/keystore-password" "$RUN_DIR/keytool.log"
    ;;
  env) client_env ;;
  *)
    echo "usage: $(basename "$0") start|stop|kill|reset|status|env" >&2
    exit 2
    ;;
esac
