// RUN: not nir-opt %s --convert-nir-to-sim 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=0' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=-1e-4' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='method=euler' 2>&1 | FileCheck %s --check-prefix=NO-DT
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 method=rk4' 2>&1 | FileCheck %s --check-prefix=METHOD
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 method=Euler' 2>&1 | FileCheck %s --check-prefix=METHOD-CASE
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 reset=zero' 2>&1 | FileCheck %s --check-prefix=RESET
// RUN: not nir-opt %s --convert-nir-to-sim='dt=1e-4 reset=to_v_reset' 2>&1 | FileCheck %s --check-prefix=RESET-IR
// RUN: nir-opt %s --convert-nir-to-sim='dt=1e-3 method=adaptive reset=subtract' | FileCheck %s
// The pass options: dt is required and positive; method and reset take
// one of their documented values, reset NIR's `to-v_reset` rather than the
// IR's keyword `to_v_reset`.

// NO-DT: error: convert-nir-to-sim needs a step length: dt > 0 seconds
// NO-DT-NOT: sim.model
// METHOD: for the --method option: Cannot find option named 'rk4'!
// METHOD-CASE: for the --method option: Cannot find option named 'Euler'!
// RESET: for the --reset option: Cannot find option named 'zero'!
// RESET-IR: for the --reset option: Cannot find option named 'to_v_reset'!

// CHECK: sim.model @g attributes {dt = 1.000000e-03 : f64, method = #sim.method<adaptive>, reset = #sim.reset_mode<subtract>}
nir.graph "g" {
  %x = nir.input "x" : !nir.signal<2>
  %y = nir.output "y"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}
