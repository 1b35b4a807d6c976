// RUN: nir-opt %s --nir-flatten --split-input-file --verify-diagnostics | FileCheck %s

// nir-flatten moves the nodes of every nested graph into its parent, named
// `<graph>.<node>`, and turns the nested graph's ports into plain edges.

// A nested graph between two outer nodes: its nodes are renamed, the node
// that read its nir.input reads the graph's operand, and the outer node that
// read its result reads what fed its nir.output.
// CHECK-LABEL: nir.graph "net"
// CHECK-NOT: nir.graph "sub"
// CHECK-NOT: "input"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[LIF:.+]] = nir.lif "sub.lif"(%[[X]]) {{.*}} : (!nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: %[[W:.+]] = nir.linear "sub.w"(%[[LIF]]) {{.*}} : (!nir.signal<2>) -> !nir.signal<3>
// CHECK-NEXT: %[[Y:.+]] = nir.scale "after"(%[[W]]) {{.*}} : (!nir.signal<3>) -> !nir.signal<3>
// CHECK-NEXT: nir.output "y"(%[[Y]]) : (!nir.signal<3>) -> !nir.signal<3>
// CHECK-NEXT: {{^ *}}}
nir.graph "net" {
  %x = nir.input "x" : !nir.signal<2>
  %sub = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<3> {
    %p = nir.input "input" : !nir.signal<2>
    %l = nir.lif "lif"(%p) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %w = nir.linear "w"(%l) {weight = dense<1.0> : tensor<3x2xf64>}
        : (!nir.signal<2>) -> !nir.signal<3>
    %o = nir.output "output"(%w) : (!nir.signal<3>) -> !nir.signal<3>
  }
  %y = nir.scale "after"(%sub) {scale = dense<2.0> : tensor<3xf64>}
      : (!nir.signal<3>) -> !nir.signal<3>
  %out = nir.output "y"(%y) : (!nir.signal<3>) -> !nir.signal<3>
}

// -----

