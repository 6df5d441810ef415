FROM busybox
COPY --chmod=17777 a.txt /a.txt
