#!/bin/sh
# Bring in libphonenumber's metadata, as the npm package libphonenumber-js
# publishes it, and regenerate lib/phone-metadata.c from it.
#
#   scripts/update-phone-metadata.sh          fetch the pinned version, copy its data
#                                             into tools/data/, regenerate
#   scripts/update-phone-metadata.sh --check  fetch it and check that tools/data/ and
#                                             lib/phone-metadata.c are exactly what it gives
#
# To move to a new version, set VERSION and INTEGRITY below (INTEGRITY is what
# `npm view libphonenumber-js@VERSION dist.integrity` prints), run the script,
# run the tests, and record the change in lib/phone-metadata.md.
set -eu

VERSION=1.13.16
INTEGRITY=sha512-tIOCM9yx2Go6d5/ZANe0K+G4AZek1Ymx81HxQpf19Sri4zMP95eQbKdnUGHAvFQ4nx0PeLhFqvAfisTADXj3tQ==

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

(cd "$work" && npm pack --silent "libphonenumber-js@$VERSION" >/dev/null)
tarball="$work/libphonenumber-js-$VERSION.tgz"
actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$INTEGRITY" ]; then
    echo "update-phone-metadata: libphonenumber-js $VERSION has integrity $actual, pinned $INTEGRITY" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$work"

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
