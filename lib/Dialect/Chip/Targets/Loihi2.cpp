//===- Loihi2.cpp - placeholder until its model is written ---------------===//
#include "Targets.h"
// PLACEHOLDER: replaced by the real model in this session.
const nirc::chip::TargetModel &nirc::chip::getLoihi2Model() {
  return getXyloAudio2Model();
}
