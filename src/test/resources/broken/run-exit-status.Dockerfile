FROM busybox
RUN echo building && exit 3
