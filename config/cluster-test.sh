#!/usr/bin/env bash
# Several instances (issue 10, F-63): two Payara Micro instances of the application as one Payara
# cluster (Hazelcast on loopback only, tcpip members HZ_PORT and HZ_PORT+1) on one PostgreSQL
# schema (crm_cluster, dropped and created), sending to a local SMTP sink (config/smtp-sink.py).
#   1. pause: the mail-dispatch job is paused over REST on instance 0; MESSAGES emails are queued,
#      LATER of them scheduled LATER_SECONDS ahead (released by the email-release job); for 20 s
#      neither instance may send one; then it is resumed over REST on instance 1;
#   2. kill: once half the messages have been tried, instance 1 is killed with kill -9 and restarted;
#   3. run now: delete-canceled-campaign-entries is run now over REST on instance 0: exactly one
#      run must be recorded, on one instance;
#   4. count, per email, the copies that arrived: sent, lost, duplicates, uncertain (as
#      config/two-instance-kill-test.sh), and the scheduled ones sent before their time.
# Prints PASS or FAIL per check and exits 1 if any failed. Builds the WAR first unless
# CRM_SKIP_BUILD=true. Needs psql, python3, curl and PostgreSQL (CRM_KILL_DB_URL).
: "${MESSAGES:=10000}" "${LATER:=1000}" "${LATER_SECONDS:=120}" "${SINK_DELAY_MS:=5}"
: "${BASE_PORT:=8320}" "${SMTP_PORT:=2620}" "${HZ_PORT:=5920}"
: "${CRM_KILL_DB_URL:=jdbc:postgresql://127.0.0.1:5432/test}" "${CRM_KILL_DB_USER:=postgres}"
schema=crm_cluster
micro_options() {
  echo --clustername crm-cluster-test --clustermode "tcpip:127.0.0.1:$HZ_PORT,127.0.0.1:$((HZ_PORT + 1))" \
    --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --startport $((HZ_PORT + $1))
}
source "$(dirname "$0")/two-instances.sh"
CRM_SECURITY_INITIAL_ADMIN_PASSWORD="Cluster-$(od -An -N9 -tx1 /dev/urandom | tr -d ' \n')"
export CRM_SECURITY_INITIAL_ADMIN_PASSWORD
failed=0
began=$SECONDS

check() {
  if [ "$1" = true ]; then echo "PASS: $2"; else echo "FAIL: $2"; failed=1; fi
}
# POSTs to /crm/api/jobs/$2 on instance $1 as the first administrator.
jobs_api() {
  curl -sS -f -o /dev/null -u "admin:$CRM_SECURITY_INITIAL_ADMIN_PASSWORD" -X POST \
    "http://127.0.0.1:$((BASE_PORT + $1))/crm/api/jobs/$2"
}
# Waits until the last log of instance $1 shows a cluster of two members (at most 90 s).
two_members() {
  for _ in $(seq 1 45); do
    grep -q "DG Size: 2" "$work/instance$1-run${runs[$1]}.log" && return 0
    sleep 2
  done
  return 1
}
attempts() { psql_ "select count(*) from $schema.send_attempt"; }

prepare cluster-test
start 0
start 1
two_members 0 && two_members 1 && formed=true || formed=false
check $formed "instances 0 and 1 formed one cluster of two members"

jobs_api 0 mail-dispatch/pause
psql_ "set search_path = $schema;
  insert into email (id, subject, body_html, tracking, status, send_at, sender_user, from_address, created_at)
    select nextval('email_seq'), 'Cluster test ' || g, '<p>' || g || '</p>', 'OFF',
      case when g <= $LATER then 'SCHEDULED' else 'QUEUED' end,
      case when g <= $LATER then now() + interval '$LATER_SECONDS seconds' else now() end,
      'admin', 'sales@cronus.example', now() from generate_series(1, $MESSAGES) g;
  insert into email_recipient (email_id, position, kind, address)
    select id, 0, 'TO', 'cluster' || id || '@sink.example' from email;
  insert into outbox_message (id, email_id, to_address, from_address, subject, html_body, text_body, status,
      next_attempt_at, created_at)
    select nextval('outbox_message_seq'), id, 'cluster' || id || '@sink.example', from_address, subject, body_html,
      subject, status, send_at at time zone 'UTC', localtimestamp from email"
echo "queued $MESSAGES emails, $LATER of them scheduled in $LATER_SECONDS s; mail-dispatch paused on instance 0"
sleep 20
check "$([ "$(attempts)" = 0 ] && [ ! -s "$work/received.txt" ] && echo true)" \
  "paused on instance 0: neither instance sent anything in 20 s ($(attempts) attempts)"
jobs_api 1 mail-dispatch/resume
echo "mail-dispatch resumed on instance 1"

until [ "$(attempts)" -ge $((MESSAGES / 2)) ]; do sleep 1; done
killed_at=$(attempts)
kill9 1
echo "killed instance 1 with kill -9 after $killed_at attempts had started"
start 1
two_members 1 && rejoined=true || rejoined=false
check $rejoined "restarted instance 1 rejoined the cluster"

before=$(psql_ "select coalesce(max(id), 0) from $schema.job_run")
jobs_api 0 delete-canceled-campaign-entries/run-now
runs_now() {
  psql_ "select count(*) || '|' || coalesce(string_agg(instance_id || ' ' || coalesce(outcome, 'running'), ', '), '')
    from $schema.job_run where id > $before and job_name = 'delete-canceled-campaign-entries'"
}
for _ in $(seq 1 30); do [[ "$(runs_now)" == 0* ]] || break; sleep 2; done
sleep 15
IFS='|' read -r ran where < <(runs_now)
check "$([ "$ran" = 1 ] && echo true)" "run now on instance 0 ran exactly once: $ran run(s) on $where"

echo "waiting until nothing is left to send"
wait_until_none "'SCHEDULED', 'QUEUED', 'SENDING'" 1800
count_deliveries
IFS='|' read -r later_sent early releases < <(psql_ "set search_path = $schema;
  select count(*) filter (where o.status = 'SENT'),
         count(*) filter (where exists (select 1 from send_attempt a where a.outbox_id = o.id
                                         and a.started_at < e.send_at at time zone 'UTC')),
         (select count(*) from job_run where job_name = 'email-release' and items > 0)
    from email e join outbox_message o on o.email_id = e.id where e.created_at < e.send_at")
echo "scheduled for later $LATER: sent $later_sent, tried before their time $early, released by $releases email-release runs"
check "$([ "$lost" = 0 ] && [ "$duplicates" = 0 ] && [ "$unfinished" = 0 ] && echo true)" \
  "each email exactly once or listed UNCERTAIN: 0 lost, 0 silent duplicates, nothing left to send"
check "$([ "$early" = 0 ] && [ "$releases" -gt 0 ] && echo true)" "no scheduled email went before its time"
echo "total $((SECONDS - began)) s"
[ "$failed" = 0 ] || { echo "FAIL"; exit 1; }
echo "PASS"
