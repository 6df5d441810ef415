FROM busybox
ADD missing.tar.gz /opt/
