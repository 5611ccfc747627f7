#!/usr/bin/env bash
# The whole test suite, from a fresh machine with only the .NET SDK: build with warnings as errors,
# start PostgreSQL for the store tests (installing it as root when missing), run every test project,
# then score `corroborate analyze` on the real seeds with the shared scorer and compare the reference outputs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Build output (restore and compiler errors included) goes to stderr, with the rest of the diagnostics.
if ! dotnet build Corroborate.slnx -c Release -warnaserror --nologo -v quiet 1>&2; then
  echo "test.sh: the build failed (errors above)" >&2
  exit 1
fi

# The store tests run against SQLite and a real PostgreSQL: start a throw-away server unless one is given.
if [ -z "${CORROBORATE_TEST_PG:-}" ]; then
  source eng/start-postgres.sh
  trap stop_test_postgres EXIT
fi

log="$(mktemp)"
status=0
dotnet test Corroborate.slnx -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"

# The shared scorers, end to end through the real command: the seeds against their gold reading with every bar,
# and every citation in the output checked against the documents (verbatim.py).
shared="../shared"
if [ -d "$shared/seeds" ] && command -v python3 >/dev/null; then
  out="$(mktemp --suffix=.json)"
  dotnet src/Corroborate.Cli/bin/Release/net10.0/Corroborate.Cli.dll analyze "$shared/seeds" --format json --out "$out"
  if python3 "$shared/eval/score.py" "$shared/eval/seeds-gold.json" "$out" \
       --min-segmentation_recall 1 --max-spurious_articles 0 --max-boilerplate_leak_rate 0 \
       --min-content_retention 1 --min-copy_recall 1 --min-story_f1 1 --min-event_f1 1 \
       --min-conflict_recall 1 --min-conflict_precision 1 --min-corroboration_recall 1 \
       --min-unreliable_recall 1 --min-unreliable_precision 1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
  if python3 "$shared/eval/verbatim.py" "$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
  rm -f "$out"
fi

# Reference outputs: analyze on the seeds, samples, ECB+, Zyte and WCXB pages must stay byte-identical to the
# hashes in eng/golden/hashes.txt (a change that means to alter output updates them and says why).
if [ -d "$shared/data" ] && command -v python3 >/dev/null; then
  if eng/golden/check.sh; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
fi

echo "${passed} passed, ${failed} failed"
exit "$status"
