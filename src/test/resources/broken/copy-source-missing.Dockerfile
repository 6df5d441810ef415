FROM busybox
COPY nope.txt /nope.txt
