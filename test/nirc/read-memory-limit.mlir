// nirc reads a .nir in a child process whose memory is limited (by default
// to 256 MiB + 8 times the file's size); --read-memory-limit sets it. The
// limit is off under AddressSanitizer (its shadow memory needs terabytes of
// address space).
// UNSUPPORTED: sanitized

// RUN: nirc convert %S/../../examples/recurrent-lif.mlir %t.nir
// RUN: nirc check %t.nir --read-memory-limit 64 | FileCheck %s --check-prefix=FITS
// FITS: valid NIR graph

// RUN: not nirc check %t.nir --read-memory-limit 1 2>&1 | FileCheck %s --check-prefix=TIGHT
// Whichever allocation fails first, libhdf5's or nirc's, the error says why.
// TIGHT: error: {{.*(the HDF5 library ran out of memory: the file is corrupt or claims more data than it holds|reading the file needs more than 1 MiB of memory)}}
