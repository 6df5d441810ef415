FROM busybox
COPY --from a.txt /a.txt
