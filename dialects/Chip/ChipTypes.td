//===- ChipTypes.td - chip types ---------------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPTYPES_TD
#define NIRC_DIALECT_CHIP_CHIPTYPES_TD

include "ChipDialect.td"
include "mlir/IR/AttrTypeBase.td"

def Chip_CoreType : TypeDef<Chip_Dialect, "Core"> {
  let mnemonic = "core";
  let summary = "a physical core of the device";
}

def Chip_NeuronsType : TypeDef<Chip_Dialect, "Neurons"> {
  let mnemonic = "neurons";
  let summary = "a group of neurons or input channels";
  let description = [{
    `!chip.neurons<64>`: the spikes (or, for a readout, the membranes) of 64
    neurons or input channels. Synapses and outputs take it as an operand.
  }];
  let parameters = (ins "int64_t":$size);
  let assemblyFormat = "`<` $size `>`";
  let genVerifyDecl = 1;
}

#endif // NIRC_DIALECT_CHIP_CHIPTYPES_TD
