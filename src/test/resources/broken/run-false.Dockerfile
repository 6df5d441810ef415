FROM busybox
RUN false
