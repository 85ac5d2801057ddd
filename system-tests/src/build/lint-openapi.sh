#!/bin/sh
# Lints the merged OpenAPI document with Redocly CLI's recommended rules (redocly.yaml); any error fails the build.
# Usage: lint-openapi.sh <redocly-cli version> <document>. Needs Node.js 20+ with npx; npx fetches the pinned
# Redocly CLI from the npm registry once and keeps it in its cache. Skip with -Dopenapi.lint.skip.
set -eu
version=$1
document=$2
here=$(dirname "$0")

if ! command -v npx >/dev/null 2>&1; then
    echo "The API lint needs Node.js 20 or later with npx on the PATH (https://nodejs.org)." >&2
    echo "Install it, or build with -Dopenapi.lint.skip to leave the lint out." >&2
    exit 1
fi
exec npx --yes "@redocly/cli@$version" lint --config "$here/redocly.yaml" "$document"
