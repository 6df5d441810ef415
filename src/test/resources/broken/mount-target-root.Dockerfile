FROM busybox
RUN --mount=type=cache,target=/ true
