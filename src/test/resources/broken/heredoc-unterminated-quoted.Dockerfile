FROM busybox
RUN <<'END'
echo $HOME
