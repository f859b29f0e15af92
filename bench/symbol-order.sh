#!/usr/bin/env bash
# Writes idp/link/symbol-order.txt, the order in which the linker lays out the functions of
# the release `idp` binary (decision 0055): every function that start-up and the requests of
# bench/run.sh run, packed together at the start of `.text`. Left to itself the linker
# spreads them over the whole binary, and the kernel maps the surroundings of every page of
# code a process touches, so a server that runs 3 MB of code kept 15 MiB of its 18 MB
# `.text` resident.
#
#   bench/symbol-order.sh [IDP_BINARY]    default: target/release/idp (CARGO_TARGET_DIR)
#
# PG_SERVER (default postgres://postgres@127.0.0.1:5432; empty to skip) adds a run of `serve`
# on PostgreSQL, on a fresh database made with psql and dropped at the end, when it answers.
#
# Run it on a release build after a change that renames or adds many hot functions, and after
# a new toolchain or new dependency versions (the names carry their hashes; idp/build.rs warns
# when the rustc differs): names the file no longer matches are skipped by the linker, and
# functions it does not name go after the listed ones, so a stale file costs memory, never
# correctness. It counts which functions run with callgrind while `idp serve` starts, answers
# /healthz, discovery, the JWKS, a stylesheet, an unknown address, password sign-ins, code
# flows, refreshes, client_credentials tokens and introspections (bench/node's generator), on
# SQLite and on PostgreSQL, and while `idp demo` starts and serves its first page. Needs
# valgrind, node (bench/node; `npm ci` is run when missing), python3, curl and, for
# PostgreSQL, psql. Everything runs on 127.0.0.1 in a temporary folder, removed at the end
# unless KEEP=1, and stops by itself.
set -euo pipefail
trap 'echo "bench/symbol-order.sh: line $LINENO failed" >&2' ERR

repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-${CARGO_TARGET_DIR:-$repo/target}/release/idp}
out=$repo/idp/link/symbol-order.txt
mkdir -p "$(dirname "$out")"
[[ -x "$bin" ]] || { echo "no binary at $bin (cargo build --release -p idp)" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind is missing (apt-get install -y valgrind)" >&2; exit 1; }
[[ -d "$repo/bench/node/node_modules" ]] || (cd "$repo/bench/node" && npm ci --silent)

work=$(mktemp -d)
pids=()
PG_SERVER=${PG_SERVER-postgres://postgres@127.0.0.1:5432}
pg_db=order_$$
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [[ -n $PG_SERVER ]]; then
    psql -X -q "$PG_SERVER/postgres" -c "drop database if exists \"$pg_db\" with (force)" \
      >/dev/null 2>&1 || true
  fi
  [[ ${KEEP:-0} == 1 ]] || rm -rf "$work"
}
trap cleanup EXIT
# idp takes DATABASE_URL when IDP_DATABASE_URL is unset: the caller's must not leak in.
unset DATABASE_URL IDP_DATABASE_URL

# Starts `$bin $2` under callgrind on a fresh data folder, as run $1; its pid in $server, its
# address in $base once it answers $3. What it ran until then, with discovery answered and
# the first rounds of its background tasks (they start with the server and run at once), is
# dumped apart to $work/$1.cg.1: what an idle server has run.
start() {
  local name=$1 command=$2 ready=$3 dir=$work/$1 port
  mkdir -p "$dir"
  port=$((20000 + RANDOM % 20000))
  base=http://127.0.0.1:$port
  export IDP_DATA=$dir IDP_LISTEN=127.0.0.1:$port IDP_LOG=warn IDP_ISSUER=$base
  if [[ $command == serve ]]; then
    "$bin" migrate >"$dir/setup.log" 2>&1
    client=$("$bin" client add --name=order --redirect-uri=http://127.0.0.1:9000/callback \
      --auth-method=client_secret_basic --grant-type=authorization_code \
      --grant-type=refresh_token --grant-type=client_credentials --json 2>>"$dir/setup.log")
    "$bin" user add --email=order@example.org --password=order-Password-1 --first-name=Order \
      --last-name=User >>"$dir/setup.log" 2>&1
  fi
  valgrind --tool=callgrind --demangle=no --compress-strings=no --dump-line=no \
    --callgrind-out-file="$work/$name.cg" "$bin" "$command" >"$dir/run.log" 2>&1 &
  server=$!
  pids+=("$server")
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null "$base$ready" 2>/dev/null; then
      curl -fsS -o /dev/null "$base/.well-known/openid-configuration"
      # Callgrind runs the server some fifty times slower: two seconds for its first rounds.
      sleep 2
      callgrind_control -d startup "$server" >/dev/null 2>&1
      return 0
    fi
    kill -0 "$server" 2>/dev/null || { cat "$dir/run.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$command did not answer $ready" >&2
  exit 1
}

stop() {
  kill -TERM "$server"
  wait "$server" 2>/dev/null || true
}

# Every kind of request bench/run.sh sends, a few times each.
load() {
  local path id secret mode
  for path in /healthz /.well-known/openid-configuration /jwks /assets/style.css /nowhere; do
    for _ in 1 2 3; do curl -sS -o /dev/null "$base$path"; done
  done
  id=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["client_id"])' "$client")
  secret=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["client_secret"])' "$client")
  for mode in signin code refresh cc introspect; do
    node "$repo/bench/node/flow-load.mjs" --mode="$mode" --issuer="$base" --client-id="$id" \
      --client-secret="$secret" --email=order@example.org --password=order-Password-1 \
      --concurrency=2 --count=20 --duration=600 --warmup=0 >"$work/$mode.json"
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(f"{sys.argv[2]}: {r}" if r["completed"] < 1 or r["errors"] else 0)' \
      "$work/$mode.json" "$mode"
  done
}

