#!/usr/bin/env bash
# The send ledger under kill -9 (issue 15): two Payara Micro instances on PostgreSQL send
# MESSAGES emails to a local SMTP sink (config/smtp-sink.py, which records the Message-ID of each
# message it accepted) while one of them, chosen at random, is killed with kill -9 and restarted,
# KILLS times. When nothing is left to send it counts, per outbox message, the copies that arrived:
#   lost               arrived 0 times and not listed as UNCERTAIN (must be 0)
#   silent duplicates  arrived more than once without an UNCERTAIN attempt on record (must be 0)
#   uncertain          listed UNCERTAIN in the outbox console (arrived 0 or 1 times: the console decides)
# and exits 1 unless lost and silent duplicates are 0 and nothing is left unfinished. Needs psql, python3 and PostgreSQL
# (CRM_KILL_DB_URL, default the test database); works in the schema crm_kill, dropped and created.
# Builds crm-web/target/crm.war and payara-micro.jar first unless CRM_SKIP_BUILD=true.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

: "${MESSAGES:=1500}" "${KILLS:=3}" "${BASE_PORT:=8180}" "${SMTP_PORT:=2599}" "${SINK_DELAY_MS:=20}"
: "${CRM_KILL_DB_URL:=jdbc:postgresql://127.0.0.1:5432/test}" "${CRM_KILL_DB_USER:=postgres}"
schema=crm_kill
work=$root/crm-web/target/kill-test
db=${CRM_KILL_DB_URL#jdbc:postgresql://}
psql_() { psql -X -q -t -A -v ON_ERROR_STOP=1 "postgresql://$CRM_KILL_DB_USER@$db" -c "$1"; }

if [ "${CRM_SKIP_BUILD:-false}" != true ]; then
  mvn -q -B -DskipTests -pl crm-web -am verify
fi
rm -rf "$work" && mkdir -p "$work"
psql_ "drop schema if exists $schema cascade; create schema $schema"

pids=()
cleanup() { for pid in "${pids[@]}" "${sink:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

python3 config/smtp-sink.py "$SMTP_PORT" "$work/received.txt" "$SINK_DELAY_MS" &
sink=$!

# Starts instance $1 (0 or 1) in the background and waits until Payara Micro says it is ready
# (the application deployed, its schema migrated).
start() {
  local port=$((BASE_PORT + $1)) run=$((${runs[$1]:-0} + 1))
  runs[$1]=$run
  mkdir -p "$work/tmp$1"
  CRM_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource \
  CRM_DATASOURCE_URL="$CRM_KILL_DB_URL?currentSchema=$schema" CRM_DATASOURCE_USER="$CRM_KILL_DB_USER" \
  CRM_DATASOURCE_PASSWORD="${CRM_KILL_DB_PASSWORD:-}" CRM_DEMO_DATA_ENABLED=false \
  CRM_MAIL_SMTP_HOST=127.0.0.1 CRM_MAIL_SMTP_PORT="$SMTP_PORT" CRM_MAIL_DISPATCH_HEARTBEAT_LAPSE_SECONDS=10 \
    java -Xmx512m -Djava.io.tmpdir="$work/tmp$1" -jar crm-web/target/payara-micro.jar \
    --deploy crm-web/target/crm.war --contextroot crm --port "$port" --nocluster \
    --rootdir "$work/root$1" > "$work/instance$1-run$run.log" 2>&1 &
  pids[$1]=$!
  until grep -q "ready in" "$work/instance$1-run$run.log"; do
    kill -0 "${pids[$1]}" 2>/dev/null || { echo "instance $1 did not start: $work/instance$1-run$run.log"; exit 2; }
    sleep 1
  done
  echo "instance $1 up (run $run, pid ${pids[$1]})"
}

declare -a runs
start 0
start 1
per_round=$((MESSAGES / KILLS))
for round in $(seq 1 "$KILLS"); do
  psql_ "insert into $schema.outbox_message (id, to_address, from_address, subject, html_body, text_body,
           status, next_attempt_at, created_at)
         select nextval('$schema.outbox_message_seq'), 'kill' || g || '@sink.example', 'sales@cronus.example',
           'Kill test $round.' || g, '<p>' || g || '</p>', '' || g, 'QUEUED', localtimestamp - interval '1 day',
           localtimestamp from generate_series(1, $per_round) g"
  victim=$((RANDOM % 2))
  sleep "$((RANDOM % 5 + 3)).$((RANDOM % 10))"
  sent=$(psql_ "select count(*) from $schema.send_attempt")
  kill -9 "${pids[$victim]}"
  wait "${pids[$victim]}" 2>/dev/null || true
  echo "round $round: killed instance $victim after $sent attempts had started"
  start "$victim"
done

echo "waiting until nothing is left to send"
for _ in $(seq 1 300); do
  left=$(psql_ "select count(*) from $schema.outbox_message where status in ('QUEUED', 'SENDING')")
  [ "$left" = 0 ] && break
  sleep 2
done

psql_ "create table $schema.received (message_id varchar(300))"
psql -X -q -v ON_ERROR_STOP=1 "postgresql://$CRM_KILL_DB_USER@$db" -c "\\copy $schema.received from '$work/received.txt'"
IFS='|' read -r messages sent_once lost duplicates uncertain uncertain_arrived unfinished unknown < <(psql_ "
  set search_path = $schema;
  select count(*),
         count(*) filter (where status = 'SENT' and copies = 1),
         count(*) filter (where copies = 0 and status <> 'UNCERTAIN'),
         count(*) filter (where copies > 1 and not listed),
         count(*) filter (where status = 'UNCERTAIN'),
         count(*) filter (where status = 'UNCERTAIN' and copies = 1),
         count(*) filter (where status not in ('SENT', 'UNCERTAIN')),
         (select count(*) from received r where not exists
            (select 1 from outbox_message o where o.message_id = r.message_id))
    from (select o.id, o.status, (select count(*) from received r where r.message_id = o.message_id) as copies,
                 exists (select 1 from send_attempt a where a.outbox_id = o.id and a.outcome = 'UNCERTAIN') as listed
            from outbox_message o) m")
echo "messages $messages: sent once $sent_once, lost $lost, silent duplicates $duplicates," \
  "uncertain $uncertain (of which arrived $uncertain_arrived), not finished $unfinished, unknown arrivals $unknown"
psql_ "set search_path = $schema;
  select 'uncertain ' || o.id || ': ' || string_agg(a.attempt_no || ' ' || a.instance_id || ' ' || a.started_at
           || ' ' || coalesce(a.outcome, 'unfinished') || ' ' || a.message_id, '; ' order by a.attempt_no)
    from outbox_message o join send_attempt a on a.outbox_id = o.id
   where o.status = 'UNCERTAIN' group by o.id order by o.id"
if [ "$lost" = 0 ] && [ "$duplicates" = 0 ] && [ "$unfinished" = 0 ]; then
  echo "PASS: 0 lost, 0 silent duplicates, every uncertain one listed"
  exit 0
fi
echo "FAIL"
exit 1
