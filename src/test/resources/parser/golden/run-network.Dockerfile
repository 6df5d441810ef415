FROM a
RUN --network=foo x
