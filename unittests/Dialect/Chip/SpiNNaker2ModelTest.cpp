// Tests of the SpiNNaker2 target model (written in this session).
