#!/usr/bin/env bash
# Instructions per request, counted by callgrind: a measure of the CPU work of one request
# that a noisy machine does not move (the rates of run.sh moved by a third from run to run
# on a shared host). It counts user-space instructions of every thread of `idp serve`; the
# kernel's work (sockets, wake-ups, WAL writes) is not in it, so it complements run.sh and
# never replaces it.
#
#   bench/instructions.sh [-n REQUESTS] [-s SCENARIOS] IDP_BINARY [IDP_BINARY...]
#
#   -n  requests counted per scenario (default 2000), after 200 not counted
#   -s  scenarios, space-separated (default "introspect cc"):
#       introspect  POST /introspect of a client_credentials access token (client_secret_basic)
#       cc          POST /token, grant_type=client_credentials
#       refresh     POST /token, grant_type=refresh_token, one rotation chain (each request
#                   redeems the refresh token of the answer before; the first is minted by a
#                   code flow of bench/node/flow-load.mjs, so this one needs node and
#                   `npm ci` in bench/node)
#
# Each binary runs on a fresh SQLite data folder on 127.0.0.1 and stops by itself. Needs
# valgrind (Debian: apt-get install -y valgrind), python3 and curl. The first binary is the
# reference of the ratio column.
set -euo pipefail

requests=2000
scenarios="introspect cc"
while getopts "n:s:" opt; do
  case $opt in
    n) requests=$OPTARG ;;
    s) scenarios=$OPTARG ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || { sed -n '2,20p' "$0" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is missing (apt-get install -y valgrind)" >&2; exit 1; }

work=$(mktemp -d)
json_get() { python3 -c 'import json,sys; print(json.loads(sys.argv[2])[sys.argv[1]])' "$1" "$2"; }
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Instructions of `idp serve` (binary $1) for $requests requests of scenario $2.
count() {
  local bin=$1 scenario=$2 dir port json
  dir=$(mktemp -d "$work/run.XXXX")
  port=$((20000 + RANDOM % 20000))
  export IDP_DATA=$dir IDP_LISTEN=127.0.0.1:$port IDP_LOG=warn IDP_ISSUER=http://127.0.0.1:$port
  "$bin" migrate >"$dir/setup.log" 2>&1
  json=$("$bin" client add --name=instructions --redirect-uri=http://127.0.0.1:9000/callback \
    --auth-method=client_secret_basic --grant-type=authorization_code \
    --grant-type=refresh_token --grant-type=client_credentials --json 2>>"$dir/setup.log")
  "$bin" user add --email=instructions@example.org --password=instructions-Password-1 \
    --first-name=Count --last-name=Instructions >>"$dir/setup.log" 2>&1
  valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" "$bin" serve >"$dir/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  : >"$dir/minted"
  if [[ $scenario == refresh ]]; then
    node "$(dirname "$0")/node/flow-load.mjs" --mode=mint --count=1 --concurrency=1 \
      --issuer="http://127.0.0.1:$port" --client-id="$(json_get client_id "$json")" \
      --client-secret="$(json_get client_secret "$json")" --email=instructions@example.org \
      --password=instructions-Password-1 --out="$dir/minted" >>"$dir/setup.log"
  fi
  python3 - "$port" "$json" "$requests" "$server" "$scenario" "$dir/minted" <<'PY'
import base64, http.client, json, subprocess, sys, urllib.parse
port, client, n, server, scenario = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
minted = open(sys.argv[6]).read().split()
quote = lambda s: urllib.parse.quote(s, safe='')
auth = 'Basic ' + base64.b64encode(f"{quote(client['client_id'])}:{quote(client['client_secret'])}".encode()).decode()
conn = http.client.HTTPConnection('127.0.0.1', int(port))
def post(path, body):
    conn.request('POST', path, body, {'Authorization': auth, 'Content-Type': 'application/x-www-form-urlencoded'})
    answer = conn.getresponse()
    data = answer.read()
    if answer.status != 200:
        sys.exit(f"{path}: {answer.status} {data!r}")
    return json.loads(data)
if scenario == 'introspect':
    token = post('/token', 'grant_type=client_credentials')['access_token']
    path, body, check = '/introspect', 'token=' + quote(token), lambda a: a['active'] is True
elif scenario == 'cc':
    path, body, check = '/token', 'grant_type=client_credentials', lambda a: 'access_token' in a
elif scenario == 'refresh':
    chain = [minted[1]]
    def body_of_chain():
        return 'grant_type=refresh_token&refresh_token=' + quote(chain[0])
    def check(answer):
        chain[0] = answer['refresh_token']
        return 'id_token' in answer
    path, body = '/token', None
else:
    sys.exit(f"unknown scenario {scenario}")
def send():
    assert check(post(path, body if body is not None else body_of_chain()))
for _ in range(200):
    send()
subprocess.run(['callgrind_control', '-z', server], check=True, capture_output=True)
for _ in range(n):
    send()
subprocess.run(['callgrind_control', '-d', 'counted', server], check=True, capture_output=True)
PY
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
  grep -l "Trigger: dump counted" "$dir"/cg.out* | head -n 1 | xargs grep -h "^summary:" | awk '{ print $2 }'
}

echo "| scenario | binary | instructions per request | against the first |"
echo "| --- | --- | ---: | ---: |"
for scenario in $scenarios; do
  first=
  for bin in "$@"; do
    total=$(count "$bin" "$scenario")
    per=$((total / requests))
    first=${first:-$per}
    ratio=$(awk -v a="$per" -v b="$first" 'BEGIN { printf "%.2f", a / b }')
    echo "| $scenario | $bin | $per | ${ratio}x |"
  done
done
