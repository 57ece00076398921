#!/usr/bin/env bash
# Load bench: builds the Host in Release (into bench/.out, apart from the normal build), starts it
# with its own throwaway PostgreSQL (the Host's embedded cluster in a temp folder) and the demo data,
# then runs one figure's scenario (bench/scenarios/<figure>.mjs) with autocannon.
#
#   bash bench/run.sh read          # figures: read, heartbeat, progress, pdf
#
# Prints a table and one JSON line per figure; exits 1 when a figure misses its target. Loopback only.
# Everything it starts (Host, PostgreSQL) is stopped on exit, Ctrl-C included.
# Tunables (environment): BENCH_PORT (5300), BENCH_PG_PORT (5301), BENCH_CONNECTIONS (32),
# BENCH_SECONDS (10, per endpoint, split into BENCH_ROUNDS (5) rounds that take turns),
# BENCH_WARMUP_SECONDS (4, per endpoint and pass), BENCH_WARMUP_PASSES (3), BENCH_START_TIMEOUT (600), BENCH_NO_BUILD=1 (reuse the last build).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

figure="${1:-}"
if [ -z "$figure" ] || [ ! -f "bench/scenarios/$figure.mjs" ]; then
  echo "usage: bash bench/run.sh <figure>   figures: $(cd bench/scenarios && ls *.mjs | sed 's/\.mjs$//' | tr '\n' ' ')" >&2
  exit 2
fi

port="${BENCH_PORT:-5300}"
pg_port="${BENCH_PG_PORT:-5301}"
out="$repo/bench/.out"
work="$(mktemp -d /tmp/xueshi-bench.XXXXXX)"
# The PostgreSQL server runs as the postgres user when we are root: it must reach its folder.
chmod 755 "$work"
host_pid=""
show_log=1

stop_postgres() {
  local pgdata="$work/pg/pgdata"
  [ -f "$pgdata/postmaster.pid" ] || return 0
  local pg_ctl
  pg_ctl="$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)"
  [ -n "$pg_ctl" ] || return 0
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$pg_ctl" -D "$pgdata" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  else
    "$pg_ctl" -D "$pgdata" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    # SIGTERM: the Host shuts down in order and stops its embedded PostgreSQL itself.
    kill -TERM "$host_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$host_pid" 2>/dev/null || true
  fi
  stop_postgres
  if [ "$status" != 0 ] && [ -n "$show_log" ] && [ -f "$work/host.log" ]; then
    echo "---- last lines of the Host's log ($work/host.log) ----" >&2
    tail -n 30 "$work/host.log" >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for p in "$port" "$pg_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "Port $p on 127.0.0.1 is in use; set BENCH_PORT / BENCH_PG_PORT." >&2
    exit 2
  fi
done

bash scripts/system-packages.sh run

echo "==> bench: npm dependencies (autocannon)"
(cd bench && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --silent; })

host_dir="$out/artifacts/bin/Xueshi.Host/release"
if [ "${BENCH_NO_BUILD:-}" != "1" ] || [ ! -f "$host_dir/Xueshi.Host.dll" ]; then
  echo "==> bench: building the Host in Release into bench/.out"
  # Its own artifacts folder (bin and obj), so the normal Debug/Release build is left alone; the
  # OpenAPI document and the TypeScript client are the normal build's business, not regenerated here.
  timeout 900 dotnet build src/Host/Xueshi.Host.csproj -c Release -nologo -v quiet \
    --artifacts-path "$out/artifacts" \
    -p:OpenApiGenerateDocuments=false -p:OpenApiGenerateDocumentsOnBuild=false
fi

baseline_dll="$out/baseline-artifacts/bin/HeartbeatBaseline/release/HeartbeatBaseline.dll"
if [ "$figure" = heartbeat ] && { [ "${BENCH_NO_BUILD:-}" != "1" ] || [ ! -f "$baseline_dll" ]; }; then
  echo "==> bench: building the Npgsql baseline (bench/baseline) in Release"
  timeout 600 dotnet build bench/baseline/HeartbeatBaseline.csproj -c Release -nologo -v quiet --artifacts-path "$out/baseline-artifacts"
fi

echo "==> bench: starting the Host on http://127.0.0.1:$port (PostgreSQL in $work/pg, port $pg_port)"
(
  cd "$host_dir"
  export ASPNETCORE_ENVIRONMENT=Development
  export Xueshi__DemoData=true
  # Without EF's thread-safety checks, a debugging aid that costs an AsyncLocal write per row read
  # (PersistenceRegistration): a deployment sets the same.
  export Xueshi__Database__ThreadSafetyChecks=false
  export ConnectionStrings__Xueshi=""
  export Xueshi__Database__DataDirectory="$work/pg"
  export Xueshi__Database__Port="$pg_port"
  export Xueshi__DataProtection__KeysDirectory="$work/keys"
  # Scenarios register their simulated users from this one loopback address, and a simulated player
  # sends heartbeats back to back: the per-address and per-playback limits would only measure themselves.
  export Xueshi__RateLimits__SmsCodesPerAddressPerHour=100000
  export Xueshi__Sms__DailyLimitPerAddress=100000
  export Xueshi__RateLimits__HeartbeatsPerPlaybackPerRefill=100000
  export Xueshi__RateLimits__HeartbeatBurstPerPlayback=100000
  # The pdf figure measures rendering: with the Host's cache of rendered PDFs every download after the first is a copy.
  export Xueshi__Certificates__PdfCacheMegabytes=0
  exec dotnet Xueshi.Host.dll --urls "http://127.0.0.1:$port"
) >"$work/host.log" 2>&1 &
host_pid=$!

# initdb, migrations and the demo data: about 20 s on a quiet 2-core machine, minutes on a crowded one.
start_timeout="${BENCH_START_TIMEOUT:-600}"
deadline=$((SECONDS + start_timeout))
until curl -fsS -m 5 -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
  kill -0 "$host_pid" 2>/dev/null || { echo "The Host exited during start." >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "The Host was not ready within $start_timeout s." >&2; exit 1; }
  sleep 0.5
done

echo "==> bench: running '$figure'"
status=0
BENCH_BASE_URL="http://127.0.0.1:$port" BENCH_HOST_PID="$host_pid" BENCH_PG_PORT="$pg_port" BENCH_BASELINE_DLL="$baseline_dll" \
  timeout 600 node bench/lib/driver.mjs "$figure" || status=$?
# 1 is a missed target, already printed; anything else is a failure of the bench itself.
[ "$status" = 1 ] && show_log=""
exit "$status"
