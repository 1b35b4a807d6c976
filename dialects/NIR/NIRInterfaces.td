//===- NIRInterfaces.td - NIR op interfaces ----------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_NIRINTERFACES_TD
#define NIRC_DIALECT_NIR_NIRINTERFACES_TD

include "mlir/IR/OpBase.td"

def NIR_NodeOpInterface : OpInterface<"NodeOpInterface"> {
  let cppNamespace = "::nirc::nir";
  let description = [{
    A NIR node with one output signal. The interface carries NIR's type
    rules: `inferOutputShape` maps the (summed) input shape to the output
    shape and rejects inputs the node cannot take, so that the verifier and
    the `nir-infer-types` pass share one definition of every shape rule.
  }];
  let methods = [
    InterfaceMethod<"The node's name in the NIR graph.",
      "::llvm::StringRef", "getNodeName", (ins),
      [{ return $_op.getName(); }]>,
    InterfaceMethod<[{
        Checks the node's parameters on their own (ranks, value ranges,
        consistency between fields). Shapes against inputs are checked by
        `inferOutputShape`.
      }],
      "::mlir::LogicalResult", "verifyParameters", (ins), [{}],
      [{ return ::mlir::success(); }]>,
    InterfaceMethod<[{
        Returns the output shape given the input shape (std::nullopt when
        not known yet), or std::nullopt when it cannot be inferred. Fails,
        reporting through `emitError` when it is non-null, when the input
        shape is not one the node accepts.
      }],
      "::mlir::FailureOr<::nirc::nir::ShapeOrUnknown>", "inferOutputShape",
      (ins "::nirc::nir::OptionalShape":$inputShape,
           "::nirc::nir::EmitErrorFn":$emitError)>,
  ];
  let verify = [{ return ::nirc::nir::detail::verifyNode($_op); }];
}

#endif // NIRC_DIALECT_NIR_NIRINTERFACES_TD
