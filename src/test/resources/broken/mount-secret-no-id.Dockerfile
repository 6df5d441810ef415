FROM busybox
RUN --mount=type=secret true
