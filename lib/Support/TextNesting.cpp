//===- TextNesting.cpp - refuse MLIR text nested too deep to parse --------===//

#include "nirc/Support/TextNesting.h"

#include "llvm/Support/raw_ostream.h"

std::optional<size_t> nirc::findExcessiveNesting(llvm::StringRef text,
                                                 unsigned maxDepth) {
  unsigned depth = 0;
  for (size_t i = 0, e = text.size(); i < e; ++i) {
    char c = text[i];
    char next = i + 1 < e ? text[i + 1] : '\0';
    if (c == '"') {
      // A string ends at the next quote that no backslash escapes.
      for (++i; i < e && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
    } else if (c == '/' && next == '/') {
      i = text.find('\n', i);
      if (i == llvm::StringRef::npos)
        return std::nullopt;
    } else if (c == '(' || c == '[' || c == '{' || c == '<') {
      if (++depth > maxDepth)
        return i;
    } else if (c == ')' || c == ']' || c == '}' ||
               (c == '>' && next != '=' && (i == 0 || text[i - 1] != '-'))) {
      // A stray closer cannot lower the depth of what follows it.
      if (depth > 0)
        --depth;
    }
  }
  return std::nullopt;
}

std::optional<nirc::ExcessiveNesting>
nirc::findExcessiveNesting(const llvm::SourceMgr &sourceMgr) {
  const llvm::MemoryBuffer *buffer =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  std::optional<size_t> offset =
      findExcessiveNesting(buffer->getBuffer(), kMaxTextNesting);
  if (!offset)
    return std::nullopt;
  auto [line, column] = sourceMgr.getLineAndColumn(
      llvm::SMLoc::getFromPointer(buffer->getBufferStart() + *offset));
  return ExcessiveNesting{
      line, column,
      "brackets nested deeper than " + std::to_string(kMaxTextNesting) +
          " levels; MLIR's recursive parser would run out of stack"};
}

bool nirc::isNestedTooDeep(const llvm::SourceMgr &sourceMgr) {
  std::optional<ExcessiveNesting> nesting = findExcessiveNesting(sourceMgr);
  if (!nesting)
    return false;
  llvm::errs() << sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID())
                      ->getBufferIdentifier()
               << ":" << nesting->line << ":" << nesting->column
               << ": error: " << nesting->message << "\n";
  return true;
}
