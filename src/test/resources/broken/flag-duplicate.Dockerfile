FROM busybox
COPY --chown=1 --chown=2 a.txt /a.txt
