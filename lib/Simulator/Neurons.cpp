//===- Neurons.cpp - closed forms and integrators of NIR's neurons --------===//

#include "nirc/Simulator/Neurons.h"

#include <boost/math/tools/minima.hpp>
#include <boost/math/tools/roots.hpp>
#include <boost/numeric/odeint.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

using namespace nirc::neuron;

namespace {
/// Membrane and current at a time inside the step.
struct NeuronState {
  double current, membrane;
};

/// The first time in [a, b] at which `membrane(t)` exceeds `threshold`,
/// given the membrane's slopes at both ends. The trajectories here have at
/// most one extremum per interval, so a crossing either shows at `b` or sits
/// before an interior maximum (found with Brent's method).
template <typename Membrane>
std::optional<double> firstCrossing(Membrane membrane, double threshold,
                                    double a, double b, double slopeA,
                                    double slopeB) {
  auto excess = [&](double t) { return membrane(t) - threshold; };
  double excessA = excess(a);
  if (excessA > 0)
    return a;
  double excessB = excess(b);
  if (!(excessB > 0)) {
    if (!(slopeA > 0 && slopeB < 0))
      return std::nullopt;
    auto [peakTime, negativePeak] = boost::math::tools::brent_find_minima(
        [&](double t) { return -membrane(t); }, a, b,
        std::numeric_limits<double>::digits / 2);
    if (!(-negativePeak - threshold > 0))
      return std::nullopt;
    b = peakTime;
    excessB = -negativePeak - threshold;
  }
  if (excessA == 0)
    return a;
  std::uintmax_t maxIterations = 200;
  auto [lo, hi] = boost::math::tools::toms748_solve(
      excess, a, b, excessA, excessB,
      boost::math::tools::eps_tolerance<double>(
          std::numeric_limits<double>::digits - 3),
      maxIterations);
  return 0.5 * (lo + hi);
}

/// The membrane right after a spike at threshold crossing.
double resetMembrane(const Spiking &spiking, double membraneAtCrossing) {
  return spiking.subtract ? membraneAtCrossing - spiking.threshold
                          : spiking.resetValue;
}

/// Runs the spike loop of one step: `crossing(state, horizon)` gives the
/// first crossing time, `evolve(state, t)` the state after `t`. Stops
/// looking for crossings when the reset leaves the neuron above threshold.
template <typename Crossing, typename Evolve>
StepResult stepWithResets(const Spiking *spiking, NeuronState state, double dt,
                          Crossing crossing, Evolve evolve) {
  StepResult result;
  double remaining = dt;
  while (spiking && result.spikes < kMaxSpikesPerStep) {
    std::optional<double> t = crossing(state, remaining);
    if (!t)
      break;
    ++result.spikes;
    state = evolve(state, *t);
    state.membrane = resetMembrane(*spiking, state.membrane);
    remaining -= *t;
    if (state.membrane >= spiking->threshold)
      break;
  }
  state = evolve(state, remaining);
  result.current = state.current;
  result.membrane = state.membrane;
  return result;
}
} // namespace

//===----------------------------------------------------------------------===//
// Closed forms
//===----------------------------------------------------------------------===//

LeakyPropagator nirc::neuron::exactLeakyPropagator(const LeakyParams &p,
                                                   double dt) {
  if (std::isinf(p.tau))
    return {1, p.r * dt, 0};
  double decay = std::exp(-dt / p.tau);
  double rise = -std::expm1(-dt / p.tau); // 1 − decay, without cancellation
  return {decay, p.r * rise, p.vLeak * rise};
}

/// tau_s / (tau_s − tau_m) (e^{−t/tau_s} − e^{−t/tau_m}), the membrane's
/// response to a decaying current, and its limit t/tau e^{−t/tau} when the
/// time constants are equal.
static double currentToMembrane(const CubaParams &p, double t) {
  double delta = 1 / p.tauMem - 1 / p.tauSyn;
  double memDecay = std::exp(-t / p.tauMem);
  if (delta == 0)
    return t / p.tauMem * memDecay;
  return memDecay * std::expm1(t * delta) / (p.tauMem * delta);
}

