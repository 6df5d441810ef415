FROM busybox
ENV a=${:x}
