//===- NIROps.td - NIR ops, one per primitive --------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_NIROPS_TD
#define NIRC_DIALECT_NIR_NIROPS_TD

include "NIRDialect.td"
include "NIRTypes.td"
include "NIRInterfaces.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/RegionKindInterface.td"

/// A parameter as stored in a `.nir` file: a dense tensor of any integer or
/// float dtype and any shape (0-d included), kept as it was read.
def NIR_ParamAttr : ElementsAttrBase<
    And<[CPred<"::llvm::isa<::mlir::ElementsAttr>($_self)">,
         CPred<"::llvm::cast<::mlir::ElementsAttr>($_self).getElementType()"
               ".isIntOrFloat()">]>,
    "integer or floating-point tensor parameter">;

/// A Python int field (stride, groups, start_dim...). Its getter is signed
/// (I64Attr's is unsigned), so a negative value reads and prints as itself.
def NIR_IntAttr : TypedSignlessIntegerAttrBase<I64, "int64_t",
                                               "64-bit integer attribute"> {
  let convertFromStorage = "$_self.getValue().getSExtValue()";
}

/// Conv padding: per-axis amounts or one of PyTorch's "same" / "valid".
def NIR_Conv1dPaddingAttr : AnyAttrOf<[NIR_IntAttr, StrAttr]>;
def NIR_Conv2dPaddingAttr : AnyAttrOf<[DenseI64ArrayAttr, StrAttr]>;

/// A node of a NIR graph: a name, the edges into it (summed), one output.
/// Nodes are not `Pure`: a node nobody reads (an Output, a probe target) is
/// still part of the model and must survive CSE and DCE.
class NIR_NodeOp<string mnemonic,
                 list<string> implemented = ["inferOutputShape"]>
    : NIR_Op<mnemonic, [HasParent<"GraphOp">,
        DeclareOpInterfaceMethods<NIR_NodeOpInterface, implemented>]> {
  let results = (outs NIR_SignalType:$output);
  let assemblyFormat = [{
    $name (`(` $inputs^ `)`)? attr-dict `:` functional-type($inputs, $output)
  }];
}

/// A node whose output has the shape of its parameters and whose parameters
/// all share one shape (`w_in` may broadcast): neurons, Scale, Delay,
/// Threshold. Shape and value rules are generic over the parameter names.
class NIR_ElementwiseOp<string mnemonic>
    : NIR_NodeOp<mnemonic, ["inferOutputShape", "verifyParameters"]> {
  let extraClassDefinition = [{
    ::mlir::LogicalResult $cppClass::verifyParameters() {
      return verifyElementwiseParameters(*this, getAttributeNames());
    }
    ::mlir::FailureOr<ShapeOrUnknown>
    $cppClass::inferOutputShape(OptionalShape inputShape,
                                EmitErrorFn emitError) {
      return inferElementwiseOutputShape(*this, getAttributeNames(),
                                         inputShape, emitError);
    }
  }];
}

include "NIRStructureOps.td"
include "NIRSynapseOps.td"
include "NIRNeuronOps.td"

#endif // NIRC_DIALECT_NIR_NIROPS_TD
