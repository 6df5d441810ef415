FROM busybox
RUN ["sh", true]
