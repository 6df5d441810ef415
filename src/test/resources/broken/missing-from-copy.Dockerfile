# a comment
COPY a.txt /a.txt
FROM busybox