CubaPropagator nirc::neuron::exactCubaPropagator(const CubaParams &p,
                                                 double dt) {
  double synDecay = std::exp(-dt / p.tauSyn);
  double memDecay = std::exp(-dt / p.tauMem);
  double memRise = -std::expm1(-dt / p.tauMem);
  double k = currentToMembrane(p, dt);
  return {synDecay, p.wIn * -std::expm1(-dt / p.tauSyn), memDecay,
          p.r * k,  p.r * p.wIn * (memRise - k),         p.vLeak * memRise};
}

static NeuronState evolveLeaky(const LeakyParams &p, NeuronState s, double x,
                               double t) {
  LeakyPropagator step = exactLeakyPropagator(p, t);
  return {0, step.decay * s.membrane + step.gain * x + step.offset};
}

static NeuronState evolveCuba(const CubaParams &p, NeuronState s, double x,
                              double t) {
  CubaPropagator step = exactCubaPropagator(p, t);
  return {step.ii * s.current + step.ix * x, step.vv * s.membrane +
                                                 step.vi * s.current +
                                                 step.vx * x + step.offset};
}

StepResult nirc::neuron::stepLeakyExact(const LeakyParams &p,
                                        const Spiking *spiking, double v,
                                        double x, double dt) {
  auto crossing = [&](NeuronState s, double horizon) -> std::optional<double> {
    double threshold = spiking->threshold;
    if (s.membrane > threshold)
      return 0.0;
    double t;
    if (std::isinf(p.tau)) {
      double slope = p.r * x;
      if (!(slope > 0))
        return std::nullopt;
      t = (threshold - s.membrane) / slope;
    } else {
      // v(t) = v∞ + (v0 − v∞) e^{−t/τ} reaches θ only when v∞ > θ.
      double vInf = p.vLeak + p.r * x;
      if (!(vInf > threshold))
        return std::nullopt;
      t = p.tau * std::log((s.membrane - vInf) / (threshold - vInf));
    }
    if (!(t <= horizon))
      return std::nullopt;
    return t;
  };
  return stepWithResets(
      spiking, {0, v}, dt, crossing,
      [&](NeuronState s, double t) { return evolveLeaky(p, s, x, t); });
}

StepResult nirc::neuron::stepCubaExactReference(const CubaParams &p,
                                                const Spiking *spiking,
                                                double i, double v, double x,
                                                double dt) {
  auto slope = [&](NeuronState s) {
    return (p.vLeak - s.membrane + p.r * s.current) / p.tauMem;
  };
  auto crossing = [&](NeuronState s, double horizon) {
    NeuronState end = evolveCuba(p, s, x, horizon);
    return firstCrossing(
        [&](double t) { return evolveCuba(p, s, x, t).membrane; },
        spiking->threshold, 0, horizon, slope(s), slope(end));
  };
  return stepWithResets(
      spiking, {i, v}, dt, crossing,
      [&](NeuronState s, double t) { return evolveCuba(p, s, x, t); });
}

namespace {
/// The Cuba neuron's trajectory from one state with its input held:
/// `i(t) = i∞ + d e^{−t/τs}` and `v(t) = v∞ + a e^{−t/τm} + b K(t)`, where
/// `K` is `currentToMembrane`. Each point costs one `exp` and one `expm1`
/// (the propagator costs six), and no product overflows when `dt ≫ τ`.
class CubaTrajectory {
public:
  struct Point {
    double current, membrane, slope;
    /// A bound on the rounding error of `membrane`.
    double error;
    /// e^{−t/τm}.
    double memDecay;
  };
  struct Crossing {
    double time;
    Point point;
  };

  CubaTrajectory(const CubaParams &p, NeuronState s, double x)
      : tauMem(p.tauMem), invMem(1 / p.tauMem), delta(invMem - 1 / p.tauSyn),
        gap(std::abs(delta)),
        // Decay with the slower time constant, then the faster one as the
        // slower times e^{−t|δ|}: expm1 keeps K exact as τs → τm.
        memSlower(delta <= 0), invTauSlow(std::min(invMem, 1 / p.tauSyn)),
        kScale(gap == 0 ? invMem : 1 / (p.tauMem * gap)), i0(s.current),
        iInf(p.wIn * x), d(i0 - iInf), v0(s.membrane),
        vInf(p.vLeak + p.r * iInf), a(v0 - vInf), b(p.r * d),
        slope0((p.vLeak + p.r * i0 - v0) * invMem), slopeK(-b / p.tauSyn) {}

