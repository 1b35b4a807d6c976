// Corrupt files on which libhdf5 itself crashes or loops forever give one
// clean error naming the file, from every nirc command that reads a model:
// the file is read in a child process with a time limit.

// RUN: not nirc info %S/Inputs/hostile/hdf5-segfault.nir 2>&1 | FileCheck %s --check-prefix=SEGV
// Under AddressSanitizer, which also watches libhdf5's memcpy, the child
// may stop at an ASan report (SIGABRT) before the segmentation fault.
// SEGV: hdf5-segfault.nir:0:0: error: reading the file crashed the HDF5 library (signal {{(11 \(Segmentation fault\)|6 \(Aborted\))}}); the file is corrupt
// SEGV-NOT: PLEASE submit a bug report

// RUN: not nirc check %S/Inputs/hostile/hdf5-segfault-subgraph.nir 2>&1 | FileCheck %s --check-prefix=SUBGRAPH
// SUBGRAPH: hdf5-segfault-subgraph.nir:0:0: error: reading the file crashed the HDF5 library (signal {{(11 \(Segmentation fault\)|6 \(Aborted\))}}); the file is corrupt

// RUN: not nirc info %S/Inputs/hostile/hdf5-hang.nir --read-timeout 1 2>&1 | FileCheck %s --check-prefix=HANG
// HANG: hdf5-hang.nir:0:0: error: reading the file did not finish within 1 s; the file is corrupt (the HDF5 library loops on some corrupt files)

// The other commands load models the same way, and write nothing.
// RUN: rm -f %t.json %t.mlir
// RUN: not nirc compile %S/Inputs/hostile/hdf5-segfault.nir --target loihi2 -o %t.json 2>&1 | FileCheck %s --check-prefix=SEGV
// RUN: not test -e %t.json
// RUN: not nirc convert %S/Inputs/hostile/hdf5-segfault.nir %t.mlir 2>&1 | FileCheck %s --check-prefix=SEGV
// RUN: not test -e %t.mlir

// A corrupt length field of a variable-length string makes libhdf5 ask for
// 4 GiB (found by nirc-fuzz-import-nir; it took 16 s and 4.2 GB before the
// child had a memory limit). Now the allocation fails at once.
// RUN: not nirc info %S/Inputs/hostile/hdf5-vlen-length.nir 2>&1 | FileCheck %s --check-prefix=OOM
// OOM: hdf5-vlen-length.nir:0:0: error: field 'version': unreadable string (the HDF5 library ran out of memory: the file is corrupt or claims more data than it holds)

// NIRGraphData files are read the same way (found by nirc-fuzz-graph-data).
// RUN: not nirc simulate %S/../../examples/recurrent-lif.mlir --input %S/Inputs/hostile/graph-data-hang.h5 --dt 1e-3 -o %t.h5 --read-timeout 1 2>&1 | FileCheck %s --check-prefix=DATA-HANG
// RUN: not test -e %t.h5
// DATA-HANG: error: {{.*}}graph-data-hang.h5: reading the file did not finish within 1 s; the file is corrupt (the HDF5 library loops on some corrupt files)
