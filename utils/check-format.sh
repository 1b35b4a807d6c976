#!/usr/bin/env bash
# Fails when a C++ source is not in clang-format's LLVM style (.clang-format).
# Fix with: utils/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null ||
  find include lib tools unittests bench examples -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
  exec clang-format -i "${files[@]}"
fi
clang-format --dry-run -Werror "${files[@]}"
echo "clang-format: ${#files[@]} files in LLVM style"
