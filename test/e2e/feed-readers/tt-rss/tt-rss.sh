#!/usr/bin/env bash
# A real Tiny Tiny RSS for the feed-reader tests, from Debian's packages (tt-rss,
# PostgreSQL, Apache, PHP). Called by service.ts; usable by hand as root:
#
#   tt-rss.sh up CLIENT_PID FEED_FILE   install if missing, configure, start, load the feed;
#                                       prints one JSON line (addresses, users, feed id)
#   tt-rss.sh down CLIENT_PID           the last client out stops what `up` started
#   tt-rss.sh install                   only install the packages when missing (.ci/run)
#
# Slow only the first time on a machine: apt-get install (a minute or two), then
# creating the database cluster and loading the feed (seconds). Later runs start
# PostgreSQL and Apache and reset the items to unread (a few seconds).
#
# Nothing here listens on a public interface: PostgreSQL has no TCP socket at all
# and Apache listens on ADDR only (see below), refusing any client that is not
# this machine. Only services this script started are stopped; packages, the
# database cluster and the configuration stay for the next (fast) run.
set -euo pipefail

# tt-rss refuses to fetch a feed whose host is localhost, ::1 or 127.x, or whose
# port is not 80/443, and checks again after resolving the name
# (UrlHelper::validate and ::fetch in /usr/share/tt-rss/www/classes/urlhelper.php;
# this version has no setting to allow it). So tt-rss and the feed are served on
# port 80 of a private address that only this host has: a /32 with `scope host`
# on the loopback device (this machine's kernel has no dummy interfaces). It is
# never routed, and the browsers and tt-rss's SELF_URL_PATH use the same address,
# so no hosts file is changed. 10.213.7.0/24 is an arbitrary private block.
readonly ADDR=10.213.7.1
readonly BASE="http://$ADDR"
readonly STATE=/var/lib/liseuse-tt-rss # persistent: Apache config, served feed, fingerprint
readonly RUN=/run/liseuse-tt-rss       # this boot: pid files, clients, what we started
readonly LOCK=/run/lock/liseuse-tt-rss.lock
readonly PG_CLUSTER=liseuse-tt-rss
readonly DB=ttrss
readonly DB_ROLE=www-data # peer authentication over the Unix socket: PHP runs as www-data
readonly TTRSS=/usr/share/tt-rss/www
readonly FEED_PATH=/feeds/feedx-items.xml
readonly PASSWORD=liseuse-test-password # local-only test instance
readonly MARK='managed by the Liseuse feed-reader tests'
# dbconfig-no-thanks: we create the database ourselves (else apt picks dbconfig-mysql
# and a MariaDB client). iproute2 and procps (ip, ps) are missing from slim images.
readonly PACKAGES=(tt-rss dbconfig-no-thanks postgresql apache2 libapache2-mod-php php-pgsql php-curl iproute2 procps)

log() { echo "tt-rss.sh: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

[[ $(id -u) == 0 ]] || die "must run as root (installs packages, starts services)"

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log "installing from Debian (slow, once per machine): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # dbconfig-common would ask to create the database; we create our own below.
  echo 'tt-rss tt-rss/dbconfig-install boolean false' | debconf-set-selections
  # Keep the packages' services from starting on install: Apache's default site
  # listens on every interface. Debian's container images already ship this file.
  local own_policy=''
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local apt=(apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "${missing[@]}")
  "${apt[@]}" >&2 || { apt-get -o DPkg::Lock::Timeout=900 update >&2 && "${apt[@]}" >&2; } ||
    die "apt-get install ${missing[*]} failed"
  if [[ -n $own_policy ]]; then
    rm -f /usr/sbin/policy-rc.d
    trap - EXIT
  fi
  # Nor at the next boot (Debian enables them; update-rc.d also tells systemd):
  # this script starts its own Apache, bound to ADDR only.
  local services=() service
  [[ " ${missing[*]} " != *" apache2 "* ]] || services+=(apache2 apache-htcacheclean)
  [[ " ${missing[*]} " != *" tt-rss "* ]] || services+=(tt-rss)
  for service in "${services[@]}"; do update-rc.d "$service" disable >/dev/null 2>&1 || true; done
}

