FROM busybox
ENV a=${
