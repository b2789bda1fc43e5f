#!/usr/bin/env bash
# Deploys crm-ear/target/crm.ear on a real Payara Server 6 exactly as README's "Deploying to
# Payara Server" says, then plays a short story over REST against it (the initial administrator
# logs in, adds contacts, builds a segment, logs it and prints its letters). CI runs it after the
# tests (.ci/run); any failure fails CI. Needs the EAR built, PostgreSQL on 127.0.0.1:5432 with
# the superuser postgres, curl, jq and pdftotext. The domain is stopped and the database dropped
# at the end, also on failure. Usage: config/payara-server-check.sh (ports and database name:
# CRM_CHECK_ADMIN_PORT, CRM_CHECK_HTTP_PORT, CRM_CHECK_HTTPS_PORT, CRM_CHECK_PORT_BASE for the
# others, CRM_CHECK_DATABASE).
set -euo pipefail
cd "$(dirname "$0")/.."

ADMIN_PORT=${CRM_CHECK_ADMIN_PORT:-14848}
HTTP_PORT=${CRM_CHECK_HTTP_PORT:-18080}
HTTPS_PORT=${CRM_CHECK_HTTPS_PORT:-18181}
# The other ports of the domain: the admin port's neighbours (JMS 14876, IIOP 14837-14839, ...).
OTHER_PORTS=${CRM_CHECK_PORT_BASE:-14800}
DATABASE=${CRM_CHECK_DATABASE:-crm_ear_check}
DOMAIN=crm
SERVER=crm-ear/target/payara-server
ASADMIN=$SERVER/payara6/bin/asadmin
API=http://127.0.0.1:$HTTP_PORT/crm/api

step() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

[ -f crm-ear/target/crm.ear ] || fail "crm-ear/target/crm.ear is missing: run mvn -B verify first"
[[ $DATABASE =~ ^[a-z_][a-z0-9_]*$ ]] || fail "bad database name $DATABASE"

# Passwords are made up for this run and only ever stand in files of this private folder.
secrets=$(mktemp -d)
started=false
finish() {
  status=$?
  if $started; then
    [ $status -eq 0 ] || tail -n 60 "$SERVER/payara6/glassfish/domains/$DOMAIN/logs/server.log" >&2 || true
    step "Stopping the domain"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
  fi
  psql_admin -c "drop database if exists $DATABASE" -c "drop role if exists $DATABASE" || true
  rm -rf "$secrets"
  step "Done ($([ $status -eq 0 ] && echo passed || echo FAILED))"
}
trap finish EXIT
password() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
admin_password=$(password)
printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password" > "$secrets/domain"
db_password=$(password)
printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$admin_password" "$db_password" > "$secrets/db"
initial_admin_password=$(password)
printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$admin_password" "$initial_admin_password" > "$secrets/initial-admin"
printf 'user = "admin:%s"\n' "$initial_admin_password" > "$secrets/curl"

step "Unpacking Payara Server (fish.payara.distributions:payara, payara.version of the parent POM)"
unpacked=$(mvn -B -q -f crm-ear dependency:unpack@payara-server 2>&1) || fail "$unpacked"
asadmin() { "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$secrets/domain" "$@"; }

step "Creating the database $DATABASE with config/postgresql-setup.sql"
psql_admin -c "drop database if exists $DATABASE" -c "drop role if exists $DATABASE"
psql_admin -v name="$DATABASE" -f config/postgresql-setup.sql
psql_admin -v name="$DATABASE" <<SQL
\\set password '$db_password'
alter role :"name" password :'password';
SQL

step "Creating the domain $DOMAIN (admin port $ADMIN_PORT, HTTP $HTTP_PORT, HTTPS $HTTPS_PORT)"
"$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
"$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || true
p=$OTHER_PORTS
asadmin create-domain --checkports=true --domainproperties "domain.adminPort=$ADMIN_PORT:\
domain.instancePort=$HTTP_PORT:http.ssl.port=$HTTPS_PORT:jms.port=$((p + 76)):\
orb.listener.port=$((p + 37)):orb.ssl.port=$((p + 38)):orb.mutualauth.port=$((p + 39)):\
domain.jmxPort=$((p + 86)):java.debugger.port=$((p + 9)):osgi.shell.telnet.port=$((p + 66)):\
hazelcast.das.port=$((p + 49)):hazelcast.start.port=$((p + 59))" "$DOMAIN" >/dev/null

step "Starting the domain"
started=true
asadmin start-domain "$DOMAIN" >/dev/null

step "Creating the password aliases"
"$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$secrets/db" \
  create-password-alias crm-db-password >/dev/null
"$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$secrets/initial-admin" \
  create-password-alias crm-initial-admin-password >/dev/null

