//===- ChipOps.td - chip dialect ops -----------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPOPS_TD
#define NIRC_DIALECT_CHIP_CHIPOPS_TD

include "ChipAttributes.td"
include "ChipEnums.td"
include "ChipTypes.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/RegionKindInterface.td"

class Chip_DeviceChildOp<string mnemonic, list<Trait> traits = []>
    : Chip_Op<mnemonic, !listconcat([HasParent<"DeviceOp">], traits)> {
  let hasVerifier = 1;
}

def DeviceOp : Chip_Op<"device", [
    NoTerminator, SingleBlock, IsolatedFromAbove, NoRegionArguments,
    DeclareOpInterfaceMethods<RegionKindInterface>]> {
  let summary = "a network mapped onto one chip";
  let description = [{
    `target` names the chip (`nirc compile --list-targets`); `dt` is the
    step in seconds the chip's registers were computed for. The body is a
    graph region, so a recurrent connection is an SSA cycle.

    ```mlir
    chip.device "xylo-audio2" attributes {dt = 1.0e-03 : f64} {
      %hidden = chip.core 0 "hidden"
      ...
    }
    ```
  }];
  let arguments = (ins StrAttr:$target, F64Attr:$dt);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$target attr-dict-with-keyword $body";
  let hasVerifier = 1;
  // The slices on each core, once every slice is verified on its own.
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    /// The model of `target`; the verifier guarantees it exists.
    const TargetModel &getTargetModel();
  }];
}

def CoreOp : Chip_DeviceChildOp<"core"> {
  let summary = "a physical core (or neuron pool) of the device";
  let description = [{
    `index` is the core's number on the chip, `kind` what the target model
    calls it (`hidden`/`output` pools on Xylo, `cnn` cores on Speck,
    `neurocore` on Loihi 2, `pe` on SpiNNaker2, `hemisphere` on
    BrainScaleS-2). The slices placed on it must fit its neuron capacity
    and must not overlap.
  }];
  let arguments = (ins ConfinedAttr<I64Attr, [IntNonNegative]>:$index,
                       StrAttr:$kind);
  let results = (outs Chip_CoreType:$core);
  let assemblyFormat = "$index $kind attr-dict";
}

def InputOp : Chip_DeviceChildOp<"input"> {
  let summary = "input channels fed by the host or a sensor";
  let description = [{
    `name` is the NIR Input node; `shape` its NIR shape. The result counts
    every channel.
  }];
  let arguments = (ins StrAttr:$name, DenseI64ArrayAttr:$shape);
  let results = (outs Chip_NeuronsType:$channels);
  let assemblyFormat = "$name $shape attr-dict `:` qualified(type($channels))";
}

def PopulationOp : Chip_DeviceChildOp<"population"> {
  let summary = "a population of neurons of one model";
  let description = [{
    `name` is the NIR neuron node and `nir_op` its op (`nir.lif`), for
    messages. `model` is one of `lif`, `cuba_lif`, `if`, `li`, `cuba_li`;
    `shape` the NIR shape. `params` holds the NIR parameters (`tau_mem`,
    `v_threshold`, ...) as float arrays of one value or one per neuron,
    plus `bias`, the input current an Affine bias adds. `scale` is what
    `chip-choose-scales` chose to map its membrane onto the chip;
    `registers` holds what `chip-encode-neurons` computed for the chip,
    named as the vendor's toolchain names them.
  }];
  let arguments = (ins StrAttr:$name, StrAttr:$nir_op,
                       Chip_NeuronModelAttr:$model,
                       DenseI64ArrayAttr:$shape, DictionaryAttr:$params,
                       OptionalAttr<Chip_ScaleAttr>:$scale,
                       OptionalAttr<DictionaryAttr>:$registers);
  let results = (outs Chip_NeuronsType:$neurons);
  let assemblyFormat = [{
    $name $model $shape attr-dict `:` qualified(type($neurons))
  }];
  let extraClassDeclaration = [{
    /// The float values of parameter `name`, one per neuron (broadcast);
    /// empty when the population has no such parameter.
    ::llvm::SmallVector<double> getParamValues(::llvm::StringRef name);
    /// Whether a chip.output reads this population.
    bool isReadout();
    /// The synapse blocks into and out of this population.
    ::llvm::SmallVector<SynapsesOp, 4> getIncomingSynapses();
    ::llvm::SmallVector<SynapsesOp, 4> getOutgoingSynapses();
  }];
}

