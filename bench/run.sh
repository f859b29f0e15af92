#!/usr/bin/env bash
# Load benchmark: our `idp` against node `oidc-provider`, configured alike, in the same run.
# Every figure is printed with its ratio. See bench/README.md.
#
# Knobs (environment):
#   DURATION=10        measured seconds per scenario (after WARMUP)
#   WARMUP=1           unmeasured seconds before each measurement
#   CONNECTIONS=32     connections / concurrent loops of the load generator
#   BURST=500          parallel sign-ins of the memory-bound check (0 skips it)
#   ONLY=both|ours|node
#   SCENARIOS="healthz discovery jwks cc introspect refresh code signin"
#                      (healthz is ours only: oidc-provider has no such endpoint; the three
#                      GETs need wrk)
#   LOADGEN=wrk|node   generator for cc/introspect/refresh (node = bench/node/flow-load.mjs)
#   SERVER_CORE=0 LOAD_CORE=1
#   OURS_PORT=18080 NODE_PORT=18081
#   CARGO_TARGET_DIR   where `idp` is built (default: <repo>/target); SKIP_BUILD=1 reuses it
#   IDP_BIN            use this idp binary instead of building one
#   ARGON2_M ARGON2_T ARGON2_P  force argon2id parameters on both (default: whatever our
#                      provider's defaults produce, read back from the stored hash)
#   OURS_LOG=warn      RUST_LOG for our provider
#   OURS_SCOPE / NODE_SCOPE  scope of the authorization requests (default "openid offline_access")
#   ORACLE_SAMPLES=20  wrong-password answers timed per identifier state and account kind
#                      (the account-oracle row of issue 12; 0 skips it); ORACLE_PORT=18082
#   KEEP=1             keep the temporary folder (logs, databases)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-1}
CONNECTIONS=${CONNECTIONS:-32}
BURST=${BURST:-500}
ORACLE_SAMPLES=${ORACLE_SAMPLES:-20}
ORACLE_PORT=${ORACLE_PORT:-18082}
ONLY=${ONLY:-both}
SCENARIOS=${SCENARIOS:-healthz discovery jwks cc introspect refresh code signin}
LOADGEN=${LOADGEN:-wrk}
SERVER_CORE=${SERVER_CORE:-0}
LOAD_CORE=${LOAD_CORE:-1}
OURS_PORT=${OURS_PORT:-18080}
NODE_PORT=${NODE_PORT:-18081}
OURS_LOG=${OURS_LOG:-warn}
OURS_SCOPE=${OURS_SCOPE:-openid offline_access}
NODE_SCOPE=${NODE_SCOPE:-openid offline_access}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
REDIRECT_URI=http://127.0.0.1:9000/callback
USER_EMAIL=bench.user@example.org
# Random per run: long enough for the password policy, in no blocklist.
USER_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-pass"

case "$ONLY" in both | ours | node) ;; *) echo "ONLY must be both, ours or node" >&2; exit 2 ;; esac
for n in "$DURATION" "$WARMUP" "$CONNECTIONS" "$BURST" "$ORACLE_SAMPLES"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "DURATION, WARMUP, CONNECTIONS, BURST and ORACLE_SAMPLES must be integers" >&2; exit 2; }
done
(( DURATION >= 1 && DURATION <= 300 )) || { echo "DURATION must be between 1 and 300 seconds" >&2; exit 2; }
want() { [[ "$ONLY" == both || "$ONLY" == "$1" ]]; }
log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

WORK=$(mktemp -d /tmp/idp-bench.XXXXXX)
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "kept $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_root() { if [[ $(id -u) == 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
command -v taskset >/dev/null || { echo "taskset (util-linux) is required" >&2; exit 1; }
command -v curl >/dev/null || { as_root apt-get update -qq && as_root apt-get install -y -qq curl; }
command -v node >/dev/null || { echo "node >= 20.19 is required (oidc-provider 9)" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "node >= 20.19 is required, found $(node --version)" >&2; exit 1; }

