//===- NIRSchema.cpp - the fields of each NIR node type -------------------===//

#include "NIRSchema.h"

#include "mlir/IR/BuiltinAttributes.h"

namespace nirc::nirformat {

const std::vector<NodeSpec> &getNodeSpecs() {
  static const std::vector<NodeSpec> specs = {
      {"Input", "nir.input", {{"shape", FK::Shape, true, Default::None, true}}},
      {"Output",
       "nir.output",
       {{"shape", FK::Shape, false, Default::None, true}}},
      {"Affine",
       "nir.affine",
       {{"weight", FK::Param, true}, {"bias", FK::Param, true}}},
      {"Linear", "nir.linear", {{"weight", FK::Param, true}}},
      {"Scale", "nir.scale", {{"scale", FK::Param, true}}},
      {"Conv1d",
       "nir.conv1d",
       {{"input_shape", FK::Int, false},
        {"weight", FK::Param, true},
        {"stride", FK::Int, true},
        {"padding", FK::Padding1d, true},
        {"dilation", FK::Int, true},
        {"groups", FK::Int, true},
        {"bias", FK::Param, true}}},
      {"Conv2d",
       "nir.conv2d",
       {{"input_shape", FK::IntList, false},
        {"weight", FK::Param, true},
        {"stride", FK::IntPair, true},
        {"padding", FK::Padding2d, true},
        {"dilation", FK::IntPair, true},
        {"groups", FK::Int, true},
        {"bias", FK::Param, true}}},
      {"SumPool2d",
       "nir.sum_pool2d",
       {{"kernel_size", FK::IntPair, true, Default::None, true},
        {"stride", FK::IntPair, true, Default::None, true},
        {"padding", FK::IntPair, true, Default::None, true}}},
      {"AvgPool2d",
       "nir.avg_pool2d",
       {{"kernel_size", FK::IntPair, true, Default::None, true},
        {"stride", FK::IntPair, true, Default::None, true},
        {"padding", FK::IntPair, true, Default::None, true}}},
      {"Flatten",
       "nir.flatten",
       {{"input_type", FK::IntList, false, Default::None, true},
        {"start_dim", FK::Int, true},
        {"end_dim", FK::Int, true}}},
      {"Delay", "nir.delay", {{"delay", FK::Param, true}}},
      {"Threshold", "nir.threshold", {{"threshold", FK::Param, true}}},
      {"I", "nir.i", {{"r", FK::Param, true}}},
      {"IF",
       "nir.if",
       {{"r", FK::Param, true},
        {"v_threshold", FK::Param, true},
        {"v_reset", FK::Param, false, Default::ZerosLikeThreshold}}},
      {"LI",
       "nir.li",
       {{"tau", FK::Param, true},
        {"r", FK::Param, true},
        {"v_leak", FK::Param, true}}},
      {"LIF",
       "nir.lif",
       {{"tau", FK::Param, true},
        {"r", FK::Param, true},
        {"v_leak", FK::Param, true},
        {"v_threshold", FK::Param, true},
        {"v_reset", FK::Param, false, Default::ZerosLikeThreshold}}},
      {"CubaLI",
       "nir.cuba_li",
       {{"tau_syn", FK::Param, true},
        {"tau_mem", FK::Param, true},
        {"r", FK::Param, true},
        {"v_leak", FK::Param, true},
        {"w_in", FK::Param, false, Default::OnesLikePopulation}}},
      {"CubaLIF",
       "nir.cuba_lif",
       {{"tau_syn", FK::Param, true},
        {"tau_mem", FK::Param, true},
        {"r", FK::Param, true},
        {"v_leak", FK::Param, true},
        {"v_threshold", FK::Param, true},
        {"v_reset", FK::Param, false, Default::ZerosLikeThreshold},
        {"w_in", FK::Param, false, Default::OnesLikePopulation}}},
  };
  return specs;
}

const NodeSpec *findNodeSpec(llvm::StringRef nirType) {
  for (const NodeSpec &spec : getNodeSpecs())
    if (nirType == spec.nirType)
      return &spec;
  return nullptr;
}

const NodeSpec *findNodeSpecByOp(llvm::StringRef opName) {
  for (const NodeSpec &spec : getNodeSpecs())
    if (opName == spec.opName)
      return &spec;
  return nullptr;
}

llvm::SmallVector<int64_t> getStoredInts(mlir::ElementsAttr dataset) {
  bool isUnsigned = dataset.getElementType().isUnsignedInteger();
  llvm::SmallVector<int64_t> ints;
  for (const llvm::APInt &value :
       llvm::cast<mlir::DenseElementsAttr>(dataset).getValues<llvm::APInt>())
    ints.push_back(isUnsigned ? int64_t(value.getZExtValue())
                              : value.getSExtValue());
  return ints;
}

bool storedFormHolds(FieldKind kind, mlir::ElementsAttr dataset,
                     llvm::ArrayRef<int64_t> value) {
  if (!llvm::isa<mlir::DenseIntElementsAttr>(dataset))
    return false;
  llvm::SmallVector<int64_t> stored = getStoredInts(dataset);
  if (llvm::ArrayRef<int64_t>(stored) == value)
    return true;
  if (kind == FK::IntPair)
    return stored.size() == 1 && value.size() == 2 && value[0] == stored[0] &&
           value[1] == stored[0];
  if (kind != FK::Shape)
    return false;
  auto dropUnitAxes = [](llvm::ArrayRef<int64_t> shape) {
    return llvm::to_vector(
        llvm::make_filter_range(shape, [](int64_t d) { return d != 1; }));
  };
  return dropUnitAxes(stored) == dropUnitAxes(value);
}

} // namespace nirc::nirformat
