FROM busybox
RUN echo hello \
# a comment inside
world
