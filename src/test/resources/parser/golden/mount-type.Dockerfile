FROM a
RUN --mount=type=foo x
