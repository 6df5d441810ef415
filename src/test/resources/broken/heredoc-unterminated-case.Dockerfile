FROM busybox
RUN <<EOF
echo hi
eof