  Point at(double t) const {
    double slow = std::exp(-t * invTauSlow);
    double u = std::expm1(-t * gap); // e^{−t|δ|} − 1, in (−1, 0]
    double fast = slow + slow * u;
    // K = e^{−t/τs} − e^{−t/τm} over τm δ, or t/τm e^{−t/τm} when δ = 0.
    double k = slow * (gap == 0 ? t : -u) * kScale;
    double mem = memSlower ? slow : fast, syn = memSlower ? fast : slow;
    double leak = a * mem, drive = b * k;
    constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
    // v' = v'(0) e^{−t/τm} − (b/τs) K: it solves τm v'' = −v' + r i'.
    return {iInf + d * syn, vInf + leak + drive, slope0 * mem + slopeK * k,
            4 * kEpsilon * (std::abs(vInf) + std::abs(leak) + std::abs(drive)),
            mem};
  }

  /// The first time in [0, horizon] at which the membrane exceeds
  /// `threshold`, given the point at `horizon`.
  std::optional<Crossing> firstCrossing(double threshold, double horizon,
                                        const Point &end) const {
    double excess0 = v0 - threshold;
    if (excess0 > 0)
      return Crossing{0, {i0, v0, slope0, 0, 1}};
    if (b == 0) {
      // No current transient: the leaky neuron's closed form.
      if (!(vInf > threshold))
        return std::nullopt;
      double t = tauMem * std::log(a / (threshold - vInf));
      if (!(t <= horizon))
        return std::nullopt;
      return Crossing{t, at(t)};
    }
    double excessEnd = end.membrane - threshold;
    // v' = e^{−t/τm} (v'(0) + slopeK E(t)/τm) with E(t) = (e^{tδ} − 1)/δ
    // increasing from 0: v' changes sign at most once, where E(t) = q.
    double q = -slope0 * tauMem / slopeK;
    std::optional<double> extremum;
    if (q > 0 && (delta >= 0 || q * delta > -1)) {
      double t = delta == 0 ? q : std::log1p(q * delta) / delta;
      if (t < horizon)
        extremum = t;
    }
    if (!extremum) {
      // Monotone over the step: it crosses if it ends above.
      if (!(excessEnd > 0))
        return std::nullopt;
      return solve(threshold, 0, horizon, excess0, excessEnd);
    }
    double excessAtExtremum = at(*extremum).membrane - threshold;
    if (slope0 > 0) {
      // Rising to a maximum, then falling.
      if (!(excessAtExtremum > 0))
        return std::nullopt;
      return solve(threshold, 0, *extremum, excess0, excessAtExtremum);
    }
    // Falling to a minimum, then rising.
    if (!(excessEnd > 0))
      return std::nullopt;
    return solve(threshold, *extremum, horizon, excessAtExtremum, excessEnd);
  }

private:
  /// The root of the membrane's excess over `threshold` in [lo, hi], where it
  /// rises from `excessLo <= 0` to `excessHi > 0`: Newton from a secant
  /// guess, with bisection whenever a step leaves the bracket or fails to
  /// halve, until the excess is within rounding of zero (no closer time
  /// exists in double precision) or the step below one ulp of the time.
  Crossing solve(double threshold, double lo, double hi, double excessLo,
                 double excessHi) const {
    constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
    double t = lo + (hi - lo) * (excessLo / (excessLo - excessHi));
    double step = hi - lo;
    for (int iteration = 0;; ++iteration) {
      Point point = at(t);
      double excess = point.membrane - threshold;
      if (std::abs(excess) <= point.error || step <= kEpsilon * t ||
          iteration == 200)
        return {t, point};
      (excess > 0 ? hi : lo) = t;
      double next = t - excess / point.slope;
      if (!(next > lo && next < hi) ||
          std::abs(2 * excess) > std::abs(step * point.slope)) {
        step = 0.5 * (hi - lo);
        next = lo + step;
      } else {
        step = std::abs(next - t);
      }
      t = next;
    }
  }

  double tauMem, invMem, delta, gap;
  bool memSlower;
  double invTauSlow, kScale, i0, iInf, d, v0, vInf, a, b, slope0, slopeK;
};
} // namespace

