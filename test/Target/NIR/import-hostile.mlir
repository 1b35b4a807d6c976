// nir-translate reads .nir bytes in a child process, as nirc does
// (lib/Target/NIR/ImportNIRIsolated.cpp): a file on which libhdf5 crashes,
// loops or asks for gigabytes gives one clean error and a non-zero exit.
// The files are described in test/nirc/Inputs/hostile/README.md.

// RUN: not nir-translate --import-nir %S/../../nirc/Inputs/hostile/hdf5-segfault.nir 2>&1 | FileCheck %s --check-prefix=SEGV
// Under AddressSanitizer the child may stop at an ASan report (SIGABRT).
// SEGV: hdf5-segfault.nir:0:0: error: reading the file crashed the HDF5 library (signal {{(11 \(Segmentation fault\)|6 \(Aborted\))}}); the file is corrupt
// SEGV-NOT: PLEASE submit a bug report

// RUN: not nir-translate --import-nir %S/../../nirc/Inputs/hostile/hdf5-segfault-subgraph.nir 2>&1 | FileCheck %s --check-prefix=SUBGRAPH
// SUBGRAPH: hdf5-segfault-subgraph.nir:0:0: error: reading the file crashed the HDF5 library (signal {{(11 \(Segmentation fault\)|6 \(Aborted\))}}); the file is corrupt

// RUN: not nir-translate --import-nir --read-timeout 1 %S/../../nirc/Inputs/hostile/hdf5-hang.nir 2>&1 | FileCheck %s --check-prefix=HANG
// HANG: hdf5-hang.nir:0:0: error: reading the file did not finish within 1 s; the file is corrupt (the HDF5 library loops on some corrupt files)

// RUN: not nir-translate --import-nir %S/../../nirc/Inputs/hostile/hdf5-vlen-length.nir 2>&1 | FileCheck %s --check-prefix=OOM
// OOM: hdf5-vlen-length.nir:0:0: error: field 'version': unreadable string (the HDF5 library ran out of memory: the file is corrupt or claims more data than it holds)

// Standard input is read the same way.
// RUN: not nir-translate --import-nir < %S/../../nirc/Inputs/hostile/hdf5-segfault.nir 2>&1 | FileCheck %s --check-prefix=STDIN
// STDIN: <stdin>:0:0: error: reading the file crashed the HDF5 library
