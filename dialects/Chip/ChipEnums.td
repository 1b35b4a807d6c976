//===- ChipEnums.td - closed choices of the chip dialect ---*- tablegen -*-===//
//
// What a population and a synapse block are, whatever the chip: a target
// model says which of them it runs (TargetModel::supportsNeuronModel,
// supportsSynapses). Each prints as a bare keyword in its op
// (`chip.population "h" lif [4]`).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_CHIPENUMS_TD
#define NIRC_DIALECT_CHIP_CHIPENUMS_TD

include "ChipDialect.td"
include "mlir/IR/EnumAttr.td"

class Chip_Enum<string name, string summary, list<I32EnumAttrCase> cases>
    : I32EnumAttr<name, summary, cases> {
  let cppNamespace = "::nirc::chip";
  let genSpecializedAttr = 0;
}

def Chip_NeuronModel : Chip_Enum<"NeuronModel", "the NIR neuron a population holds", [
  I32EnumAttrCase<"LIF", 0, "lif">,
  I32EnumAttrCase<"CubaLIF", 1, "cuba_lif">,
  I32EnumAttrCase<"IF", 2, "if">,
  I32EnumAttrCase<"LI", 3, "li">,
  I32EnumAttrCase<"CubaLI", 4, "cuba_li">
]>;
def Chip_NeuronModelAttr : EnumAttr<Chip_Dialect, Chip_NeuronModel, "neuron_model">;

def Chip_SynapseKind : Chip_Enum<"SynapseKind", "how a synapse block connects", [
  // `weight` is (post, pre) over the flattened groups.
  I32EnumAttrCase<"Dense", 0, "dense">,
  // `weight` is (C_out, C_in, kH, kW) between (C, H, W) groups.
  I32EnumAttrCase<"Conv2d", 1, "conv2d">
]>;
def Chip_SynapseKindAttr : EnumAttr<Chip_Dialect, Chip_SynapseKind, "synapse_kind">;

#endif // NIRC_DIALECT_CHIP_CHIPENUMS_TD
