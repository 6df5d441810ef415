FROM busybox
ENV a=${b:#x}
