#!/bin/sh
# Creates a Python venv with the vendors' reference simulators (Lava 0.10.0,
# XyloSim 0.1.3; see utils/vendor/README.md) and h5py, for the test/vendor
# lit tests and utils/vendor/*.py:
#     utils/vendor/make_venv.sh [DIR]      (default: build/venv-vendor)
# Needs python3 (3.10 or 3.11) with venv and its headers (xylosim has no
# cp311 wheel: pip compiles it with g++), and PyPI. On failure DIR is
# removed and the exit status is non-zero.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-$src/build/venv-vendor}
python=${PYTHON:-python3}
trap 'rm -rf "$dir"' EXIT
trap 'exit 1' INT TERM
"$python" -m venv "$dir"
pip() { "$dir/bin/python" -m pip --disable-pip-version-check -q "$@"; }
pip install -r "$src/utils/vendor/requirements.txt" h5py==3.12.1
# lava-nc 0.10.0 declares Requires-Python <3.11 (README: why it works on 3.11).
pip install --no-deps --ignore-requires-python lava-nc==0.10.0
"$dir/bin/python" -c "import sys; sys.path.insert(0, '$src/utils/vendor')
import lava_shim, lava.proc.lif.models, xylosim.v2, h5py"
trap - EXIT
