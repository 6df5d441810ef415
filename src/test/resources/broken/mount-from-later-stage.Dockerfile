FROM busybox AS a
RUN --mount=from=b,target=/t true
FROM busybox AS b
