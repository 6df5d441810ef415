FROM busybox
RUN --mount=type=bind,colour=red,target=/x true
