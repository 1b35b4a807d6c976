//===- Speck.cpp - placeholder until its model is written ---------------===//
#include "Targets.h"
// PLACEHOLDER: replaced by the real model in this session.
const nirc::chip::TargetModel &nirc::chip::getSpeckModel() {
  return getXyloAudio2Model();
}
