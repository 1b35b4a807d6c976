//===- ChipDialect.td - chip dialect definition ------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPDIALECT_TD
#define NIRC_DIALECT_CHIP_CHIPDIALECT_TD

include "mlir/IR/OpBase.td"

def Chip_Dialect : Dialect {
  let name = "chip";
  let cppNamespace = "::nirc::chip";
  let summary = "A NIR graph mapped onto one neuromorphic chip";
  let description = [{
    A `chip.device` holds the network as the chip would run it: neuron
    populations with the chip's register values, synapse blocks with integer
    weights, the cores each slice of a population lives on, and the routes
    between cores. The device's `target` selects a C++ `TargetModel`, which
    owns every limit, bit width and rule of that chip; ops and passes ask it.

    The IR is built in stages: `convert-nir-to-chip` (populations and
    synapses with the NIR values), `chip-quantize` (scales, registers and
    integer weights: `chip-choose-scales`, `chip-encode-neurons`,
    `chip-quantize-weights`),
    `chip-partition` (slices), `chip-place` (cores), `chip-route` (routes)
    and `chip-verify-fit` (the final check).
  }];
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
}

class Chip_Op<string mnemonic, list<Trait> traits = []>
    : Op<Chip_Dialect, mnemonic, traits>;

#endif // NIRC_DIALECT_CHIP_CHIPDIALECT_TD
