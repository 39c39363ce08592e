#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a set time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]      # default 60 s each, all targets
#   FUZZ_DEPS=.build scripts/fuzz.sh 30 FuzzSegment
#
# How it builds (the simplest way that works with SwiftPM on Linux):
#   1. `swift build --target ClaimKit` in $FUZZ_DEPS (default .build-fuzz) compiles the
#      dependencies (Ink, swift-crypto/BoringSSL) uninstrumented, as usual.
#   2. swiftc recompiles LibXML and ClaimKit with `-sanitize=fuzzer,address -enable-testing`
#      (coverage + ASan on our own code) into Fuzz/.build/.
#   3. Each Fuzz/<Target>.swift (`@_cdecl("LLVMFuzzerTestOneInput")`, `@testable import
#      ClaimKit`) is linked with those objects, the dependencies' objects and -lxml2.
# Seed corpora are assembled in a temporary directory from the sample articles, the test
# fixtures and the project's own store. Crashes, leaks, timeouts and out-of-memory inputs go to
# Fuzz/crashes/<Target>/; turn each into a regression test.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(FuzzLoad FuzzSegment FuzzExtract FuzzJSON FuzzXML FuzzValidate)
fi
DEPS=${FUZZ_DEPS:-.build-fuzz}
OUT=$ROOT/Fuzz/.build
CRASHES=$ROOT/Fuzz/crashes
mkdir -p "$OUT" "$CRASHES"

echo "== building dependencies in $DEPS"
swift build --scratch-path "$DEPS" --target ClaimKit 2>&1 | tail -1
BIN=$(swift build --scratch-path "$DEPS" --show-bin-path)
CHECKOUTS=$ROOT/$DEPS/checkouts

CFLAGS=(-Xcc "-fmodule-map-file=$ROOT/Sources/CLibXML2/module.modulemap" -Xcc -I/usr/include/libxml2
        -Xcc "-fmodule-map-file=$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSLShims/include/module.modulemap"
        -Xcc -I -Xcc "$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSLShims/include"
        -Xcc "-fmodule-map-file=$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSL/include/module.modulemap"
        -Xcc -I -Xcc "$CHECKOUTS/swift-crypto/Sources/CCryptoBoringSSL/include")
SANITIZE=(-sanitize=fuzzer,address -Onone -gline-tables-only -swift-version 6 -parse-as-library -module-cache-path "$OUT/ModuleCache")

newer() {   # whether $1 is missing or older than any file under the rest
    [ ! -e "$1" ] && return 0
    [ -n "$(find "${@:2}" -newer "$1" -name '*.swift' -print -quit)" ]
}

