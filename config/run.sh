#!/usr/bin/env bash
# Builds CRM Marketing and starts it on Payara Micro with the embedded H2 database in ./data
# (kept across restarts) and the CRONUS demo data loaded on first start.
# Every setting can be overridden by an environment variable, e.g. to use PostgreSQL:
#   CRM_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource \
#   CRM_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/crm CRM_DATASOURCE_USER=crm \
#   CRM_DATASOURCE_PASSWORD=... config/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

: "${CRM_PORT:=8080}"
: "${CRM_DATA_DIR:=$root/data}"
export CRM_DATASOURCE_CLASS_NAME="${CRM_DATASOURCE_CLASS_NAME:-org.h2.jdbcx.JdbcDataSource}"
export CRM_DATASOURCE_URL="${CRM_DATASOURCE_URL:-jdbc:h2:file:$CRM_DATA_DIR/crm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
export CRM_DATASOURCE_USER="${CRM_DATASOURCE_USER:-sa}"
export CRM_DATASOURCE_PASSWORD="${CRM_DATASOURCE_PASSWORD:-sa}"
export CRM_DEMO_DATA_ENABLED="${CRM_DEMO_DATA_ENABLED:-true}"
# A salesperson's sent, tracked, scheduled and draft emails in the demo (not in the tests).
export CRM_DEMO_DATA_EMAILS="${CRM_DEMO_DATA_EMAILS:-true}"
# Without an SMTP server (CRM_MAIL_SMTP_HOST), emails are written as .eml files here.
export CRM_MAIL_OUTBOX_DIR="${CRM_MAIL_OUTBOX_DIR:-$CRM_DATA_DIR/outbox}"

if [ "${CRM_SKIP_BUILD:-false}" != true ]; then
  mvn -q -B -DskipTests install
fi
mkdir -p "$CRM_DATA_DIR" "$root/crm-web/target/micro-tmp"
echo "CRM Marketing is starting: http://localhost:$CRM_PORT/crm/ (REST API: http://localhost:$CRM_PORT/crm/api/)"
exec java -Dproduct.name= -Djava.io.tmpdir="$root/crm-web/target/micro-tmp" -jar crm-web/target/payara-micro.jar \
  --deploy crm-web/target/crm.war --contextroot crm --port "$CRM_PORT" --nocluster
