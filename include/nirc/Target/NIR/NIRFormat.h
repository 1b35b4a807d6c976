//===- NIRFormat.h - .nir (HDF5) import and export --------------*- C++ -*-===//
//
// Reads the `.nir` files of every NIR version (v0.1 without `/version` to
// today's layout) into the `nir` dialect. Library functions first; the
// translation registrations only wrap them for nir-translate.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_TARGET_NIR_NIRFORMAT_H
#define NIRC_TARGET_NIR_NIRFORMAT_H

#include "nirc/Support/ChildProcess.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

namespace llvm {
class MemoryBufferRef;
class SourceMgr;
class raw_ostream;
} // namespace llvm

namespace nirc {

struct ImportNIROptions {
  /// Retarget an edge that names a missing node to the one existing node
  /// whose name is unambiguously nearest (the NIR paper's Braille subgraph
  /// files name `lif` for `lif1`), with a warning per repair.
  bool repairEdges = false;
};

/// What the importer keeps of a node's integer datasets that the exporter
/// would write differently (a `shape` stored as int32, a stride as a
/// one-element array, an Output shape with unit axes): a dictionary from
/// field name to the dataset as read, so that an export writes the file's
/// own dtype and shape. The exporter ignores an entry whose field no longer
/// holds its values.
constexpr llvm::StringLiteral kStoredAsAttrName = "nir.stored_as";

/// Imports the `.nir` file held by the main buffer of `sourceMgr`. Reports
/// errors naming the file, the node path and the field, and returns null on
/// failure. The result is verified and its open shapes inferred.
mlir::OwningOpRef<mlir::ModuleOp>
importNIR(llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context,
          const ImportNIROptions &options = {});

/// Imports the `.nir` file at `path`, read through libhdf5 from disk so its
/// image is never held in memory whole (what `nirc` uses).
mlir::OwningOpRef<mlir::ModuleOp>
importNIRFile(llvm::StringRef path, mlir::MLIRContext *context,
              const ImportNIROptions &options = {});

/// Imports the `.nir` file image `image` (named by its identifier).
mlir::OwningOpRef<mlir::ModuleOp>
importNIRImage(llvm::MemoryBufferRef image, mlir::MLIRContext *context,
               const ImportNIROptions &options = {});

/// Like importNIRFile, but reads the file in a child process under
/// `limits` of time and memory: a corrupt file that crashes libhdf5, makes
/// it loop forever or ask for gigabytes (Debian 12's 1.10.8 does all three)
/// gives an error naming the file instead. The child sends the module back
/// as MLIR bytecode. What `nirc` uses for every `.nir` it is given.
mlir::OwningOpRef<mlir::ModuleOp>
importNIRFileIsolated(llvm::StringRef path, mlir::MLIRContext *context,
                      const ImportNIROptions &options = {},
                      const ReadLimits &limits = {});

/// importNIR of the bytes `image` (named by its identifier) in a child
/// process, as importNIRFileIsolated: for the bytes of a `.nir` file that did
/// not come from disk (nir-translate's input, which may be stdin).
mlir::OwningOpRef<mlir::ModuleOp>
importNIRImageIsolated(llvm::MemoryBufferRef image, mlir::MLIRContext *context,
                       const ImportNIROptions &options = {},
                       const ReadLimits &limits = {});

/// Writes `module` (one top-level nir.graph with known port shapes) as a
/// `.nir` file in the current layout, readable by the Python package's
/// `nir.read`. Nothing is written to `os` on failure.
mlir::LogicalResult exportNIR(mlir::ModuleOp module, llvm::raw_ostream &os);

/// The NIR type name of a node op ("LIF", "NIRGraph"), or "" for an op that
/// is not a NIR node.
llvm::StringRef getNIRTypeName(mlir::Operation *node);

/// Registers `--import-nir` (with `--nir-repair-edges` and the read limits)
/// for nir-translate; it reads through importNIRImageIsolated.
void registerImportNIRTranslation();
/// Registers `--export-nir` for nir-translate.
void registerExportNIRTranslation();

} // namespace nirc

#endif // NIRC_TARGET_NIR_NIRFORMAT_H
