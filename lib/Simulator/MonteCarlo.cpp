//===- MonteCarlo.cpp - trials under device mismatch ----------------------===//

#include "nirc/Simulator/MonteCarlo.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>

using namespace nirc;

SimulationResult nirc::stackTrials(std::vector<SimulationResult> trials) {
  SimulationResult stacked = std::move(trials.front());
  for (size_t t = 1; t < trials.size(); ++t) {
    SimulationResult &trial = trials[t];
    for (auto [into, from] : {std::pair{&stacked.outputs, &trial.outputs},
                              {&stacked.probes, &trial.probes}})
      for (size_t r = 0; r < into->size(); ++r) {
        TimeGriddedData &data = (*into)[r].second;
        const TimeGriddedData &more = (*from)[r].second;
        data.values.insert(data.values.end(), more.values.begin(),
                           more.values.end());
        data.numSamples += more.numSamples;
      }
    stacked.numSamples += trial.numSamples;
    for (auto &[op, seconds] : trial.secondsByOp)
      stacked.secondsByOp[op] += seconds;
  }
  return stacked;
}

/// Spike counts of sample `s` per neuron, summed over the steps.
static std::vector<double> countsOf(const TimeGriddedData &data, int64_t s) {
  std::vector<double> counts(data.numNeurons, 0.0);
  for (int64_t k = 0; k < data.numSteps; ++k)
    for (int64_t n = 0; n < data.numNeurons; ++n)
      counts[n] += data.values[(s * data.numSteps + k) * data.numNeurons + n];
  return counts;
}

static int64_t argmax(const std::vector<double> &values) {
  return std::max_element(values.begin(), values.end()) - values.begin();
}

TrialSummary nirc::summarizeTrials(const SimulationResult &nominal,
                                   const SimulationResult &stacked) {
  TrialSummary summary;
  int64_t samples = nominal.numSamples;
  summary.trials = samples ? stacked.numSamples / samples : 0;
  for (size_t r = 0; r < stacked.outputs.size(); ++r) {
    const std::string &name = stacked.outputs[r].first.node;
    const TimeGriddedData &trialData = stacked.outputs[r].second;
    const TimeGriddedData &nominalData = nominal.outputs[r].second;
    // Spike counts per trial and neuron, and the argmax per trial and sample.
    std::vector<std::vector<double>> perTrial(
        summary.trials, std::vector<double>(trialData.numNeurons, 0.0));
    int64_t kept = 0;
    for (int64_t s = 0; s < samples; ++s) {
      int64_t expected = argmax(countsOf(nominalData, s));
      for (int64_t t = 0; t < summary.trials; ++t) {
        std::vector<double> counts = countsOf(trialData, t * samples + s);
        kept += argmax(counts) == expected;
        for (int64_t n = 0; n < trialData.numNeurons; ++n)
          perTrial[t][n] += counts[n];
      }
    }
    for (int64_t n = 0; n < trialData.numNeurons; ++n) {
      OutputNeuronSpread spread;
      spread.output = name;
      spread.neuron = n;
      double sum = 0, squares = 0;
      spread.min = INT64_MAX;
      spread.max = INT64_MIN;
      for (int64_t t = 0; t < summary.trials; ++t) {
        double c = perTrial[t][n];
        sum += c;
        squares += c * c;
        spread.min = std::min(spread.min, int64_t(c));
        spread.max = std::max(spread.max, int64_t(c));
      }
      double count = double(summary.trials);
      spread.mean = sum / count;
      spread.standardDeviation =
          std::sqrt(std::max(0.0, squares / count - spread.mean * spread.mean));
      summary.neurons.push_back(spread);
    }
    summary.argmaxKept.emplace_back(
        name,
        double(kept) / double(std::max<int64_t>(1, summary.trials * samples)));
  }
  return summary;
}

std::string nirc::formatTrialSummary(const TrialSummary &summary) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::formatv("  {0,-20} {1,6} {2,10} {3,10} {4,8} {5,8}\n", "output",
                      "neuron", "mean", "std", "min", "max");
  for (const OutputNeuronSpread &n : summary.neurons)
    os << llvm::formatv("  {0,-20} {1,6} {2,10:f2} {3,10:f2} {4,8} {5,8}\n",
                        n.output, n.neuron, n.mean, n.standardDeviation, n.min,
                        n.max);
  for (const auto &[output, fraction] : summary.argmaxKept)
    os << llvm::formatv("  {0}: the nominal most active neuron kept in {1:P1} "
                        "of {2} trial(s) x samples\n",
                        output, fraction, summary.trials);
  return text;
}
