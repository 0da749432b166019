#!/usr/bin/env bash
# Rewrites the golden reports (fixtures/scenarios/expected/*.json|txt and test/cli/golden/*) from the
# built CLI, in the environment the tests use (no colour, UTC, no COLUMNS). Review `git diff` after:
# every changed figure must be explained by the change that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
run() { env -i PATH="$PATH" NO_COLOR=1 TZ=UTC node bin/smroi.js "$@" || true; }
expected=fixtures/scenarios/expected
for spec in "cafe-week --from 2026-09-01 --to 2026-09-07" "cafe-month --from 2026-09-01 --to 2026-10-15" "baeckerei-de --month 2026-10" "kafferosteri-sv --month 2026-09" "cod-shop"; do
  set -- $spec
  name=$1; shift
  run audit "fixtures/scenarios/$name" "$@" --json > "$expected/$name.json" 2>/dev/null
  run audit "fixtures/scenarios/$name" "$@" > "$expected/$name.txt" 2>/dev/null
done
# The whole report in the owner's language: table, Markdown and CSV (excel-de / excel-sv, the default there).
for spec in "baeckerei-de de --month 2026-10" "kafferosteri-sv sv --month 2026-09"; do
  set -- $spec
  name=$1 lang=$2; shift 2
  run audit "fixtures/scenarios/$name" "$@" --lang "$lang" > "$expected/$name.$lang.txt" 2>/dev/null
  run audit "fixtures/scenarios/$name" "$@" --lang "$lang" --format markdown > "$expected/$name.$lang.md" 2>/dev/null
  run audit "fixtures/scenarios/$name" "$@" --lang "$lang" --format csv > "$expected/$name.$lang.csv" 2>/dev/null
done
UPDATE_GOLDEN=1 npx vitest run test/cli >/dev/null || true
git status --short fixtures/scenarios/expected test/cli/golden
