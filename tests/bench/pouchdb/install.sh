#!/bin/sh
# Installs the PouchDB reference into DIR (the build folder) from the committed lock file, once.
# install.sh SOURCE_DIR DIR ; exits non-zero, with npm's reason, if the registry cannot be reached.
set -eu
src=$1 dir=$2
mkdir -p "$dir"
if [ -f "$dir/node_modules/.installed" ] && cmp -s "$src/package-lock.json" "$dir/package-lock.json"; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed (the project's setup installs Debian's nodejs and npm)" >&2
    exit 1
fi
cp "$src/package.json" "$src/package-lock.json" "$dir/"
cd "$dir"
# No install scripts: nothing is downloaded or built beyond the packages themselves.
# Few retries: without a registry the benchmark goes on without its reference, and says so.
if ! npm ci --ignore-scripts --no-audit --no-fund --fetch-retries=1 --fetch-timeout=30000 --loglevel=error \
    >npm.log 2>&1; then
    reason=$(grep -m1 -E '^npm (ERR!|error) .*(Error|error):' npm.log || grep -m1 -E '^npm (ERR!|error)' npm.log || true)
    echo "${reason#npm * }; npm's log: $dir/npm.log" >&2
    exit 1
fi
touch node_modules/.installed
