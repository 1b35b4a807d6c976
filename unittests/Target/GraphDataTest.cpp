//===- GraphDataTest.cpp - NIRGraphData read, write, convert --------------===//

#include "nirc/Target/NIR/GraphData.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include "gtest/gtest.h"
#include <hdf5.h>

#include <cmath>
#include <fstream>
#include <limits>

using namespace nirc;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// A fresh path in a fresh temporary folder.
std::string temporaryPath(const char *name) {
  llvm::SmallString<128> folder;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("nirc-graphdata", folder));
  llvm::sys::path::append(folder, name);
  return std::string(folder);
}

GraphData makeSample() {
  TimeGriddedData spikes;
  spikes.numSamples = 2;
  spikes.numSteps = 3;
  spikes.numNeurons = 2;
  spikes.dt = 1e-3;
  spikes.isSpikes = true;
  spikes.values = {1, 0, 0, 1, 0, 0, /**/ 0, 0, 1, 1, 0, 1};
  TimeGriddedData voltage = spikes;
  voltage.isSpikes = false;
  voltage.values = {0.5, -1.25, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1e-9};
  EventData events;
  events.numSamples = 2;
  events.numEvents = 2;
  events.numNeurons = 3;
  events.tMax = 0.01;
  events.neuron = {2, 0, 1, -1};
  events.time = {0.001, 0.0045, 0.009, kInf};
  EventData valued = events;
  valued.value = std::vector<double>{0.5, 1.5, -2, 0};

  GraphData nested;
  nested.nodes.push_back({"x", NodeData{{{"current", valued}}}});
  GraphData graph;
  graph.nodes.push_back({"input", NodeData{{{"spikes", events}}}});
  graph.nodes.push_back(
      {"lif", NodeData{{{"spikes", spikes}, {"v", voltage}}}});
  graph.graphs.push_back({"sub", nested});
  return graph;
}

void expectEqual(const Observable &a, const Observable &b) {
  ASSERT_EQ(a.index(), b.index());
  if (const auto *grid = std::get_if<TimeGriddedData>(&a)) {
    const auto &other = std::get<TimeGriddedData>(b);
    EXPECT_EQ(grid->numSamples, other.numSamples);
    EXPECT_EQ(grid->numSteps, other.numSteps);
    EXPECT_EQ(grid->numNeurons, other.numNeurons);
    EXPECT_EQ(grid->dt, other.dt);
    EXPECT_EQ(grid->isSpikes, other.isSpikes);
    EXPECT_EQ(grid->values, other.values);
    return;
  }
  const auto &events = std::get<EventData>(a);
  const auto &other = std::get<EventData>(b);
  EXPECT_EQ(events.numSamples, other.numSamples);
  EXPECT_EQ(events.numEvents, other.numEvents);
  EXPECT_EQ(events.numNeurons, other.numNeurons);
  EXPECT_EQ(events.tMax, other.tMax);
  EXPECT_EQ(events.neuron, other.neuron);
  EXPECT_EQ(events.time, other.time);
  EXPECT_EQ(events.value, other.value);
}

TEST(GraphDataTest, EveryObservableKindRoundTrips) {
  GraphData written = makeSample();
  std::string path = temporaryPath("data.h5");
  ASSERT_FALSE(writeGraphData(written, path));
  llvm::Expected<GraphData> read = readGraphData(path);
  ASSERT_TRUE(bool(read)) << llvm::toString(read.takeError());
  ASSERT_EQ(read->nodes.size(), 2u);
  // Nodes come back in name order, as h5py lists them.
  EXPECT_EQ(read->nodes[0].first, "input");
  EXPECT_EQ(read->nodes[1].first, "lif");
  expectEqual(read->nodes[0].second.observables[0].second,
              written.nodes[0].second.observables[0].second);
  ASSERT_EQ(read->nodes[1].second.observables.size(), 2u);
  expectEqual(read->nodes[1].second.observables[0].second,
              written.nodes[1].second.observables[0].second);
  expectEqual(read->nodes[1].second.observables[1].second,
              written.nodes[1].second.observables[1].second);
  ASSERT_EQ(read->graphs.size(), 1u);
  EXPECT_EQ(read->graphs[0].first, "sub");
  expectEqual(read->graphs[0].second.nodes[0].second.observables[0].second,
              written.graphs[0].second.nodes[0].second.observables[0].second);
}

TEST(GraphDataTest, WritesNIRsLayout) {
  std::string path = temporaryPath("layout.h5");
  ASSERT_FALSE(writeGraphData(makeSample(), path));
  hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  // Spikes are NumPy bools: an enum over int8.
  hid_t spikes =
      H5Dopen2(file, "nodes/lif/observables/spikes/data", H5P_DEFAULT);
  hid_t type = H5Dget_type(spikes);
  EXPECT_EQ(H5Tget_class(type), H5T_ENUM);
  EXPECT_EQ(H5Tget_size(type), 1u);
  H5Tclose(type);
  H5Dclose(spikes);
  EXPECT_GT(H5Aexists_by_name(file, "nodes/sub", "__type__", H5P_DEFAULT), 0);
  EXPECT_GT(H5Aexists_by_name(file, "nodes/input/observables/spikes", "t_max",
                              H5P_DEFAULT),
            0);
  H5Fclose(file);
}

