FROM busybox AS 1st
RUN true
