//===- Draw.cpp - nirc draw -----------------------------------------------===//
//
// The model's graph as DOT text, or laid out by Graphviz into SVG, PNG or
// PDF (lib/Target/Graphviz), chosen by the output's extension.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "nirc/Target/Graphviz/ExportGraphviz.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace nirc;
namespace cl = llvm::cl;

namespace {
/// The options of `nirc draw`, built on first use (see Simulate.cpp).
struct DrawOptions {
  cl::opt<std::string> output{
      "o",
      cl::Required,
      cl::desc("The picture: FILE.svg, FILE.png or FILE.pdf (laid out by "
               "Graphviz's dot), or FILE.dot / - for the DOT text"),
      cl::value_desc("file"),
      cl::sub(drawCommand),
      cl::cat(nircCategory)};
  cl::opt<unsigned> dotTimeout{
      "dot-timeout",
      cl::init(60),
      cl::desc("Seconds Graphviz's dot may take to lay the graph out"),
      cl::value_desc("seconds"),
      cl::sub(drawCommand),
      cl::cat(nircCategory)};
};
} // namespace

static DrawOptions &drawOptions() {
  static DrawOptions options;
  return options;
}

void nirc::registerDrawOptions() { (void)drawOptions(); }

int nirc::runDraw(ModuleOp module) {
  StringRef path = drawOptions().output;
  StringRef extension = llvm::sys::path::extension(path);
  StringRef format = llvm::StringSwitch<StringRef>(extension)
                         .Case(".svg", "svg")
                         .Case(".png", "png")
                         .Case(".pdf", "pdf")
                         .Default("");
  if (path != "-" && extension != ".dot" && format.empty()) {
    llvm::errs() << "error: cannot draw " << path << ": unknown format '"
                 << extension << "'; use .svg, .png, .pdf or .dot\n";
    return 1;
  }
  std::string dot;
  llvm::raw_string_ostream dotStream(dot);
  exportGraphviz(module, dotStream);
  if (!format.empty()) {
    llvm::Expected<std::string> laidOut =
        layOutWithGraphviz(dot, format, drawOptions().dotTimeout);
    if (!laidOut) {
      llvm::errs() << "error: cannot draw " << path << ": "
                   << llvm::toString(laidOut.takeError()) << "\n";
      return 1;
    }
    dot = std::move(*laidOut);
  }
  return writeOutputOrReport(path,
                             [&](llvm::raw_ostream &os) -> LogicalResult {
                               os << dot;
                               return success();
                             })
             ? 0
             : 1;
}
