//===- Emulation.h - a graph as a chip runs it, and its cost ---*- C++ -*-===//
//
// `nirc simulate --target`: the graph mapped onto a chip exactly as `nirc
// compile` maps it, then stepped in the chip's own arithmetic
// (convert-chip-to-sim), and compared population by population with the
// ideal run of the same graph on the same input.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_EMULATION_H
#define NIRC_SIMULATOR_EMULATION_H

#include "nirc/Simulator/Simulator.h"
#include "nirc/Transforms/Mismatch.h"

#include "mlir/IR/BuiltinOps.h"

#include <optional>
#include <string>
#include <vector>

namespace nirc {

struct EmulationOptions {
  /// A TargetModel name ("loihi2").
  std::string target;
  double dt = 0;
  bool allowSaturation = false;
  /// NODE, NODE.v or NODE.i, as for an ideal run.
  std::vector<std::string> probes;
  /// One Monte Carlo trial of device mismatch, or none. A digital chip's
  /// trial perturbs NIR's parameters before quantisation; an analog chip's
  /// (TargetModel::hasAnalogNeurons) perturbs its synapses so and its
  /// calibrated neurons after it (sim-neuron-mismatch).
  struct Trial {
    MismatchSpec spec;
    uint64_t seed = 0, trial = 0;
  };
  std::optional<Trial> mismatch;
};

/// A neuron population of the mapped graph.
struct EmulatedPopulation {
  std::string name;
  bool spiking = true;
};

/// Maps a NIR module in place onto `options.target` (nirc compile's
/// pipeline) and lowers it to one scheduled `sim.model` in the chip's
/// arithmetic. Besides `options.probes`, every population's spikes (`P`)
/// and membrane (`P.v`) are probed, for `compareRuns`. Returns the
/// populations; diagnostics go to the module's context.
mlir::FailureOr<std::vector<EmulatedPopulation>>
lowerToEmulation(mlir::ModuleOp module, const EmulationOptions &options);

/// The probes `compareRuns` needs from the ideal run of the same graph.
std::vector<std::string>
getComparisonProbes(const std::vector<EmulatedPopulation> &populations);

/// One population's ideal and emulated activity, over every sample, step
/// and neuron.
struct PopulationCost {
  std::string population;
  bool spiking = true;
  int64_t idealSpikes = 0, chipSpikes = 0;
  /// Fraction of (sample, step, neuron) entries with equal spike counts.
  double agreement = 0;
  /// Root mean square of the membrane difference, in NIR units.
  double membraneRmse = 0;
  /// The first step at which any sample or neuron differs in spikes; -1
  /// when none does.
  int64_t firstDivergence = -1;
};

/// Compares the probes `lowerToEmulation` added with the ideal run's
/// (`getComparisonProbes`). `chipSamples` may hold several trials of the
/// ideal run's samples, stacked trial-major; each is compared with it.
std::vector<PopulationCost>
compareRuns(const SimulationResult &ideal, const SimulationResult &chip,
            const std::vector<EmulatedPopulation> &populations);

/// The comparison as a table, one line per population.
std::string formatCostTable(const std::vector<PopulationCost> &costs);

} // namespace nirc

#endif // NIRC_SIMULATOR_EMULATION_H
