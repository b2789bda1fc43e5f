# Sourced, not run: what config/two-instance-kill-test.sh (issue 15) and config/cluster-test.sh
# (issue 10) share. Two Payara Micro instances of the application on one PostgreSQL schema, a local
# SMTP sink (config/smtp-sink.py) and, at the end, the count per outbox message of the copies that
# arrived. The caller sets schema, BASE_PORT, SMTP_PORT, SINK_DELAY_MS, CRM_KILL_DB_URL and
# CRM_KILL_DB_USER, and may define micro_options INSTANCE to replace --nocluster.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
db=${CRM_KILL_DB_URL#jdbc:postgresql://}
declare -a pids runs
export PGOPTIONS="-c client_min_messages=warning"
psql_() { psql -X -q -t -A -v ON_ERROR_STOP=1 "postgresql://$CRM_KILL_DB_USER@$db" -c "$1"; }

cleanup() { for pid in "${pids[@]}" "${sink:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done; }

if ! declare -F micro_options > /dev/null; then
  micro_options() { echo --nocluster; }
fi

# Builds unless CRM_SKIP_BUILD=true, then makes a fresh folder crm-web/target/$1 with its own copy
# of the WAR and of Payara Micro (a build during the test changes nothing of it), a fresh schema,
# and starts the SMTP sink.
prepare() {
  if [ "${CRM_SKIP_BUILD:-false}" != true ]; then
    mvn -q -B -DskipTests -pl crm-web -am verify
  fi
  work=$root/crm-web/target/$1
  rm -rf "$work" && mkdir -p "$work"
  cp crm-web/target/crm.war crm-web/target/payara-micro.jar "$work/"
  psql_ "drop schema if exists $schema cascade; create schema $schema"
  trap cleanup EXIT
  python3 config/smtp-sink.py "$SMTP_PORT" "$work/received.txt" "$SINK_DELAY_MS" &
  sink=$!
}

# Starts instance $1 (0 or 1) in the background and waits until Payara Micro says it is ready
# (the application deployed, its schema migrated).
start() {
  local port=$((BASE_PORT + $1)) run=$((${runs[$1]:-0} + 1))
  runs[$1]=$run
  mkdir -p "$work/tmp$1"
  : > "$work/instance$1-run$run.log"
  # shellcheck disable=SC2046 # micro_options answers several words
  CRM_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource \
  CRM_DATASOURCE_URL="$CRM_KILL_DB_URL?currentSchema=$schema" CRM_DATASOURCE_USER="$CRM_KILL_DB_USER" \
  CRM_DATASOURCE_PASSWORD="${CRM_KILL_DB_PASSWORD:-}" CRM_DEMO_DATA_ENABLED=false \
  CRM_MAIL_SMTP_HOST=127.0.0.1 CRM_MAIL_SMTP_PORT="$SMTP_PORT" CRM_MAIL_DISPATCH_HEARTBEAT_LAPSE_SECONDS=10 \
    java -Xmx512m -Duser.timezone=UTC -Dproduct.name= -Djava.io.tmpdir="$work/tmp$1" -jar "$work/payara-micro.jar" \
    --deploy "$work/crm.war" --contextroot crm --port "$port" $(micro_options "$1") \
    --rootdir "$work/root$1" > "$work/instance$1-run$run.log" 2>&1 &
  pids[$1]=$!
  until grep -q "ready in" "$work/instance$1-run$run.log"; do
    kill -0 "${pids[$1]}" 2>/dev/null || { echo "instance $1 did not start: $work/instance$1-run$run.log"; exit 2; }
    sleep 1
  done
  echo "instance $1 up (run $run, pid ${pids[$1]}, port $port)"
}

# Kills instance $1 with kill -9 and reaps it.
kill9() {
  kill -9 "${pids[$1]}"
  wait "${pids[$1]}" 2>/dev/null || true
}

# Waits until no outbox message is left in one of the states $1 (SQL list), at most $2 seconds.
wait_until_none() {
  local left
  for _ in $(seq 1 $(($2 / 2))); do
    left=$(psql_ "select count(*) from $schema.outbox_message where status in ($1)")
    [ "$left" = 0 ] && return 0
    sleep 2
  done
  echo "still $left messages in ($1) after $2 s"
}

# Counts, per outbox message, the copies the sink received (by the Message-ID of each of its
# attempts: an UNCERTAIN message keeps none of its own), into the variables messages,
# sent_once, lost (arrived 0 times and not UNCERTAIN), duplicates (arrived more than once without an
# UNCERTAIN attempt on record), uncertain, uncertain_arrived, unfinished and unknown (arrivals of
# no outbox message); prints them and the attempts of each uncertain message.
count_deliveries() {
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
              (select 1 from send_attempt a where a.message_id = r.message_id))
      from (select o.id, o.status, (select count(*) from received r where r.message_id = o.message_id
                or r.message_id in (select a.message_id from send_attempt a where a.outbox_id = o.id
                                     and a.message_id is distinct from o.message_id)) as copies,
                   exists (select 1 from send_attempt a where a.outbox_id = o.id and a.outcome = 'UNCERTAIN') as listed
              from outbox_message o) m")
  echo "messages $messages: sent once $sent_once, lost $lost, silent duplicates $duplicates," \
    "uncertain $uncertain (of which arrived $uncertain_arrived), not finished $unfinished, unknown arrivals $unknown"
  psql_ "set search_path = $schema;
    select 'uncertain ' || o.id || ': ' || string_agg(a.attempt_no || ' ' || a.instance_id || ' ' || a.started_at
             || ' ' || coalesce(a.outcome, 'unfinished') || ' ' || a.message_id, '; ' order by a.attempt_no)
      from outbox_message o join send_attempt a on a.outbox_id = o.id
     where o.status = 'UNCERTAIN' group by o.id order by o.id"
}
