FROM busybox
LABEL version=${V
