//===- Quantization.h - shared arithmetic of the target models --*- C++ -*-===//
//
// Rounding, scales and error statistics the vendors' quantisers share, so
// each target model states only its own rules.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_QUANTIZATION_H
#define NIRC_DIALECT_CHIP_QUANTIZATION_H

#include "nirc/Dialect/Chip/ChipOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/SmallVector.h"

namespace nirc::chip {

enum class Rounding {
  HalfEven,         // numpy's np.round (Rockpool), torch.round (Sinabs)
  HalfAwayFromZero, // C's std::round (hxtorch's +-0.5 then int())
  TowardZero,       // Python's int() (the NIR paper's Lava importer)
};

int64_t roundToInteger(double value, Rounding rounding);

/// A value for a message, as "%g" prints it ("0.001", "1.5e-06"), to
/// `significantDigits` digits.
std::string formatNumber(double value, int significantDigits = 6);
double maxAbs(llvm::ArrayRef<double> values);

/// Values times a scale, rounded and clamped to [min, max].
struct QuantizedValues {
  llvm::SmallVector<int64_t> ints;
  /// Largest |value − int / scale|, in the values' units.
  double maxAbsError = 0;
  /// Largest |value|.
  double maxAbsValue = 0;
  /// How many values were clamped.
  int64_t saturated = 0;
  /// maxAbsError / maxAbsValue (0 for all-zero values).
  double relativeError() const;
};
QuantizedValues quantizeValues(llvm::ArrayRef<double> values, double scale,
                               Rounding rounding, int64_t min, int64_t max);

/// A population's neurons as a chip sees them before any scale
/// (TargetModel::mapNeurons): what the scale policy and the register
/// encoders read, and the stepped chips' emulations too
/// (NeuronEmulation::setCurrentUnit), so that they cannot disagree on a
/// gain. Arrays hold one value per neuron, or are empty where the chip does
/// not use them; values are in NIR membrane units.
struct NeuronMapping {
  /// The chip's decay registers as it encodes them (Xylo's dash_syn and
  /// dash_mem per neuron; Loihi's du and dv, one per population).
  llvm::SmallVector<int64_t> currentDecay, membraneDecay;
  /// The membrane's rise per step for one unit of NIR's current,
  /// (1 − α_mem)·r with the chip's own α_mem (dt·r for an IF), where the
  /// chip has a current register in NIR's units (Loihi, Xylo).
  llvm::SmallVector<double> membraneGain;
  /// Factor from a NIR weight into the neuron to the membrane step one
  /// event makes on the chip (membraneGain, the synapse's gain and w_in, as
  /// far as the chip folds them into its weights; 1 where it does not).
  llvm::SmallVector<double> weightGain;
  /// Bias per step, threshold (empty for a readout) and initial membrane,
  /// each relative to the chip's reset level where it has one.
  llvm::SmallVector<double> bias, threshold, initial;
};

/// One population of a scale group, as the scale policy sees it.
struct MappedPopulation {
  PopulationOp population;
  const NeuronMapping *neurons;
  /// Each block into the population with its effective weights.
  llvm::SmallVector<std::pair<SynapsesOp, llvm::ArrayRef<double>>> incoming;
};

/// The scale policy's answer (stored as `#chip.scale`).
struct ScaleChoice {
  /// Chip units per NIR membrane unit.
  double value = 1;
  /// Weights are stored 2^weightShift times coarser and shifted back as they
  /// are added (Xylo's per-matrix shift).
  int64_t weightShift = 0;
  /// What bounded the scale, for messages ("the threshold").
  std::string boundBy;
};

/// A synapse block as the chip stores it (TargetModel::encodeWeights).
struct EncodedWeights {
  QuantizedValues values;
  llvm::SmallVector<mlir::NamedAttribute> registers;
  /// For the remark: "8-bit MIXED weights into "h", weight_exp -3".
  std::string description;
};

/// `population`'s neurons as its target sees them: checks that the
/// population has every parameter its model reads (chip IR written by hand
/// may lack some), then asks the target model (TargetModel::mapNeurons).
mlir::FailureOr<NeuronMapping> mapPopulation(PopulationOp population);
/// The weights of `synapses` times its target neurons' weight gains, in the
/// weight's layout: per row of a dense block, per output channel of a
/// conv2d kernel (which all positions of the channel share, so they must
/// share a gain).
mlir::FailureOr<llvm::SmallVector<double>>
getEffectiveWeights(SynapsesOp synapses, const NeuronMapping &target);
/// The `scale` chip-choose-scales set on `population`; an error naming the
/// pass when there is none.
mlir::FailureOr<ScaleChoice> getChosenScale(PopulationOp population);

/// Reports values `quantized` had to clamp into [min, max] at `scale`:
/// "'nir.lif' "h": 3 biases exceed Xylo IMU's range [-32768, 32767] at
/// scale 64" as an error, or as a warning ("; clipped") when `allowClipping`.
/// Succeeds when nothing was clamped or clipping is allowed.
mlir::LogicalResult checkClamped(mlir::Operation *op, const TargetModel &model,
                                 const QuantizedValues &quantized,
                                 llvm::StringRef what, int64_t min, int64_t max,
                                 double scale, bool allowClipping = false);

/// The weights of `synapses`, in C order.
llvm::SmallVector<double> getWeightValues(SynapsesOp synapses);

/// Stores `weights` as the block's `qweight`, sets its `registers` to
/// `registers` plus `quant_error`, and emits the remark
/// "'fc1': <description>, worst error E (P% of max |w| = M)".
void setQuantizedWeights(SynapsesOp synapses, const QuantizedValues &weights,
                         llvm::ArrayRef<mlir::NamedAttribute> registers,
                         llvm::StringRef description);

/// An i64 array of `values.size()` elements, or one when all are equal.
mlir::DenseIntElementsAttr getRegisterArray(mlir::MLIRContext *context,
                                            llvm::ArrayRef<int64_t> values);
/// The integers of register `name` in `registers` (one or one per
/// element); empty when there is no such register.
llvm::SmallVector<int64_t> getRegisterValues(mlir::DictionaryAttr registers,
                                             llvm::StringRef name);
/// A float register, or `fallback`.
double getFloatRegister(mlir::DictionaryAttr registers, llvm::StringRef name,
                        double fallback);

/// An f64 array of `values.size()` elements, or one when all are equal.
mlir::DenseFPElementsAttr getFloatArray(mlir::MLIRContext *context,
                                        llvm::ArrayRef<double> values);

} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_QUANTIZATION_H
