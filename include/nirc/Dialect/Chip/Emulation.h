//===- Emulation.h - how a chip runs a mapped network, step by step -*- C++
//-*-===//
//
// What a TargetModel answers about its arithmetic, read from the registers
// chip-quantize wrote, so that `convert-chip-to-sim` can build the chip's
// own step (docs/emulation.md) and no chip constant appears in the pass:
// integer registers (Loihi, Xylo, Speck), float32 registers (SpiNNaker2) or
// an analog neuron in continuous time read through an ADC (BrainScaleS-2).
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_CHIP_EMULATION_H
#define NIRC_DIALECT_CHIP_EMULATION_H

#include "nirc/Dialect/Sim/SimOps.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>

namespace nirc::chip {

/// Which of a chip's arithmetics to emulate.
enum class EmulationVariant {
  /// The chip's own (the default).
  Chip,
  /// The model the vendor's toolchain trains and simulates with, where its
  /// arithmetic differs from the chip's (TargetModel::getToolchainModel).
  Toolchain,
};

/// How a chip updates a population's neurons.
enum class NeuronArithmetic {
  /// Fixed-point current and membrane registers updated once per step
  /// (`sim.fixed_step`): Loihi, Xylo.
  SteppedFixedPoint,
  /// An integrate-and-fire membrane tested after every input event
  /// (`sim.event_fire`): Speck.
  EventDriven,
  /// Float32 registers updated once per step (`sim.lincomb`, `sim.fire` on
  /// `f32`, `NeuronEmulation::floatStep`): SpiNNaker2's ARM cores.
  SteppedFloat32,
  /// An analog neuron in continuous time, advanced over each step by the
  /// exact solution of its ODE (`sim.cuba_step`, `sim.leaky_step`) and read
  /// through an ADC (`NeuronEmulation::continuous`): BrainScaleS-2.
  ContinuousTime,
};

/// A `SteppedFloat32` population, per neuron, each line one float32 result:
///
///     current  ← currentDecay·current + input              (hasCurrent)
///     membrane ← membraneDecay·membrane + current + offset  (input without
///                                                           a current)
///     spike where membrane > threshold, then membrane ← resetValue, or
///     membrane − threshold (`reset`)
///
/// `input` is the sum of the weights of the spikes that arrive. Arrays hold
/// one value per neuron, or one for all.
struct FloatStepEmulation {
  bool hasCurrent = false;
  sim::ResetMode reset = sim::ResetMode::ToValue;
  llvm::SmallVector<double> currentDecay{0}, membraneDecay{1}, offset{0},
      threshold, resetValue{0}, initialCurrent{0}, initialMembrane{0};
  /// NIR value = unit × register (per neuron: SpiNNaker2 scales each
  /// neuron's membrane by its own v_scale).
  llvm::SmallVector<double> membraneUnit{1}, currentUnit{1};
};

/// A `ContinuousTime` population: NIR's LIF / CubaLIF ODE (`hasCurrent`:
/// `τ_syn dI/dt = −I + w_in x`, `τ_mem dv/dt = v_leak − v + r I`; else
/// `τ_mem dv/dt = v_leak − v + r x`) in NIR units, with the values the
/// chip's registers give; `vThreshold` empty for a readout. Arrays hold one
/// value per neuron, or one for all.
struct ContinuousEmulation {
  bool hasCurrent = true;
  sim::ResetMode reset = sim::ResetMode::ToValue;
  llvm::SmallVector<double> tauSyn{1}, tauMem{1}, r{1}, vLeak{0}, wIn{1},
      vThreshold, vReset{0}, initialMembrane{0};
  /// The membrane is read through an ADC of `adcBits` bits
  /// (`sim.adc`), whose LSB and zero are `NeuronEmulation::membraneUnit`
  /// and `membraneOffset`; 0 reads the membrane exactly.
  unsigned adcBits = 0;
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
  /// NIR membrane value = membraneOffset + membraneUnit × register (an
  /// integer register, or an ADC's code).
  double membraneUnit = 1, membraneOffset = 0;
  /// NIR's synaptic current I of one unit of the current register. A
  /// stepped chip's current is the membrane's increment per step,
  /// (1 − α_mem)·r·I in membrane units (setCurrentUnit); none when the
  /// population's neurons differ in (1 − α_mem)·r, since a probe carries
  /// one unit.
  std::optional<double> currentUnit;

  /// The float arithmetics (the integer fields above do not apply).
  FloatStepEmulation floatStep;
  ContinuousEmulation continuous;

  /// Sets `currentUnit` to membraneUnit / ((1 − α_mem)·r) from each
  /// neuron's gain (1 − α_mem)·r (dt·r for an IF), when all are equal.
  void setCurrentUnit(llvm::ArrayRef<double> membraneGains);
};

/// One synapse block as its chip runs it.
struct SynapseEmulation {
  /// The weights the chip adds, in the block's weight layout.
  llvm::SmallVector<int64_t> weight;
  /// A float population adds weight × weightUnit per spike (BrainScaleS-2:
  /// 1/64, the 6-bit weight in NIR units; SpiNNaker2: 1, its registers are
  /// scaled so that an int8 weight lands in the membrane as it is).
  double weightUnit = 1;
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
