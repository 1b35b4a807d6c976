//===- TextNesting.h - MLIR text nested too deep to parse -----*- C++ -*-===//

#ifndef NIRC_SUPPORT_TEXTNESTING_H
#define NIRC_SUPPORT_TEXTNESTING_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SourceMgr.h"

#include <cstddef>
#include <optional>
#include <string>

namespace nirc {

/// MLIR's parser recurses once per level of brackets, and runs out of an
/// 8 MiB stack a few thousand levels deep (with Debian's MLIR 19: 2,148
/// generic-form regions, about 6,500 nested dictionaries or 7,200 nested
/// arrays). Text nested deeper than this is refused before it is parsed.
constexpr unsigned kMaxTextNesting = 1024;

/// The offset of the first bracket (`(`, `[`, `{` or `<`) in MLIR `text`
/// that opens a level deeper than `maxDepth`, if any. Strings and `//`
/// comments are skipped; `->` and `>=` close nothing, the only unpaired `>`
/// in MLIR's syntax.
std::optional<size_t> findExcessiveNesting(llvm::StringRef text,
                                           unsigned maxDepth);

/// Where the main buffer of `sourceMgr` first nests brackets deeper than
/// kMaxTextNesting, and why that is refused.
struct ExcessiveNesting {
  unsigned line, column;
  std::string message;
};
std::optional<ExcessiveNesting>
findExcessiveNesting(const llvm::SourceMgr &sourceMgr);

/// Whether the main buffer of `sourceMgr` nests brackets deeper than
/// kMaxTextNesting; if so, prints `file:line:col: error:` to stderr.
bool isNestedTooDeep(const llvm::SourceMgr &sourceMgr);

} // namespace nirc

#endif // NIRC_SUPPORT_TEXTNESTING_H
