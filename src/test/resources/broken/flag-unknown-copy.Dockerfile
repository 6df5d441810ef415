FROM busybox
COPY --form=base a.txt /a.txt
