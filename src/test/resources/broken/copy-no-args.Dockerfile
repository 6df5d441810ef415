FROM busybox
COPY
