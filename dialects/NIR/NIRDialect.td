//===- NIRDialect.td - NIR dialect definition --------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_NIR_NIRDIALECT_TD
#define NIRC_DIALECT_NIR_NIRDIALECT_TD

include "mlir/IR/OpBase.td"

def NIR_Dialect : Dialect {
  let name = "nir";
  let cppNamespace = "::nirc::nir";
  let summary = "The Neuromorphic Intermediate Representation, one op per primitive";
  let description = [{
    A NIR graph (neuromorphs/NIR) in continuous time. Each op is one NIR
    node; each SSA value is the signal a node emits, typed with the node's NIR
    shape (no batch and no time axis). A `nir.graph` body is a graph region,
    so recurrent edges are plain SSA cycles. Several operands into one node
    are summed, which is NIR's fan-in rule. Parameters are kept with the dtype
    and shape they had in the `.nir` file, and attribute names are NIR's
    field names.
  }];
  let useDefaultTypePrinterParser = 1;
  let extraClassDeclaration = [{
    void registerTypes();
  }];
}

class NIR_Op<string mnemonic, list<Trait> traits = []>
    : Op<NIR_Dialect, mnemonic, traits>;

#endif // NIRC_DIALECT_NIR_NIRDIALECT_TD
