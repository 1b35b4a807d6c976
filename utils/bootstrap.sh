#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for nirc: installs the packages (apt-get,
# through sudo when not root), configures with CMake + Ninja and builds.
# Safe to rerun: it only installs what is missing and rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ git python3 clang-format
  # nirc draw lays graphs out with its `dot`.
  graphviz
  libmlir-19-dev mlir-19-tools llvm-19-dev llvm-19-tools
  # LLVMConfig.cmake links these (docs/building.md).
  zlib1g-dev libzstd-dev libedit-dev libcurl4-openssl-dev libxml2-dev libffi-dev
  libhdf5-dev hdf5-tools libeigen3-dev libboost-dev libboost-graph-dev
  libgtest-dev libbenchmark-dev
  # mpirun -np N nirc simulate (README.md, docs/mpi.md): Debian's OpenMPI.
  libopenmpi-dev openmpi-bin
  # The sanitizer and fuzzing tree (utils/check-sanitized.sh).
  clang-14 libclang-rt-14-dev
  # build/venv-vendor (below): xylosim is compiled against Python's headers.
  python3-venv python3-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"
fi

if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build \
    -DMLIR_DIR=/usr/lib/llvm-19/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-19/build/utils/lit/lit.py
fi
cmake --build build

# build/venv: the Python module's pinned build tools and test dependencies
# (python/requirements.txt: ~60 MB of wheels from PyPI, 240 MB installed),
# which check-nirc builds the module into and tests it with. Required: a
# failure stops here. Remade when the pins change.
if ! cmp -s python/requirements.txt build/venv/requirements.txt; then
  echo "bootstrap: creating build/venv (nanobind, nir, numpy, pytest, ...) ..."
  rm -rf build/venv
  python3 -m venv build/venv
  build/venv/bin/pip install -q --disable-pip-version-check \
    -r python/requirements.txt
  cp python/requirements.txt build/venv/requirements.txt
fi

# The vendors' simulators (Lava, XyloSim) for the test/vendor tests, once:
# ~2 min, 300 MB (utils/vendor/README.md). Optional: they are skipped without.
if [ ! -e build/venv-vendor ]; then
  echo "bootstrap: creating build/venv-vendor (Lava, XyloSim) ..."
  utils/vendor/make_venv.sh build/venv-vendor ||
    echo "bootstrap: warning: could not create build/venv-vendor; the test/vendor tests will be skipped" >&2
fi
