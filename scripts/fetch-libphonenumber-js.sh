#!/bin/sh
# Fetch the pinned libphonenumber-js from the npm registry, check its
# integrity, and unpack it into DIR/package.
#
#   scripts/fetch-libphonenumber-js.sh DIR
#
# It is where lib/phone-metadata.c's data comes from
# (scripts/update-phone-metadata.sh) and what the differential test
# (tests/differential/) compares libchatlink with. Nothing is fetched when
# DIR/package already holds this version. To move to a new version, set
# VERSION and INTEGRITY (what `npm view libphonenumber-js@VERSION
# dist.integrity` prints) and follow scripts/update-phone-metadata.sh.
set -eu

VERSION=1.13.16
INTEGRITY=sha512-tIOCM9yx2Go6d5/ZANe0K+G4AZek1Ymx81HxQpf19Sri4zMP95eQbKdnUGHAvFQ4nx0PeLhFqvAfisTADXj3tQ==

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
dir=$1
mkdir -p "$dir"
if [ -f "$dir/package/package.json" ] &&
   grep -q "\"version\": \"$VERSION\"" "$dir/package/package.json"; then
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "libphonenumber-js@$VERSION" >/dev/null)
tarball="$work/libphonenumber-js-$VERSION.tgz"
actual="sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")"
if [ "$actual" != "$INTEGRITY" ]; then
    echo "fetch-libphonenumber-js: libphonenumber-js $VERSION has integrity $actual, pinned $INTEGRITY" >&2
    exit 1
fi
rm -rf "$dir/package"
tar -xzf "$tarball" -C "$dir"
echo "libphonenumber-js $VERSION unpacked into $dir/package"
