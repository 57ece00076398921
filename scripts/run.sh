#!/usr/bin/env bash
# One command: sets up and runs Xueshi (API + SPA on one URL) with an embedded PostgreSQL under
# .data/ and demo data. Stop with Ctrl+C; your data stays in .data/ for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5080}"

bash scripts/system-packages.sh run

echo "==> Building the web client"
(cd web-client && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } && npm run build)

echo "==> Building the API"
dotnet build src/Host/Xueshi.Host.csproj -c Release -nologo -v quiet

echo
echo "==> Xueshi is starting at http://127.0.0.1:${port}/   (Swagger UI: http://127.0.0.1:${port}/swagger)"
echo "    Demo teacher: 13800000001 / Xueshi2026. New accounts: SMS codes appear on screen (development inbox)."
echo
export ASPNETCORE_ENVIRONMENT=Development
export Xueshi__DemoData=true
# Certificates' QR codes point at this address's /verify page (unless one is configured already).
export Xueshi__Certificates__PublicBaseUrl="${Xueshi__Certificates__PublicBaseUrl:-http://127.0.0.1:${port}}"
exec dotnet run --project src/Host/Xueshi.Host.csproj -c Release --no-build --no-launch-profile -- --urls "http://127.0.0.1:${port}"
