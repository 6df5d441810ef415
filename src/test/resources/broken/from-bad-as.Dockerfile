FROM busybox FOR build
