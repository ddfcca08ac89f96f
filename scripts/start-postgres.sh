#!/usr/bin/env bash
# Install (Debian's package) and start a PostgreSQL server on localhost for the tests, then print
# the SQLAlchemy URL of a fresh test database on stdout. Used by .ci/run; safe to run twice.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsclaims') THEN
    CREATE ROLE newsclaims LOGIN PASSWORD 'newsclaims' CREATEDB;
  END IF;
END $$;
DROP DATABASE IF EXISTS newsclaims_test;
CREATE DATABASE newsclaims_test OWNER newsclaims;
SQL
echo "postgresql+psycopg://newsclaims:newsclaims@localhost/newsclaims_test"