step "Running config/payara-server.asadmin with this database's URL and user"
sed -e 's#db\.example\.internal\(\\\\:5432\)/crm$#127.0.0.1\1/'"$DATABASE"'#' \
    -e 's#^\(create-system-properties crm\.datasource\.user=\).*#\1'"$DATABASE"'#' \
    config/payara-server.asadmin > "$SERVER/payara-server.asadmin"
grep -q "127.0.0.1.*$DATABASE" "$SERVER/payara-server.asadmin" || fail "no database URL to set"
asadmin multimode --file "$SERVER/payara-server.asadmin"
step "Restarting the domain (its JVM options), then waiting for the application"
asadmin restart-domain "$DOMAIN" >/dev/null
# The domain answers before its applications are loaded again.
for _ in $(seq 300); do
  [ "$(curl -sS -o /dev/null -w '%{http_code}' "$API/contacts")" = 401 ] && break
  sleep 2
done

step "Playing the story over REST"
# call METHOD PATH EXPECTED_STATUS [JSON BODY]: prints the answer's body.
call() {
  local body=$secrets/answer status
  status=$(curl -sS -K "$secrets/curl" -X "$1" -H 'Content-Type: application/json' \
    -o "$body" -w '%{http_code}' ${4:+--data "$4"} "$API/$2")
  [ "$status" = "$3" ] || fail "$1 /$2 answered $status, not $3: $(cat "$body")"
  cat "$body"
}
status=$(curl -sS -o /dev/null -w '%{http_code}' "$API/contacts")
[ "$status" = 401 ] || fail "GET /contacts without credentials answered $status, not 401"
call POST codes/languages 201 '{"code": "ENU", "description": "English"}' >/dev/null
call POST codes/job-responsibilities 201 '{"code": "PURCHASE", "description": "Purchasing"}' >/dev/null
company=$(call POST contacts 201 '{"type": "COMPANY", "name": "Ørsted Trading A/S",
  "address": "Kongens Nytorv 1", "postCode": "1050", "city": "København", "countryCode": "DK"}' | jq -r .no)
buyer=$(call POST contacts 201 '{"type": "PERSON", "name": "Jørgen Ærø", "firstName": "Jørgen",
  "surname": "Ærø", "companyNo": "'"$company"'", "languageCode": "ENU", "correspondenceType": "HARD_COPY",
  "jobResponsibilityCodes": ["PURCHASE"]}' | jq -r .no)
call POST contacts 201 '{"type": "PERSON", "name": "Hélène Dupont", "companyNo": "'"$company"'"}' >/dev/null
call POST interaction-templates 201 '{"code": "BUS", "description": "Business letter",
  "informationFlow": "OUTBOUND", "initiatedBy": "US", "correspondenceType": "HARD_COPY"}' >/dev/null
call POST interaction-templates/BUS/languages/ENU 200 '{"description": "English",
  "subject": "Thank you", "body": "Dear {{contact.firstName}}, thank you for visiting our stand."}' >/dev/null
segment=$(call POST segments 201 '{"description": "Visitors at the trade show",
  "interactionTemplateCode": "BUS", "subject": "Thank you for visiting the trade show",
  "languageCode": "ENU", "correspondenceType": "HARD_COPY"}' | jq -r .no)
lines=$(call POST "segments/$segment/add-contacts" 200 '{"jobResponsibilityCodes": ["PURCHASE"]}' | jq .noOfLines)
[ "$lines" = 1 ] || fail "the segment has $lines lines, not the 1 purchaser"
logged=$(call POST "segments/$segment/log" 200 '{"sendAttachments": true}' | jq -r .no)
logged_contact=$(call GET "interaction-log-entries?loggedSegmentNo=$logged" 200 | jq -r '.items[].contactNo')
[ "$logged_contact" = "$buyer" ] || fail "the log has entries for '$logged_contact', not $buyer"
curl -sS -K "$secrets/curl" -f -o "$secrets/letters.pdf" "$API/logged-segments/$logged/letters"
[ "$(head -c 5 "$secrets/letters.pdf")" = "%PDF-" ] || fail "the letters are not a PDF"
pdftotext "$secrets/letters.pdf" "$secrets/letters.txt"
grep -q "Jørgen Ærø" "$secrets/letters.txt" || fail "the letter does not name Jørgen Ærø"
grep -q "Dear Jørgen, thank you for visiting our stand." "$secrets/letters.txt" \
  || fail "the letter lacks the template's text"
step "Checking that no answer names the server, not even the listener's own error pages"
for path in crm/api/contacts nothing-here crm/api/contacts/%00; do
  answer=$(curl -sS -i "http://127.0.0.1:$HTTP_PORT/$path")
  if grep -qi payara <<<"$answer"; then fail "/$path names the server: $answer"; fi
done
step "The story passed: $company, $buyer, segment $segment logged as $logged, letters printed"
