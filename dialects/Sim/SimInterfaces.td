//===- SimInterfaces.td - sim op interfaces ----------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_SIM_SIMINTERFACES_TD
#define NIRC_DIALECT_SIM_SIMINTERFACES_TD

include "mlir/IR/OpBase.td"

def Sim_NodeMemberOpInterface : OpInterface<"NodeMemberOpInterface"> {
  let cppNamespace = "::nirc::sim";
  let description = [{
    An op of a `sim.model` body, which belongs to the NIR node it was lowered
    from. `sim-schedule` orders the step node by node and cuts a cycle at a
    node's edge, so the grouping is part of the op (its inherent `node`
    attribute), which a rewrite carries or must set: an op without one fails
    verification instead of silently becoming a node of its own.
  }];
  let methods = [
    InterfaceMethod<"The NIR node the op belongs to.",
      "::llvm::StringRef", "getNode">,
    InterfaceMethod<"Puts the op in the NIR node `node`.",
      "void", "setNode", (ins "::llvm::StringRef":$node)>,
  ];
  let verify = [{
    if (::mlir::cast<ConcreteOp>($_op).getNode().empty())
      return $_op->emitOpError(
          "must name the NIR node it belongs to in its 'node' attribute");
    return ::mlir::success();
  }];
}

#endif // NIRC_DIALECT_SIM_SIMINTERFACES_TD
