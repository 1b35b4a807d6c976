// Outputs are never half-written: nirc writes each output to a temporary file
// `<output>.temp-stream-XXXXXX` beside it and renames that over the output
// only once it is complete. Inputs/kill_mid_write.py generates a large model
// of random weights (about 8 MiB of output that gzip cannot shrink), runs the
// command once to completion (the previous output), then again on changed
// content, and sends SIGKILL once the temporary file has grown past 64 KiB.
// The process must have died by SIGKILL mid-write (the temporary file it left
// is partial), the output must still hold exactly the previous file (SHA-256),
// and, with no previous output, no file may exist under the output's name.
// The driver retries with a model twice as large if nirc finished before the
// kill landed, and fails if no kill ever lands mid-write. Its `detail:` lines
// (kept in %t.<command>.log) give the sizes and the bytes written at the kill.

// .mlir -> .nir export: the HDF5 image is written in one go.
// RUN: %python %S/Inputs/kill_mid_write.py nirc convert %t.convert | tee %t.convert.log | FileCheck %s --check-prefix=CONVERT
// CONVERT: convert: detail: attempt {{[1-3]}}: {{.*}}; temporary file had {{[0-9]+}} bytes when SIGKILL was sent
// CONVERT: convert: killed by SIGKILL mid-write; previous output intact (SHA-256 unchanged); nothing partial under the final name
// CONVERT: convert (no previous output): killed by SIGKILL mid-write; no file under the final name

// simulate -o: a NIRGraphData file of 2048 neurons' float64 membrane.
// RUN: %python %S/Inputs/kill_mid_write.py nirc simulate %t.simulate | tee %t.simulate.log | FileCheck %s --check-prefix=SIMULATE
// SIMULATE: simulate: detail: attempt {{[1-3]}}: {{.*}}; temporary file had {{[0-9]+}} bytes when SIGKILL was sent
// SIMULATE: simulate: killed by SIGKILL mid-write; previous output intact (SHA-256 unchanged); nothing partial under the final name
// SIMULATE: simulate (no previous output): killed by SIGKILL mid-write; no file under the final name

// compile -o: the JSON target description, streamed.
// RUN: %python %S/Inputs/kill_mid_write.py nirc compile %t.compile | tee %t.compile.log | FileCheck %s --check-prefix=COMPILE
// COMPILE: compile: detail: attempt {{[1-3]}}: {{.*}}; temporary file had {{[0-9]+}} bytes when SIGKILL was sent
// COMPILE: compile: killed by SIGKILL mid-write; previous output intact (SHA-256 unchanged); nothing partial under the final name
// COMPILE: compile (no previous output): killed by SIGKILL mid-write; no file under the final name
