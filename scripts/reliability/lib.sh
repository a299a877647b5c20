# Shared by the reliability scripts (docs/reliability.md); sourced, not run.
#
# Each script gets: a temporary PostgreSQL cluster of its own (never the server on 5432), Kenes
# nodes started from the server the build made (course-feedback/target/liberty/wlp) under a
# temporary WLP_USER_DIR (so two nodes can run from one tree), the bench generators through Maven,
# a verdict per criterion, and a trap that stops what it started and removes the temporary files.
# Logs and generator outputs are kept in course-feedback/target/reliability/<script>/.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WLP="$ROOT/course-feedback/target/liberty/wlp"
BUILT="$WLP/usr/servers/kenesServer"
PG_PORT=${PG_PORT:-5498}
ADMIN_TOKEN=${ADMIN_TOKEN:-dev-admin-token}
MVN=${MVN:-mvn}
# extra Maven arguments for the generators, e.g. KENES_MVN_ARGS="-q" to allow downloads
read -r -a MVN_ARGS <<< "${KENES_MVN_ARGS:--q -o}"
SCRIPT_NAME=$(basename "$0" .sh)
OUT="$ROOT/course-feedback/target/reliability/$SCRIPT_NAME"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kenes-$SCRIPT_NAME.XXXXXX")
declare -A NODE_PID=()
declare -A NODE_URL=()
BG_PIDS=()
VERDICTS=()
FAILED=0

rm -rf "$OUT"
mkdir -p "$OUT"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log"; }
die() {
  log "ERROR: $*"
  exit 2
}

# verdict PASS|FAIL "criterion" "what was measured"
verdict() {
  VERDICTS+=("$(printf '%-4s  %s: %s' "$1" "$2" "$3")")
  [[ $1 == PASS ]] || FAILED=1
  log "$1 $2: $3"
}

print_verdicts() {
  {
    echo
    echo "== $SCRIPT_NAME: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
    printf '%s\n' "${VERDICTS[@]}"
    if ((FAILED)); then echo "== RESULT: FAIL"; else echo "== RESULT: PASS"; fi
  } | tee -a "$OUT/run.log"
}