if [[ "$LOADGEN" == wrk ]] && ! command -v wrk >/dev/null; then
  log "installing wrk from Debian"
  if as_root apt-get update -qq && apt-cache policy wrk | grep -q 'Candidate: [0-9]' \
    && as_root apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk; then
    :
  else
    echo "wrk is not available: using bench/node/flow-load.mjs for every scenario" >&2
    LOADGEN=node
  fi
fi

if [[ ! -d "$BENCH_DIR/node/node_modules/oidc-provider" || "$BENCH_DIR/node/package-lock.json" -nt "$BENCH_DIR/node/node_modules/.package-lock.json" ]]; then
  log "npm ci (bench/node)"
  (cd "$BENCH_DIR/node" && npm ci --no-audit --no-fund --loglevel=error)
fi

if want ours; then
  if [[ -n "${IDP_BIN:-}" ]]; then
    IDP=$IDP_BIN
    # Every IDP_* variable is configuration to idp, which refuses unknown keys.
    unset IDP_BIN
  else
    IDP=$CARGO_TARGET_DIR/release/idp
    if [[ "${SKIP_BUILD:-0}" != 1 || ! -x "$IDP" ]]; then
      log "cargo build --release --package=idp (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
      (cd "$REPO" && cargo build --release --package=idp)
    fi
  fi
  [[ -x "$IDP" ]] || { echo "no idp binary at $IDP" >&2; exit 1; }
fi
ARGON2_REF=$CARGO_TARGET_DIR/release/argon2-ref
if [[ "${SKIP_BUILD:-0}" != 1 || ! -x "$ARGON2_REF" ]]; then
  log "cargo build --release (bench/argon2-ref)"
  cargo build --release --quiet --manifest-path="$BENCH_DIR/argon2-ref/Cargo.toml"
fi

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_ready() { # url pid logfile
  local i
  for ((i = 0; i < 300; i++)); do
    curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "server exited; log:" >&2; tail -n 40 "$3" >&2; exit 1; }
    sleep 0.1
  done
  echo "server not ready after 30 s; log:" >&2
  tail -n 40 "$3" >&2
  exit 1
}
rss_kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
now_ms() { date +%s%3N; }
CLK_TCK=$(getconf CLK_TCK)
# Share of one core the server used between two (ticks, ms) samples.
cpu_share() { echo $((($3 - $1) * 100000 / CLK_TCK / ($4 - $2 > 0 ? $4 - $2 : 1))); }
json_get() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];console.log(v===undefined||v===null?"":v)})' "$1"; }

RESULTS=$WORK/results.jsonl
META=$WORK/meta.env
: >"$RESULTS"
: >"$META"
meta() { printf '%s=%s\n' "$1" "$2" >>"$META"; }

# ---------------------------------------------------------------------------------------------
# Our provider
# ---------------------------------------------------------------------------------------------
if want ours; then
  port_free "$OURS_PORT" || { echo "port $OURS_PORT is in use (set OURS_PORT)" >&2; exit 1; }
  OURS_DATA=$WORK/ours
  mkdir -p "$OURS_DATA"
  export IDP_DATA=$OURS_DATA IDP_LISTEN=127.0.0.1:$OURS_PORT RUST_LOG=$OURS_LOG
  if [[ -n "${ARGON2_M:-}" ]]; then export IDP_ARGON2_MEMORY_KIB=$ARGON2_M; fi
  if [[ -n "${ARGON2_T:-}" ]]; then export IDP_ARGON2_ITERATIONS=$ARGON2_T; fi
  if [[ -n "${ARGON2_P:-}" ]]; then export IDP_ARGON2_PARALLELISM=$ARGON2_P; fi
  log "our provider: migrate, client add, user add ($OURS_DATA)"
  "$IDP" migrate >"$WORK/ours-setup.log" 2>&1 || { cat "$WORK/ours-setup.log" >&2; exit 1; }
  OURS_CLIENT_JSON=$("$IDP" client add --name="Bench client" --redirect-uri="$REDIRECT_URI" \
    --auth-method=client_secret_basic --grant-type=authorization_code --grant-type=refresh_token \
    --grant-type=client_credentials --json 2>>"$WORK/ours-setup.log") \
    || { cat "$WORK/ours-setup.log" >&2; exit 1; }
  OURS_CLIENT_ID=$(json_get client_id <<<"$OURS_CLIENT_JSON")
  OURS_CLIENT_SECRET=$(json_get client_secret <<<"$OURS_CLIENT_JSON")
  [[ -n "$OURS_CLIENT_ID" && -n "$OURS_CLIENT_SECRET" ]] || { echo "unexpected client add output: $OURS_CLIENT_JSON" >&2; exit 1; }
  "$IDP" user add --email="$USER_EMAIL" --password="$USER_PASSWORD" --first-name=Bench --last-name=User \
    >>"$WORK/ours-setup.log" 2>&1 || { cat "$WORK/ours-setup.log" >&2; exit 1; }
  # The argon2id parameters ours actually used, read back from the stored PHC string.
  PHC=$(python3 - "$OURS_DATA/idp.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (table,) in db.execute("select name from sqlite_master where type = 'table'"):
    cols = [r[1] for r in db.execute(f'pragma table_info("{table}")')]
    for col in cols:
        row = db.execute(f'select "{col}" from "{table}" where typeof("{col}") = \'text\' and "{col}" like \'$argon2id$%\' limit 1').fetchone()
        if row:
            print(row[0]); sys.exit(0)
PY
  ) || true
  if [[ "$PHC" =~ m=([0-9]+),t=([0-9]+),p=([0-9]+) ]]; then
    ARGON2_M=${ARGON2_M:-${BASH_REMATCH[1]}} ARGON2_T=${ARGON2_T:-${BASH_REMATCH[2]}} ARGON2_P=${ARGON2_P:-${BASH_REMATCH[3]}}
  else
    echo "warning: could not read ours' argon2id parameters from the database; using ARGON2_* or 19456/2/1" >&2
  fi
