//===- NeuronParams.h - a neuron op's per-element parameters ----*- C++ -*-===//
//
// What the interpreter's neuron kernels, the native step's host call and
// convert-sim-to-standard all read from a `sim.leaky_step` or
// `sim.cuba_step`.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_NEURONPARAMS_H
#define NIRC_SIMULATOR_NEURONPARAMS_H

#include "nirc/Simulator/Neurons.h"

#include "mlir/IR/Operation.h"

#include <vector>

namespace nirc {

/// Per-element parameters of a `sim.leaky_step` (`leaky`) or
/// `sim.cuba_step` (`cuba`).
struct NeuronParams {
  std::vector<neuron::LeakyParams> leaky;
  std::vector<neuron::CubaParams> cuba;
  std::vector<neuron::Spiking> spiking; // empty: no threshold
  bool adaptive = false;

  /// Reads them from a `sim.leaky_step` or `sim.cuba_step`.
  static NeuronParams of(mlir::Operation *op);
  /// Each element's exact propagator over `dt`: of `leaky`, or of `cuba`.
  std::vector<neuron::LeakyPropagator> getLeakyPropagators(double dt) const;
  std::vector<neuron::CubaPropagator> getCubaPropagators(double dt) const;
  /// Element `j` over one step of `dt` by the op's solver, crossings
  /// located (the leaky neuron ignores `current`).
  neuron::StepResult step(int64_t j, double current, double membrane,
                          double input, double dt) const;
};

} // namespace nirc

#endif // NIRC_SIMULATOR_NEURONPARAMS_H