# Compile from a snapshot of the sources, so edits made meanwhile cannot break the build.
SRC=$OUT/src
mkdir -p "$SRC"
rm -rf "$SRC/LibXML" "$SRC/ClaimKit" && cp -a Sources/LibXML Sources/ClaimKit "$SRC/"
if newer "$OUT/LibXML.o" "$SRC/LibXML"; then
    echo "== compiling LibXML (instrumented)"
    swiftc "${SANITIZE[@]}" "${CFLAGS[@]}" -module-name LibXML -wmo -emit-module -emit-module-path "$OUT/LibXML.swiftmodule" \
        -c "$SRC"/LibXML/*.swift -o "$OUT/LibXML.o.partial" || exit 1
    mv "$OUT/LibXML.o.partial" "$OUT/LibXML.o"
fi
if newer "$OUT/ClaimKit.o" "$SRC/ClaimKit" "$SRC/LibXML"; then
    echo "== compiling ClaimKit (instrumented)"
    find "$SRC/ClaimKit" -name '*.swift' | sort > "$OUT/sources"
    echo "$BIN/ClaimKit.build/DerivedSources/resource_bundle_accessor.swift" >> "$OUT/sources"
    swiftc "${SANITIZE[@]}" "${CFLAGS[@]}" -enable-testing -DSWIFT_PACKAGE -module-name ClaimKit -wmo \
        -emit-module -emit-module-path "$OUT/ClaimKit.swiftmodule" -I "$OUT" -I "$BIN/Modules" \
        -c @"$OUT/sources" -o "$OUT/ClaimKit.o.partial" || exit 1
    mv "$OUT/ClaimKit.o.partial" "$OUT/ClaimKit.o"
fi

DEP_OBJECTS=()
for target in Ink Crypto CryptoBoringWrapper CCryptoBoringSSL CCryptoBoringSSLShims; do
    while IFS= read -r object; do DEP_OBJECTS+=("$object"); done < <(find "$BIN/$target.build" -name '*.o')
done

for target in "${TARGETS[@]}"; do
    if newer "$OUT/$target" "Fuzz/$target.swift" || [ "$OUT/ClaimKit.o" -nt "$OUT/$target" ]; then
        echo "== linking $target"
        swiftc "${SANITIZE[@]}" "${CFLAGS[@]}" -module-name "$target" -I "$OUT" -I "$BIN/Modules" \
            "Fuzz/$target.swift" "$OUT/ClaimKit.o" "$OUT/LibXML.o" "${DEP_OBJECTS[@]}" -lxml2 -o "$OUT/$target" 2>&1 | { grep -v 'Cannot export local symbol' || true; }
        [ -x "$OUT/$target" ] || exit 1
    fi
done

# Seed corpora: articles and fixtures for text targets, annotation files for the readers.
SEEDS=$(mktemp -d "${TMPDIR:-/tmp}/claimkit-fuzz-seeds.XXXXXX")
trap 'rm -rf "$SEEDS"' EXIT
mkdir -p "$SEEDS/text" "$SEEDS/json" "$SEEDS/xml"
FIXTURES=Tests/ClaimKitTests/Fixtures
for file in "$FIXTURES"/seeds/* "$FIXTURES"/segments/* "$FIXTURES"/broken/* annotations/documents/*.txt; do
    [ -f "$file" ] && head -c 16384 "$file" > "$SEEDS/text/$(basename "$file")-$(cksum < "$file" | cut -d' ' -f1)"
done
find "$FIXTURES" annotations Tests/ClaimKitTests -name '*.json' -size -200k 2>/dev/null | while read -r file; do
    cp "$file" "$SEEDS/json/$(cksum < "$file" | cut -d' ' -f1).json"
done
find "$FIXTURES" Tests/ClaimKitTests -name '*.xml' -size -200k 2>/dev/null | while read -r file; do
    cp "$file" "$SEEDS/xml/$(cksum < "$file" | cut -d' ' -f1).xml"
done
# The store's JSON files as XML too, so the XML reader starts from valid documents.
if [ -x "$BIN/claimkit" ]; then
    for json in annotations/documents/*.json; do
        "$BIN/claimkit" export "$(basename "$json" .json)" --store annotations --format xml \
            -o "$SEEDS/xml/$(basename "$json" .json).xml" >/dev/null 2>&1 || true
    done
fi
# The targets that take a selector byte get seeds with each selector value prepended.
prefixed() {   # prefixed SRC DST BYTES…
    mkdir -p "$2"
    for file in "$1"/*; do
        [ -f "$file" ] || continue
        for byte in "${@:3}"; do
            { printf "\\x$byte"; cat "$file"; } > "$2/$byte-$(basename "$file")"
        done
    done
}
prefixed "$SEEDS/text" "$SEEDS/load" 00 01 02 03
prefixed "$SEEDS/text" "$SEEDS/extract" 00 01
# Inputs that once crashed a target (kept as regression tests) seed it again.
for target in FuzzLoad FuzzSegment FuzzExtract FuzzJSON FuzzXML FuzzValidate; do
    for file in "$FIXTURES/fuzz/$target"/*; do
        [ -f "$file" ] || continue
        case $target in
            FuzzLoad) dir=load ;; FuzzSegment) dir=text ;; FuzzExtract) dir=extract ;;
            FuzzJSON) dir=json ;; FuzzXML) dir=xml ;; FuzzValidate) dir=validate ;;
        esac
        mkdir -p "$SEEDS/$dir" && cp "$file" "$SEEDS/$dir/regression-$(basename "$file")"
    done
done
prefixed "$SEEDS/json" "$SEEDS/validate" 00
prefixed "$SEEDS/xml" "$SEEDS/validate" 01

corpus_for() {
    case $1 in
        FuzzLoad) echo "$SEEDS/load" ;;
        FuzzSegment) echo "$SEEDS/text" ;;
        FuzzExtract) echo "$SEEDS/extract" ;;
        FuzzJSON) echo "$SEEDS/json" ;;
        FuzzXML) echo "$SEEDS/xml" ;;
        FuzzValidate) echo "$SEEDS/validate" ;;
    esac
}

status=0
for target in "${TARGETS[@]}"; do
    mkdir -p "$CRASHES/$target" "$SEEDS/work-$target"
    echo "== fuzzing $target for ${SECONDS_EACH}s"
    # -timeout: a hang is any input taking over 10 s; -rss_limit_mb bounds memory blow-ups.
    # The Swift runtime's backtracer trips ASan and hides the crash; libFuzzer prints the stack.
    if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$OUT/$target" "$SEEDS/work-$target" "$(corpus_for "$target")" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-16384}" \
        -artifact_prefix="$CRASHES/$target/" -print_final_stats=1 2> "$OUT/$target.log"; then
        status=1
        echo "!! $target found a problem; input saved in $CRASHES/$target/"
    fi
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY' "$OUT/$target.log" | head -8 || true
done
exit $status
