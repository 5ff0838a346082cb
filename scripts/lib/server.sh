# Sourced by the scripts that drive a real `otklik serve`: a free port, start and stop, a token.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server BINARY DATABASE_URL [more `serve` options]: starts it on a free loopback port (or SERVER_PORT,
# when the caller had to know it before) and waits until /health answers. Sets SERVER_PID, SERVER_URL and SERVER_LOG.
start_server() {
  local binary="$1" database="$2"
  shift 2
  local port
  port="${SERVER_PORT:-$(free_port)}"
  SERVER_LOG="$(mktemp /tmp/otklik-server.XXXXXX.log)"
  "$binary" serve --port "$port" --database "$database" "$@" > "$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  SERVER_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do
    curl -sf "$SERVER_URL/health" >/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG"; return 1; }
    sleep 0.5
  done
  echo "no answer from $SERVER_URL"
  return 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}

# server_token LOGIN PASSWORD: a bearer token from the running server.
server_token() {
  curl -sf -X POST "$SERVER_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])'
}

# start_demo_server APPEALS: the debug `otklik serve` (built if missing) with the demo region and APPEALS
# appeals on a throwaway SQLite file, stopped and removed when the script exits.
start_demo_server() {
  local binary
  binary="$(swift build --show-bin-path)/otklik"
  test -x "$binary" || swift build
  DEMO_DIR="$(mktemp -d /tmp/otklik-demo.XXXXXX)"
  trap 'stop_server; rm -rf "$DEMO_DIR"' EXIT
  echo "== starting otklik with the demo region"
  OTKLIK_LOG_LEVEL=warning start_server "$binary" "sqlite:$DEMO_DIR/otklik.sqlite" --demo --demo-appeals "$1"
}
