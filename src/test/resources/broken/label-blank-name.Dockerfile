FROM busybox
LABEL =value
