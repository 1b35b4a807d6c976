//===- Mismatch.h - device mismatch on NIR parameters -----------*- C++ -*-===//
//
// Fixed-pattern noise for Monte Carlo trials: each trial perturbs every
// neuron and synapse parameter named by a spec once, from a random stream
// that depends only on (seed, trial), so that trial k is reproducible alone,
// whatever the number of trials, their order or how they are split across
// processes or machines.
//
// The model:
// - Parameters that cannot change sign (tau, tau_mem, tau_syn, and the
//   gains r and w_in, which physically are a resistance and a synaptic
//   gain) are multiplied by a log-normal factor of mean 1 and relative
//   standard deviation exactly sigma: with s^2 = ln(1 + sigma^2),
//   factor = exp(-s^2/2 + s N(0,1)). A value keeps its sign, and a time
//   constant stays positive.
// - Signed parameters (v_threshold, v_leak, v_reset, weight, bias) become
//   p (1 + sigma N(0,1)), as Rockpool's transform/mismatch.py does: a
//   value may change sign when sigma is large, and 0 stays 0.
// - Each element gets its own draw. A parameter that NIR broadcasts (a
//   `w_in` smaller than the population, an Affine `bias` smaller than the
//   output) and a splat are expanded to one value per neuron or synapse:
//   `w_in` to the population shape, Affine `bias` to the output shape, every
//   other parameter to its own shape. The element type is kept.
//
// The random stream of a trial: boost::random::mt19937_64 seeded with
// getMismatchTrialSeed(seed, trial) (SplitMix64 of seed, xor trial,
// SplitMix64 again), read by one boost::random::normal_distribution<double>
// (Boost's ziggurat, the same on every platform, unlike
// std::normal_distribution). Draws are taken in a fixed order: the NIR nodes
// of the module in body order, a nested graph's nodes where the graph
// stands (pre-order); within a node, the spec's entries in the order given,
// and for `tau` on CubaLI/CubaLIF first tau_syn then tau_mem; within a
// parameter, the elements of its expanded shape in C order. An entry draws
// its normals even when its sigma is 0, so the pattern of one key does not
// depend on the others' sigmas (varying one sigma with the same seed and
// trial scales the same pattern). Results agree across platforms up to the
// rounding of libm's exp and log.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_TRANSFORMS_MISMATCH_H
#define NIRC_TRANSFORMS_MISMATCH_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace nirc {

/// The NIR parameters mismatch can be applied to (a closed set). The NIR
/// fields each one perturbs:
/// - Tau: `tau` of LI and LIF; `tau_syn` and `tau_mem` of CubaLI and CubaLIF,
///   each unless the spec names TauSyn or TauMem itself (the specific key
///   wins). I and IF have no time constant.
/// - TauMem, TauSyn: `tau_mem`, `tau_syn` of CubaLI and CubaLIF.
/// - VThreshold: `v_threshold` of IF, LIF, CubaLIF.
/// - VLeak: `v_leak` of LI, LIF, CubaLI, CubaLIF.
/// - VReset: `v_reset` of IF, LIF, CubaLIF.
/// - R: `r` of I, IF, LI, LIF, CubaLI, CubaLIF.
/// - WIn: `w_in` of CubaLI and CubaLIF.
/// - Weight: `weight` of Affine, Linear, Conv1d, Conv2d.
/// - Bias: `bias` of Affine, Conv1d, Conv2d.
/// Threshold's `threshold`, Scale's `scale` and Delay's `delay` are not
/// device parameters of a neuron or synapse and are never perturbed.
enum class MismatchParameter {
  Tau,
  TauMem,
  TauSyn,
  VThreshold,
  VLeak,
  VReset,
  R,
  WIn,
  Weight,
  Bias
};

/// The spec key of `parameter` ("tau", "v_threshold", ...).
llvm::StringRef getMismatchKey(MismatchParameter parameter);

/// The parameter of spec key `key`, or std::nullopt for an unknown key.
std::optional<MismatchParameter> getMismatchParameter(llvm::StringRef key);

/// True for the parameters that get a log-normal factor (tau, tau_mem,
/// tau_syn, r, w_in); false for those that get p (1 + sigma N(0,1)).
bool isLogNormalMismatch(MismatchParameter parameter);

