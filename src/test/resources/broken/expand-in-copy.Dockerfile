FROM busybox
COPY ${SRC:?no source} /a.txt
