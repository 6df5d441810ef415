FROM busybox AS a
FROM busybox AS b
FROM busybox
COPY --from=a --from=b /x /x
