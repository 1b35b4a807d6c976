// Tests of the Xylo target model (written in this session).