pg_version() { ls /usr/lib/postgresql | sort -V | tail -n 1; }
cluster_field() { pg_lsclusters -h | awk -v c="$PG_CLUSTER" -v f="$1" '$2 == c { print $f }'; }
PG_PORT=''
# SQL as the tt-rss database role (the same identity PHP uses), and as the superuser.
sql() { runuser -u "$DB_ROLE" -- psql -X -q -v ON_ERROR_STOP=1 -At -p "$PG_PORT" -d "$DB" "$@"; }
sql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -At -p "$PG_PORT" -d postgres "$@"; }

# One account per way of reading, so no test switches a view another test uses;
# each differs from a new user's defaults only where its view needs it. Every
# account shows read items too (the default "adaptive" mode hides them once one
# is read) and never purges our old (2020-2023) items.
accounts_sql() {
  cat <<'EOF'
CREATE TEMP TABLE accounts (n int, login text);
INSERT INTO accounts VALUES (1, 'combined'), (2, 'collapsed'), (3, 'three-panes');
CREATE TEMP TABLE wanted (login text, pref_name text, value text);
INSERT INTO wanted VALUES
  ('combined', '_DEFAULT_VIEW_MODE', 'all_articles'), ('combined', 'PURGE_OLD_DAYS', '0'),
  ('collapsed', '_DEFAULT_VIEW_MODE', 'all_articles'), ('collapsed', 'PURGE_OLD_DAYS', '0'),
  ('collapsed', 'CDM_EXPANDED', 'false'),
  ('three-panes', '_DEFAULT_VIEW_MODE', 'all_articles'), ('three-panes', 'PURGE_OLD_DAYS', '0'),
  ('three-panes', 'COMBINED_DISPLAY_MODE', 'false');
EOF
}

start_postgres() {
  local v
  v=$(pg_version)
  if [[ -z $(cluster_field 3) ]]; then
    log "creating PostgreSQL cluster $v/$PG_CLUSTER"
    # Started only by this script, never at boot.
    pg_createcluster --start-conf=manual "$v" "$PG_CLUSTER" >&2
  fi
  # No TCP listener at all: tt-rss connects over the Unix socket.
  echo "listen_addresses = ''" >"/etc/postgresql/$v/$PG_CLUSTER/conf.d/liseuse.conf"
  PG_PORT=$(cluster_field 3)
  if [[ $(cluster_field 4) != online ]]; then
    pg_ctlcluster "$v" "$PG_CLUSTER" start 9>&- # the daemon must not inherit (and hold) our lock
    echo postgres >>"$RUN/started"
  fi
}

# Refuses to touch a tt-rss that someone configured for real use.
configure_ttrss() {
  local config=/etc/tt-rss/config.php
  if ! grep -qs "$MARK" /etc/tt-rss/database.php && ! grep -q "'%SELF_URL_PATH'" "$config"; then
    die "/etc/tt-rss is configured for another use (SELF_URL_PATH set, not by these tests); not changing it"
  fi
  cat >/etc/tt-rss/database.php <<EOF
<?php
// $MARK (test/e2e/feed-readers/tt-rss/tt-rss.sh): PostgreSQL cluster
// $PG_CLUSTER over its Unix socket, peer authentication as $DB_ROLE.
\$dbtype='pgsql';
\$dbserver='';
\$dbport='$PG_PORT';
\$dbname='$DB';
\$dbuser='$DB_ROLE';
\$dbpass='';
\$basepath='';
EOF
  sed -i "s|define('SELF_URL_PATH', '[^']*');|define('SELF_URL_PATH', '$BASE/tt-rss/');|" "$config"
  grep -q "define('SELF_URL_PATH', '$BASE/tt-rss/');" "$config" || die "could not set SELF_URL_PATH in $config"
}

