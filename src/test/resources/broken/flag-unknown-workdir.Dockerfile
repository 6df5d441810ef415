FROM busybox
WORKDIR --parents /app
