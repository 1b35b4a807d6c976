//===- TargetModel.h - what a chip can hold and how -------------*- C++ -*-===//
//
// One subclass per chip holds every number and rule of docs/chips.md
// for it. The chip ops and passes ask the model; no chip constant appears in
// a pass (as mlir-aie's AIETargetModel).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_TARGETMODEL_H
#define NIRC_DIALECT_CHIP_TARGETMODEL_H

#include "nirc/Dialect/Chip/ChipEnums.h"
#include "nirc/Dialect/Chip/Emulation.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace nirc::chip {
class DeviceOp;
class PopulationOp;
class SliceOp;
class SynapsesOp;

/// A key number of a chip, for `nirc compile --list-targets` and the JSON.
struct TargetLimit {
  llvm::StringRef key; // "hidden_neurons"
  int64_t value;
  llvm::StringRef description; // "hidden neurons"
};

/// The allowed range of a register, checked by chip-verify-fit.
struct RegisterRange {
  llvm::StringRef name; // as in `registers`
  int64_t min, max;
};

/// A broken limit, printed as
/// "<actual> <quantity> exceed <chip>'s limit of <limit> <limitName>".
struct LimitViolation {
  int64_t actual = 0;
  std::string quantity;
  int64_t limit = 0;
  std::string limitName;
};

// What the scale policy and the register encoders exchange (Quantization.h).
struct NeuronMapping;
struct MappedPopulation;
struct ScaleChoice;
struct EncodedWeights;

/// What the user allows chip-quantize-weights to do beyond exact rules.
struct QuantizeOptions {
  /// Clip weights the chip cannot hold (with a warning) instead of failing,
  /// as BrainScaleS-2's hxtorch and lava-dl's netx do silently.
  bool allowSaturation = false;
};

/// How a target cuts populations and fills its cores.
enum class PlacementStyle {
  /// Cores are pools of neuron ids; several slices share a core at
  /// increasing offsets, filled first-fit (Xylo, BrainScaleS-2).
  PackedPools,
  /// Every slice gets a core of its own, chosen by a bipartite matching
  /// of slices to the cores they fit (Speck's layers, Loihi 2, SpiNNaker2).
  CorePerSlice,
};

class TargetModel {
public:
  virtual ~TargetModel();

  /// The name `target=` takes ("xylo-audio2").
  virtual llvm::StringRef getName() const = 0;
  /// The name messages use ("Xylo Audio 2").
  virtual llvm::StringRef getDisplayName() const = 0;
  virtual llvm::ArrayRef<TargetLimit> getLimits() const = 0;

  //===--- Resources
  //-------------------------------------------------------===//
  virtual unsigned getNumCores() const = 0;
  virtual llvm::StringRef getCoreKind(unsigned core) const = 0;
  virtual int64_t getNeuronCapacity(unsigned core) const = 0;
  /// The core kind that hosts `population` (Xylo: `hidden` or `output`).
  virtual llvm::StringRef getCoreKindFor(PopulationOp population) const;
  virtual PlacementStyle getPlacementStyle() const = 0;
  /// Populations are placed in increasing priority (Xylo IMU places the
  /// input-expansion population first and the output-expansion ones last).
  virtual int getPlacementPriority(PopulationOp population) const;
  /// Most other cores one core may send spikes to; 0 for no limit.
  virtual unsigned getMaxRouteDestinations() const { return 0; }

  //===--- convert-nir-to-chip
  //---------------------------------------------===//
  /// Whether the chip runs neuron `model`; `isReadout` when the population
  /// feeds a graph output.
  virtual bool supportsNeuronModel(NeuronModel model, bool isReadout) const = 0;
  /// Whether the chip has synapses of `kind`, pooled or not.
  virtual bool supportsSynapses(SynapseKind kind, bool pooled) const = 0;
  /// The target's design rules on a freshly converted device (Xylo's DRC
  /// list, BrainScaleS-2's homogeneous layers, ...). Emits the errors.
  virtual mlir::LogicalResult checkDesignRules(DeviceOp device) const;

