#!/usr/bin/env bash
# Reference outputs: `analyze` on the seeds, the samples, ECB+ dev, the Zyte extraction benchmark and the WCXB dev
# pages, hashed (SHA-256) and compared with hashes.txt. A refactoring must leave every hash as it is; a change that
# means to alter output updates the file with `eng/golden/check.sh --update` and says why in its commit.
#
# Usage: eng/golden/check.sh [--update] [--keep DIR]   (needs a Release build and python3; ../shared beside the checkout)
# Exit: 0 all hashes equal (or updated), 1 a hash differs, 2 an input set is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$root/../shared"
hashes="$root/eng/golden/hashes.txt"
update=false
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --update) update=true ;;
    --keep) keep="$2"; shift ;;
    *) echo "check.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

cli="$root/src/Corroborate.Cli/bin/Release/net10.0/Corroborate.Cli"
if [ ! -x "$cli" ]; then
  echo "check.sh: build first (dotnet build Corroborate.slnx -c Release)" >&2
  exit 2
fi
for need in "$shared/seeds" "$shared/data/ecbplus-dev/documents.jsonl" "$shared/data/extraction-benchmark/html" "$shared/data/wcxb/dev/html"; do
  if [ ! -e "$need" ]; then echo "check.sh: missing $need" >&2; exit 2; fi
done

# The inputs are laid out under one work folder and analyzed by relative path, so the paths in the reports (and
# so the hashes) do not depend on where the checkout or the temporary folder is.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in/ecbplus" "$work/in/zyte" "$work/in/wcxb" "$work/out"
cp -r "$shared/seeds" "$work/in/seeds"
cp -r "$root/samples" "$work/in/samples"
python3 "$root/eng/golden/ecbplus_to_text.py" "$shared/data/ecbplus-dev/documents.jsonl" "$work/in/ecbplus"
for f in "$shared"/data/extraction-benchmark/html/*.html.gz; do gunzip -c "$f" > "$work/in/zyte/$(basename "$f" .gz)"; done
for f in "$shared"/data/wcxb/dev/html/*.html.gz; do gunzip -c "$f" > "$work/in/wcxb/$(basename "$f" .gz)"; done

cd "$work/in"
run() { # name, then analyze's arguments
  local name="$1"; shift
  "$cli" analyze "$@" --out "$work/out/$name" > /dev/null
}
run seeds.json seeds --format json
run seeds.md seeds
run samples.json samples --format json
run samples.md samples
run ecbplus.json ecbplus --format json
run zyte.json zyte --format json
run wcxb.json wcxb --format json

cd "$work/out"
actual="$(sha256sum seeds.json seeds.md samples.json samples.md ecbplus.json zyte.json wcxb.json)"
if [ -n "$keep" ]; then mkdir -p "$keep" && cp "$work"/out/* "$keep"/; fi
if $update; then
  printf '%s\n' "$actual" > "$hashes"
  echo "golden: hashes.txt updated"
  exit 0
fi
if diff <(cat "$hashes") <(printf '%s\n' "$actual"); then
  echo "golden: all 7 reference outputs byte-identical"
else
  echo "golden: reference outputs changed (lines above: < expected, > now); rerun with --keep DIR to inspect" >&2
  exit 1
fi