# The database is rebuilt when the feed or this script changed; otherwise only the
# per-test state (read/starred flags, view preferences) is reset.
load_database() {
  local feed_file=$1 fingerprint
  install -D -m 644 "$feed_file" "$STATE/www$FEED_PATH"
  fingerprint=$(cat "$feed_file" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)
  local exists
  exists=$(sql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")
  if [[ $exists != 1 || $(cat "$STATE/fingerprint" 2>/dev/null) != "$fingerprint" ]]; then
    log "loading tt-rss's schema, users and the feed"
    rm -f "$STATE/fingerprint"
    sql_admin -c "DROP DATABASE IF EXISTS $DB"
    sql_admin -c "DO \$\$ BEGIN CREATE ROLE \"$DB_ROLE\" LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$"
    sql_admin -c "CREATE DATABASE $DB OWNER \"$DB_ROLE\" ENCODING 'UTF8' TEMPLATE template0"
    sql -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >/dev/null
    create_users
    fetch_feeds
    echo "$fingerprint" >"$STATE/fingerprint"
  fi
  reset_state
}

create_users() {
  # Same hash as tt-rss's encrypt_password($pass, $salt, true); preferences as
  # Pref_Prefs::initialize_user_prefs writes them. No account keeps tt-rss's
  # default password (its warning dialog would cover the page); admin is unused.
  { accounts_sql; cat <<'EOF'; } | sql -v pw="$PASSWORD" -v url="$BASE$FEED_PATH"
INSERT INTO ttrss_users (login, pwd_hash, salt, access_level, created)
  SELECT login, '', '', 0, NOW() FROM accounts ORDER BY n;
UPDATE ttrss_users SET salt = md5(random()::text);
UPDATE ttrss_users SET pwd_hash = 'MODE2:' || encode(sha256(convert_to(salt || :'pw', 'UTF8')), 'hex');
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, value)
  SELECT u.id, p.pref_name, p.def_value FROM ttrss_prefs p, ttrss_users u WHERE u.login IN (SELECT login FROM accounts);
INSERT INTO ttrss_feeds (owner_uid, title, feed_url)
  SELECT id, '[Unknown]', :'url' FROM ttrss_users WHERE login IN (SELECT login FROM accounts) ORDER BY id;
EOF
}

# What the update daemon would do, once per feed (update.php refuses root).
fetch_feeds() {
  local id n err
  start_apache # tt-rss fetches the feed from our Apache
  for id in $(sql -c "SELECT id FROM ttrss_feeds ORDER BY id"); do
    runuser -u www-data -- php "$TTRSS/update.php" --update-feed "$id" --quiet >&2
    n=$(sql -c "SELECT count(*) FROM ttrss_user_entries WHERE feed_id = $id")
    err=$(sql -c "SELECT last_error FROM ttrss_feeds WHERE id = $id")
    [[ $n -gt 0 ]] || die "tt-rss fetched no items for feed $id: $err"
  done
}

# Back to a known state, whatever the last test did: every item unread and
# unstarred, every account's preferences as new plus its view's. The combined
# account's items get a fixed share key derived from their link (service.ts
# computes the same), as tt-rss's "Share by URL" would give them a random one.
# Prints each account's feed id (JSON).
reset_state() {
  { accounts_sql; cat <<'EOF'; } | sql
UPDATE ttrss_user_prefs up SET value = p.def_value FROM ttrss_prefs p
  WHERE up.pref_name = p.pref_name AND up.value <> p.def_value;
UPDATE ttrss_user_prefs up SET value = w.value FROM wanted w, ttrss_users u
  WHERE u.login = w.login AND up.owner_uid = u.id AND up.pref_name = w.pref_name AND up.profile IS NULL;
UPDATE ttrss_user_entries ue SET unread = true, marked = false, published = false, last_read = NULL,
  uuid = CASE WHEN ue.owner_uid = (SELECT id FROM ttrss_users WHERE login = 'combined')
    THEN 'lsz' || substr(md5(e.link), 1, 20) ELSE '' END
  FROM ttrss_entries e WHERE e.id = ue.ref_id;
SELECT json_object_agg(u.login, json_build_object('feedId', f.id))
  FROM ttrss_feeds f JOIN ttrss_users u ON u.id = f.owner_uid;
EOF
}

# A zombie counts as gone: PID 1 of some containers never reaps daemons.
alive() { [[ $(ps -o stat= -p "$1" 2>/dev/null) == [^Z]* ]]; }

apache_pid() {
  local pid
  pid=$(cat "$RUN/apache.pid" 2>/dev/null) || return 1
  alive "$pid" && echo "$pid"
}

