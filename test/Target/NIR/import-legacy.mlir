// Layouts of older writers and unusual but valid encodings import cleanly.

// v0.1-style: no /version, no v_reset (filled with zeros of v_threshold's dtype).
// RUN: nir-translate --import-nir %S/Inputs/no_version_no_reset.nir | FileCheck %s --check-prefix=LEGACY
// LEGACY: module {
// LEGACY: nir.lif "lif"(%{{.+}}) {{{.*}}v_reset = dense<0.000000e+00> : tensor<2xf64>{{.*}}} : (!nir.signal<2>) -> !nir.signal<2>

// Fixed-length strings and metadata (strings, scalars, arrays, nested groups).
// RUN: nir-translate --import-nir %S/Inputs/fixed_strings_metadata.nir | FileCheck %s --check-prefix=META
// META: nir.lif "lif"{{.*}}metadata = {gain = dense<2.500000e+00> : tensor<f64>, nested = {steps = dense<[0, 1, 2]> : tensor<3xi32>}, origin = "make_inputs"}

// gzip + shuffle filters; float16 and int16 parameters keep their dtype.
// RUN: nir-translate --import-nir %S/Inputs/gzip_f16_int.nir | FileCheck %s --check-prefix=GZIP
// GZIP: r = dense<[1, 2]> : tensor<2xi16>, tau = dense<1.000210e-02> : tensor<2xf16>

// An empty edge list stored as float64 (0,): nodes without edges.
// RUN: nir-translate --import-nir %S/Inputs/empty_edges.nir | FileCheck %s --check-prefix=EMPTY
// EMPTY: nir.lif "lif" {
// EMPTY: nir.output "out" : () -> !nir.signal<2>
