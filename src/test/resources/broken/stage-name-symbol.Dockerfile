FROM busybox AS my@stage
RUN true
