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
# The instances run with --nocluster; config/cluster-test.sh runs them as one Payara cluster.
: "${MESSAGES:=1500}" "${KILLS:=3}" "${BASE_PORT:=8180}" "${SMTP_PORT:=2599}" "${SINK_DELAY_MS:=20}"
: "${CRM_KILL_DB_URL:=jdbc:postgresql://127.0.0.1:5432/test}" "${CRM_KILL_DB_USER:=postgres}"
schema=crm_kill
source "$(dirname "$0")/two-instances.sh"
prepare kill-test

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
  kill9 "$victim"
  echo "round $round: killed instance $victim after $sent attempts had started"
  start "$victim"
done

echo "waiting until nothing is left to send"
wait_until_none "'QUEUED', 'SENDING'" 600 || true
count_deliveries
if [ "$lost" = 0 ] && [ "$duplicates" = 0 ] && [ "$unfinished" = 0 ]; then
  echo "PASS: 0 lost, 0 silent duplicates, every uncertain one listed"
  exit 0
fi
echo "FAIL"
exit 1
