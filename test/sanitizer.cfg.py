# -*- Python -*-
# Loaded by both lit configs: the environment of a NIRC_SANITIZE build.
if config.nirc_sanitize:
    config.available_features.add("sanitized")
    # Debian's MLIR is built without ASan, but LLVM's headers poison
    # BumpPtrAllocator memory when compiled with it: MLIRContext's constructor
    # would then trip use-after-poison inside the uninstrumented library.
    config.environment["ASAN_OPTIONS"] = "allow_user_poisoning=0:detect_leaks=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
