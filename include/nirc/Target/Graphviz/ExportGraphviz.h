//===- ExportGraphviz.h - a NIR graph as a Graphviz picture -----*- C++ -*-===//
//
// `nirc draw` and `nir-translate --export-graphviz`: the graph as Graphviz
// DOT text, and its layout by Graphviz's `dot` program.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_TARGET_GRAPHVIZ_EXPORTGRAPHVIZ_H
#define NIRC_TARGET_GRAPHVIZ_EXPORTGRAPHVIZ_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace nirc {

/// Writes each top-level nir.graph of `module` as a DOT digraph: a node per
/// NIR node named by its path ("sub/lif") and labelled with its name, op and
/// output shape; nested graphs as clusters (an edge into one goes to its
/// nir.input, one out of it leaves from the nir.output that gives it); the
/// edges that close a cycle dashed and left out of the ranking, so the
/// feed-forward path reads left to right.
void exportGraphviz(mlir::ModuleOp module, llvm::raw_ostream &os);

/// Lays `dot` text out as `format` ("svg", "png", "pdf", ...) with
/// Graphviz's `dot` program from PATH, within `timeoutSeconds`. Fails, saying
/// what to install, when there is no `dot`.
llvm::Expected<std::string> layOutWithGraphviz(llvm::StringRef dot,
                                               llvm::StringRef format,
                                               unsigned timeoutSeconds);

/// Registers `--export-graphviz` (DOT text) for nir-translate.
void registerExportGraphvizTranslation();

} // namespace nirc

#endif // NIRC_TARGET_GRAPHVIZ_EXPORTGRAPHVIZ_H
