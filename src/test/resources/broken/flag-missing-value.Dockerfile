FROM busybox
COPY --link= a.txt /a.txt
