FROM busybox
WORKDIR /app
RUNN echo hi
