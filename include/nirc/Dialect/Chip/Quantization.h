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
