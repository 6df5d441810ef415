FROM busybox
ENV a=1 b=2 c
