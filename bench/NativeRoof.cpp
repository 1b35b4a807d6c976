//===- NativeRoof.cpp - float32 Eigen compiled for this machine's ISA -----===//
//
// The roof the simulator benchmarks are measured against: a plain float32
// matrix product (GEMV at batch 1, GEMM above), compiled with -march=native
// (bench/CMakeLists.txt) where the project itself is built for the
// baseline ISA. Only float32 kernels are instantiated here, so no Eigen
// function the simulator (double) uses is compiled twice with different
// flags.
//
//===----------------------------------------------------------------------===//

#include "NativeRoof.h"

#include <Eigen/Dense>

#include <chrono>

double nirc::bench::timeFloat32Products(int64_t rows, int64_t cols,
                                        int64_t batch, int64_t repetitions) {
  Eigen::MatrixXf weight = Eigen::MatrixXf::Random(rows, cols);
  Eigen::MatrixXf input = Eigen::MatrixXf::Random(cols, batch);
  Eigen::MatrixXf output(rows, batch);
  volatile float sink = 0;
  auto start = std::chrono::steady_clock::now();
  for (int64_t r = 0; r < repetitions; ++r) {
    output.noalias() = weight * input;
    sink = sink + output(r % rows, 0);
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}
