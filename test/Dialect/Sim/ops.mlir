// RUN: nir-opt %s | nir-opt | FileCheck %s
// RUN: nir-opt %s --mlir-print-op-generic | nir-opt | FileCheck %s
// RUN: nir-opt %s --verify-roundtrip --verify-diagnostics -o /dev/null
// Every op of the sim dialect parses, verifies, prints and parses back, in
// the custom and in the generic form.

// Structure and state: inputs, outputs, probes, states with and without an
// initial value, and a recurrent use before the definition (a graph region
// that has not been scheduled).
// CHECK-LABEL: sim.model @structure
// CHECK-SAME: attributes {dt = 1.000000e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>}
// CHECK-NOT: scheduled
sim.model @structure attributes {dt = 1.0e-04 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<to_v_reset>} {
  // CHECK: %[[X:.+]] = sim.input "in" {node = "in"} : tensor<2xf64>
  %x = sim.input "in" {node = "in"} : tensor<2xf64>
  // CHECK: %[[SUM:.+]] = sim.add %[[X]], %[[REC:.+]] {node = "li"} : tensor<2xf64>
  %sum = sim.add %x, %rec {node = "li"} : tensor<2xf64>
  // CHECK: %[[V:.+]] = sim.state "li.v" init dense<[5.000000e-01, -1.000000e+00]> : tensor<2xf64> {node = "li"} : tensor<2xf64>
  %v = sim.state "li.v" init dense<[0.5, -1.0]> : tensor<2xf64> {node = "li"} : tensor<2xf64>
  // CHECK: %[[I:.+]] = sim.state "li.i" {node = "li"} : tensor<2xf64>
  %i = sim.state "li.i" {node = "li"} : tensor<2xf64>
  // CHECK: %[[VN:.+]] = sim.lincomb %[[V]], %[[SUM]], %[[I]]
  // CHECK-SAME: coefficients = [dense<9.000000e-01> : tensor<2xf64>, dense<[1.000000e-01, 2.000000e-01]> : tensor<2xf64>, dense<1.000000e+00> : tensor<f64>]
  // CHECK-SAME: node = "li"
  // CHECK-SAME: offset = dense<5.000000e-02> : tensor<2xf64>
  // CHECK-SAME: : tensor<2xf64>
  %vn = sim.lincomb %v, %sum, %i {node = "li", coefficients = [dense<0.9> : tensor<2xf64>,
      dense<[0.1, 0.2]> : tensor<2xf64>, dense<1.0> : tensor<f64>],
      offset = dense<0.05> : tensor<2xf64>} : tensor<2xf64>
  // CHECK: %[[IN:.+]] = sim.lincomb %[[I]] {coefficients = [dense<5.000000e-01> : tensor<3xf64>], node = "li"} : tensor<2xf64>
  %in = sim.lincomb %i {node = "li", coefficients = [dense<0.5> : tensor<3xf64>]} : tensor<2xf64>
  // CHECK: sim.next %[[V]] = %[[VN]] {node = "li"} : tensor<2xf64>
  sim.next %v = %vn {node = "li"} : tensor<2xf64>
  // CHECK: sim.next %[[I]] = %[[IN]] {node = "li"} : tensor<2xf64>
  sim.next %i = %in {node = "li"} : tensor<2xf64>
  // CHECK: %[[REC]] = sim.dense %[[VN]] {
  // CHECK-SAME: node = "rec"
  // CHECK-SAME: weight = dense<{{\[\[}}1.000000e+00, 0.000000e+00], [0.000000e+00, -1.000000e+00]]> : tensor<2x2xf64>
  // CHECK-SAME: : tensor<2xf64> -> tensor<2xf64>
  %rec = sim.dense %vn {node = "rec", weight = dense<[[1.0, 0.0], [0.0, -1.0]]> : tensor<2x2xf64>}
      : tensor<2xf64> -> tensor<2xf64>
  // CHECK: sim.output "out"(%[[VN]]) {node = "out"} : tensor<2xf64>
  sim.output "out"(%vn) {node = "out"} : tensor<2xf64>
  // CHECK: sim.probe "li" "v"(%[[VN]]) : tensor<2xf64>
  sim.probe "li" "v"(%vn) : tensor<2xf64>
  // CHECK: sim.probe "li" "output"(%[[SUM]]) : tensor<2xf64>
  sim.probe "li" "output"(%sum) : tensor<2xf64>
}

