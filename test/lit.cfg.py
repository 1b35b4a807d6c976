# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "NIRC"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.nirc_obj_root, "test")
# Auxiliary inputs live in Inputs/; gtest binaries run from Unit/.
config.excludes = ["Inputs", "make_inputs.py", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "sanitizer.cfg.py"]

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
config.substitutions.append(("%nirc_src", config.nirc_src_root))
lit_config.load_config(config, os.path.join(config.test_source_root, "sanitizer.cfg.py"))

# The real files written by other frameworks (../shared/fixtures); tests that
# need them say `REQUIRES: nir-fixtures` and are skipped in a plain clone.
fixtures = os.path.normpath(
    os.path.join(config.nirc_src_root, "..", "shared", "fixtures", "nir-paper"))
if os.path.isdir(fixtures):
    config.available_features.add("nir-fixtures")
    config.substitutions.append(("%fixtures", fixtures))

# nirc draw lays graphs out with Graphviz's dot (utils/bootstrap.sh installs it).
import shutil
if shutil.which("dot"):
    config.available_features.add("graphviz")

# `mpirun -np N nirc simulate` (simulate-mpi*.mlir): nirc built with MPI and
# OpenMPI's mpirun (utils/bootstrap.sh installs both). %mpirun runs more
# ranks than CI's 2 cores, ends a run that hangs, and may run as root (CI
# does). Not in the sanitized tree: OpenMPI never frees ~120 KB in ~3,000
# allocations of its own (libmpi, libopen-pal, and its components, which
# it unloads before LeakSanitizer reports them, so that no suppression can
# name them), and LeakSanitizer fails every rank on them.
if config.nirc_mpi and shutil.which("mpirun") and not config.nirc_sanitize:
    config.available_features.add("mpi")
    config.substitutions.append(("%mpirun", "timeout 120 mpirun --oversubscribe"))
    config.environment["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
    config.environment["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"

# The vendors' simulators (utils/vendor/README.md) for test/vendor: a python
# from NIRC_VENDOR_PYTHON, else the build tree's venv-vendor (utils/bootstrap.sh).
vendor_python = os.environ.get("NIRC_VENDOR_PYTHON") or os.path.join(
    config.nirc_obj_root, "venv-vendor", "bin", "python")
if os.path.isfile(vendor_python):
    import subprocess
    shim = os.path.join(config.nirc_src_root, "utils", "vendor")
    for feature, module in (("vendor-lava", "lava.proc.lif.models"), ("vendor-xylo", "xylosim.v2")):
        check = f"import sys; sys.path.insert(0, {shim!r}); import lava_shim, h5py, {module}"
        try:
            if subprocess.run([vendor_python, "-c", check], capture_output=True, timeout=300).returncode == 0:
                config.available_features.add(feature)
        except (OSError, subprocess.SubprocessError):
            pass
    config.substitutions.append(("%vendor-python", vendor_python))

llvm_config.add_tool_substitutions(["nir-opt", "nir-translate", "nirc"], [config.nirc_tools_dir])
