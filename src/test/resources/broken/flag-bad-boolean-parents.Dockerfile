FROM busybox
COPY --parents=sometimes a.txt /a.txt
