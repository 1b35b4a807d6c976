//===- Emulation.cpp - a graph as a chip runs it, and what it costs -------===//

#include "nirc/Simulator/Emulation.h"
#include "nirc/Conversion/Passes.h"
#include "nirc/Dialect/Chip/ChipOps.h"
#include "nirc/Dialect/Chip/ChipPipeline.h"
#include "nirc/Dialect/Sim/SimPasses.h"

#include "mlir/Pass/PassManager.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace nirc;

FailureOr<std::vector<EmulatedPopulation>>
nirc::lowerToEmulation(ModuleOp module, const EmulationOptions &options) {
  // A trial's mismatch: on NIR's parameters, but an analog chip's neurons
  // vary after their calibration, in the emulated circuit.
  MismatchSpec beforeQuantisation, calibratedNeurons;
  if (options.mismatch) {
    const chip::TargetModel *target = chip::lookupTargetModel(options.target);
    bool analog = target && target->hasAnalogNeurons();
    for (const auto &entry : options.mismatch->spec.sigmas)
      (analog && isNeuronMismatch(entry.first) ? calibratedNeurons
                                               : beforeQuantisation)
          .sigmas.push_back(entry);
    if (failed(applyMismatch(module, beforeQuantisation, options.mismatch->seed,
                             options.mismatch->trial)))
      return failure();
  }
  if (failed(chip::mapToChip(
          module, {options.target, options.dt, options.allowSaturation})))
    return failure();
  std::vector<EmulatedPopulation> populations;
  for (auto device : module.getOps<chip::DeviceOp>())
    for (auto population : device.getBody().getOps<chip::PopulationOp>())
      populations.push_back({population.getName().str(),
                             chip::isSpikingModel(population.getModel())});

  PassManager pm(module.getContext());
  std::vector<std::string> probes = options.probes;
  llvm::append_range(probes, getComparisonProbes(populations));
  ConvertChipToSimOptions conversion;
  conversion.probes = probes;
  conversion.variant = options.variant;
  pm.addPass(createConvertChipToSim(conversion));
  if (!calibratedNeurons.sigmas.empty())
    pm.addNestedPass<sim::ModelOp>(sim::createNeuronMismatch(
        {calibratedNeurons.str(), options.mismatch->seed,
         options.mismatch->trial}));
  pm.addNestedPass<sim::ModelOp>(sim::createSchedule());
  pm.addNestedPass<sim::ModelOp>(sim::createAllocateStorage());
  if (failed(pm.run(module)))
    return failure();
  return populations;
}

std::vector<std::string>
nirc::getComparisonProbes(const std::vector<EmulatedPopulation> &populations) {
  std::vector<std::string> probes;
  for (const EmulatedPopulation &population : populations) {
    if (population.spiking)
      probes.push_back(population.name);
    probes.push_back(population.name + ".v");
  }
  return probes;
}

/// The recording of probe `node`.`observable`, or null.
static const std::pair<SignalPort, TimeGriddedData> *
findProbe(const SimulationResult &result, StringRef node,
          StringRef observable) {
  for (const auto &entry : result.probes)
    if (entry.first.node == node && entry.first.observable == observable)
      return &entry;
  return nullptr;
}

std::vector<PopulationCost>
nirc::compareRuns(const SimulationResult &ideal, const SimulationResult &chip,
                  const std::vector<EmulatedPopulation> &populations) {
  std::vector<PopulationCost> costs;
  int64_t samples = ideal.numSamples, steps = ideal.numSteps;
  int64_t trials = samples ? chip.numSamples / samples : 0;
  for (const EmulatedPopulation &population : populations) {
    PopulationCost cost;
    cost.population = population.name;
    cost.spiking = population.spiking;
    if (population.spiking) {
      const auto *a = findProbe(ideal, population.name, "output");
      const auto *b = findProbe(chip, population.name, "output");
      if (a && b) {
        int64_t neurons = a->second.numNeurons, agreeing = 0;
        for (int64_t trial = 0; trial < trials; ++trial)
          for (int64_t s = 0; s < samples; ++s)
            for (int64_t k = 0; k < steps; ++k)
              for (int64_t n = 0; n < neurons; ++n) {
                double x = a->second.values[(s * steps + k) * neurons + n];
                double y =
                    b->second
                        .values[((trial * samples + s) * steps + k) * neurons +
                                n];
                cost.idealSpikes += int64_t(x);
                cost.chipSpikes += int64_t(y);
                if (x == y) {
                  ++agreeing;
                } else if (cost.firstDivergence < 0 ||
                           k < cost.firstDivergence) {
                  cost.firstDivergence = k;
                }
              }
        int64_t total = trials * samples * steps * neurons;
        cost.agreement = total ? double(agreeing) / double(total) : 1.0;
        // Counted over every trial; the ideal spikes once per trial too.
      }
    }
    const auto *a = findProbe(ideal, population.name, "v");
    const auto *b = findProbe(chip, population.name, "v");
    if (a && b) {
      const TimeGriddedData &chipV = b->second;
      double unit = b->first.unit != 0 ? b->first.unit : 1.0;
      double offset = b->first.offset, sum = 0;
      int64_t perSample = steps * a->second.numNeurons;
      for (int64_t trial = 0; trial < trials; ++trial)
        for (int64_t i = 0; i < samples * perSample; ++i) {
          double nir =
              offset + unit * chipV.values[trial * samples * perSample + i];
          double d = nir - a->second.values[i];
          sum += d * d;
        }
      int64_t total = trials * samples * perSample;
      cost.membraneRmse = total ? std::sqrt(sum / double(total)) : 0.0;
    }
    costs.push_back(std::move(cost));
  }
  return costs;
}

std::string nirc::formatCostTable(const std::vector<PopulationCost> &costs) {
  std::string table;
  llvm::raw_string_ostream os(table);
  os << llvm::formatv("  {0,-20} {1,12} {2,12} {3,10} {4,14} {5,16}\n",
                      "population", "ideal spikes", "chip spikes", "agree",
                      "membrane RMSE", "first diverges");
  for (const PopulationCost &c : costs) {
    std::string agree =
        c.spiking ? llvm::formatv("{0:P2}", c.agreement).str() : "-";
    std::string first =
        !c.spiking ? "-"
        : c.firstDivergence < 0
            ? "never"
            : llvm::formatv("step {0}", c.firstDivergence).str();
    os << llvm::formatv("  {0,-20} {1,12} {2,12} {3,10} {4,14:g} {5,16}\n",
                        c.population,
                        c.spiking ? std::to_string(c.idealSpikes) : "-",
                        c.spiking ? std::to_string(c.chipSpikes) : "-", agree,
                        c.membraneRmse, first);
  }
  return table;
}