cleanup() {
  local status=$?
  set +e
  for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for name in "${!NODE_PID[@]}"; do node_stop "$name" >/dev/null 2>&1; done
  if [[ -n ${PG_BIN:-} && -f $PGDIR/data/postmaster.pid ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1
  fi
  cp -f "$PGDIR/pg.log" "$OUT/" 2>/dev/null
  for dir in "$TMP"/usr/servers/*/logs; do
    [[ -d $dir ]] && cp -rf "$dir" "$OUT/$(basename "$(dirname "$dir")")-logs" 2>/dev/null
  done
  rm -rf "$TMP"
  echo "Logs and generator output: $OUT"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_build() {
  [[ -x $WLP/bin/server && -f $BUILT/server.xml && -f $BUILT/apps/kenes.war.xml ]] ||
    die "no built server in $WLP: run 'mvn install -DskipTests' at the repository root first"
  [[ -d $ROOT/course-feedback/target/test-classes/kz/kenes/bench ]] ||
    die "the bench generators are not compiled: run 'mvn install -DskipTests' first"
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is in use: choose other ports (see the variables at the top of $0)"
    fi
  done
}

# The newest PostgreSQL on the machine, or PG_BIN.
find_pg() {
  if [[ -z ${PG_BIN:-} ]]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [[ -n $PG_BIN && -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] ||
    die "no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin; set PG_BIN"
  log "PostgreSQL: $("$PG_BIN/postgres" --version)"
}

# PostgreSQL refuses to run as root: then its commands run as PG_OS_USER (postgres)
as_pg() {
  if ((EUID == 0)); then
    runuser -u "${PG_OS_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

# The cluster, its socket and its log live in $PGDIR, owned by whoever runs PostgreSQL.
PGDIR="$TMP/pg"

pg_create() {
  find_pg
  mkdir -p "$PGDIR"
  if ((EUID == 0)); then
    id "${PG_OS_USER:-postgres}" >/dev/null 2>&1 ||
      die "running as root, PostgreSQL needs an unprivileged user: set PG_OS_USER"
    chmod 755 "$TMP"
    chown "${PG_OS_USER:-postgres}" "$PGDIR"
  fi
  as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust >"$TMP/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -5 "$TMP/initdb.log")"
  pg_start
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc 'create database kenes' ||
    die "cannot create the database"
}

pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -o "-p $PG_PORT -k $PGDIR -c listen_addresses=127.0.0.1" \
    -l "$PGDIR/pg.log" -w -t 60 start >/dev/null || die "PostgreSQL did not start: $(tail -5 "$PGDIR/pg.log")"
}

pg_stop() {
  as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast -w -t 60 stop >/dev/null
}

# psql_value "select …": one value, no headers
psql_value() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d kenes -Atq -v ON_ERROR_STOP=1 -c "$1"
}

# node_create NAME HTTP_PORT HTTPS_PORT PUBLIC_URL: a copy of the built server under $TMP/usr,
# on PostgreSQL, with its own ports. All nodes of a script share PUBLIC_URL (kenes.public-url), as
# nodes behind one load balancer do.
node_create() {
  local name=$1 http=$2 https=$3 public=$4
  local dir="$TMP/usr/servers/$name"
  mkdir -p "$dir/configDropins"
  cp "$BUILT/server.xml" "$BUILT/server.env" "$dir/"
  cp -r "$BUILT/apps" "$BUILT/lib" "$dir/"
  cp -r "$BUILT/configDropins/overrides" "$dir/configDropins/"
  # later files in overrides/ win: this one comes after the plugin's liberty-plugin-*.xml
  cat >"$dir/configDropins/overrides/zz-reliability.xml" <<XML
<server>
  <variable name="http.port" value="$http"/>
  <variable name="https.port" value="$https"/>
  <variable name="kenes.public-url" value="$public"/>
  <variable name="DB_KIND" value="postgres"/>
  <variable name="DB_URL" value="jdbc:postgresql://127.0.0.1:$PG_PORT/kenes"/>
  <variable name="DB_USER" value="postgres"/>
  <variable name="DB_PASSWORD" value=""/>
  <variable name="kenes.admin.token" value="$ADMIN_TOKEN"/>
</server>
XML
  NODE_URL[$name]="http://localhost:$http"
}

# node_start NAME [--clean]: runs the node in the background (the pid is the JVM's: 'server run'
# execs java), its console in $TMP/NAME.console.
node_start() {
  local name=$1
  shift
  WLP_USER_DIR="$TMP/usr" "$WLP/bin/server" run "$name" "$@" >>"$TMP/$name.console" 2>&1 &
  NODE_PID[$name]=$!
  log "node $name started (pid ${NODE_PID[$name]}, ${NODE_URL[$name]})"
}

# node_wait_ready NAME [SECONDS]: until /health/ready answers 200; prints the seconds it took
node_wait_ready() {
  local name=$1 limit=${2:-240} start=$SECONDS
  while ((SECONDS - start < limit)); do
    if ! kill -0 "${NODE_PID[$name]}" 2>/dev/null; then
      tail -20 "$TMP/$name.console" >&2
      die "node $name exited before it was ready"
    fi
    if [[ $(curl -s -o /dev/null -m 3 -w '%{http_code}' "${NODE_URL[$name]}/health/ready") == 200 ]]; then
      log "node $name ready after $((SECONDS - start)) s"
      return 0
    fi
    sleep 1
  done
  tail -20 "$TMP/$name.console" >&2
  die "node $name not ready after $limit s"
}

node_kill9() {
  local name=$1
  kill -9 "${NODE_PID[$name]}"
  wait "${NODE_PID[$name]}" 2>/dev/null || true
  log "node $name killed with SIGKILL (pid ${NODE_PID[$name]})"
  unset "NODE_PID[$name]"
}

node_stop() {
  local name=$1 pid=${NODE_PID[$1]:-}
  [[ -n $pid ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "NODE_PID[$name]"
}

# bench PROFILE OUTPUT_FILE -Dbench.…: runs a generator of course-feedback's bench profiles; its
# exit status is returned, its output goes to the file and the terminal
bench() {
  local profile=$1 output=$2
  shift 2
  set +e
  "$MVN" "${MVN_ARGS[@]}" -f "$ROOT/course-feedback/pom.xml" -P"$profile" process-test-classes \
    -Dbench.adminToken="$ADMIN_TOKEN" "$@" 2>&1 | tee "$output"
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

# survey_data: a study of Kenes's benchmark shape (20 scale items E01..E20, a baseline and an
# open follow-up round, 10 respondents a round) written into the database; sets SURVEY_ID, ROUND_ID
survey_data() {
  bench bench-survey-data "$OUT/survey-data.txt" \
    -Dbench.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/kenes" -Dbench.respondentsPerRound=10 >/dev/null ||
    die "the survey data generator failed, see $OUT/survey-data.txt"
  SURVEY_ID=$(sed -n 's/^SURVEY_ID=//p' "$OUT/survey-data.txt")
  ROUND_ID=$(sed -n 's/.*follow-up \([0-9]*\).*/\1/p' "$OUT/survey-data.txt" | head -1)
  [[ -n $SURVEY_ID && -n $ROUND_ID ]] || die "no survey or round id in $OUT/survey-data.txt"
  log "survey $SURVEY_ID, open follow-up round $ROUND_ID"
}

# result_field FILE PREFIX KEY: the value of KEY=… on the last line of FILE starting with PREFIX
result_field() {
  grep "^$2" "$1" | tail -1 | tr ' ' '\n' | sed -n "s/^$3=//p"
}
