#!/usr/bin/env bash
# deb-smoke.sh — the Linux installer as a customer would use it: install the .deb, start the field API from the
# installed tree on an empty data folder, call /health, check that a wrong setting ends with one line and its
# exit code, optionally time the console to its first window under Xvfb, then uninstall.
#
#   ./mvnw -Pinstaller -pl core,db,documents,field-api,console,packaging package -DskipTests
#   sudo packaging/src/test/installer/deb-smoke.sh [path/to/fieldwork_*.deb]
#
# Needs root (apt-get, dpkg), curl, python3 (a free port); for the console timing Xvfb and xwininfo (skipped when missing).
# Prints the installer's size and the cold start times; exits non-zero on the first failure.
set -euo pipefail

deb=${1:-$(ls packaging/target/installer/fieldwork_*.deb 2>/dev/null | head -1)}
[[ -f "$deb" ]] || { echo "deb-smoke: no .deb given or found under packaging/target/installer" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "deb-smoke: run as root (dpkg -i)" >&2; exit 2; }
app=/opt/fieldwork
data=$(mktemp -d /tmp/fieldwork-smoke.XXXXXX)
server_pid= xvfb_pid= console_pid=

cleanup() {
  for pid in $console_pid $server_pid $xvfb_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if dpkg -s fieldwork >/dev/null 2>&1; then dpkg -P fieldwork >/dev/null; fi
  rm -rf "$data"
}
trap cleanup EXIT

millis() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "installer: $deb, $(stat -c %s "$deb" | awk '{printf "%.1f MB", $1/1048576}')"
# apt installs what the package depends on (xdg-utils, for the desktop menu entry); dpkg alone would not
apt-get install -y -qq "$(realpath "$deb")" >"$data/install.out" 2>&1 || { cat "$data/install.out" >&2; exit 1; }
echo "installed: $(du -sh $app | cut -f1) in $app; launchers: $(ls $app/bin | tr '\n' ' ')"

# one field API start, to /health answering 200; sets server_pid, and elapsed to the milliseconds it took
start_server() {
  local port=$1 started
  started=$(millis)
  FIELDWORK_DATA_DIR="$data" FIELDWORK_API_PORT=$port FIELDWORK_DEMO_DATA=false \
    "$app/bin/fieldwork-server" >>"$data/server.out" 2>&1 &
  server_pid=$!
  until curl -fsS "http://127.0.0.1:$port/health" >"$data/health.json" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { echo "deb-smoke: the server stopped; its output:" >&2; cat "$data/server.out" >&2; exit 1; }
    (( $(millis) - started < 120000 )) || { echo "deb-smoke: no /health within 120 s" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(( $(millis) - started ))
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=; }

port=$(free_port)
start_server "$port"
echo "server, new data folder (creates and migrates the database): /health after ${elapsed} ms: $(cat "$data/health.json")"
stop_server
start_server "$port"
echo "server, existing database: /health after ${elapsed} ms"
grep -q '"status":"UP"' "$data/health.json" || { echo "deb-smoke: /health is not up: $(cat "$data/health.json")" >&2; exit 1; }

# a wrong setting: the configuration exit code (2) and one "fieldwork: ..." line naming it, no stack trace
set +e
FIELDWORK_DATA_DIR="$data" FIELDWORK_API_PORT=seventy "$app/bin/fieldwork-server" >"$data/wrong.out" 2>&1
code=$?
set -e
echo "wrong port setting: exit $code: $(grep '^fieldwork: ' "$data/wrong.out")"
[[ $code == 2 && $(grep -c '^fieldwork: .*api.port' "$data/wrong.out") == 1 ]] \
  && ! grep -q -E 'Exception|^\s+at ' "$data/wrong.out" \
  || { echo "deb-smoke: expected exit 2 and one line naming api.port, no stack trace:" >&2; cat "$data/wrong.out" >&2; exit 1; }
# the port taken by the running server (same data folder: H2 AUTO_SERVER lets both open it): exit 4
set +e
FIELDWORK_DATA_DIR="$data" FIELDWORK_API_PORT=$port FIELDWORK_DEMO_DATA=false "$app/bin/fieldwork-server" >"$data/taken.out" 2>&1
code=$?
set -e
echo "port taken: exit $code: $(grep '^fieldwork: ' "$data/taken.out")"
[[ $code == 4 ]] || { echo "deb-smoke: expected exit 4 for a port in use" >&2; cat "$data/taken.out" >&2; exit 1; }
stop_server

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  disp=95
  while [[ -e /tmp/.X${disp}-lock ]]; do disp=$((disp + 1)); done
  Xvfb ":$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  # a console start until a window with this title shows; sets elapsed
  console_until() {
    local title=$1 started
    started=$(millis)
    DISPLAY=":$disp" FIELDWORK_DATA_DIR="$console_data" FIELDWORK_API_PORT=$(free_port) FIELDWORK_DEMO_DATA=false \
      "$app/bin/fieldwork" >>"$data/console.out" 2>&1 &
    console_pid=$!
    until DISPLAY=":$disp" xwininfo -root -tree 2>/dev/null | grep -q "\"$title"; do
      kill -0 "$console_pid" 2>/dev/null || { echo "deb-smoke: the console stopped; its output:" >&2; cat "$data/console.out" >&2; exit 1; }
      (( $(millis) - started < 120000 )) || { echo "deb-smoke: no '$title' window within 120 s" >&2; exit 1; }
      sleep 0.05
    done
    elapsed=$(( $(millis) - started ))
  }
  console_data=$(mktemp -d "$data/console.XXXX")
  console_until "Fieldwork: first start"
  echo "console, new data folder: the first-start question after ${elapsed} ms"
  kill "$console_pid"; wait "$console_pid" 2>/dev/null || true; console_pid=
  # as if "This computer only" had been chosen: the next start opens (and creates) the embedded database
  echo "# this computer only" >"$console_data/fieldwork.properties"
  console_until "Fieldwork: sign in"
  echo "console, first start on this computer (creates and migrates the database): sign-in window after ${elapsed} ms"
  if [[ -n "${SMOKE_SCREENSHOT:-}" ]]; then
    sleep 3
    DISPLAY=":$disp" import -window root "$SMOKE_SCREENSHOT"
    echo "screenshot: $SMOKE_SCREENSHOT"
  fi
  kill "$console_pid"; wait "$console_pid" 2>/dev/null || true; console_pid=
fi

dpkg -P fieldwork >/dev/null
[[ ! -e $app/bin ]] || { echo "deb-smoke: $app/bin is still there after dpkg -r" >&2; exit 1; }
echo "uninstalled: $app/bin is gone"
echo "deb-smoke: OK"
