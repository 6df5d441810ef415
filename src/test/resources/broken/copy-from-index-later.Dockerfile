FROM busybox
COPY --from=1 /x /x
FROM busybox