// Fan-in: several edges into a nested graph are summed into its nir.input,
// so every node that read the input reads all of them, in order, next to
// its other operands. An output fed by several nodes gives its users all of
// them.
// CHECK-LABEL: nir.graph "fan_in"
// CHECK-NOT: nir.graph "sub"
// CHECK: %[[A:.+]] = nir.input "a" : !nir.signal<2>
// CHECK-NEXT: %[[B:.+]] = nir.input "b" : !nir.signal<2>
// CHECK-NEXT: %[[C:.+]] = nir.scale "c"(%[[A]])
// CHECK-NEXT: %[[S1:.+]] = nir.scale "sub.s1"(%[[A]], %[[B]], %[[C]]) {{.*}} : (!nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: %[[S2:.+]] = nir.scale "sub.s2"(%[[S1]], %[[A]], %[[B]], %[[C]]) {{.*}} : (!nir.signal<2>, !nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: nir.output "y"(%[[A]], %[[S1]], %[[S2]]) : (!nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: {{^ *}}}
nir.graph "fan_in" {
  %a = nir.input "a" : !nir.signal<2>
  %b = nir.input "b" : !nir.signal<2>
  %c = nir.scale "c"(%a) {scale = dense<3.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %sub = nir.graph "sub"(%a, %b, %c : !nir.signal<2>, !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s1 = nir.scale "s1"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %s2 = nir.scale "s2"(%s1, %p) {scale = dense<0.5> : tensor<2xf64>}
        : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s1, %s2) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
  }
  %out = nir.output "y"(%a, %sub) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

// -----

// Several results, in the body order of the nir.output nodes; a nir.output
// fed straight by the nir.input passes the graph's operands through.
// CHECK-LABEL: nir.graph "results"
// CHECK-NOT: nir.graph "sub"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[N:.+]] = nir.scale "sub.neg"(%[[X]])
// CHECK-NEXT: nir.output "first"(%[[N]]) : (!nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: nir.output "second"(%[[X]]) : (!nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: nir.output "both"(%[[N]], %[[X]]) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: {{^ *}}}
nir.graph "results" {
  %x = nir.input "x" : !nir.signal<2>
  %r:2 = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<2>, !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %n = nir.scale "neg"(%p) {scale = dense<-1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o1 = nir.output "o1"(%n) : (!nir.signal<2>) -> !nir.signal<2>
    %o2 = nir.output "o2"(%p) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %first = nir.output "first"(%r#0) : (!nir.signal<2>) -> !nir.signal<2>
  %second = nir.output "second"(%r#1) : (!nir.signal<2>) -> !nir.signal<2>
  %both = nir.output "both"(%r#0, %r#1) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

// -----

// Two levels: the innermost graph is inlined first, so its node ends up as
// `outer.inner.node`, and the ports of both levels dissolve.
// CHECK-LABEL: nir.graph "two_levels"
// CHECK-NOT: nir.graph "outer"
// CHECK-NOT: nir.graph "inner"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[PRE:.+]] = nir.scale "outer.pre"(%[[X]])
// CHECK-NEXT: %[[LI:.+]] = nir.li "outer.inner.li"(%[[PRE]])
// CHECK-NEXT: %[[POST:.+]] = nir.scale "outer.post"(%[[LI]])
// CHECK-NEXT: nir.output "y"(%[[POST]])
// CHECK-NEXT: {{^ *}}}
nir.graph "two_levels" {
  %x = nir.input "x" : !nir.signal<2>
  %outer = nir.graph "outer"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %pre = nir.scale "pre"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %inner = nir.graph "inner"(%pre : !nir.signal<2>) -> !nir.signal<2> {
      %q = nir.input "input" : !nir.signal<2>
      %li = nir.li "li"(%q) {tau = dense<1.0e-2> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
          v_leak = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %o = nir.output "output"(%li) : (!nir.signal<2>) -> !nir.signal<2>
    }
    %post = nir.scale "post"(%inner) {scale = dense<3.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%post) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%outer) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Sibling graphs may hold nodes of the same name; their prefixes keep them
// apart. A nested graph may feed another.
// CHECK-LABEL: nir.graph "siblings"
// CHECK-NOT: nir.graph
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[A:.+]] = nir.scale "a.s"(%[[X]])
// CHECK-NEXT: %[[B:.+]] = nir.scale "b.s"(%[[A]])
// CHECK-NEXT: nir.output "y"(%[[B]])
nir.graph "siblings" {
  %x = nir.input "x" : !nir.signal<2>
  %a = nir.graph "a"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %b = nir.graph "b"(%a : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<3.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%b) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Recurrence inside a nested graph, and recurrence through its ports: the
// graph's result feeds back into its own input, so the LIF reads its own
// spikes.
// CHECK-LABEL: nir.graph "recurrent"
// CHECK-NOT: nir.graph "rec"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<4>
// CHECK-NEXT: %[[S:[0-9]+]] = nir.cuba_lif "rec.lif"(%[[X]], %[[S]], %[[W:[0-9]+]]) {{.*}} : (!nir.signal<4>, !nir.signal<4>, !nir.signal<4>) -> !nir.signal<4>
// CHECK-NEXT: %[[W]] = nir.linear "rec.w_rec"(%[[S]])
// CHECK-NEXT: %[[LI:.+]] = nir.cuba_li "readout"(%[[S]])
// CHECK-NEXT: nir.output "y"(%[[LI]])
// CHECK-NEXT: {{^ *}}}
nir.graph "recurrent" {
  %x = nir.input "x" : !nir.signal<4>
  %rec = nir.graph "rec"(%x, %rec : !nir.signal<4>, !nir.signal<4>) -> !nir.signal<4> {
    %p = nir.input "input" : !nir.signal<4>
    %s = nir.cuba_lif "lif"(%p, %w) {tau_syn = dense<5.0e-3> : tensor<4xf64>,
        tau_mem = dense<1.0e-2> : tensor<4xf64>, r = dense<1.0> : tensor<4xf64>,
        v_leak = dense<0.0> : tensor<4xf64>, v_threshold = dense<1.0> : tensor<4xf64>,
        v_reset = dense<0.0> : tensor<4xf64>, w_in = dense<2.0> : tensor<f64>}
        : (!nir.signal<4>, !nir.signal<4>) -> !nir.signal<4>
    %w = nir.linear "w_rec"(%s) {weight = dense<-0.1> : tensor<4x4xf32>}
        : (!nir.signal<4>) -> !nir.signal<4>
    %o = nir.output "output"(%s) : (!nir.signal<4>) -> !nir.signal<4>
  }
  %li = nir.cuba_li "readout"(%rec) {tau_syn = dense<2.0e-3> : tensor<4xf32>,
      tau_mem = dense<2.0e-3> : tensor<4xf32>, r = dense<1.0> : tensor<4xf32>,
      v_leak = dense<0.0> : tensor<4xf32>, w_in = dense<1.0> : tensor<4xf32>}
      : (!nir.signal<4>) -> !nir.signal<4>
  %y = nir.output "y"(%li) : (!nir.signal<4>) -> !nir.signal<4>
}

// -----

// A cycle through the graph from outside: an outer node feeds the nested
// graph and reads its result.
// CHECK-LABEL: nir.graph "outer_cycle"
// CHECK-NOT: nir.graph "sub"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[FB:.+]] = nir.scale "feedback"(%[[LIF:[0-9]+]])
// CHECK-NEXT: %[[LIF]] = nir.lif "sub.lif"(%[[X]], %[[FB]])
// CHECK-NEXT: nir.output "y"(%[[LIF]])
nir.graph "outer_cycle" {
  %x = nir.input "x" : !nir.signal<2>
  %fb = nir.scale "feedback"(%sub) {scale = dense<-1.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  %sub = nir.graph "sub"(%x, %fb : !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %l = nir.lif "lif"(%p) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%l) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%sub) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// An edge out of a nir.output node inside the nested graph: like a user of
// the graph's result, the reader reads what fed that output.
// CHECK-LABEL: nir.graph "output_edge"
// CHECK-NOT: nir.graph "sub"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[S:.+]] = nir.scale "sub.s"(%[[X]], %[[S]]) {{.*}} : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
// CHECK-NEXT: nir.output "out"(%[[S]])
nir.graph "output_edge" {
  %x = nir.input "x" : !nir.signal<2>
  %r = nir.graph "sub"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p, %o) {scale = dense<0.5> : tensor<2xf64>}
        : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %out = nir.output "out"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// A flat graph is left alone.
// CHECK-LABEL: nir.graph "flat"
// CHECK-NEXT: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: nir.output "y"(%[[X]])
// CHECK-NEXT: {{^ *}}}
nir.graph "flat" {
  %x = nir.input "x" : !nir.signal<2>
  %y = nir.output "y"(%x) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// A nested graph without operands: its nir.input receives nothing, so a node
// that read only the input is left without incoming edges.
// CHECK-LABEL: nir.graph "no_operands"
// CHECK-NOT: nir.graph "sub"
// CHECK: %[[X:.+]] = nir.input "x" : !nir.signal<2>
// CHECK-NEXT: %[[S:.+]] = nir.scale "sub.s" {{.*}} : () -> !nir.signal<2>
// CHECK-NEXT: nir.output "y"(%[[X]], %[[S]])
nir.graph "no_operands" {
  %x = nir.input "x" : !nir.signal<2>
  %r = nir.graph "sub" -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<0.5> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%x, %r) : (!nir.signal<2>, !nir.signal<2>) -> !nir.signal<2>
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

// -----

// A renamed node may not clash with a node of the enclosing graph.
// CHECK-NOT: nir.graph "clash"
nir.graph "clash" {
  %x = nir.input "x" : !nir.signal<2>
  %a = nir.scale "sub.s"(%x) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
  // expected-error @+1 {{'nir.graph' op cannot be flattened: node 'sub.s' already exists in the enclosing graph}}
  %r = nir.graph "sub"(%a : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<0.5> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// Nor with a node an earlier sibling graph brought in ("a" + "b.s" against
// "a.b" + "s").
// CHECK-NOT: nir.graph "sibling_clash"
nir.graph "sibling_clash" {
  %x = nir.input "x" : !nir.signal<2>
  %a = nir.graph "a"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "b.s"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  // expected-error @+1 {{'nir.graph' op cannot be flattened: node 'a.b.s' already exists in the enclosing graph}}
  %b = nir.graph "a.b"(%a : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "s"(%p) {scale = dense<3.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%s) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%b) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// The innermost graph is inlined first, and clashes in its parent graph.
// CHECK-NOT: nir.graph "nested_clash"
nir.graph "nested_clash" {
  %x = nir.input "x" : !nir.signal<2>
  %m = nir.graph "mid"(%x : !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %s = nir.scale "inner.s"(%p) {scale = dense<2.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    // expected-error @+1 {{'nir.graph' op cannot be flattened: node 'inner.s' already exists in the enclosing graph}}
    %i = nir.graph "inner"(%s : !nir.signal<2>) -> !nir.signal<2> {
      %q = nir.input "input" : !nir.signal<2>
      %t = nir.scale "s"(%q) {scale = dense<3.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
      %o = nir.output "output"(%t) : (!nir.signal<2>) -> !nir.signal<2>
    }
    %o = nir.output "output"(%i) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%m) : (!nir.signal<2>) -> !nir.signal<2>
}

// -----

// A cycle made of ports only: the graph passes its input straight to its
// output and feeds its result back into itself, so `input = x + input` has
// no node to carry it. This must be diagnosed, not expanded forever.
// CHECK-NOT: nir.graph "port_cycle"
nir.graph "port_cycle" {
  %x = nir.input "x" : !nir.signal<2>
  // expected-error @+1 {{cannot be flattened}}
  %r = nir.graph "pass"(%x, %r : !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %o = nir.output "output"(%p) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%r) : (!nir.signal<2>) -> !nir.signal<2>
}
