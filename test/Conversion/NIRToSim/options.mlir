// RUN: not nir-opt %s --convert-nir-to-sim 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=0' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=-1e-4' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='method=euler' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 method=rk4' 2>&1 | FileCheck %s --check-prefix=METHOD
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 method=Euler' 2>&1 | FileCheck %s --check-prefix=METHOD-CASE
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 reset=zero' 2>&1 | FileCheck %s --check-prefix=RESET
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-3 method=adaptive reset=subtract' | FileCheck %s
// The pass options: dt is required and positive; method and reset take
// one of their documented values.

// NO-DT: error: convert-nir-to-sim needs a step length: dt > 0 seconds
// NO-DT-NOT: sim.model
// METHOD: error: unknown method 'rk4' (expected exact, euler or adaptive)
// METHOD-CASE: error: unknown method 'Euler' (expected exact, euler or adaptive)
// RESET: error: unknown reset 'zero' (expected to-v_reset or subtract)

// CHECK: sim.model @g attributes {dt = 1.000000e-03 : f64, method = "adaptive", reset = "subtract"}
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %y = nir.output "y"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}
