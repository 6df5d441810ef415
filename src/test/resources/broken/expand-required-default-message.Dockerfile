FROM busybox
ENV a=${NAME?}