// A scheduled model: every operand is defined above its use, the sim.next
// ops come last.
// CHECK-LABEL: sim.model @scheduled
// CHECK-SAME: attributes {dt = 2.500000e-01 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<subtract>, scheduled}
sim.model @scheduled attributes {dt = 0.25 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<subtract>, scheduled} {
  // CHECK-NEXT: %[[S:.+]] = sim.state "s" {node = "s"} : tensor<f64>
  %s = sim.state "s" {node = "s"} : tensor<f64>
  // CHECK-NEXT: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<f64>
  %x = sim.input "x" {node = "x"} : tensor<f64>
  // CHECK-NEXT: %[[Y:.+]] = sim.add %[[S]], %[[X]] {node = "y"} : tensor<f64>
  %y = sim.add %s, %x {node = "y"} : tensor<f64>
  // CHECK-NEXT: sim.next %[[S]] = %[[Y]] {node = "s"} : tensor<f64>
  sim.next %s = %y {node = "s"} : tensor<f64>
  // CHECK-NEXT: }
}

// An empty model.
// CHECK-LABEL: sim.model @empty
// CHECK-SAME: dt = 1.000000e+00 : f64, method = #sim.method<adaptive>, reset = #sim.reset_mode<to_v_reset>
sim.model @empty attributes {dt = 1.0 : f64, method = #sim.method<adaptive>, reset = #sim.reset_mode<to_v_reset>} {
}

// Synapses and wiring: a single-operand add, dense with and without bias,
// conv2d with ONNX-ordered uneven padding and groups, sum pooling with a
// scale, reshape and a delay line.
// CHECK-LABEL: sim.model @synapses
sim.model @synapses attributes {dt = 1.0e-03 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // CHECK: %[[IMG:.+]] = sim.input "img" {node = "img"} : tensor<2x5x5xf64>
  %img = sim.input "img" {node = "img"} : tensor<2x5x5xf64>
  // CHECK: %[[ONE:.+]] = sim.add %[[IMG]] {node = "one"} : tensor<2x5x5xf64>
  %one = sim.add %img {node = "one"} : tensor<2x5x5xf64>
  // CHECK: %[[CONV:.+]] = sim.conv2d %[[ONE]] {
  // CHECK-SAME: bias = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf64>
  // CHECK-SAME: dilation = array<i64: 1, 1>
  // CHECK-SAME: groups = 2 : i64
  // CHECK-SAME: node = "conv"
  // CHECK-SAME: padding = array<i64: 1, 0, 1, 1>
  // CHECK-SAME: stride = array<i64: 1, 2>
  // CHECK-SAME: weight = dense<2.500000e-01> : tensor<4x1x3x3xf64>
  // CHECK-SAME: : tensor<2x5x5xf64> -> tensor<4x5x2xf64>
  %conv = sim.conv2d %one {node = "conv", weight = dense<0.25> : tensor<4x1x3x3xf64>,
      bias = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf64>,
      stride = array<i64: 1, 2>, padding = array<i64: 1, 0, 1, 1>,
      dilation = array<i64: 1, 1>, groups = 2 : i64}
      : tensor<2x5x5xf64> -> tensor<4x5x2xf64>
  // A dilated conv without bias.
  // CHECK: %[[DIL:.+]] = sim.conv2d %[[ONE]] {
  // CHECK-NOT: bias
  // CHECK-SAME: dilation = array<i64: 2, 1>
  // CHECK-SAME: node = "dil"
  // CHECK-SAME: : tensor<2x5x5xf64> -> tensor<3x1x3xf64>
  %dil = sim.conv2d %one {node = "dil", weight = dense<1.0> : tensor<3x2x3x3xf64>,
      stride = array<i64: 1, 1>, padding = array<i64: 0, 0, 0, 0>,
      dilation = array<i64: 2, 1>, groups = 1 : i64}
      : tensor<2x5x5xf64> -> tensor<3x1x3xf64>
  // CHECK: %[[POOL:.+]] = sim.sum_pool2d %[[CONV]] {
  // CHECK-SAME: kernel_size = array<i64: 2, 2>
  // CHECK-SAME: node = "pool"
  // CHECK-SAME: padding = array<i64: 0, 0, 1, 0>
  // CHECK-SAME: scale = 2.500000e-01 : f64
  // CHECK-SAME: stride = array<i64: 2, 2>
  // CHECK-SAME: : tensor<4x5x2xf64> -> tensor<4x3x1xf64>
  %pool = sim.sum_pool2d %conv {node = "pool", kernel_size = array<i64: 2, 2>,
      stride = array<i64: 2, 2>, padding = array<i64: 0, 0, 1, 0>,
      scale = 0.25 : f64} : tensor<4x5x2xf64> -> tensor<4x3x1xf64>
  // CHECK: %[[FLAT:.+]] = sim.reshape %[[POOL]] {node = "flat"} : tensor<4x3x1xf64> -> tensor<12xf64>
  %flat = sim.reshape %pool {node = "flat"} : tensor<4x3x1xf64> -> tensor<12xf64>
  // CHECK: %[[FC:.+]] = sim.dense %[[FLAT]] {
  // CHECK-SAME: bias = dense<[-1.000000e+00, 1.000000e+00]> : tensor<2xf64>
  // CHECK-SAME: node = "fc"
  // CHECK-SAME: weight = dense<1.000000e+00> : tensor<2x12xf64>
  // CHECK-SAME: : tensor<12xf64> -> tensor<2xf64>
  %fc = sim.dense %flat {node = "fc", weight = dense<1.0> : tensor<2x12xf64>,
      bias = dense<[-1.0, 1.0]> : tensor<2xf64>} : tensor<12xf64> -> tensor<2xf64>
  // A dense on a multi-dimensional signal, without bias.
  // CHECK: sim.dense %[[DIL]] {node = "fc2", weight = dense<5.000000e-01> : tensor<6x9xf64>} : tensor<3x1x3xf64> -> tensor<2x3xf64>
  %fc2 = sim.dense %dil {node = "fc2", weight = dense<0.5> : tensor<6x9xf64>} : tensor<3x1x3xf64> -> tensor<2x3xf64>
  // CHECK: %[[BUF:.+]] = sim.state "delay.buffer" {node = "buf"} : tensor<3x2xf64>
  %buf = sim.state "delay.buffer" {node = "buf"} : tensor<3x2xf64>
  // CHECK: %[[OUT:.+]], %[[NEXTBUF:.+]] = sim.delay %[[BUF]], %[[FC]] {node = "out", steps = dense<[0, 3]> : tensor<2xi64>} : tensor<3x2xf64>, tensor<2xf64>
  %out, %next = sim.delay %buf, %fc {node = "out", steps = dense<[0, 3]> : tensor<2xi64>}
      : tensor<3x2xf64>, tensor<2xf64>
  // CHECK: sim.next %[[BUF]] = %[[NEXTBUF]] {node = "buf"} : tensor<3x2xf64>
  sim.next %buf = %next {node = "buf"} : tensor<3x2xf64>
  // All-zero steps still keep a one-entry buffer.
  // CHECK: %[[BUF0:.+]] = sim.state "zero.buffer" {node = "buf0"} : tensor<1x2xf64>
  %buf0 = sim.state "zero.buffer" {node = "buf0"} : tensor<1x2xf64>
  // CHECK: sim.delay %[[BUF0]], %[[OUT]] {node = "out0", steps = dense<0> : tensor<2xi64>} : tensor<1x2xf64>, tensor<2xf64>
  %out0, %next0 = sim.delay %buf0, %out {node = "out0", steps = dense<0> : tensor<2xi64>}
      : tensor<1x2xf64>, tensor<2xf64>
  sim.next %buf0 = %next0 {node = "buf0"} : tensor<1x2xf64>
  // CHECK: sim.output "y"(%[[OUT]]) {node = "y"} : tensor<2xf64>
  sim.output "y"(%out) {node = "y"} : tensor<2xf64>
}

