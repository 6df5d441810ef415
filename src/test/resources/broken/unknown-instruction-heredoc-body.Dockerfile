FROM busybox
RUN <<EOF
echo a
EOF
echo b
