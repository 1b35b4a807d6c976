//===- NativeRoof.h - float32 matrix products at the machine's roof -*- C++
//-*-===//

#ifndef NIRC_BENCH_NATIVEROOF_H
#define NIRC_BENCH_NATIVEROOF_H

#include <cstdint>

namespace nirc::bench {
/// Seconds for `repetitions` float32 products of a random `rows × cols`
/// matrix with a `cols × batch` one, compiled for the host's ISA.
double timeFloat32Products(int64_t rows, int64_t cols, int64_t batch,
                           int64_t repetitions);
} // namespace nirc::bench

#endif // NIRC_BENCH_NATIVEROOF_H
