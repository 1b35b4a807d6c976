//===- ChipAttributes.td - chip attributes -----------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_CHIP_CHIPATTRIBUTES_TD
#define NIRC_DIALECT_CHIP_CHIPATTRIBUTES_TD

include "ChipDialect.td"
include "mlir/IR/AttrTypeBase.td"

def Chip_ScaleAttr : AttrDef<Chip_Dialect, "Scale"> {
  let mnemonic = "scale";
  let summary = "chip units per NIR membrane unit, and what bounds it";
  let description = [{
    What `chip-choose-scales` decided for a population, read by
    `chip-encode-neurons` and `chip-quantize-weights`:
    `#chip.scale<1024.0, "the threshold">` maps one NIR membrane unit to
    1024 units of the chip's membrane register, a value the target's scale
    policy chose so that the population's threshold fits. Where a chip
    scales only the weights (SpiNNaker2, BrainScaleS-2), it is chip units
    per NIR weight. `#chip.scale<4096.0, "the largest weight", shift 3>`
    says the weights are stored 2^3 times coarser than the membrane and
    shifted left as they are added (Xylo's per-matrix weight shift).
  }];
  let parameters = (ins
    APFloatParameter<"chip units per NIR unit">:$value,
    DefaultValuedParameter<"int64_t", "0",
                           "left shift of the stored weights">:$weightShift,
    StringRefParameter<"what bounded the scale">:$boundBy);
  let assemblyFormat = [{
    `<` custom<ExactFloat>($value) `,` $boundBy (`,` `shift` $weightShift^)? `>`
  }];
  let genVerifyDecl = 1;
}

#endif // NIRC_DIALECT_CHIP_CHIPATTRIBUTES_TD
