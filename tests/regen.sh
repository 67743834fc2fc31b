#!/usr/bin/env bash
# Regenerate the golden files of the conformance suite from CPython 3.11.
#
#   tests/regen.sh [SUBSTRING]
#
# For every tests/py/**/*.py (optionally only paths containing SUBSTRING) this writes
# <name>.out with the program's stdout. If <name>.rc or <name>.err already exists it is
# rewritten too: .rc gets the exit status, .err the last non-empty line of stderr.
# Programs are run the way tests/golden.rs runs pyjit: working directory = the program's
# folder, the file name as the only argument.
# Folders named _* hold modules imported by the programs and are skipped.
# Every program outside errors/ must exit 0 with an empty stderr; the script reports
# those that don't and exits 1. Never edit golden files by hand.
set -u
PY=${PYTHON:-python3}
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
if [ "$ver" != "3.11" ]; then
    echo "regen.sh: need CPython 3.11 as \$PYTHON or python3, found '${ver:-nothing}'" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/py
filter=${1:-}
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
bad=0
count=0
while IFS= read -r -d '' file; do
    rel=${file#"$root"/}
    case "$rel" in *"$filter"*) ;; *) continue ;; esac
    dir=$(dirname "$file")
    base=$(basename "$file" .py)
    (cd "$dir" && timeout 60 "$PY" "$base.py" </dev/null >"$base.out" 2>"$tmp")
    rc=$?
    count=$((count + 1))
    last=$(grep -v '^[[:space:]]*$' "$tmp" | tail -n 1)
    [ -e "$dir/$base.rc" ] && echo "$rc" >"$dir/$base.rc"
    [ -e "$dir/$base.err" ] && printf '%s\n' "$last" >"$dir/$base.err"
    case "$rel" in
        errors/*) ;;
        *) if [ "$rc" -ne 0 ]; then
               echo "FAIL $rel: exit status $rc: $last" >&2
               bad=$((bad + 1))
           elif [ -s "$tmp" ]; then
               echo "FAIL $rel: wrote to stderr: $last" >&2
               bad=$((bad + 1))
           fi ;;
    esac
done < <(find "$root" -name '_*' -type d -prune -o -name '*.py' -type f -print0 | sort -z)
echo "regenerated $count program(s), $bad unexpected failure(s)"
[ "$bad" -eq 0 ]