StepResult nirc::neuron::stepCubaExact(const CubaParams &p,
                                       const Spiking *spiking, double i,
                                       double v, double x, double dt) {
  StepResult result;
  NeuronState state{i, v};
  double remaining = dt;
  while (true) {
    CubaTrajectory trajectory(p, state, x);
    CubaTrajectory::Point end = trajectory.at(remaining);
    std::optional<CubaTrajectory::Crossing> crossing;
    if (spiking && result.spikes < kMaxSpikesPerStep &&
        cubaMayCross(p, *spiking, end.memDecay, state.current, state.membrane,
                     end.current, end.membrane))
      crossing = trajectory.firstCrossing(spiking->threshold, remaining, end);
    if (!crossing) {
      result.current = end.current;
      result.membrane = end.membrane;
      return result;
    }
    ++result.spikes;
    state = {crossing->point.current,
             resetMembrane(*spiking, crossing->point.membrane)};
    remaining -= crossing->time;
    // A reset at or above the threshold would fire forever: stop looking.
    if (state.membrane >= spiking->threshold)
      spiking = nullptr;
  }
}

//===----------------------------------------------------------------------===//
// Adaptive integration
//===----------------------------------------------------------------------===//

namespace {
using OdeState = std::array<double, 2>; // {current, membrane}

/// The right-hand side of a neuron's ODE with its input held at `x`; a
/// leaky neuron has no current and is driven by `x` directly.
struct NeuronOde {
  bool hasCurrent;
  double tauSyn, wIn, tauMem, r, vLeak, x;

  void operator()(const OdeState &s, OdeState &ds, double) const {
    ds[0] = hasCurrent ? (wIn * x - s[0]) / tauSyn : 0;
    double drive = r * (hasCurrent ? s[0] : x);
    ds[1] = std::isinf(tauMem) ? drive : (vLeak - s[1] + drive) / tauMem;
  }
  double slope(const OdeState &s) const {
    OdeState ds;
    (*this)(s, ds, 0);
    return ds[1];
  }
};

StepResult integrateStep(const NeuronOde &ode, const Spiking *spiking,
                         OdeState state, double dt) {
  namespace odeint = boost::numeric::odeint;
  constexpr double kTolerance = 1e-12;
  auto stepper = odeint::make_dense_output(
      kTolerance, kTolerance, odeint::runge_kutta_dopri5<OdeState>());
  StepResult result;
  auto fireAndReset = [&](OdeState &s) {
    ++result.spikes;
    s[1] = resetMembrane(*spiking, s[1]);
  };
  if (spiking && state[1] > spiking->threshold)
    fireAndReset(state);
  stepper.initialize(state, 0.0, dt / 8);
  while (true) {
    auto [t0, t1] = stepper.do_step(ode);
    double end = std::min(t1, dt);
    if (spiking && result.spikes < kMaxSpikesPerStep) {
      OdeState atStart, atEnd;
      stepper.calc_state(t0, atStart);
      stepper.calc_state(end, atEnd);
      OdeState scratch;
      auto membrane = [&](double t) {
        stepper.calc_state(t, scratch);
        return scratch[1];
      };
      if (auto t = firstCrossing(membrane, spiking->threshold, t0, end,
                                 ode.slope(atStart), ode.slope(atEnd))) {
        OdeState atCrossing;
        stepper.calc_state(*t, atCrossing);
        fireAndReset(atCrossing);
        stepper.initialize(atCrossing, *t, stepper.current_time_step());
        // A reset at or above threshold would fire forever: stop looking.
        if (atCrossing[1] >= spiking->threshold)
          spiking = nullptr;
        continue;
      }
    }
    if (t1 >= dt) {
      stepper.calc_state(dt, state);
      break;
    }
  }
  result.current = state[0];
  result.membrane = state[1];
  return result;
}
} // namespace

StepResult nirc::neuron::stepLeakyAdaptive(const LeakyParams &p,
                                           const Spiking *spiking, double v,
                                           double x, double dt) {
  NeuronOde ode{false, 1, 0, p.tau, p.r, p.vLeak, x};
  return integrateStep(ode, spiking, {0, v}, dt);
}

StepResult nirc::neuron::stepCubaAdaptive(const CubaParams &p,
                                          const Spiking *spiking, double i,
                                          double v, double x, double dt) {
  NeuronOde ode{true, p.tauSyn, p.wIn, p.tauMem, p.r, p.vLeak, x};
  return integrateStep(ode, spiking, {i, v}, dt);
}
