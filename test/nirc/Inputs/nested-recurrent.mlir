// A nested graph fed back through a recurrent edge, its ops out of
// topological order: the model of the nirc draw and --export-graphviz tests.
nir.graph "net" {
  %rec = nir.linear "w_rec"(%block) {weight = dense<-0.5> : tensor<2x2xf64>}
      : (!nir.signal<2>) -> !nir.signal<2>
  %x = nir.input "x" : !nir.signal<2>
  %block = nir.graph "block"(%x, %rec : !nir.signal<2>, !nir.signal<2>) -> !nir.signal<2> {
    %p = nir.input "input" : !nir.signal<2>
    %l = nir.lif "lif"(%p) {tau = dense<1.0e-3> : tensor<2xf64>, r = dense<1.0> : tensor<2xf64>,
        v_leak = dense<0.0> : tensor<2xf64>, v_threshold = dense<1.0> : tensor<2xf64>,
        v_reset = dense<0.0> : tensor<2xf64>} : (!nir.signal<2>) -> !nir.signal<2>
    %o = nir.output "output"(%l) : (!nir.signal<2>) -> !nir.signal<2>
  }
  %y = nir.output "y"(%block) : (!nir.signal<2>) -> !nir.signal<2>
}
