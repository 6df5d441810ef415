FROM busybox
COPY --checksum=sha256:0000 a.txt /a.txt