start serve serve /healthz
load
stop

runs=(serve)
if [[ -n $PG_SERVER ]] && PGCONNECT_TIMEOUT=3 psql -X -Atq "$PG_SERVER/postgres" -c 'select 1' >/dev/null 2>&1; then
  psql -X -q -v ON_ERROR_STOP=1 "$PG_SERVER/postgres" -c "create database \"$pg_db\"" >/dev/null
  export IDP_DATABASE_URL=$PG_SERVER/$pg_db
  start serve-pg serve /healthz
  load
  stop
  unset IDP_DATABASE_URL
  runs+=(serve-pg)
else
  echo "PostgreSQL does not answer at '$PG_SERVER': its code is not in the order" >&2
fi

start demo demo /.well-known/openid-configuration
curl -sS -o /dev/null "$base/"
stop

# Self instructions per function and thread summed: `fn=` names the function whose cost
# lines follow; a `calls=` line's next line is the callee's inclusive cost, not the
# caller's own. What `serve` ran to start comes first (what both stores ran, then what each
# added), then what only `demo` ran to start, then what only requests ran, each the busiest
# first: an idle server keeps only its start's part resident, a busy one that and the last,
# and none of them the code it never runs.
python3 - "$out" "$work" "$(rustc -V)" "${runs[@]}" <<'PY'
import collections, re, sys
def costs(*paths):
    cost = collections.Counter()
    for path in paths:
        fn, skip = None, False
        for line in open(path, errors='replace'):
            if skip:
                skip = False
            elif line.startswith('fn='):
                fn = re.sub(r"'\d+$", '', line[3:].strip())
            elif line.startswith('calls='):
                skip = True
            elif fn and line[:1].isdigit():
                cost[fn] += int(line.split()[-1])
    # Addresses without a symbol (`0x...`) cannot be named to the linker.
    return [n for n, c in cost.most_common() if c > 0 and not n.startswith('0x') and ' ' not in n]
out, work, rustc, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
starts = [costs(f'{work}/{r}.cg.1') for r in runs]
both = set.intersection(*(set(s) for s in starts))
# What every store runs to start, then what each store adds: a server on either store keeps
# one stretch of code for its start, not one strewn with the other store's functions.
groups = [[n for n in starts[0] if n in both]] + starts
groups += [costs(f'{work}/demo.cg.1'), costs(*(f'{work}/{r}.cg' for r in runs + ['demo']))]
seen = set()
for i, group in enumerate(groups):
    groups[i] = [n for n in group if n not in seen]
    seen.update(groups[i])
with open(out, 'w') as f:
    f.write('# Written by bench/symbol-order.sh (decision 0055): what `serve` runs to start (on\n')
    f.write('# every store, then on each), what `demo` adds to start, what only requests run;\n')
    f.write('# each the busiest first. The names\n')
    f.write('# carry hashes of the toolchain and the dependencies: idp/build.rs warns when\n')
    f.write('# this rustc differs from the one below.\n')
    f.write(f'# {rustc}; runs: {" ".join(runs)} demo\n')
    for group in groups:
        f.writelines(n + '\n' for n in group)
sizes = ', '.join(str(len(g)) for g in groups)
print(f"functions written to {out}: {sizes} (start-up on every store, on each store: "
      f"{' '.join(runs)}; demo's start-up; requests only)")
PY
