#!/usr/bin/env bash
# One command: sets up and runs every test: .NET (architecture, domain, API against a real
# PostgreSQL, outbox, OpenAPI drift), the SPA's unit tests, and the browser tests in Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
logs="$(mktemp -d)"
status=0

bash scripts/system-packages.sh test || exit 1

step() { echo; echo "==> $*"; }

step "Building the solution (regenerates openapi/ and the TypeScript client)"
# The SPA's packages install meanwhile: the download and unpacking mostly wait on the network and
# the disk, and the build needs nothing from web-client/node_modules.
(cd web-client && npm ci --no-audit --no-fund >"$logs/npm-ci.log" 2>&1) &
npm_ci=$!
dotnet build Api.sln -nologo -v quiet || exit 1

# The SPA's type-check and production build (for the browser tests) need the packages and the client the
# build just generated, nothing else: they run while the .NET tests do, which spend part of their time
# waiting on PostgreSQL.
spa_ready=0
if wait "$npm_ci"; then
  spa_ready=1
  (cd web-client && npm run typecheck && npm run build) >"$logs/spa-build.txt" 2>&1 &
  spa_build=$!
else
  cat "$logs/npm-ci.log"; status=1
fi

step ".NET tests"
dotnet test Api.sln --no-build -nologo 2>&1 | tee "$logs/dotnet.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

step "OpenAPI lint (Spectral + OWASP ruleset, Redocly): 0 errors, warnings only where the ruleset turns a rule off"
if bash tools/openapi-lint/lint.sh 2>&1 | tee "$logs/openapi-lint.log"; then lint_passed=1; else lint_passed=0; status=1; fi

step "SPA: type-check and build (run during the .NET tests), unit tests"
spa_built=0
if [ "$spa_ready" = 1 ]; then
  if wait "$spa_build"; then spa_built=1; echo "type-check and build: ok"; else cat "$logs/spa-build.txt"; status=1; fi
fi
(cd web-client && npx vitest run 2>&1) | tee "$logs/vitest.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

step "Browser end-to-end tests (Chromium against the real Host and PostgreSQL)"
if [ "$spa_built" = 1 ]; then
  (cd web-client && npx playwright test 2>&1) | tee "$logs/e2e.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  echo "skipped: the SPA did not build" | tee "$logs/e2e.log"; status=1
fi

step "SPA: the first page's JavaScript within its budget (250 KB Brotli)"
(cd web-client && node scripts/check-bundle-budget.mjs) || status=1

# One closing line over all three runners (colour codes stripped first).
for f in "$logs"/*.log; do sed -i -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$f"; done
passed=0; failed=0
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  grep -aoE 'Failed: +[0-9]+, Passed: +[0-9]+' "$logs/dotnet.log" | sed -E 's/Failed: +([0-9]+), Passed: +([0-9]+)/\1 \2/')
vp=$(grep -aoE 'Tests +([0-9]+ failed \| )?[0-9]+ passed' "$logs/vitest.log" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' | tail -1)
vf=$(grep -aoE 'Tests +[0-9]+ failed' "$logs/vitest.log" | grep -oE '[0-9]+' | tail -1)
ep=$(grep -aoE '^ +[0-9]+ passed' "$logs/e2e.log" | grep -oE '[0-9]+' | tail -1)
ef=$(grep -aoE '^ +[0-9]+ failed' "$logs/e2e.log" | grep -oE '[0-9]+' | tail -1)
passed=$((passed + ${vp:-0} + ${ep:-0})); failed=$((failed + ${vf:-0} + ${ef:-0}))
# The OpenAPI lint counts as one check.
passed=$((passed + lint_passed)); failed=$((failed + 1 - lint_passed))
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
# What failed, named again at the very end: a CI log is often read from its tail only.
if [ "$failed" -gt 0 ]; then
  echo
  echo "What failed:"
  grep -ahE '^ +Failed [A-Za-z_][A-Za-z0-9_.]+' "$logs/dotnet.log" | sed -E 's/^ +/  .NET: /' | sort -u
  grep -ahE '^ *(FAIL|×) ' "$logs/vitest.log" | sed -E 's/^ */  vitest: /' | sort -u
  grep -ahE '^ +✘ ' "$logs/e2e.log" | sed -E 's/^ +/  e2e: /' | sort -u
  [ "$lint_passed" = 1 ] || echo "  the OpenAPI lint"
  # .NET's own words for the first failures (Playwright's list of failures already ends its log).
  grep -ahA10 '^ +Failed [A-Za-z_][A-Za-z0-9_.]+' "$logs/dotnet.log" | head -60
fi
echo
echo "${passed} passed, ${failed} failed"
exit "$status"
