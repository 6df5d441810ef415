FROM busybox
COPY --from=0 /x /x
