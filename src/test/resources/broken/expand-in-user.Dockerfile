FROM busybox
USER ${U:?who}
