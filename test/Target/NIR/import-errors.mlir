// Each bad .nir file gets one error naming the file, the node and the field,
// and a non-zero exit. The inputs are written by Inputs/make_inputs.py.

// RUN: not nir-translate --import-nir %S/Inputs/not_hdf5.nir 2>&1 | FileCheck %s --check-prefix=NOT-HDF5
// NOT-HDF5: not_hdf5.nir:0:0: error: not an HDF5 file (no HDF5 signature)

// RUN: head -c 1500 %S/Inputs/no_version_no_reset.nir > %t.truncated.nir
// RUN: not nir-translate --import-nir %t.truncated.nir 2>&1 | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: truncated.nir:0:0: error: cannot open as HDF5 (truncated or corrupted file)

// RUN: not nir-translate --import-nir %S/Inputs/missing_node_group.nir 2>&1 | FileCheck %s --check-prefix=NO-NODE
// NO-NODE: error: missing the 'node' group that holds the NIR graph

// RUN: not nir-translate --import-nir %S/Inputs/root_not_graph.nir 2>&1 | FileCheck %s --check-prefix=ROOT
// ROOT: error: the root node must be a NIRGraph, got 'LIF'

// RUN: not nir-translate --import-nir %S/Inputs/unknown_type.nir 2>&1 | FileCheck %s --check-prefix=TYPE
// TYPE: unknown_type.nir:0:0: error: node 'lif', field 'type': unknown NIR node type 'Spiky'

// RUN: not nir-translate --import-nir %S/Inputs/missing_field.nir 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: node 'lif', field 'tau': missing, and a LIF node requires it

// RUN: not nir-translate --import-nir %S/Inputs/string_weight.nir 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: error: node 'lif', field 'r': expected an integer or float array, got string

// RUN: not nir-translate --import-nir %S/Inputs/nan_param.nir 2>&1 | FileCheck %s --check-prefix=NAN
// NAN: nan_param.nir:0:0: error: 'nir.lif' op "lif": field 'v_threshold' has a non-finite value nan at flat index 1
// NAN-NOT: see current operation

// RUN: not nir-translate --import-nir %S/Inputs/negative_tau.nir 2>&1 | FileCheck %s --check-prefix=TAU
// TAU: error: 'nir.lif' op "lif": 'tau' must be positive (a time constant), got -1.000000e-02 at flat index 1

// RUN: not nir-translate --import-nir %S/Inputs/shape_mismatch.nir 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: 'nir.lif' op "lif": input shape [2] does not match the shape [3] of 'r'

// RUN: not nir-translate --import-nir %S/Inputs/dangling_edge.nir 2>&1 | FileCheck %s --check-prefix=DANGLING
// DANGLING: error: field 'edges': edge lif -> outt names a node 'outt' that the graph does not have; did you mean 'out'?

// RUN: not nir-translate --import-nir %S/Inputs/far_dangling_edge.nir 2>&1 | FileCheck %s --check-prefix=FAR
// FAR: error: field 'edges': edge lif -> readout names a node 'readout' that the graph does not have{{$}}

// A repair applies only where a unique near name exists.
// RUN: not nir-translate --import-nir --nir-repair-edges %S/Inputs/far_dangling_edge.nir 2>&1 | FileCheck %s --check-prefix=FAR

// RUN: not nir-translate --import-nir %S/Inputs/edge_into_input.nir 2>&1 | FileCheck %s --check-prefix=INTO-INPUT
// INTO-INPUT: error: field 'edges': edge lif -> in enters an Input node

// RUN: not nir-translate --import-nir %S/Inputs/lzf.nir 2>&1 | FileCheck %s --check-prefix=LZF
// LZF: error: node 'lif', field 'tau': compressed with unsupported filter 32000 'lzf (h5py plugin)'

// A header that claims 10^12 float64 values is refused before allocating.
// RUN: not nir-translate --import-nir %S/Inputs/lying_header.nir 2>&1 | FileCheck %s --check-prefix=ABSURD
// ABSURD: error: node 'lif', field 'r': absurd size: shape [1000000, 1000000]

// One flipped bit (found by unittests/Target/HostileFileTest.cpp) made the
// dataspace of a chunked {3, 3} weight scalar: libhdf5 then allocated without
// bound (674 MB and 6.5 min, killed). The layout is checked before reading.
// RUN: not nir-translate --import-nir %S/Inputs/scalar-space-chunked-layout.nir 2>&1 | FileCheck %s --check-prefix=CHUNKS
// CHUNKS: error: node 'w_rec', field 'weight': corrupt chunked layout: chunks of rank 2 over a dataspace of rank 0

// 300 nested graphs: refused with a bound, not a stack overflow.
// RUN: not nir-translate --import-nir %S/Inputs/deep_nesting.nir 2>&1 | FileCheck %s --check-prefix=DEEP
// DEEP: error: node 'g/g/g/{{(g/)*}}g': graphs nested deeper than 256

// Data stored in another file is never read (it could be any local file).
// RUN: not nir-translate --import-nir %S/Inputs/external_storage.nir 2>&1 | FileCheck %s --check-prefix=EXTERNAL
// EXTERNAL: error: node 'lif', field 'tau': stored in external files, which nirc does not follow

// Parameters are verified before shapes are inferred: a zero stride is an
// error, not a division by zero.
// RUN: not nir-translate --import-nir %S/Inputs/zero_stride_conv.nir 2>&1 | FileCheck %s --check-prefix=STRIDE
// STRIDE: error: 'nir.conv1d' op "lif": 'stride' entries must be >= 1, got [0]

// A name three edits from every node gets no suggestion, and no repair.
// RUN: not nir-translate --import-nir --nir-repair-edges %S/Inputs/unrelated_edge_name.nir 2>&1 | FileCheck %s --check-prefix=UNRELATED
// UNRELATED: error: field 'edges': edge xyz -> out names a node 'xyz' that the graph does not have{{$}}

// Metadata nirc cannot hold (a Python bool) is skipped with a warning.
// RUN: nir-translate --import-nir %S/Inputs/bool_metadata.nir 2>&1 | FileCheck %s --check-prefix=BOOL-META
// BOOL-META: warning: node 'lif', field 'metadata/flag': ignoring a metadata entry of enum (bool) values of shape [], which nirc cannot hold
// BOOL-META: nir.lif "lif"

// Hostile names: a node name that is not UTF-8 (the Python package cannot
// even read it), and edge names with a slash or a NUL byte (HDF5's
// fixed-length strings end at the NUL, so the name reads as "li").
// RUN: not nir-translate --import-nir %S/Inputs/invalid_utf8_name.nir 2>&1 | FileCheck %s --check-prefix=UTF8
// UTF8: error: node name "li\FF\FEf" is not UTF-8 text
// RUN: not nir-translate --import-nir %S/Inputs/edge_with_slash.nir 2>&1 | FileCheck %s --check-prefix=SLASH
// SLASH: error: field 'edges': edge in -> lif/x names a node 'lif/x' that the graph does not have; did you mean 'lif'?
// RUN: not nir-translate --import-nir %S/Inputs/edge_with_nul.nir 2>&1 | FileCheck %s --check-prefix=NUL
// NUL: error: field 'edges': edge in -> li names a node 'li' that the graph does not have; did you mean 'lif'?

// 10^6 copies of one edge (a node with 10^6 incoming edges) are read in
// about two seconds and give a valid graph whose LIF sums its input 10^6
// times, as NIR's edge list says.
// RUN: nirc check %S/Inputs/million_edges.nir | FileCheck %s --check-prefix=MILLION
// MILLION: million_edges.nir: valid NIR graph
