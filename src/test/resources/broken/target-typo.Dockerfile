FROM busybox AS build
RUN true
FROM busybox AS final
