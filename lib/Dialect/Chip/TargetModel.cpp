//===- TargetModel.cpp - defaults and the list of targets -----------------===//

#include "nirc/Dialect/Chip/TargetModel.h"
#include "Targets/Targets.h"
#include "nirc/Dialect/Chip/ChipOps.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace nirc::chip;

TargetModel::~TargetModel() = default;

StringRef TargetModel::getCoreKindFor(PopulationOp) const {
  return getCoreKind(0);
}

int TargetModel::getPlacementPriority(PopulationOp) const { return 0; }

std::optional<unsigned> TargetModel::getScaleGroup(PopulationOp) const {
  return std::nullopt;
}

void TargetModel::emitQuantizationCaveats(DeviceOp) const {}

std::string TargetModel::whyCannotEmulate(EmulationVariant variant) const {
  if (!canEmulate())
    return (getDisplayName() +
            "'s arithmetic is not described for emulation yet")
        .str();
  if (variant == EmulationVariant::Toolchain && getToolchainModel().empty())
    return (getDisplayName() + " has no toolchain model apart from the "
                               "chip's arithmetic; emulate the chip")
        .str();
  return "";
}

RegisterRange TargetModel::getWeightRangeFor(SynapsesOp) const {
  return getWeightRange();
}

LogicalResult TargetModel::checkDesignRules(DeviceOp) const {
  return success();
}

bool TargetModel::fitsOnCore(unsigned, ArrayRef<SliceOp>, SliceOp,
                             LimitViolation &) const {
  return true;
}

LogicalResult TargetModel::verifyPlacement(DeviceOp) const { return success(); }

std::pair<std::string, std::string> TargetModel::getDefaultMismatch() const {
  return {"", (getDisplayName() + " computes in digital registers, so its "
                                  "neurons and synapses do not vary")
                  .str()};
}

void NeuronEmulation::setCurrentUnit(ArrayRef<double> membraneGains) {
  currentUnit.reset();
  if (!membraneGains.empty() && llvm::all_equal(membraneGains) &&
      membraneGains.front() > 0)
    currentUnit = membraneUnit / membraneGains.front();
}

FailureOr<NeuronEmulation>
TargetModel::getNeuronEmulation(PopulationOp population,
                                EmulationVariant) const {
  return population.emitError()
         << getDisplayName() << "'s arithmetic is not described for emulation";
}

FailureOr<SynapseEmulation>
TargetModel::getSynapseEmulation(SynapsesOp synapses, EmulationVariant) const {
  return synapses.emitError()
         << getDisplayName() << "'s arithmetic is not described for emulation";
}

std::string TargetModel::describe(const LimitViolation &v) const {
  return llvm::formatv("{0} {1} exceed {2}'s limit of {3} {4}", v.actual,
                       v.quantity, getDisplayName(), v.limit, v.limitName)
      .str();
}

/// The NIR op and node name of a chip op, for messages.
static std::pair<StringRef, StringRef> getNIRNode(Operation *op) {
  if (auto population = dyn_cast<PopulationOp>(op))
    return {population.getNirOp(), population.getName()};
  if (auto synapses = dyn_cast<SynapsesOp>(op))
    return {synapses.getNirOp(), synapses.getName()};
  if (auto input = dyn_cast<InputOp>(op))
    return {"nir.input", input.getName()};
  return {op->getName().getStringRef(), ""};
}

std::string nirc::chip::describeNode(Operation *op) {
  auto [nirOp, name] = getNIRNode(op);
  return ("'" + nirOp + "' \"" + name + "\"").str();
}

InFlightDiagnostic nirc::chip::emitNodeError(Operation *op) {
  return op->emitError() << describeNode(op) << ": ";
}

InFlightDiagnostic TargetModel::emitLimitError(Operation *op,
                                               const LimitViolation &v) const {
  return emitNodeError(op) << describe(v);
}

ArrayRef<const TargetModel *> nirc::chip::getAllTargetModels() {
  static const TargetModel *const models[] = {
      &getXyloAudio2Model(),  &getXyloAudio3Model(), &getXyloIMUModel(),
      &getSpeckModel(),       &getLoihi2Model(),     &getSpiNNaker2Model(),
      &getBrainScaleS2Model()};
  return models;
}

std::string nirc::chip::getTargetNames() {
  std::string names;
  for (const TargetModel *model : getAllTargetModels())
    names += " " + model->getName().str();
  return names;
}

const TargetModel *nirc::chip::lookupTargetModel(StringRef name) {
  for (const TargetModel *model : getAllTargetModels())
    if (model->getName() == name)
      return model;
  return nullptr;
}
