//===- NIRSynapseOps.td - stateless and delay NIR nodes ----*- tablegen -*-===//
//
// Affine, Linear, Scale, Conv1d, Conv2d, SumPool2d, AvgPool2d, Flatten,
// Delay: the nodes that carry weights or reshape signals, without a membrane.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_NIR_NIRSYNAPSEOPS_TD
#define NIRC_DIALECT_NIR_NIRSYNAPSEOPS_TD

/// A node with parameters checked and shapes inferred by its own C++ code.
class NIR_WeightedOp<string mnemonic>
    : NIR_NodeOp<mnemonic, ["inferOutputShape", "verifyParameters"]>;

def AffineOp : NIR_WeightedOp<"affine"> {
  let summary = "affine map, y(t) = W x(t) + b (NIR Affine)";
  let description = [{
    `weight` has shape `(..., out, in)` (leading axes batch the map), the
    input `(..., in)`, the output `(..., out)`; `bias` broadcasts to the
    output shape.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$weight, NIR_ParamAttr:$bias,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def LinearOp : NIR_WeightedOp<"linear"> {
  let summary = "linear map, y(t) = W x(t) (NIR Linear)";
  let description = [{
    `weight` has shape `(..., out, in)`, the input `(..., in)`, the output
    `(..., out)`.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$weight,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def ScaleOp : NIR_ElementwiseOp<"scale"> {
  let summary = "elementwise scaling, y(t) = s ⊙ x(t) (NIR Scale)";
  let description = [{ Input and output have the shape of `scale`. }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$scale,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def Conv1dOp : NIR_WeightedOp<"conv1d"> {
  let summary = "1-D convolution, y(t) = W ⋆ x(t) + b (NIR Conv1d)";
  let description = [{
    PyTorch `Conv1d` semantics. `weight` is `(C_out, C_in/groups, K)`, the
    input `(C_in, N)`, the output `(C_out, L)` with
    `L = floor((N + 2p − d(K−1) − 1)/s) + 1`; `padding = "same"` keeps `N`
    (stride 1 only), `"valid"` means `p = 0`. `input_shape` is NIR's stored
    `N`, used when no input edge says it.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$weight, NIR_ParamAttr:$bias,
                       NIR_IntAttr:$stride, NIR_Conv1dPaddingAttr:$padding,
                       NIR_IntAttr:$dilation, NIR_IntAttr:$groups,
                       OptionalAttr<NIR_IntAttr>:$input_shape,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def Conv2dOp : NIR_WeightedOp<"conv2d"> {
  let summary = "2-D convolution, y(t) = W ⋆ x(t) + b (NIR Conv2d)";
  let description = [{
    PyTorch `Conv2d` semantics. `weight` is `(C_out, C_in/groups, kH, kW)`,
    the input `(C_in, H, W)`, the output `(C_out, H', W')`, each axis by the
    Conv1d formula with its own kernel size (unlike the Python package,
    which uses `kH` for both), stride, padding and dilation (`[h, w]`).
    `input_shape` is NIR's stored `(H, W)`.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$weight, NIR_ParamAttr:$bias,
                       DenseI64ArrayAttr:$stride,
                       NIR_Conv2dPaddingAttr:$padding,
                       DenseI64ArrayAttr:$dilation, NIR_IntAttr:$groups,
                       OptionalAttr<DenseI64ArrayAttr>:$input_shape,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

class NIR_Pool2dOp<string mnemonic> : NIR_WeightedOp<mnemonic> {
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       DenseI64ArrayAttr:$kernel_size,
                       DenseI64ArrayAttr:$stride, DenseI64ArrayAttr:$padding,
                       OptionalAttr<DictionaryAttr>:$metadata);
  let extraClassDefinition = [{
    ::mlir::LogicalResult $cppClass::verifyParameters() {
      return verifyPool2dParameters(*this);
    }
    ::mlir::FailureOr<ShapeOrUnknown>
    $cppClass::inferOutputShape(OptionalShape inputShape,
                                EmitErrorFn emitError) {
      return inferPool2dOutputShape(*this, inputShape, emitError);
    }
  }];
}

def SumPool2dOp : NIR_Pool2dOp<"sum_pool2d"> {
  let summary = "2-D sum pooling, y = Σ over each window of x (NIR SumPool2d)";
  let description = [{
    Input `(C, H, W)`, output `(C, H', W')` with
    `H' = floor((H + 2p − k)/s) + 1` per axis (`[h, w]` parameters).
  }];
}

def AvgPool2dOp : NIR_Pool2dOp<"avg_pool2d"> {
  let summary = "2-D average pooling, y = (1/(kH·kW)) Σ over each window (NIR AvgPool2d)";
  let description = [{
    SumPool2d followed by a scale of `1/(kH·kW)`; same shapes as SumPool2d.
  }];
}

def FlattenOp : NIR_WeightedOp<"flatten"> {
  let summary = "reshape merging axes start_dim..end_dim, y = x (NIR Flatten)";
  let description = [{
    Dims index the unbatched NIR shape (so the default `start_dim = 1` keeps
    the channel axis); negative dims count from the end. `input_type` is
    NIR's stored input shape, used when no input edge says it.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_IntAttr:$start_dim, NIR_IntAttr:$end_dim,
                       OptionalAttr<DenseI64ArrayAttr>:$input_type,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

def DelayOp : NIR_ElementwiseOp<"delay"> {
  let summary = "per-element delay, y(t) = x(t − τ) (NIR Delay)";
  let description = [{
    `delay` holds τ per element (non-negative); input and output have its
    shape.
  }];
  let arguments = (ins StrAttr:$name, Variadic<NIR_SignalType>:$inputs,
                       NIR_ParamAttr:$delay,
                       OptionalAttr<DictionaryAttr>:$metadata);
}

#endif // NIRC_DIALECT_NIR_NIRSYNAPSEOPS_TD
