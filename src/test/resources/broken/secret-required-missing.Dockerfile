FROM busybox
RUN --mount=type=secret,id=token,required true
