FROM busybox AS build
RUN echo ok > /ok
FROM busybox
COPY --from=build /ok /ok
RUN test -f /missing
