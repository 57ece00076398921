#!/usr/bin/env bash
# Lints the committed OpenAPI document with Spectral (spectral:oas + OWASP API Security Top 10)
# and Redocly (recommended). Fails on any error, and on any warning: a rule may only be silenced
# in .spectral.yaml / redocly.yaml, each with a one-line reason.
set -euo pipefail
cd "$(dirname "$0")"
document="../../openapi/v1.json"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
status=0
echo "Spectral (spectral:oas + @stoplight/spectral-owasp-ruleset):"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity=warn "$document" || status=1
echo "Redocly (recommended):"
npx --no-install redocly lint --config redocly.yaml --max-problems=1000 "$document" || status=1
# Redocly exits 0 on warnings; count them so a new one fails the run too.
warnings=$(npx --no-install redocly lint --config redocly.yaml --format=json "$document" 2>/dev/null \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s).totals;console.log(t.errors+t.warnings)})')
if [ "$warnings" != "0" ]; then echo "Redocly: $warnings problem(s)"; status=1; fi
[ "$status" -eq 0 ] && echo "OpenAPI lint: 0 errors, 0 warnings"
exit "$status"
