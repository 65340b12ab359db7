#!/bin/sh
# gen.sh regenerates lang/profiles_gen.go, the function-word profiles used by
# package lang, from two npm packages:
#
#	stopwords-iso@1.1.0  (broad stop-word lists, ISO 639-1 keys)
#	stopword@3.1.5       (short core lists, ISO 639-3 keys)
#
# Run from the repository root: sh scripts/gen-langprofiles/gen.sh
# It needs node and npm; nothing is fetched at run time by recoupe itself.
set -eu
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm install --silent --no-save --no-package-lock --no-audit --no-fund \
	stopwords-iso@1.1.0 stopword@3.1.5 >/dev/null
node -e '
const iso = require("stopwords-iso");
const sw = require("stopword");
const codes = {fr: "fra", en: "eng", de: "deu", es: "spa", it: "ita", pt: "por", nl: "nld"};
const out = {iso: {}, core: {}};
for (const l in codes) { out.iso[l] = iso[l]; out.core[l] = sw[codes[l]]; }
process.stdout.write(JSON.stringify(out));
' >lists.json
cd "$root"
go run ./scripts/gen-langprofiles -in "$tmp/lists.json" -out lang/profiles_gen.go
gofmt -l lang/profiles_gen.go
