//===- Emulation.h - how a chip runs a mapped network, step by step -*- C++
//-*-===//
//
// What a TargetModel answers about its arithmetic, read from the registers
// chip-quantize wrote, so that `convert-chip-to-sim` can build the chip's
// own step (docs/emulation.md) and no chip constant appears in the pass.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_EMULATION_H
#define NIRC_DIALECT_CHIP_EMULATION_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>

namespace nirc::chip {

/// How a chip updates a population's neurons.
enum class NeuronArithmetic {
  /// Fixed-point current and membrane registers updated once per step
  /// (`sim.fixed_step`): Loihi, Xylo.
  SteppedFixedPoint,
  /// An integrate-and-fire membrane tested after every input event
  /// (`sim.event_fire`): Speck.
  EventDriven,
};

/// One population as its chip runs it. Per-neuron arrays hold one value per
/// neuron, or one for all.
struct NeuronEmulation {
  NeuronArithmetic arithmetic = NeuronArithmetic::SteppedFixedPoint;
  /// Register widths in bits.
  unsigned currentBits = 32, membraneBits = 32;
  sim::DecayRule decay = sim::DecayRule::MultiplyShift;
  /// The multiply-shift rule's 1.0.
  int64_t decayUnity = 0;
  /// Per neuron: the decays as the op takes them (any register offset
  /// applied), the bias added per step, the threshold as compared (any
  /// shift applied; empty for a readout that never fires), the lower clamp
  /// of an event-driven membrane, and the initial registers.
  llvm::SmallVector<int64_t> currentDecay{0}, membraneDecay{0}, bias{0},
      threshold, thresholdLow, initialCurrent{0}, initialMembrane{0};
  /// Synaptic input is added into the current before it decays (XyloSim)
  /// rather than after, shifted left by `inputShift` (Lava).
  bool inputBeforeDecay = false;
  int64_t inputShift = 0;
  sim::Overflow currentOverflow = sim::Overflow::Unbounded,
                membraneOverflow = sim::Overflow::Unbounded;
  sim::MembraneSum membraneSum = sim::MembraneSum::Direct;
  sim::Comparison compare = sim::Comparison::Greater;
  sim::FixedReset reset = sim::FixedReset::Zero;
  int64_t maxSpikesPerStep = 1;
  /// NIR membrane value = membraneOffset + membraneUnit × register.
  double membraneUnit = 1, membraneOffset = 0;
};

/// One synapse block as its chip runs it.
struct SynapseEmulation {
  /// The weights the chip adds, in the block's weight layout.
  llvm::SmallVector<int64_t> weight;
  /// Shift applied to each weight before it is added, and to the sum.
  int64_t weightShift = 0, sumShift = 0;
  sim::Overflow overflow = sim::Overflow::Unbounded;
  /// Width of the register the weights are summed in, when the block sums
  /// on its own (not into the target's current).
  unsigned accumulatorBits = 32;
  /// Steps between a source's spikes and their arrival.
  int64_t delaySteps = 0;
  /// Blocks into one population are added in increasing order (the order
  /// the chip's events arrive in, which matters when additions saturate).
  int64_t order = 0;
};

} // namespace nirc::chip

#endif // NIRC_DIALECT_CHIP_EMULATION_H
