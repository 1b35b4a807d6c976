//===- NeuronParams.cpp - a neuron op's per-element parameters ------------===//

#include "nirc/Simulator/NeuronParams.h"

#include "nirc/Dialect/Sim/SimOps.h"
#include "nirc/Support/ElementsUtils.h"

using namespace mlir;
using namespace nirc;

NeuronParams NeuronParams::of(Operation *op) {
  int64_t n =
      cast<RankedTensorType>(op->getResult(0).getType()).getNumElements();
  auto param = [&](StringRef name) {
    return getValuesAsDoubles(op->getAttrOfType<ElementsAttr>(name), n);
  };
  NeuronParams params;
  params.adaptive = op->getAttrOfType<sim::SolverAttr>("solver").getValue() ==
                    sim::Solver::Adaptive;
  if (isa<sim::CubaStepOp>(op)) {
    std::vector<double> tauSyn = param("tau_syn"), tauMem = param("tau_mem"),
                        r = param("r"), vLeak = param("v_leak"),
                        wIn = param("w_in");
    for (int64_t j = 0; j < n; ++j)
      params.cuba.push_back({tauSyn[j], tauMem[j], r[j], vLeak[j], wIn[j]});
  } else {
    std::vector<double> tau = param("tau"), r = param("r"),
                        vLeak = param("v_leak");
    for (int64_t j = 0; j < n; ++j)
      params.leaky.push_back({tau[j], r[j], vLeak[j]});
  }
  if (op->hasAttr("v_threshold")) {
    std::vector<double> threshold = param("v_threshold"),
                        reset = param("v_reset");
    bool subtract = op->getAttrOfType<sim::ResetModeAttr>("reset").getValue() ==
                    sim::ResetMode::Subtract;
    for (int64_t j = 0; j < n; ++j)
      params.spiking.push_back({threshold[j], reset[j], subtract});
  }
  return params;
}

std::vector<neuron::LeakyPropagator>
NeuronParams::getLeakyPropagators(double dt) const {
  std::vector<neuron::LeakyPropagator> propagators;
  for (const neuron::LeakyParams &p : leaky)
    propagators.push_back(neuron::exactLeakyPropagator(p, dt));
  return propagators;
}

std::vector<neuron::CubaPropagator>
NeuronParams::getCubaPropagators(double dt) const {
  std::vector<neuron::CubaPropagator> propagators;
  for (const neuron::CubaParams &p : cuba)
    propagators.push_back(neuron::exactCubaPropagator(p, dt));
  return propagators;
}

neuron::StepResult NeuronParams::step(int64_t j, double current,
                                      double membrane, double input,
                                      double dt) const {
  const neuron::Spiking *threshold = spiking.empty() ? nullptr : &spiking[j];
  if (!cuba.empty())
    return adaptive ? neuron::stepCubaAdaptive(cuba[j], threshold, current,
                                               membrane, input, dt)
                    : neuron::stepCubaExact(cuba[j], threshold, current,
                                            membrane, input, dt);
  return adaptive
             ? neuron::stepLeakyAdaptive(leaky[j], threshold, membrane, input,
                                         dt)
             : neuron::stepLeakyExact(leaky[j], threshold, membrane, input, dt);
}