fi
ARGON2_M=${ARGON2_M:-19456} ARGON2_T=${ARGON2_T:-2} ARGON2_P=${ARGON2_P:-1}
meta argon2 "m=$ARGON2_M KiB, t=$ARGON2_T, p=$ARGON2_P"

if want ours; then
  log "starting our provider on core $SERVER_CORE: 127.0.0.1:$OURS_PORT"
  taskset -c "$SERVER_CORE" "$IDP" serve >"$WORK/ours.log" 2>&1 &
  OURS_PID=$!
  PIDS+=("$OURS_PID")
  wait_ready "http://127.0.0.1:$OURS_PORT/.well-known/openid-configuration" "$OURS_PID" "$WORK/ours.log"
  meta ours_rss_idle "$(rss_kib "$OURS_PID" VmRSS)"
fi

# ---------------------------------------------------------------------------------------------
# node oidc-provider
# ---------------------------------------------------------------------------------------------
if want node; then
  port_free "$NODE_PORT" || { echo "port $NODE_PORT is in use (set NODE_PORT)" >&2; exit 1; }
  NODE_CLIENT_ID=bench-client
  NODE_CLIENT_SECRET=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  log "starting node oidc-provider on core $SERVER_CORE: 127.0.0.1:$NODE_PORT"
  PORT=$NODE_PORT CLIENT_ID=$NODE_CLIENT_ID CLIENT_SECRET=$NODE_CLIENT_SECRET REDIRECT_URI=$REDIRECT_URI \
    USER_EMAIL=$USER_EMAIL USER_PASSWORD=$USER_PASSWORD ARGON2_M=$ARGON2_M ARGON2_T=$ARGON2_T ARGON2_P=$ARGON2_P \
    NODE_ENV=production taskset -c "$SERVER_CORE" node "$BENCH_DIR/node/server.mjs" >"$WORK/node.log" 2>&1 &
  NODE_PID=$!
  PIDS+=("$NODE_PID")
  wait_ready "http://127.0.0.1:$NODE_PORT/.well-known/openid-configuration" "$NODE_PID" "$WORK/node.log"
  meta node_rss_idle "$(rss_kib "$NODE_PID" VmRSS)"
fi

# ---------------------------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------------------------
endpoint() { curl -fsS "$1/.well-known/openid-configuration" | json_get "$2"; }

