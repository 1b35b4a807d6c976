//===- NIRStructureOps.td - NIRGraph, Input, Output --------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_NIRSTRUCTUREOPS_TD
#define NIRC_DIALECT_NIR_NIRSTRUCTUREOPS_TD

def GraphOp : NIR_Op<"graph", [
    NoTerminator, SingleBlock, IsolatedFromAbove,
    DeclareOpInterfaceMethods<RegionKindInterface>]> {
  let summary = "a NIR graph (NIRGraph), top-level or nested as a node";
  let description = [{
    A NIRGraph: its nodes are the ops of its body, its edges the SSA uses.
    The body is a graph region, so a recurrent edge is a value used before
    (or by) the op defining it. Node names are unique within one graph.

    At top level a graph takes no operands and has no results; its ports are
    its `nir.input` and `nir.output` nodes. Nested in another graph it is a
    node: NIR edges address it as a whole, so its operands are summed into
    its single `nir.input`, and its results are the signals of its
    `nir.output` nodes in body order.

    ```mlir
    nir.graph "net" {
      %x = nir.input "in" : !nir.signal<2>
      %h = nir.graph "rec"(%x : !nir.signal<2>) -> !nir.signal<2> { ... }
      %y = nir.output "out"(%h) : (!nir.signal<2>) -> !nir.signal<2>
    }
    ```
  }];
  let arguments = (ins OptionalAttr<StrAttr>:$name,
                       Variadic<NIR_SignalType>:$inputs,
                       OptionalAttr<DictionaryAttr>:$metadata);
  let results = (outs Variadic<NIR_SignalType>:$outputs);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    ($name^)? (`(` $inputs^ `:` qualified(type($inputs)) `)`)?
    (`->` qualified(type($outputs))^)?
    attr-dict-with-keyword custom<GraphBody>($body)
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    /// True when this graph is a node of an enclosing graph.
    bool isNested() { return ::llvm::isa_and_nonnull<GraphOp>((*this)->getParentOp()); }
  }];
}

def InputOp : NIR_Op<"input", [HasParent<"GraphOp">,
    DeclareOpInterfaceMethods<NIR_NodeOpInterface, ["inferOutputShape"]>]> {
  let summary = "a graph input port (NIR Input)";
  let description = [{
    Where a signal enters its graph: `y(t) = x(t)` with `x` the external
    input. Its type is NIR's `input_type` (the file's `shape` dataset) and
    must be known. In a nested graph it receives the sum of the graph op's
    operands.
  }];
  let arguments = (ins StrAttr:$name, OptionalAttr<DictionaryAttr>:$metadata);
  let results = (outs NIR_SignalType:$output);
  let assemblyFormat = "$name attr-dict `:` qualified(type($output))";
}

def OutputOp : NIR_NodeOp<"output"> {
  let summary = "a graph output port (NIR Output)";
  let description = [{
    Where a signal leaves its graph: `y(t) = Σ x_i(t)`. Its type is NIR's
    `output_type` (the file's `shape` dataset), equal to its input's.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

#endif // NIRC_DIALECT_NIR_NIRSTRUCTUREOPS_TD
