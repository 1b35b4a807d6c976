//===- NIRIOBench.cpp - .nir import/export throughput ---------------------===//
//
// Import and export of a generated large graph (16.8 M float32 parameters in
// four 2048x2048 Affine layers with LIF populations, gzip), beside a plain
// HDF5 C read/write of the same datasets in the same run: the rate nirc
// could at best reach. All files live in memory (HDF5 core driver / file
// images) so the disk does not enter the ratio.
//
// Run: build/bin/nirc-io-bench [--benchmark_repetitions=3]
//      build/bin/nirc-io-bench --write-nir=/tmp/big.nir --benchmark_filter=none
//      /usr/bin/time -v build/bin/nirc check /tmp/big.nir   (peak RSS)
//
//===----------------------------------------------------------------------===//

#include "nirc/Dialect/NIR/NIROps.h"
#include "nirc/InitAllDialects.h"
#include "nirc/Target/NIR/NIRFormat.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include "HDF5Utils.h"
#include <benchmark/benchmark.h>
#include <hdf5.h>

#include <random>
#include <vector>

using namespace mlir;
using namespace nirc;

namespace {

constexpr int64_t kWidth = 2048;
constexpr int kLayers = 4;
constexpr int64_t kParameterBytes = kLayers * (kWidth * kWidth + kWidth) * 4;

/// Random weights: compressible about as little as trained ones.
std::vector<float> makeWeights(int64_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::normal_distribution<float> normal(0.0f, 0.05f);
  std::vector<float> values(count);
  for (float &value : values)
    value = normal(random);
  return values;
}

/// in -> (affine -> lif) x kLayers -> out.
OwningOpRef<ModuleOp> buildLargeGraph(MLIRContext &context) {
  OpBuilder builder(&context);
  Location loc = builder.getUnknownLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());
  auto graph = builder.create<nir::GraphOp>(loc, TypeRange{}, StringAttr(),
                                            ValueRange{}, DictionaryAttr());
  builder.setInsertionPointToEnd(&graph.getBody().emplaceBlock());
  auto signal = nir::SignalType::get(&context, {kWidth});
  Value current =
      builder.create<nir::InputOp>(loc, signal, "in", DictionaryAttr());
  auto f32 = builder.getF32Type();
  auto vector = RankedTensorType::get({kWidth}, f32);
  auto splat = [&](double value) {
    return DenseElementsAttr::get(vector, builder.getF32FloatAttr(value));
  };
  for (int layer = 0; layer < kLayers; ++layer) {
    std::vector<float> weights = makeWeights(kWidth * kWidth, layer);
    auto weight = DenseElementsAttr::get(
        RankedTensorType::get({kWidth, kWidth}, f32), ArrayRef(weights));
    std::vector<float> biases = makeWeights(kWidth, 100 + layer);
    auto bias = DenseElementsAttr::get(vector, ArrayRef(biases));
    std::string index = std::to_string(layer);
    current = builder.create<nir::AffineOp>(loc, signal, "fc" + index,
                                            ValueRange{current}, weight, bias,
                                            DictionaryAttr());
    current = builder.create<nir::LIFOp>(
        loc, signal, "lif" + index, ValueRange{current}, splat(0.01),
        splat(1.0), splat(0.0), splat(1.0), splat(0.0), DictionaryAttr());
  }
  builder.create<nir::OutputOp>(loc, signal, "out", ValueRange{current},
                                DictionaryAttr());
  return module;
}

struct Fixture {
  Fixture() : context(makeRegistry()) {
    context.loadAllAvailableDialects();
    OwningOpRef<ModuleOp> module = buildLargeGraph(context);
    llvm::raw_string_ostream os(image);
    if (failed(exportNIR(*module, os)))
      llvm::report_fatal_error("export of the benchmark graph failed");
  }
  static DialectRegistry makeRegistry() {
    DialectRegistry registry;
    registerAllDialects(registry);
    return registry;
  }
  MLIRContext context;
  std::string image;
};

Fixture &getFixture() {
  static Fixture fixture;
  return fixture;
}

void setRate(benchmark::State &state) {
  state.SetBytesProcessed(state.iterations() * kParameterBytes);
  state.counters["param_MB"] = kParameterBytes / 1e6;
}