# Every flag with a value goes as ONE argument, --flag=VALUE: generated values (client ids,
# secrets, passwords) may begin with "-", and as a separate argument node's parseArgs would
# refuse them ("argument is ambiguous"). The extra arguments follow the same rule.
flow_load() { # provider mode extra-args...
  local who=$1 mode=$2
  shift 2
  local issuer id secret scope
  if [[ "$who" == ours ]]; then
    issuer=http://127.0.0.1:$OURS_PORT id=$OURS_CLIENT_ID secret=$OURS_CLIENT_SECRET scope=$OURS_SCOPE
  else
    issuer=http://127.0.0.1:$NODE_PORT id=$NODE_CLIENT_ID secret=$NODE_CLIENT_SECRET scope=$NODE_SCOPE
  fi
  taskset -c "$LOAD_CORE" node "$BENCH_DIR/node/flow-load.mjs" --mode="$mode" --issuer="$issuer" \
    --client-id="$id" --client-secret="$secret" --redirect-uri="$REDIRECT_URI" --scope="$scope" \
    --email="$USER_EMAIL" --password="$USER_PASSWORD" "$@"
}

run_wrk() { # provider scenario
  local who=$1 scenario=$2 issuer id secret path
  if [[ "$who" == ours ]]; then
    issuer=http://127.0.0.1:$OURS_PORT id=$OURS_CLIENT_ID secret=$OURS_CLIENT_SECRET
  else
    issuer=http://127.0.0.1:$NODE_PORT id=$NODE_CLIENT_ID secret=$NODE_CLIENT_SECRET
  fi
  local enc_id enc_secret
  enc_id=$(node -p 'encodeURIComponent(process.argv[1])' "$id")
  enc_secret=$(node -p 'encodeURIComponent(process.argv[1])' "$secret")
  export BENCH_LUA_DIR=$BENCH_DIR/wrk BENCH_BASIC
  BENCH_BASIC=$(printf '%s:%s' "$enc_id" "$enc_secret" | base64 -w0)
  local script=$scenario
  case "$scenario" in
    healthz) export BENCH_PATH=/healthz; script=get ;;
    discovery) export BENCH_PATH=/.well-known/openid-configuration; script=get ;;
    jwks) export BENCH_PATH; BENCH_PATH=$(endpoint "$issuer" jwks_uri | sed 's#^http://[^/]*##'); script=get ;;
    cc) export BENCH_PATH; BENCH_PATH=$(endpoint "$issuer" token_endpoint | sed 's#^http://[^/]*##') ;;
    introspect)
      export BENCH_PATH BENCH_TOKEN
      BENCH_PATH=$(endpoint "$issuer" introspection_endpoint | sed 's#^http://[^/]*##')
      flow_load "$who" mint --count=1 --out="$WORK/tokens-$who.txt" >/dev/null || return 1
      BENCH_TOKEN=$(head -n 1 "$WORK/tokens-$who.txt" | cut -d' ' -f1)
      ;;
    refresh) export BENCH_PATH BENCH_TOKENS_FILE=$WORK/tokens-$who.txt; BENCH_PATH=$(endpoint "$issuer" token_endpoint | sed 's#^http://[^/]*##') ;;
  esac
  # Refresh: a fresh pool of 2 x CONNECTIONS rotation chains before the warm-up and again
  # before the measurement (the warm-up's last tokens die with its wrk process).
  mint_pool() { [[ "$scenario" != refresh ]] || flow_load "$who" mint --count=$((CONNECTIONS * 2)) --out="$WORK/tokens-$who.txt" >/dev/null; }
  if ((WARMUP > 0)); then
    mint_pool || return 1
    taskset -c "$LOAD_CORE" wrk --threads=1 --connections="$CONNECTIONS" --duration="${WARMUP}s" --script="$BENCH_DIR/wrk/$script.lua" "$issuer" >/dev/null || return 1
  fi
  mint_pool || return 1
  local before after t0 t1 out
  before=$(cpu_ticks "$SERVER_PID") t0=$(now_ms)
  out=$(taskset -c "$LOAD_CORE" wrk --threads=1 --connections="$CONNECTIONS" --duration="${DURATION}s" --timeout=10s --script="$BENCH_DIR/wrk/$script.lua" "$issuer") || return 1
  after=$(cpu_ticks "$SERVER_PID") t1=$(now_ms)
  cpu_share "$before" "$t0" "$after" "$t1" >"$WORK/server-cpu"
  sed -n 's/^BENCH //p' <<<"$out"
}

