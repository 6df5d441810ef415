FROM busybox
ENV --global A=1
