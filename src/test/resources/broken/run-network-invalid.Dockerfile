FROM busybox
RUN --network=internet true
