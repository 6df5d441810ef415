FROM busybox
COPY ../secret.txt /s.txt
