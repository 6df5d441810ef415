FROM busybox
WORKDIR /${a:%x}
