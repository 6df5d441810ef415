FROM busybox
WORKDIR ${DIR?}
