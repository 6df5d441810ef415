FROM busybox
RUN --mount=type=secret,id=x,from=busybox true
