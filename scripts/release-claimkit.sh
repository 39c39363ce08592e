# Sourced by the benchmark scripts (from the repository root): sets CLAIMKIT to a release
# build of claimkit, building it unless CLAIMKIT already names a binary. SCRATCH_PATH picks
# SwiftPM's build folder (default .build).
if [ -z "${CLAIMKIT:-}" ]; then
    scratch=()
    [ -n "${SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$SCRATCH_PATH")
    echo "building claimkit (release) …" >&2
    swift build -c release --product claimkit "${scratch[@]}" >&2
    CLAIMKIT="$(swift build -c release "${scratch[@]}" --show-bin-path)/claimkit"
fi
