// Tests of the Speck target model (written in this session).
