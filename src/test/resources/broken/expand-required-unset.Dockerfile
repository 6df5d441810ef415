FROM busybox
ENV a=${NAME:?required}
