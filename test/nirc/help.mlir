// `nirc --help` fits on a screen: nirc's commands and options, none of the
// ~300 internal options of the LLVM libraries nirc links.

// RUN: nirc --help | FileCheck %s
// CHECK: USAGE: nirc [subcommand] [options]
// CHECK: SUBCOMMANDS:
// CHECK-DAG: check
// CHECK-DAG: compile
// CHECK-DAG: convert
// CHECK-DAG: draw
// CHECK-DAG: info
// CHECK-DAG: simulate
// CHECK: --read-timeout=<seconds>
// CHECK-NOT: aarch64

// At most 40 lines.
// RUN: nirc --help | wc -l | FileCheck %s --check-prefix=LINES
// LINES: {{^ *([0-9]|[1-3][0-9]|40)$}}

// Each command's help shows its own options only.
// RUN: nirc simulate --help | FileCheck %s --check-prefix=SIMULATE
// SIMULATE: USAGE: nirc simulate [options] <model.nir|model.mlir>
// SIMULATE: --mismatch=<spec|default>
// SIMULATE-NOT: aarch64
// RUN: nirc draw --help | FileCheck %s --check-prefix=DRAW
// DRAW: -o <file>
// DRAW-NOT: aarch64

// RUN: nirc --version | FileCheck %s --check-prefix=VERSION
// VERSION: nirc {{[0-9]+\.[0-9]+\.[0-9]+}}

// nir-translate and nir-opt hide LLVM's options too.
// RUN: nir-translate --help | FileCheck %s --check-prefix=TRANSLATE
// TRANSLATE: --import-nir
// TRANSLATE: --read-timeout=<seconds>
// TRANSLATE-NOT: aarch64
// RUN: nir-opt --help | FileCheck %s --check-prefix=OPT
// OPT: --nir-flatten
// OPT-NOT: aarch64
