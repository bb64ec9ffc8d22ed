#!/bin/sh
# Bring in libphonenumber's metadata, as the npm package libphonenumber-js
# publishes it, and regenerate lib/phone-metadata.c from it.
#
#   scripts/update-phone-metadata.sh          fetch the pinned version, copy its data
#                                             into tools/data/, regenerate
#   scripts/update-phone-metadata.sh --check  fetch it and check that tools/data/ and
#                                             lib/phone-metadata.c are exactly what it gives
#
# To move to a new version, set VERSION and INTEGRITY in
# scripts/fetch-libphonenumber-js.sh (INTEGRITY is what `npm view
# libphonenumber-js@VERSION dist.integrity` prints), run this script, run the
# tests (the differential test compares with that version), and record the
# change in lib/phone-metadata.md.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
data="$top/tools/data/libphonenumber-js"
files="metadata.max.json examples.mobile.json LICENSE LICENSE.Apache"

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$top/scripts/fetch-libphonenumber-js.sh" "$work" >/dev/null
VERSION=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
    "$work/package/package.json")

if $check; then
    status=0
    for f in $files; do
        if ! cmp -s "$work/package/$f" "$data/$f"; then
            echo "FAIL: tools/data/libphonenumber-js/$f differs from libphonenumber-js $VERSION" >&2
            status=1
        fi
    done
    if [ "$(cat "$data/VERSION")" != "$VERSION" ]; then
        echo "FAIL: tools/data/libphonenumber-js/VERSION is not $VERSION" >&2
        status=1
    fi
    python3 "$top/scripts/check-generated.py" python3 "$top/tools/gen-phone-metadata.py" \
        "$work/package/metadata.max.json" "$data/VERSION" "$top/lib/phone-metadata.c" || status=1
    [ $status -eq 0 ] && echo "phone metadata matches libphonenumber-js $VERSION"
    exit $status
fi

for f in $files; do
    cp "$work/package/$f" "$data/$f"
done
echo "$VERSION" > "$data/VERSION"
python3 "$top/tools/gen-phone-metadata.py" "$data/metadata.max.json" "$data/VERSION" \
    "$top/lib/phone-metadata.c"
echo "lib/phone-metadata.c regenerated from libphonenumber-js $VERSION"
