# Sourced by the benchmark scripts (from the repository root): sets CLAIMKIT to a release
# build of claimkit, building it unless CLAIMKIT already names a binary.
#
# The build links the Swift runtime and Foundation statically (--static-swift-stdlib), as a
# binary shipped to users would be: loading them dynamically cost about 8 ms at every start
# and made whole-process runs a third slower. SCRATCH_PATH picks SwiftPM's build folder
# (default .build-static, so that it does not undo the usual .build).
if [ -z "${CLAIMKIT:-}" ]; then
    scratch=(--scratch-path "${SCRATCH_PATH:-.build-static}")
    echo "building claimkit (release, static Swift runtime) …" >&2
    swift build -c release --static-swift-stdlib --product claimkit "${scratch[@]}" >&2
    CLAIMKIT="$(swift build -c release --static-swift-stdlib "${scratch[@]}" --show-bin-path)/claimkit"
fi