run_scenario() { # provider scenario
  local who=$1 scenario=$2 json before after t0 t1
  if [[ "$who" == ours ]]; then SERVER_PID=$OURS_PID; else SERVER_PID=$NODE_PID; fi
  local failed='{"completed":0,"errors":-1,"rate":0,"error_samples":["the generator failed (see the messages above)"]}'
  SERVER_CPU=
  rm -f "$WORK/server-cpu"
  if [[ "$scenario" =~ ^(healthz|discovery|jwks)$ && "$LOADGEN" != wrk ]]; then
    echo "$scenario needs wrk: skipped" >&2
    return 0
  fi
  if [[ "$LOADGEN" == wrk && "$scenario" =~ ^(healthz|discovery|jwks|cc|introspect|refresh)$ ]]; then
    json=$(run_wrk "$who" "$scenario") || json=$failed
    [[ ! -f "$WORK/server-cpu" ]] || SERVER_CPU=$(cat "$WORK/server-cpu")
  else
    before=$(cpu_ticks "$SERVER_PID") t0=$(now_ms)
    json=$(flow_load "$who" "$scenario" --concurrency="$CONNECTIONS" --duration="$DURATION" --warmup="$WARMUP") || json=$failed
    after=$(cpu_ticks "$SERVER_PID") t1=$(now_ms)
    SERVER_CPU=$(cpu_share "$before" "$t0" "$after" "$t1")
  fi
  [[ -n "$json" ]] || json=$failed
  node -e 'const r=JSON.parse(process.argv[1]); Object.assign(r,{provider:process.argv[2],scenario:process.argv[3]}); if(process.argv[4]!=="") r.server_cpu=Number(process.argv[4]); console.log(JSON.stringify(r))' \
    "$json" "$who" "$scenario" "${SERVER_CPU:-}" | tee -a "$RESULTS" >&2
}

for scenario in $SCENARIOS; do
  for who in ours node; do
    want "$who" || continue
    [[ "$scenario" != healthz || "$who" == ours ]] || continue
    log "$scenario: $who (${DURATION}s, $CONNECTIONS connections, generator on core $LOAD_CORE)"
    run_scenario "$who" "$scenario"
  done
done

want ours && meta ours_rss_peak "$(rss_kib "$OURS_PID" VmHWM)"
want node && meta node_rss_peak "$(rss_kib "$NODE_PID" VmHWM)"

if ((BURST > 0)); then
  for who in ours node; do
    want "$who" || continue
    if [[ "$who" == ours ]]; then pid=$OURS_PID; else pid=$NODE_PID; fi
    log "burst: $BURST parallel sign-ins against $who"
    json=$(flow_load "$who" signin --concurrency="$BURST" --duration="$(( DURATION < 5 ? DURATION : 5 ))" --warmup=0) \
      || json='{"completed":0,"errors":-1,"rate":0,"error_samples":["the generator failed"]}'
    node -e 'const r=JSON.parse(process.argv[1]); Object.assign(r,{provider:process.argv[2],scenario:"burst"}); console.log(JSON.stringify(r))' \
      "$json" "$who" | tee -a "$RESULTS" >&2
    meta "${who}_rss_burst" "$(rss_kib "$pid" VmHWM)"
    kill -0 "$pid" 2>/dev/null || { echo "$who died during the burst" >&2; meta "${who}_died" 1; }
  done
fi

# argon2id alone, same parameters, one core (the core the providers run on).
log "argon2id alone on core $SERVER_CORE (m=$ARGON2_M t=$ARGON2_T p=$ARGON2_P)"
ref_seconds=$(( DURATION < 5 ? DURATION : 5 ))
meta argon2_rust "$(taskset -c "$SERVER_CORE" "$ARGON2_REF" "$ARGON2_M" "$ARGON2_T" "$ARGON2_P" "$ref_seconds" | json_get rate)"
meta argon2_node "$(cd "$BENCH_DIR/node" && taskset -c "$SERVER_CORE" node argon2-ref.mjs "$ARGON2_M" "$ARGON2_T" "$ARGON2_P" "$ref_seconds" | json_get rate)"

