//===- Neurons.h - closed forms and integrators of NIR's neurons -*- C++
//-*-===//
//
// One neuron over one step with its input `x` held constant (zero-order
// hold). Shared by `convert-nir-to-sim`, which folds the full-step
// propagators into `sim.lincomb` coefficients, and by the runtime, which
// needs the trajectory inside a step to place threshold crossings.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_NEURONS_H
#define NIRC_SIMULATOR_NEURONS_H

#include <algorithm>
#include <limits>

namespace nirc::neuron {

/// `tau dv/dt = (v_leak − v) + r x`; `tau = inf` is `dv/dt = r x` (I, IF).
struct LeakyParams {
  double tau = std::numeric_limits<double>::infinity(), r = 1, vLeak = 0;
};

/// `tau_syn di/dt = −i + w_in x`, `tau_mem dv/dt = (v_leak − v) + r i`.
struct CubaParams {
  double tauSyn = 1, tauMem = 1, r = 1, vLeak = 0, wIn = 1;
};

/// Threshold and reset of a spiking neuron.
struct Spiking {
  double threshold = 0, resetValue = 0;
  /// Reset by subtracting the threshold instead of setting `resetValue`.
  bool subtract = false;
};

/// The exact propagator over `dt`: `v' = decay v + gain x + offset`.
struct LeakyPropagator {
  double decay, gain, offset;
};
LeakyPropagator exactLeakyPropagator(const LeakyParams &p, double dt);

/// The exact propagator over `dt`: `i' = ii i + ix x`,
/// `v' = vv v + vi i + vx x + offset` (exact also when tau_syn == tau_mem).
struct CubaPropagator {
  double ii, ix, vv, vi, vx, offset;
};
CubaPropagator exactCubaPropagator(const CubaParams &p, double dt);

/// A neuron's state at the end of a step and the spikes fired inside it.
struct StepResult {
  double current = 0, membrane = 0;
  int spikes = 0;
};

/// Advances over `dt` by the closed form. With `spiking`, every crossing of
/// the threshold inside the step is located, counted, and the membrane reset
/// at that instant before it evolves for the rest of the step. The leaky
/// neuron's crossing has a closed form; the Cuba membrane has at most one
/// extremum per step, found in closed form, which brackets the crossing on a
/// monotone piece for a safeguarded Newton search.
StepResult stepLeakyExact(const LeakyParams &p, const Spiking *spiking,
                          double v, double x, double dt);
StepResult stepCubaExact(const CubaParams &p, const Spiking *spiking, double i,
                         double v, double x, double dt);
/// Whether a Cuba neuron going from (i, v) to (iEnd, vEnd) over a step in
/// which its membrane alone decays by `memDecay` (e^{−dt/τ_mem}, the
/// propagator's `vv`) may cross the threshold inside it: it starts or ends
/// above, or it rises at first and its bound rises above. i moves
/// monotonically, so the drive v_leak + r i stays below its larger end
/// value D, and v stays below D + (v − D) memDecay, where a membrane
/// driven by D all along would end. (The sign of the slope at the end says
/// nothing once the membrane has settled to rounding, in a step of many
/// time constants.)
inline bool cubaMayCross(const CubaParams &p, const Spiking &s, double memDecay,
                         double i, double v, double iEnd, double vEnd) {
  double driveStart = p.vLeak + p.r * i, driveEnd = p.vLeak + p.r * iEnd;
  double drive = std::max(driveStart, driveEnd);
  // Without branches: a loop over neurons pays no mispredictions for it.
  return (v > s.threshold) | (vEnd > s.threshold) |
         ((driveStart > v) & (drive + (v - drive) * memDecay > s.threshold));
}
/// `stepCubaExact` with a generic search instead (Brent's method for the
/// peak, TOMS 748 for the crossing): the reference it is tested and
/// benchmarked against.
StepResult stepCubaExactReference(const CubaParams &p, const Spiking *spiking,
                                  double i, double v, double x, double dt);

/// The same with a Dormand–Prince integrator (dense output, tolerances
/// 1e-12) and event location on its interpolant: the reference the closed
/// forms and forward Euler are checked against.
StepResult stepLeakyAdaptive(const LeakyParams &p, const Spiking *spiking,
                             double v, double x, double dt);
StepResult stepCubaAdaptive(const CubaParams &p, const Spiking *spiking,
                            double i, double v, double x, double dt);

/// Crossings beyond this many in one step are not looked for (a reset at or
/// above the threshold would otherwise fire forever).
constexpr int kMaxSpikesPerStep = 1 << 16;

} // namespace nirc::neuron

#endif // NIRC_SIMULATOR_NEURONS_H
