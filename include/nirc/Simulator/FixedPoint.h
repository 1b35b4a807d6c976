//===- FixedPoint.h - a chip's integer arithmetic, one neuron ---*- C++ -*-===//
//
// The per-neuron arithmetic behind the emulation ops of the `sim` dialect
// (`sim.accumulate`, `sim.fixed_step`, `sim.event_fire`, and the ADC of
// `sim.adc` through which an analog chip is read), as plain functions
// on int64_t so that unit tests can check them against hand-computed
// sequences and the vendors' simulators. docs/emulation.md gives each chip's
// choices and their sources.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_FIXEDPOINT_H
#define NIRC_SIMULATOR_FIXEDPOINT_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "llvm/ADT/ArrayRef.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace nirc::fixed {

// The per-event functions are inline: the emulation kernels call them for
// every event.

/// The signed range of a `bits`-wide register.
inline int64_t minOf(unsigned bits) { return -(int64_t(1) << (bits - 1)); }
inline int64_t maxOf(unsigned bits) { return (int64_t(1) << (bits - 1)) - 1; }

/// `x` after an addition that may have left `bits` (see sim::Overflow).
inline int64_t applyOverflow(int64_t x, unsigned bits, sim::Overflow rule) {
  if (bits >= 64)
    return x;
  switch (rule) {
  case sim::Overflow::Unbounded:
    return x;
  case sim::Overflow::Saturate:
    return std::clamp(x, minOf(bits), maxOf(bits));
  case sim::Overflow::SaturateSymmetric:
    return std::clamp(x, -maxOf(bits), maxOf(bits));
  case sim::Overflow::WrapOnce: {
    // One correction either way, so +2^(bits−1) itself is kept.
    int64_t span = int64_t(1) << bits, half = int64_t(1) << (bits - 1);
    if (x > half)
      return x - span;
    if (x <= -half)
      return x + span;
    return x;
  }
  }
  return x;
}
/// The low `bits` of `x` as a signed number (two's complement), as a
/// register of that width holds a wider value written into it.
int64_t truncateToWidth(int64_t x, unsigned bits);
/// `x << amount`, or `x >> −amount` rounding toward −inf.
int64_t shiftBy(int64_t x, int64_t amount);

/// `x` after one step of decay `d` (see sim::DecayRule); `unity` is the
/// multiply-shift rule's 1.0.
int64_t decayed(int64_t x, int64_t d, sim::DecayRule rule, int64_t unity);

/// The choices of `sim.fixed_step` shared by a population.
struct NeuronRule {
  sim::DecayRule decay = sim::DecayRule::MultiplyShift;
  int64_t decayUnity = 4096, inputShift = 0;
  sim::Overflow currentOverflow = sim::Overflow::Unbounded,
                membraneOverflow = sim::Overflow::Unbounded;
  sim::MembraneSum membraneSum = sim::MembraneSum::Direct;
  sim::Comparison compare = sim::Comparison::Greater;
  sim::FixedReset reset = sim::FixedReset::Zero;
  int64_t maxSpikes = 1;
  unsigned currentBits = 64, membraneBits = 64;
  /// False for a readout that never fires.
  bool spiking = true;
};

/// One neuron's registers of `sim.fixed_step`.
struct NeuronParams {
  int64_t currentDecay = 0, membraneDecay = 0, bias = 0, threshold = 0;
};

/// Advances one neuron by a step (`sim.fixed_step`'s description); returns
/// the spikes it fires. Without `input`, `current` holds this step's input.
int64_t stepNeuron(const NeuronRule &rule, const NeuronParams &params,
                   int64_t &current, int64_t &membrane,
                   std::optional<int64_t> input);

/// `sim.event_fire` for one neuron and one source: `count` events of
/// weight `weight`; returns the spikes fired.
struct EventFireRule {
  sim::FixedReset reset = sim::FixedReset::Subtract;
  sim::Overflow overflow = sim::Overflow::Saturate;
  unsigned bits = 16;
};
inline int64_t fireOnEvents(const EventFireRule &rule, int64_t threshold,
                            int64_t thresholdLow, int64_t weight, int64_t count,
                            int64_t &membrane) {
  int64_t spikes = 0;
  for (int64_t e = 0; e < count; ++e) {
    membrane = applyOverflow(membrane + weight, rule.bits, rule.overflow);
    if (membrane >= threshold) {
      ++spikes;
      membrane =
          rule.reset == sim::FixedReset::Zero
              ? 0
              : applyOverflow(membrane - threshold, rule.bits, rule.overflow);
    }
    membrane = std::max(membrane, thresholdLow);
  }
  return spikes;
}

/// `sim.adc`: the code an ADC of `bits` bits reports for `x`, with `unit`
/// the value of one LSB and `offset` that of code 0: (x − offset) / unit
/// clamped to [0, 2^bits − 1] and rounded to the nearest code, halves up.
int64_t adcCode(double x, double unit, double offset, unsigned bits);

/// Who sends to whom through `sim.accumulate` or `sim.event_fire`
/// weights, source-major so that a step visits only the sources that sent
/// events: source `s` reaches `target[columnStart[s] .. columnStart[s+1])`
/// with those weights, targets in increasing order. Visiting the sources in
/// increasing order then hands each target its events in increasing source
/// order (a source that reaches one target twice, through pooling, in
/// increasing weight). Zero weights are left out.
struct Connectivity {
  std::vector<int64_t> columnStart, target, weight;
  int64_t numTargets = 0;
  int64_t numSources() const { return int64_t(columnStart.size()) - 1; }
};
/// Dense `[out, in]` or convolution `[C_out, C_in, kH, kW]` weights (flat,
/// C order) between `sourceShape` and `targetShape`; `pool` sum-pools the
/// source first. The shapes are those the op verifier accepted.
Connectivity buildConnectivity(llvm::ArrayRef<int64_t> weight,
                               llvm::ArrayRef<int64_t> weightShape,
                               llvm::ArrayRef<int64_t> sourceShape,
                               llvm::ArrayRef<int64_t> targetShape,
                               llvm::ArrayRef<int64_t> stride,
                               llvm::ArrayRef<int64_t> padding, int64_t pool);

} // namespace nirc::fixed

#endif // NIRC_SIMULATOR_FIXEDPOINT_H
