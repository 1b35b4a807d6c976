// Tests of the Loihi2 target model (written in this session).