  //===--- chip-choose-scales, chip-encode-neurons, chip-quantize-weights
  //---===//
  /// How the chip sees `population`'s neurons before any scale: its decay
  /// registers and, in NIR membrane units, each neuron's input gain, bias,
  /// threshold and initial membrane. Emits an error for values the chip
  /// cannot hold whatever the scale (a time constant too long for a decay
  /// register, parameters that differ where the chip holds one).
  virtual mlir::FailureOr<NeuronMapping> mapNeurons(PopulationOp population,
                                                    double dt) const = 0;
  /// Populations with the same group share one scale (Xylo's pools); by
  /// default (none) each population has its own.
  virtual std::optional<unsigned> getScaleGroup(PopulationOp population) const;
  /// The scale policy: one scale for the populations of a group, from their
  /// mapped neurons and the effective weights into them. Emits an error when
  /// no scale can hold them.
  virtual mlir::FailureOr<ScaleChoice>
  chooseScale(llvm::ArrayRef<MappedPopulation> group) const = 0;
  /// The register encoder of a population at its chosen scale.
  virtual mlir::FailureOr<mlir::DictionaryAttr>
  encodeNeurons(PopulationOp population, const NeuronMapping &neurons,
                const ScaleChoice &scale) const = 0;
  /// The register encoder of a synapse block: the integers the chip stores
  /// for `effectiveWeights` (the block's weights times its targets'
  /// `NeuronMapping::weightGain`) at the target's scale, with the block's
  /// registers. Emits an error (or, where `options` allows, a warning) for
  /// weights the chip cannot hold.
  virtual mlir::FailureOr<EncodedWeights>
  encodeWeights(SynapsesOp synapses, llvm::ArrayRef<double> effectiveWeights,
                const ScaleChoice &scale,
                const QuantizeOptions &options) const = 0;
  /// Warnings about the whole mapping, once it is quantised (Xylo's
  /// subtractive reset, BrainScaleS-2's calibration targets).
  virtual void emitQuantizationCaveats(DeviceOp device) const;
  virtual llvm::ArrayRef<RegisterRange> getPopulationRegisters() const = 0;
  /// Registers of any type (float, string) every population must have,
  /// beyond the integer ones above.
  virtual llvm::ArrayRef<llvm::StringLiteral>
  getOtherPopulationRegisters() const {
    return {};
  }
  virtual llvm::ArrayRef<RegisterRange> getSynapseRegisters() const = 0;
  /// The range of one stored weight, over every synapse block.
  virtual RegisterRange getWeightRange() const = 0;
  /// The range of one weight of `synapses`, once quantised (Loihi 2's
  /// depends on the block's sign mode); by default the chip's.
  virtual RegisterRange getWeightRangeFor(SynapsesOp synapses) const;

  //===--- chip-partition and chip-place
  //-----------------------------------===//
  /// The most neurons of `population` one core can hold, given the
  /// synapses into it; fails with the limit that stops even one slice.
  virtual mlir::FailureOr<int64_t>
  getMaxSliceSize(PopulationOp population, llvm::ArrayRef<SynapsesOp> incoming,
                  LimitViolation &violation) const = 0;
  /// Whether `candidate` can join `placed` on `core`, beyond the neuron
  /// capacity the pass checks itself (synapse rows, memories).
  virtual bool fitsOnCore(unsigned core, llvm::ArrayRef<SliceOp> placed,
                          SliceOp candidate, LimitViolation &violation) const;
  /// Rules on the placed device (Xylo: input weights reach only the first
  /// 128 hidden neurons). Emits the errors.
  virtual mlir::LogicalResult verifyPlacement(DeviceOp device) const;

  //===--- convert-chip-to-sim
  //--------------------------------------------===//
  /// Whether the chip's arithmetic is described for emulation.
  virtual bool canEmulate() const { return false; }
  /// The model of the vendor's toolchain, where its arithmetic differs from
  /// the chip's and `EmulationVariant::Toolchain` runs it ("Sinabs'
  /// time-stepped IAF"); empty when the chip's is the only one.
  virtual llvm::StringRef getToolchainModel() const { return ""; }
  /// Why `variant` of this chip cannot be emulated ("Loihi 2 has no
  /// toolchain model apart from ..."); empty when it can.
  std::string whyCannotEmulate(EmulationVariant variant) const;
  /// How the chip (or its toolchain, for a target with a toolchain model)
  /// runs `population`, from its registers. Emits an error when it cannot
  /// say.
  virtual mlir::FailureOr<NeuronEmulation>
  getNeuronEmulation(PopulationOp population, EmulationVariant variant) const;
  /// How the chip (or its toolchain) runs `synapses`, from its registers.
  virtual mlir::FailureOr<SynapseEmulation>
  getSynapseEmulation(SynapsesOp synapses, EmulationVariant variant) const;
  /// The most events an input channel delivers in one step.
  virtual int64_t getMaxInputEventsPerStep() const { return 1; }
  /// The device variation `nirc simulate --mismatch default` assumes: a
  /// mismatch spec ("v_threshold=0.09"; empty for none) and where its
  /// numbers come from. By default a digital chip, whose neurons do not
  /// vary.
  virtual std::pair<std::string, std::string> getDefaultMismatch() const;
  /// True when the neurons are analog circuits the chip calibrates per
  /// population: their mismatch is the calibrated circuit's deviation, drawn
  /// after quantisation (sim-neuron-mismatch), not a change of NIR's
  /// parameters before it.
  virtual bool hasAnalogNeurons() const { return false; }

  //===--- Messages
  //--------------------------------------------------------===//
  /// Emits "'nir.lif' "hidden": <violation>" at `op`, a chip.population,
  /// chip.input or chip.synapses.
  mlir::InFlightDiagnostic emitLimitError(mlir::Operation *op,
                                          const LimitViolation &v) const;
  std::string describe(const LimitViolation &v) const;
};

/// The NIR node of `op` (a chip.population, chip.input or chip.synapses)
/// for messages: "'nir.lif' "hidden"".
std::string describeNode(mlir::Operation *op);
/// Emits an error at `op` that starts with its NIR node:
/// "'nir.lif' "hidden": ".
mlir::InFlightDiagnostic emitNodeError(mlir::Operation *op);

/// The model called `name`, or null.
const TargetModel *lookupTargetModel(llvm::StringRef name);
/// Every target, in the order `--list-targets` shows them.
llvm::ArrayRef<const TargetModel *> getAllTargetModels();
/// Their names in that order, each after a space (" xylo-audio2 ..."), for
/// the message that rejects an unknown one.
std::string getTargetNames();

} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_TARGETMODEL_H
