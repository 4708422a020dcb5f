#!/usr/bin/env bash
# Installs a build into a scratch prefix inside the build tree and fails if any installed file names
# the source or the build directory: debug info (DW_AT_comp_dir, file names), __FILE__, paths baked
# in by compile definitions, RPATHs, package configuration. An installed cec-chat must work from
# wherever it was installed, and a package must not reveal where it was built.
# Usage: check-install-paths.sh <build dir> <source dir> [scratch prefix]
set -euo pipefail
build=$(cd "$1" && pwd -P)
source=$(cd "$2" && pwd -P)
prefix=${3:-$build/tests/install/prefix}
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

# Counts every occurrence (grep -o on binary files too); a file may name both directories.
count() { # <directory string> <file>
    { grep -aoF -- "$1" "$2" || true; } | wc -l
}
files=0 found=0
while IFS= read -r -d '' file; do
    files=$((files + 1))
    in_build=$(count "$build" "$file")
    in_source=$(count "$source" "$file")
    # The build directory is often inside the source directory: count source-only mentions apart.
    case "$build/" in "$source"/*) in_source=$((in_source - in_build)) ;; esac
    if ((in_build + in_source > 0)); then
        found=$((found + 1))
        printf '%s: %d x build dir, %d x source dir\n' "${file#"$prefix"/}" "$in_build" "$in_source"
    fi
done < <(find "$prefix" -type f -print0)

echo "$files installed files, $found name the build ($build) or source ($source) directory"
((files > 0)) || { echo "nothing was installed" >&2; exit 1; }
((found == 0))
