FROM busybox
COPY --link=maybe a.txt /a.txt
