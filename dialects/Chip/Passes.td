//===- Passes.td - chip dialect passes ---------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_PASSES_TD
#define NIRC_DIALECT_CHIP_PASSES_TD

include "mlir/Pass/PassBase.td"

def ChipChooseScales : Pass<"chip-choose-scales", "DeviceOp"> {
  let summary = "Choose each population's scale from the target's policy";
  let description = [{
    The first of the three passes of `chip-quantize`. Asks the target model
    how the chip sees every population (`TargetModel::mapNeurons`: decay
    registers, gains, biases, thresholds), folds the gains into the weights
    of the blocks into it, groups the populations that share a scale (a
    Xylo pool; by default each population alone) and asks the model's scale
    policy for each group's scale. Sets every population's `scale`
    (`#chip.scale<chip units per NIR unit, what bounded it>`). Parameters
    the chip cannot hold at any scale are errors naming the node and field.
  }];
}

def ChipEncodeNeurons : Pass<"chip-encode-neurons", "DeviceOp"> {
  let summary = "Compute every population's registers at its scale";
  let description = [{
    Asks the target model's register encoder for every population's
    `registers` (thresholds, decay shifts or decay constants, biases,
    initial membranes), from its mapped neurons and its `scale`. Registers
    the chip cannot hold are errors; a population without a scale is an
    error that says to run `chip-choose-scales`.
  }];
}

def ChipQuantizeWeights : Pass<"chip-quantize-weights", "DeviceOp"> {
  let summary = "Compute every synapse block's integer weights";
  let description = [{
    Folds the target population's gains into each block's weights and asks
    the target model's weight encoder for the integers the chip stores
    (`qweight`) and the block's `registers` (scale, shift or exponent), at
    the target population's `scale`. Each block gets a remark with its
    worst quantisation error and a `quant_error` register (the largest
    |w − dequantised w| relative to max |w|). Weights the chip cannot hold
    are errors, unless `allow-saturation` is set where a vendor tool clips
    (then a warning says how many were clipped). Last, the target's
    warnings about the whole mapping (Xylo's subtractive reset, ...).
  }];
  let options = [
    Option<"allowSaturation", "allow-saturation", "bool", "false",
           "Clip weights the chip cannot hold, with a warning, instead of "
           "failing">
  ];
}

def ChipPartition : Pass<"chip-partition", "DeviceOp"> {
  let summary = "Cut populations into slices that each fit one core";
  let description = [{
    Adds unplaced `chip.slice` ops. A population is cut into equal slices
    no larger than the target model allows on one core, given the synapses
    into it (neurons per core, synapse memory, synapse rows). A population
    of which not even one neuron fits is an error naming the limit.
  }];
}

def ChipPlace : Pass<"chip-place", "DeviceOp"> {
  let summary = "Give every slice a core";
  let description = [{
    Creates the `chip.core` ops in use and places every slice. Targets with
    neuron pools (Xylo, BrainScaleS-2) are filled first-fit at increasing
    offsets in the model's priority order. Targets with a core per slice
    (Speck, Loihi 2, SpiNNaker2) match slices to the cores they fit with a
    maximum bipartite matching (Boost.Graph), so that Speck's unequal cores
    are used as Sinabs does. Running out of cores is an error with the
    number of cores needed and available.
  }];
}

def ChipRoute : Pass<"chip-route", "DeviceOp"> {
  let summary = "Add a route for every pair of cores synapses connect";
  let description = [{
    For each synapse block, adds a `chip.route` from each core holding a
    source slice to each other core holding a target slice (one route per
    pair of cores, listing the synapse blocks it carries). A core sending
    to more cores than the target allows is an error.
  }];
}

def ChipVerifyFit : Pass<"chip-verify-fit", "DeviceOp"> {
  let summary = "Check that the mapped network fits the chip";
  let description = [{
    The final check, on any chip IR: every population is quantised and
    fully placed, every register and weight is within the chip's bit
    widths, every core holds what its model allows, every pair of cores a
    synapse block joins has a route and no core exceeds its destinations,
    and the target's placement rules hold. Each failure names the NIR node,
    the constraint, the limit and the value.
  }];
}

#endif // NIRC_DIALECT_CHIP_PASSES_TD
