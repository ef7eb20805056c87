#!/usr/bin/env bash
# Prints every tracked *.cs line longer than .editorconfig's max_line_length (120) as file:line: length,
# and exits 1 if there is any. The generated EF migrations (src/CardProcessor.Data/Migrations) are exempt,
# as .editorconfig says. Not part of scripts/test.sh; run it before pushing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
limit=${CP_MAX_LINE_LENGTH:-120}

long=$(git ls-files -z '*.cs' ':!:src/CardProcessor.Data/Migrations/*' \
  | xargs -0 -r awk -v limit="$limit" 'length($0) > limit { print FILENAME ":" FNR ": " length($0) }')

if [[ -n $long ]]; then
  printf '%s\n' "$long"
  echo "$(printf '%s\n' "$long" | wc -l) line(s) over $limit characters" >&2
  exit 1
fi
echo "No *.cs line over $limit characters"
