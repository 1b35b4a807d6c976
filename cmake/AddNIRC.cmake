# Library wrappers in CIRCT's style: each appends itself to a global property
# so that tools link "all dialects" / "all passes" without listing them.
function(add_nirc_dialect_library name)
  set_property(GLOBAL APPEND PROPERTY NIRC_DIALECT_LIBS ${name})
  set_property(GLOBAL APPEND PROPERTY NIRC_ALL_LIBS ${name})
  add_mlir_library(${ARGV} DEPENDS nirc-headers)
endfunction()

function(add_nirc_transform_library name)
  set_property(GLOBAL APPEND PROPERTY NIRC_TRANSFORM_LIBS ${name})
  set_property(GLOBAL APPEND PROPERTY NIRC_ALL_LIBS ${name})
  add_mlir_library(${ARGV} DEPENDS nirc-headers)
endfunction()

function(add_nirc_library name)
  set_property(GLOBAL APPEND PROPERTY NIRC_ALL_LIBS ${name})
  add_mlir_library(${ARGV} DEPENDS nirc-headers)
endfunction()

function(add_nirc_tool name)
  add_llvm_executable(${ARGV})
  set_target_properties(${name} PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${NIRC_TOOLS_DIR})
endfunction()