# ---------------------------------------------------------------------------------------------
# Account oracle (issue 12): the time of a wrong-password answer per identifier state, for
# addresses with and without an account, on a provider of its own (fresh data, the same
# binary and argon2id defaults). The per-IP limit is lifted and the progressive delay set to
# 0 there, so the figure is the work itself: every request comes from 127.0.0.1, and the
# delay, which the router tests prove equal, would otherwise be most of the time measured.
# ---------------------------------------------------------------------------------------------
if want ours && ((ORACLE_SAMPLES > 0)); then
  port_free "$ORACLE_PORT" || { echo "port $ORACLE_PORT is in use (set ORACLE_PORT)" >&2; exit 1; }
  ORACLE_DATA=$WORK/oracle
  mkdir -p "$ORACLE_DATA"
  oracle_idp() {
    IDP_DATA=$ORACLE_DATA IDP_LISTEN=127.0.0.1:$ORACLE_PORT IDP_LOCKOUT_IP_FAILURES_PER_WINDOW=1000000 \
      IDP_LOCKOUT_DELAY_STEP_MS=0 "$IDP" "$@"
  }
  log "account oracle: $ORACLE_SAMPLES samples per series (setting up $((2 * ORACLE_SAMPLES + 1)) accounts)"
  oracle_idp migrate >>"$WORK/oracle-setup.log" 2>&1
  ORACLE_CLIENT_ID=$(oracle_idp client add --name="Oracle bench" --redirect-uri="$REDIRECT_URI" --json \
    2>>"$WORK/oracle-setup.log" | json_get client_id)
  for ((i = 0; i < ORACLE_SAMPLES; i++)); do
    for state in fresh throttled; do
      oracle_idp user add --email="oracle-$state$i@bench.example" --password="$USER_PASSWORD" \
        --first-name=Oracle --last-name=Bench >>"$WORK/oracle-setup.log" 2>&1
    done
  done
  oracle_idp user add --email="oracle-locked0@bench.example" --password="$USER_PASSWORD" \
    --first-name=Oracle --last-name=Bench >>"$WORK/oracle-setup.log" 2>&1
  taskset -c "$SERVER_CORE" env IDP_DATA="$ORACLE_DATA" IDP_LISTEN="127.0.0.1:$ORACLE_PORT" \
    IDP_LOCKOUT_IP_FAILURES_PER_WINDOW=1000000 IDP_LOCKOUT_DELAY_STEP_MS=0 "$IDP" serve >"$WORK/oracle.log" 2>&1 &
  ORACLE_PID=$!
  PIDS+=("$ORACLE_PID")
  wait_ready "http://127.0.0.1:$ORACLE_PORT/.well-known/openid-configuration" "$ORACLE_PID" "$WORK/oracle.log"
  taskset -c "$LOAD_CORE" node "$BENCH_DIR/node/oracle.mjs" --issuer="http://127.0.0.1:$ORACLE_PORT" \
    --client-id="$ORACLE_CLIENT_ID" --redirect-uri="$REDIRECT_URI" --prefix=oracle \
    --samples="$ORACLE_SAMPLES" | tee -a "$RESULTS" >&2
  kill "$ORACLE_PID" 2>/dev/null || true
fi

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta nproc "$(nproc)"
meta cpu "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "no commit yet")
[[ -z "$(git -C "$REPO" status --porcelain 2>/dev/null | head -n 1)" ]] || commit="$commit (with uncommitted changes)"
meta commit "$commit"
meta node_version "$(node --version)"
meta oidc_provider "$(node -p 'require(process.argv[1]).version' "$BENCH_DIR/node/node_modules/oidc-provider/package.json")"
meta loadgen "$LOADGEN"
meta duration "$DURATION"
meta warmup "$WARMUP"
meta connections "$CONNECTIONS"
meta burst "$BURST"
meta only "$ONLY"

mkdir -p "$BENCH_DIR/results"
report=$BENCH_DIR/results/$(date -u '+%Y%m%dT%H%M%SZ').md
node "$BENCH_DIR/node/report.mjs" "$RESULTS" "$META" | tee "$report"
echo >&2
echo "written to $report" >&2