void BM_ExportNIR(benchmark::State &state) {
  Fixture &fixture = getFixture();
  OwningOpRef<ModuleOp> module = buildLargeGraph(fixture.context);
  for (auto _ : state) {
    std::string image;
    llvm::raw_string_ostream os(image);
    if (failed(exportNIR(*module, os)))
      state.SkipWithError("export failed");
    benchmark::DoNotOptimize(image.data());
  }
  setRate(state);
}

void BM_ImportNIR(benchmark::State &state) {
  Fixture &fixture = getFixture();
  for (auto _ : state) {
    // A fresh context each time: attributes are uniqued per context.
    MLIRContext context(Fixture::makeRegistry());
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBuffer(fixture.image, "bench.nir", false),
        llvm::SMLoc());
    OwningOpRef<ModuleOp> module = importNIR(sourceMgr, &context);
    if (!module)
      state.SkipWithError("import failed");
  }
  setRate(state);
}

/// The same datasets written with the HDF5 C API alone (gzip 4, one chunk
/// per array), into an in-memory file.
void BM_RawHDF5Write(benchmark::State &state) {
  std::vector<std::vector<float>> weights;
  for (int layer = 0; layer < kLayers; ++layer)
    weights.push_back(makeWeights(kWidth * kWidth, layer));
  std::vector<float> bias = makeWeights(kWidth, 100);
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  for (auto _ : state) {
    hid_t access = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(access, 1 << 20, 0);
    hid_t file = H5Fcreate("raw.h5", H5F_ACC_TRUNC, H5P_DEFAULT, access);
    for (int layer = 0; layer < kLayers; ++layer) {
      for (bool isWeight : {true, false}) {
        hsize_t dims[2] = {hsize_t(kWidth), hsize_t(kWidth)};
        int rank = isWeight ? 2 : 1;
        hid_t space = H5Screate_simple(rank, dims, nullptr);
        hid_t plist = H5Pcreate(H5P_DATASET_CREATE);
        H5Pset_chunk(plist, rank, dims);
        H5Pset_deflate(plist, 4);
        std::string name = (isWeight ? "w" : "b") + std::to_string(layer);
        hid_t dataset = H5Dcreate2(file, name.c_str(), H5T_IEEE_F32LE, space,
                                   H5P_DEFAULT, plist, H5P_DEFAULT);
        H5Dwrite(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                 isWeight ? weights[layer].data() : bias.data());
        H5Dclose(dataset);
        H5Pclose(plist);
        H5Sclose(space);
      }
    }
    H5Fflush(file, H5F_SCOPE_GLOBAL);
    std::vector<char> image(H5Fget_file_image(file, nullptr, 0));
    H5Fget_file_image(file, image.data(), image.size());
    benchmark::DoNotOptimize(image.data());
    H5Fclose(file);
    H5Pclose(access);
  }
  setRate(state);
}

/// Reads every float dataset of the exported file with the C API alone.
void BM_RawHDF5Read(benchmark::State &state) {
  Fixture &fixture = getFixture();
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  for (auto _ : state) {
    nirc::H5Handle file = nirc::openFileImage(fixture.image);
    for (int layer = 0; layer < kLayers; ++layer) {
      for (const char *field : {"weight", "bias"}) {
        std::string path =
            "node/nodes/fc" + std::to_string(layer) + "/" + field;
        hid_t dataset = H5Dopen2(file, path.c_str(), H5P_DEFAULT);
        hid_t space = H5Dget_space(dataset);
        std::vector<float> values(H5Sget_simple_extent_npoints(space));
        H5Dread(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                values.data());
        benchmark::DoNotOptimize(values.data());
        H5Sclose(space);
        H5Dclose(dataset);
      }
    }
  }
  setRate(state);
}

} // namespace

BENCHMARK(BM_RawHDF5Write)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExportNIR)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RawHDF5Read)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ImportNIR)->Unit(benchmark::kMillisecond)->UseRealTime();
/// `--write-nir=PATH` also writes the benchmark graph to PATH, to measure
/// the peak memory of a whole `nirc check PATH` with /usr/bin/time -v.
int main(int argc, char **argv) {
  std::vector<char *> args;
  for (int i = 0; i < argc; ++i) {
    llvm::StringRef arg(argv[i]);
    if (!arg.consume_front("--write-nir=")) {
      args.push_back(argv[i]);
      continue;
    }
    std::error_code error;
    llvm::raw_fd_ostream file(arg, error);
    if (error)
      llvm::report_fatal_error("cannot write " + arg);
    file << getFixture().image;
  }
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