write_apache_config() {
  local php_module
  php_module=$(ls /usr/lib/apache2/modules/libphp*.so | sort -V | tail -n 1)
  mkdir -p "$STATE/www/feeds" "$STATE/log"
  cat >"$STATE/apache.conf" <<EOF
# $MARK: a private Apache instance (not Debian's apache2 service) for tt-rss and the feed.
ServerRoot /etc/apache2
ServerName $ADDR
Listen $ADDR:80
PidFile $RUN/apache.pid
ErrorLog $STATE/log/error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_host_module /usr/lib/apache2/modules/mod_authz_host.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module $php_module
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 16
TypesConfig /etc/mime.types
AddType application/rss+xml .xml
AddDefaultCharset utf-8
DirectoryIndex index.php index.html
DocumentRoot $STATE/www
Alias /tt-rss $TTRSS
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
# This machine only (its own addresses), whatever reaches the socket.
<Directory $STATE/www>
  Require local
</Directory>
<Directory $TTRSS>
  Require local
</Directory>
EOF
}

start_apache() {
  apache_pid >/dev/null && return 0
  if ! ip -4 -o addr show dev lo | grep -q " $ADDR/32 "; then
    ip addr add "$ADDR/32" dev lo scope host || die "cannot add $ADDR to the loopback device (ip addr add)"
    echo address >>"$RUN/started"
  fi
  write_apache_config
  /usr/sbin/apache2 -f "$STATE/apache.conf" -k start 9>&- >&2 || die "Apache did not start (is port 80 of $ADDR taken? see $STATE/log/error.log)"
  local i
  for i in $(seq 50); do
    apache_pid >/dev/null && break
    sleep 0.1
  done
  apache_pid >/dev/null || die "Apache did not start; see $STATE/log/error.log"
  echo apache >>"$RUN/started"
}

stop_started() {
  [[ -f $RUN/started ]] || return 0
  local what pid
  for what in $(tac "$RUN/started"); do
    case $what in
      apache)
        if pid=$(apache_pid); then
          /usr/sbin/apache2 -f "$STATE/apache.conf" -k stop 9>&- || kill "$pid"
          while alive "$pid"; do sleep 0.1; done
        fi
        ;;
      postgres) [[ $(cluster_field 4) != online ]] || pg_ctlcluster "$(pg_version)" "$PG_CLUSTER" stop 9>&- ;;
      address) ip addr del "$ADDR/32" dev lo 2>/dev/null || true ;;
    esac
  done
  rm -f "$RUN/started"
}

# Clients are test processes, each a file named by its pid holding its start
# time; one that ended (or whose pid now belongs to another process) no longer counts.
started_at() { ps -o lstart= -p "$1" 2>/dev/null; }
prune_clients() {
  local f
  for f in "$RUN"/clients/*; do
    [[ -e $f ]] || continue
    { alive "${f##*/}" && [[ $(started_at "${f##*/}") == "$(cat "$f")" ]]; } || rm -f "$f"
  done
}

cmd_up() {
  local client=$1 feed_file=$2
  [[ -r $feed_file ]] || die "no feed file $feed_file"
  install_packages
  mkdir -p "$RUN/clients" "$STATE"
  started_at "$client" >"$RUN/clients/$client" || die "no process $client"
  start_postgres
  configure_ttrss
  start_apache
  local users
  users=$(load_database "$feed_file")
  printf '{"base":"%s/tt-rss/","feedUrl":"%s%s","password":"%s","users":%s}\n' "$BASE" "$BASE" "$FEED_PATH" "$PASSWORD" "$users"
}

cmd_down() {
  local client=$1
  rm -f "$RUN/clients/$client"
  prune_clients
  if compgen -G "$RUN/clients/*" >/dev/null; then
    log "left running for other clients: $(ls "$RUN/clients" | tr '\n' ' ')"
    return 0
  fi
  stop_started
}

mkdir -p "$RUN" "$(dirname "$LOCK")"
exec 9>"$LOCK"
flock 9 # one up/down at a time, across test processes and worktrees
case ${1:-} in
  up) cmd_up "${2:?client pid}" "${3:?feed file}" ;;
  down) cmd_down "${2:?client pid}" ;;
  install) install_packages ;;
  *) die "usage: tt-rss.sh up CLIENT_PID FEED_FILE | down CLIENT_PID | install" ;;
esac