/// One sample of events: `neuron[i]` fires at `time[i]`.
EventData oneSampleEvents(int64_t numNeurons, double tMax,
                          std::vector<int64_t> neuron,
                          std::vector<double> time) {
  EventData events;
  events.numSamples = 1;
  events.numEvents = int64_t(neuron.size());
  events.numNeurons = numNeurons;
  events.tMax = tMax;
  events.neuron = std::move(neuron);
  events.time = std::move(time);
  return events;
}

TEST(GraphDataTest, EventsToGridCountsPerBin) {
  EventData events =
      oneSampleEvents(2, 0.003, {0, 0, 1, -1}, {0.0001, 0.0009, 0.0021, kInf});
  TimeGriddedData grid = llvm::cantFail(toTimeGridded(events, 1e-3));
  EXPECT_EQ(grid.numSteps, 3);
  EXPECT_TRUE(grid.isSpikes);
  EXPECT_EQ(grid.values, (std::vector<double>{2, 0, 0, 0, 0, 1}));
}

// Found by nirc-fuzz-graph-data: an event far past t_max (6e95 s) was cast
// to an int64_t step before being compared with the last step (undefined
// behaviour; UBSan stops there). It is dropped like any late event.
TEST(GraphDataTest, EventsFarPastTheEndAreDropped) {
  EventData events = oneSampleEvents(1, 0.002, {0, 0}, {6e95, 0.0015});
  TimeGriddedData grid = llvm::cantFail(toTimeGridded(events, 1e-3));
  EXPECT_EQ(grid.values, (std::vector<double>{0, 1}));
}

TEST(GraphDataTest, EventGridsBeyondTheLimitAreRefused) {
  EventData events = oneSampleEvents(1, 4, {0}, {0.5});
  llvm::Expected<TimeGriddedData> grid = toTimeGridded(events, 1e-300);
  ASSERT_FALSE(bool(grid));
  EXPECT_NE(
      llvm::toString(grid.takeError()).find("more than 1073741824 values"),
      std::string::npos);
}

TEST(GraphDataTest, GridToEventsAndBackIsIdentity) {
  GraphData sample = makeSample();
  for (const auto &[name, observable] : sample.nodes[1].second.observables) {
    const auto &grid = std::get<TimeGriddedData>(observable);
    EventData events = toEvents(grid, 0.25 * grid.dt);
    TimeGriddedData back = llvm::cantFail(toTimeGridded(events, grid.dt));
    EXPECT_EQ(back.values, grid.values) << name;
    EXPECT_EQ(back.isSpikes, grid.isSpikes) << name;
  }
}

TEST(GraphDataTest, GridToEventsPadsShortSamples) {
  TimeGriddedData grid;
  grid.numSamples = 2;
  grid.numSteps = 2;
  grid.numNeurons = 1;
  grid.dt = 0.5;
  grid.isSpikes = true;
  grid.values = {1, 1, 0, 1};
  EventData events = toEvents(grid);
  EXPECT_EQ(events.numEvents, 2);
  EXPECT_EQ(events.neuron, (std::vector<int64_t>{0, 0, 0, -1}));
  EXPECT_EQ(events.time, (std::vector<double>{0, 0.5, 0.5, kInf}));
  EXPECT_EQ(events.tMax, 1.0);
}

TEST(GraphDataTest, RejectsBadFilesWithTheirName) {
  std::string text = temporaryPath("text.h5");
  std::ofstream(text) << "not hdf5";
  llvm::Expected<GraphData> notHDF5 = readGraphData(text);
  ASSERT_FALSE(bool(notHDF5));
  EXPECT_EQ(llvm::toString(notHDF5.takeError()),
            text + ": not a readable HDF5 file");

  // An event naming a neuron the observable does not have.
  GraphData bad;
  EventData events = oneSampleEvents(3, 1, {5}, {0.5});
  bad.nodes.push_back({"in", NodeData{{{"spikes", events}}}});
  std::string path = temporaryPath("bad.h5");
  ASSERT_FALSE(writeGraphData(bad, path));
  llvm::Expected<GraphData> read = readGraphData(path);
  ASSERT_FALSE(bool(read));
  EXPECT_EQ(llvm::toString(read.takeError()),
            path + ": in, observable 'spikes': event 0 names neuron 5 of 3");
}

TEST(GraphDataTest, ANIRGraphFileIsNotData) {
  std::string path = NIRC_TEST_INPUTS "/no_version_no_reset.nir";
  llvm::Expected<GraphData> read = readGraphData(path);
  ASSERT_FALSE(bool(read));
  EXPECT_EQ(llvm::toString(read.takeError()),
            path + ": missing the '__type__' attribute");
}

TEST(GraphDataTest, FailedWriteKeepsThePreviousFile) {
  std::string path = temporaryPath("kept.h5");
  ASSERT_FALSE(writeGraphData(makeSample(), path));
  // A name HDF5 cannot create (an empty node name) fails the write.
  GraphData bad;
  bad.nodes.push_back({"", NodeData{}});
  llvm::Error failed = writeGraphData(bad, path);
  EXPECT_TRUE(bool(failed));
  llvm::consumeError(std::move(failed));
  llvm::Expected<GraphData> read = readGraphData(path);
  ASSERT_TRUE(bool(read)) << llvm::toString(read.takeError());
  EXPECT_EQ(read->nodes.size(), 2u);
}

} // namespace