def SynapsesOp : Chip_DeviceChildOp<"synapses"> {
  let summary = "the weighted connections from one group of neurons to another";
  let description = [{
    `name` is the NIR weight node and `nir_op` its op (`nir.affine`, or
    `nir.identity` for an edge with no weight); `absorbed` the NIR nodes folded into
    this block (pooling, flatten, scale). `kind` is `dense` (`weight` is
    `(post, pre)`, NIR's `(out, in)`) or `conv2d` (`weight` is
    `(C_out, C_in, kH, kW)` between `(C, H, W)` shapes, with `stride` and
    symmetric `padding` `[h, w]`). `pool` is a square sum pooling of the
    source spikes before the weights (Speck pools per destination).
    `chip-quantize-weights` adds `qweight`, the integer weights the chip
    stores, and `registers` (scale, shift, exponent, ...).
  }];
  let arguments = (ins StrAttr:$name, StrAttr:$nir_op,
                       Chip_SynapseKindAttr:$kind,
                       Chip_NeuronsType:$source, Chip_NeuronsType:$target,
                       F64ElementsAttr:$weight,
                       OptionalAttr<DenseI64ArrayAttr>:$stride,
                       OptionalAttr<DenseI64ArrayAttr>:$padding,
                       OptionalAttr<DenseI64ArrayAttr>:$pool,
                       OptionalAttr<StrArrayAttr>:$absorbed,
                       OptionalAttr<I64ElementsAttr>:$qweight,
                       OptionalAttr<DictionaryAttr>:$registers);
  let assemblyFormat = [{
    $name $kind $source `->` $target attr-dict `:`
    qualified(type($source)) `->` qualified(type($target))
  }];
  let extraClassDeclaration = [{
    PopulationOp getTargetPopulation();
    /// The source's NIR shape (an input's or a population's).
    ::llvm::ArrayRef<int64_t> getSourceShape();
    /// The group feeding the synapses: a chip.input or chip.population.
    ::llvm::StringRef getSourceName();
  }];
}

def SliceOp : Chip_DeviceChildOp<"slice"> {
  let summary = "neurons [begin, end) of a population, placed or not yet";
  let description = [{
    `chip-partition` cuts each population into slices that each fit one
    core; `chip-place` gives each a core and the `offset` of its first
    neuron there (the hardware neuron id on Xylo).

    ```mlir
    chip.slice %lif[0 : 64]
    chip.slice %lif[0 : 64] on %core at 0
    ```
  }];
  let arguments = (ins Chip_NeuronsType:$population,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$begin,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$end,
                       Optional<Chip_CoreType>:$core,
                       OptionalAttr<ConfinedAttr<I64Attr, [IntNonNegative]>>:$offset);
  let assemblyFormat = [{
    $population `[` $begin `:` $end `]` (`on` $core^ `at` $offset)?
    attr-dict `:` qualified(type($population))
  }];
  let extraClassDeclaration = [{
    int64_t getSize() { return getEnd() - getBegin(); }
    PopulationOp getPopulationOp();
  }];
}

def RouteOp : Chip_DeviceChildOp<"route"> {
  let summary = "spikes sent from one core to another";
  let description = [{
    `synapses` names the synapse blocks whose spikes take the route.
  }];
  let arguments = (ins Chip_CoreType:$source, Chip_CoreType:$destination,
                       StrArrayAttr:$synapses);
  let assemblyFormat = "$source `->` $destination $synapses attr-dict";
}

def OutputOp : Chip_DeviceChildOp<"output"> {
  let summary = "a group read out to the host";
  let description = [{
    `name` is the NIR Output node. A spiking population is read as spikes,
    an `li`/`cuba_li` population as membranes.
  }];
  let arguments = (ins StrAttr:$name, Chip_NeuronsType:$source);
  let assemblyFormat = "$name $source attr-dict `:` qualified(type($source))";
}

#endif // NIRC_DIALECT_CHIP_CHIPOPS_TD
