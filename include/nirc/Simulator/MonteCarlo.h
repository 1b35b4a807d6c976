//===- MonteCarlo.h - trials under device mismatch --------------*- C++ -*-===//
//
// `nirc simulate --mismatch SPEC --trials N`: each trial runs the model with
// its own fixed-pattern noise (applyMismatch in nirc/Transforms/Mismatch.h);
// the trials are stacked on NIRGraphData's sample axis, trial-major, and
// summarised per output neuron.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_SIMULATOR_MONTECARLO_H
#define NIRC_SIMULATOR_MONTECARLO_H

#include "nirc/Simulator/Simulator.h"

#include <string>
#include <vector>

namespace nirc {

/// The trials' recordings, each `[samples, steps, elements]`, as one with
/// `trials × samples` samples: trial k holds samples k·B … k·B + B − 1.
SimulationResult stackTrials(std::vector<SimulationResult> trials);

/// One output neuron's spike count (over every sample and step of a trial)
/// across the trials.
struct OutputNeuronSpread {
  std::string output;
  int64_t neuron = 0;
  double mean = 0, standardDeviation = 0;
  int64_t min = 0, max = 0;
};

struct TrialSummary {
  int64_t trials = 0;
  std::vector<OutputNeuronSpread> neurons;
  /// Per Output: the fraction of (trial, sample) pairs whose most active
  /// output neuron (spike count over the steps, the first on a tie) is the
  /// nominal run's for that sample; the readout of a classifier.
  std::vector<std::pair<std::string, double>> argmaxKept;
};

/// Summarises `stacked` (from stackTrials) against the nominal run.
TrialSummary summarizeTrials(const SimulationResult &nominal,
                             const SimulationResult &stacked);

/// The summary as a table, one line per output neuron.
std::string formatTrialSummary(const TrialSummary &summary);

} // namespace nirc

#endif // NIRC_SIMULATOR_MONTECARLO_H