struct MismatchSpec {
  /// Relative standard deviation per parameter, in the order given.
  llvm::SmallVector<std::pair<MismatchParameter, double>> sigmas;
  /// "tau=0.05,v_threshold=0.02" back (each sigma printed as the shortest
  /// decimal that parses back to the same double; "" for no entries).
  std::string str() const;
};

/// Parses "tau=0.05,v_threshold=0.02,weight=0.01" (blanks around keys and
/// values are allowed; "" is the empty spec, which changes nothing). Keys:
/// tau, tau_mem, tau_syn, v_threshold, v_leak, v_reset, r, w_in, weight,
/// bias (see MismatchParameter). Fails, with a message naming the entry, on
/// an unknown key (listing the valid ones), an entry that is not
/// `key=number`, a repeated key, or a negative or non-finite sigma.
llvm::Expected<MismatchSpec> parseMismatchSpec(llvm::StringRef text);

/// The keys and what each perturbs, one per line, for --help text.
std::string describeMismatchKeys();

/// The seed of trial `trial`'s random stream:
/// SplitMix64(SplitMix64(seed) ^ trial). Distinct trials of one seed get
/// distinct streams.
uint64_t getMismatchTrialSeed(uint64_t seed, uint64_t trial);

/// What a trial's random stream perturbs. One run may draw from both (an
/// analog chip's weights before quantisation and its neurons after it):
/// each has its own stream, so that neither pattern depends on the other.
enum class MismatchStream {
  /// NIR's parameters (applyMismatch): seeded with getMismatchTrialSeed.
  NIRParameters,
  /// The neurons of an analog chip as calibrated (applyNeuronMismatch):
  /// seeded with SplitMix64 of getMismatchTrialSeed.
  CalibratedNeurons,
};

/// The draws of one trial and the rule that turns them into perturbed
/// values (see the top of this file).
class MismatchSampler {
public:
  MismatchSampler(uint64_t seed, uint64_t trial, MismatchStream stream);
  /// Draws one normal per value, in order, even when sigma is 0 (so that
  /// other keys see the same stream), and, when sigma > 0, perturbs each
  /// finite value as `parameter` varies.
  void perturb(MismatchParameter parameter, double sigma,
               llvm::MutableArrayRef<double> values);

private:
  boost::random::mt19937_64 engine;
  boost::random::normal_distribution<double> normal{0.0, 1.0};
};

/// True for the parameters of a neuron (every key but weight and bias).
bool isNeuronMismatch(MismatchParameter parameter);

/// Applies trial `trial`'s fixed-pattern noise (see the top of this file) to
/// every parameter the spec names, on every node of `module`, nested graphs
/// included, in place. Values that are not finite are left as they are.
/// Emits an error and fails, leaving the module untouched, when a key of the
/// spec applies to no node (naming the key, at the module), when a
/// parameter to perturb has an integer element type (digital values have no
/// mismatch, and rounding would hide it), or when a drawn value does not
/// fit the parameter's element type (overflows, or a nonzero value rounds
/// to 0).
mlir::LogicalResult applyMismatch(mlir::ModuleOp module,
                                  const MismatchSpec &spec, uint64_t seed,
                                  uint64_t trial);

/// Applies trial `trial`'s mismatch to the neurons of a `sim.model` that
/// integrates an analog chip's circuit (`sim.cuba_step`, `sim.leaky_step`):
/// the chip calibrates a population to one set of values, and each neuron
/// deviates from it. Only neuron keys apply (for `sim.leaky_step`, `tau` is
/// its membrane's and tau_mem, tau_syn and w_in do not apply); draws go in
/// body order, then as applyMismatch's within an op, from the
/// CalibratedNeurons stream. Fails, leaving the model untouched, on a
/// synapse key or a key that applies to no neuron.
mlir::LogicalResult applyNeuronMismatch(sim::ModelOp model,
                                        const MismatchSpec &spec, uint64_t seed,
                                        uint64_t trial);

} // namespace nirc

#endif // NIRC_TRANSFORMS_MISMATCH_H
