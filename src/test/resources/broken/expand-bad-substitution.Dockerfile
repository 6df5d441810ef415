FROM busybox
WORKDIR /app/${}
