// Tests of the BrainScaleS2 target model (written in this session).