// Neurons: fire with both reset modes, heaviside, the leaky and the Cuba
// steppers with and without a threshold, with both solvers; `tau = inf` is
// allowed (I and IF).
// CHECK-LABEL: sim.model @neurons
sim.model @neurons attributes {dt = 1.0e-04 : f64, method = #sim.method<exact>, reset = #sim.reset_mode<to_v_reset>} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<3xf64>
  %x = sim.input "x" {node = "x"} : tensor<3xf64>
  // CHECK: %[[V:.+]] = sim.state "v" {node = "v"} : tensor<3xf64>
  %v = sim.state "v" {node = "v"} : tensor<3xf64>
  // CHECK: %[[SP:.+]], %[[AFTER:.+]] = sim.fire %[[V]] {
  // CHECK-SAME: node = "sp"
  // CHECK-SAME: reset = #sim.reset_mode<to_v_reset>
  // CHECK-SAME: reset_value = dense<[0.000000e+00, 1.000000e-01, 2.000000e-01]> : tensor<3xf64>
  // CHECK-SAME: threshold = dense<1.000000e+00> : tensor<3xf64>
  // CHECK-SAME: } : tensor<3xf64>
  %sp, %after = sim.fire %v {node = "sp", threshold = dense<1.0> : tensor<3xf64>,
      reset_value = dense<[0.0, 0.1, 0.2]> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>}
      : tensor<3xf64>
  // CHECK: sim.fire %[[AFTER]] {node = "sp2", reset = #sim.reset_mode<subtract>, reset_value = dense<0.000000e+00> : tensor<f64>, threshold = dense<5.000000e-01> : tensor<f64>} : tensor<3xf64>
  %sp2, %after2 = sim.fire %after {node = "sp2", threshold = dense<0.5> : tensor<f64>,
      reset_value = dense<0.0> : tensor<f64>, reset = #sim.reset_mode<subtract>} : tensor<3xf64>
  sim.next %v = %after2 {node = "v"} : tensor<3xf64>
  // CHECK: %[[H:.+]] = sim.heaviside %[[X]] {node = "h", threshold = dense<[0.000000e+00, 5.000000e-01, -1.000000e+00]> : tensor<3xf64>} : tensor<3xf64>
  %h = sim.heaviside %x {node = "h", threshold = dense<[0.0, 0.5, -1.0]> : tensor<3xf64>} : tensor<3xf64>

  // CHECK: %[[LV:.+]] = sim.state "lif.v" init dense<1.000000e-01> : tensor<3xf64> {node = "lv"} : tensor<3xf64>
  %lv = sim.state "lif.v" init dense<0.1> : tensor<3xf64> {node = "lv"} : tensor<3xf64>
  // CHECK: %[[LN:.+]], %{{.+}} = sim.leaky_step %[[LV]], %[[H]] {
  // CHECK-SAME: node = "ln"
  // CHECK-SAME: r = dense<2.000000e+00> : tensor<3xf64>
  // CHECK-SAME: reset = #sim.reset_mode<subtract>
  // CHECK-SAME: solver = #sim.solver<exact>
  // CHECK-SAME: tau = dense<[1.000000e-03, 2.000000e-03, 3.000000e-03]> : tensor<3xf64>
  // CHECK-SAME: v_leak = dense<1.000000e-01> : tensor<3xf64>
  // CHECK-SAME: v_reset = dense<0.000000e+00> : tensor<3xf64>
  // CHECK-SAME: v_threshold = dense<1.000000e+00> : tensor<3xf64>
  // CHECK-SAME: } : tensor<3xf64>
  %ln, %ls = sim.leaky_step %lv, %h {node = "ln", tau = dense<[1.0e-3, 2.0e-3, 3.0e-3]> : tensor<3xf64>,
      r = dense<2.0> : tensor<3xf64>, v_leak = dense<0.1> : tensor<3xf64>,
      v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<0.0> : tensor<3xf64>,
      reset = #sim.reset_mode<subtract>, solver = #sim.solver<exact>} : tensor<3xf64>
  sim.next %lv = %ln {node = "lv"} : tensor<3xf64>
  // An integrator: tau = +inf, no threshold, adaptive solver.
  // CHECK: %[[IV:.+]] = sim.state "i.v" {node = "iv"} : tensor<3xf64>
  %iv = sim.state "i.v" {node = "iv"} : tensor<3xf64>
  // CHECK: sim.leaky_step %[[IV]], %[[X]] {node = "in", r = dense<1.000000e+00> : tensor<3xf64>, reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<adaptive>, tau = dense<0x7FF0000000000000> : tensor<3xf64>, v_leak = dense<0.000000e+00> : tensor<3xf64>} : tensor<3xf64>
  %in, %is = sim.leaky_step %iv, %x {node = "in", tau = dense<0x7FF0000000000000> : tensor<3xf64>,
      r = dense<1.0> : tensor<3xf64>, v_leak = dense<0.0> : tensor<3xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<adaptive>} : tensor<3xf64>
  sim.next %iv = %in {node = "iv"} : tensor<3xf64>

  // CHECK: %[[CI:.+]] = sim.state "cuba.i" {node = "ci"} : tensor<3xf64>
  %ci = sim.state "cuba.i" {node = "ci"} : tensor<3xf64>
  // CHECK: %[[CV:.+]] = sim.state "cuba.v" {node = "cv"} : tensor<3xf64>
  %cv = sim.state "cuba.v" {node = "cv"} : tensor<3xf64>
  // CHECK: %[[CIN:.+]], %[[CVN:.+]], %[[CS:.+]] = sim.cuba_step %[[CI]], %[[CV]], %[[X]] {
  // CHECK-SAME: node = "cin"
  // CHECK-SAME: r = dense<1.000000e+00> : tensor<3xf64>
  // CHECK-SAME: reset = #sim.reset_mode<to_v_reset>
  // CHECK-SAME: solver = #sim.solver<adaptive>
  // CHECK-SAME: tau_mem = dense<1.000000e-02> : tensor<3xf64>
  // CHECK-SAME: tau_syn = dense<5.000000e-03> : tensor<3xf64>
  // CHECK-SAME: v_leak = dense<0.000000e+00> : tensor<3xf64>
  // CHECK-SAME: v_reset = dense<-1.000000e-01> : tensor<3xf64>
  // CHECK-SAME: v_threshold = dense<1.000000e+00> : tensor<3xf64>
  // CHECK-SAME: w_in = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf64>
  // CHECK-SAME: } : tensor<3xf64>
  %cin, %cvn, %cs = sim.cuba_step %ci, %cv, %x {node = "cin", tau_syn = dense<5.0e-3> : tensor<3xf64>,
      tau_mem = dense<1.0e-2> : tensor<3xf64>, r = dense<1.0> : tensor<3xf64>,
      v_leak = dense<0.0> : tensor<3xf64>, w_in = dense<[1.0, 2.0, 3.0]> : tensor<3xf64>,
      v_threshold = dense<1.0> : tensor<3xf64>, v_reset = dense<-0.1> : tensor<3xf64>,
      reset = #sim.reset_mode<to_v_reset>, solver = #sim.solver<adaptive>} : tensor<3xf64>
  // CHECK: sim.next %[[CI]] = %[[CIN]] {node = "ci"} : tensor<3xf64>
  sim.next %ci = %cin {node = "ci"} : tensor<3xf64>
  // CHECK: sim.next %[[CV]] = %[[CVN]] {node = "cv"} : tensor<3xf64>
  sim.next %cv = %cvn {node = "cv"} : tensor<3xf64>
  // A Cuba LI: no threshold, exact solver, equal time constants.
  // CHECK: %[[LII:.+]] = sim.state "cli.i" {node = "lii"} : tensor<3xf64>
  %lii = sim.state "cli.i" {node = "lii"} : tensor<3xf64>
  // CHECK: %[[LIV:.+]] = sim.state "cli.v" {node = "liv"} : tensor<3xf64>
  %liv = sim.state "cli.v" {node = "liv"} : tensor<3xf64>
  // CHECK: sim.cuba_step %[[LII]], %[[LIV]], %[[CS]] {node = "lin", r = dense<1.000000e+00> : tensor<f64>, reset = #sim.reset_mode<subtract>, solver = #sim.solver<exact>, tau_mem = dense<2.000000e-03> : tensor<f64>, tau_syn = dense<2.000000e-03> : tensor<f64>, v_leak = dense<0.000000e+00> : tensor<f64>, w_in = dense<1.000000e+00> : tensor<f64>} : tensor<3xf64>
  %lin, %livn, %lis = sim.cuba_step %lii, %liv, %cs {node = "lin", tau_syn = dense<2.0e-3> : tensor<f64>,
      tau_mem = dense<2.0e-3> : tensor<f64>, r = dense<1.0> : tensor<f64>,
      v_leak = dense<0.0> : tensor<f64>, w_in = dense<1.0> : tensor<f64>,
      reset = #sim.reset_mode<subtract>, solver = #sim.solver<exact>} : tensor<3xf64>
  sim.next %lii = %lin {node = "lii"} : tensor<3xf64>
  sim.next %liv = %livn {node = "liv"} : tensor<3xf64>
  // CHECK: sim.output "spikes"(%[[SP]]) {node = "spikes"} : tensor<3xf64>
  sim.output "spikes"(%sp) {node = "spikes"} : tensor<3xf64>
}

// Scalar (0-d) signals.
// CHECK-LABEL: sim.model @scalar
sim.model @scalar attributes {dt = 1.0e-03 : f64, method = #sim.method<euler>, reset = #sim.reset_mode<subtract>} {
  // CHECK: %[[X:.+]] = sim.input "x" {node = "x"} : tensor<f64>
  %x = sim.input "x" {node = "x"} : tensor<f64>
  // CHECK: %[[R:.+]] = sim.reshape %[[X]] {node = "r"} : tensor<f64> -> tensor<1x1xf64>
  %r = sim.reshape %x {node = "r"} : tensor<f64> -> tensor<1x1xf64>
  // CHECK: sim.heaviside %[[R]] {node = "h", threshold = dense<0.000000e+00> : tensor<1x1xf64>} : tensor<1x1xf64>
  %h = sim.heaviside %r {node = "h", threshold = dense<0.0> : tensor<1x1xf64>} : tensor<1x1xf64>
}
