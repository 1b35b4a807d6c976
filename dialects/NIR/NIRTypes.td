//===- NIRTypes.td - NIR types -----------------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_NIRTYPES_TD
#define NIRC_DIALECT_NIR_NIRTYPES_TD

include "NIRDialect.td"
include "mlir/IR/AttrTypeBase.td"

def NIR_SignalType : TypeDef<NIR_Dialect, "Signal"> {
  let mnemonic = "signal";
  let summary = "a signal of NIR shape, or of a shape not inferred yet";
  let description = [{
    The value a NIR node emits over time. The shape is the node's NIR
    `output_type` without batch and time axes: `!nir.signal<2x34x34>`, a
    0-d signal `!nir.signal<>`, or `!nir.signal<*>` when the shape is not
    known yet (NIR leaves conv, pooling and flatten outputs to be inferred).
    NIR shapes carry no dtype, so neither does this type.
  }];
  let parameters = (ins "bool":$known,
                        ArrayRefParameter<"int64_t", "dimensions">:$shape);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    TypeBuilder<(ins "::llvm::ArrayRef<int64_t>":$shape), [{
      return $_get($_ctxt, true, shape);
    }]>
  ];
  let extraClassDeclaration = [{
    /// The signal type whose shape is still to be inferred.
    static SignalType getUnknown(::mlir::MLIRContext *context) {
      return get(context, false, {});
    }
    bool hasKnownShape() const { return getKnown(); }
    /// Number of scalar channels (1 for a 0-d signal).
    int64_t getNumElements() const;
  }];
}

#endif // NIRC_DIALECT_NIR_NIRTYPES_TD
