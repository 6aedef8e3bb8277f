#!/usr/bin/env bash
# Start a local PostgreSQL for the server tests and print the URL to export as MIGRADESK_TEST_PG.
#
#   export MIGRADESK_TEST_PG="$(bash packaging/ci/postgres.sh)"
#
# As root on Debian/Ubuntu: installs `postgresql` with apt if missing, starts the newest cluster
# (creating one if there is none), and creates, idempotently, a login role that may create
# databases and a database it owns (both `migradesk_test`, password `migradesk_test`: a throwaway
# role for tests on loopback, never for production). The tests connect over TCP on 127.0.0.1 with
# that password, whatever user runs them; each test session creates and drops its own database.
# Everything but the URL goes to stderr.
set -euo pipefail

DB_NAME="${MIGRADESK_TEST_PG_DB:-migradesk_test}"
ROLE="$DB_NAME"
PASSWORD="$DB_NAME"
SOCKET_DIR=/var/run/postgresql

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
    log "run as root (it installs and starts PostgreSQL)"
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    log "installing PostgreSQL with apt"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql >&2
fi

# The newest installed major version, e.g. 15 on bookworm.
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
CLUSTER="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v {print $2; exit}')"
if [ -z "$CLUSTER" ]; then
    log "creating cluster $VERSION/main"
    pg_createcluster "$VERSION" main >&2
    CLUSTER=main
fi

STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $4}')"
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER"
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"

for _ in $(seq 1 50); do
    if su postgres -c "pg_isready -q -h $SOCKET_DIR -p $PORT"; then break; fi
    sleep 0.2
done

psql_admin() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -h $SOCKET_DIR -p $PORT -d postgres -tA $*"; }

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != 1 ]; then
    log "creating role $ROLE"
    psql_admin "-c \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"")" != 1 ]; then
    log "creating database $DB_NAME"
    psql_admin "-c 'CREATE DATABASE $DB_NAME OWNER $ROLE'" >&2
fi

echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB_NAME"
